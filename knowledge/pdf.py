"""A minimal PDF writer for the demo's reports: text only, A4, no embedded fonts.

Japanese text uses a CID-keyed font (Adobe-Japan1) with the UniJIS-UTF16-H CMap, so
its character codes are UTF-16 and pypdf (or any reader) extracts the text; viewers
show it with their own Japanese font (Kozuka Mincho or a substitute). Latin text
uses the standard Helvetica font. Nothing here is used for uploads from editors.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
LINES_PER_PAGE = 42

_JAPANESE_FONT = (
    "<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular "
    "/Encoding /UniJIS-UTF16-H /DescendantFonts [{descendant} 0 R] >>"
)
_DESCENDANT = (
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular "
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> "
    "/FontDescriptor {descriptor} 0 R /DW 1000 >>"
)
_DESCRIPTOR = (
    "<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 6 "
    "/FontBBox [-437 -340 1147 1317] /ItalicAngle 0 /Ascent 1137 /Descent -349 "
    "/CapHeight 742 /StemV 80 >>"
)
_LATIN_FONT = (
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
)


def _wrap(paragraphs: list[str], japanese: bool) -> list[str]:
    width = 38 if japanese else 90
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(textwrap.wrap(paragraph, width) or [""])
        lines.append("")
    return lines


def _show(line: str, japanese: bool) -> str:
    if japanese:
        return "<" + line.encode("utf-16-be").hex().upper() + "> Tj"
    data = line.encode("cp1252", "replace").decode("latin-1")
    escaped = data.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"({escaped}) Tj"


def _content(lines: list[str], japanese: bool, size: int) -> bytes:
    commands = [
        "BT",
        f"/F1 {size} Tf",
        f"{size + 6} TL",
        f"{MARGIN} {PAGE_HEIGHT - MARGIN} Td",
    ]
    for line in lines:
        commands.append(_show(line, japanese))
        commands.append("T*")
    commands.append("ET")
    return "\n".join(commands).encode("latin-1")


def make_pdf(title: str, paragraphs: list[str], *, japanese: bool) -> bytes:
    """A PDF with ``title`` and ``paragraphs`` over as many pages as they need."""
    lines = _wrap([title, *paragraphs], japanese)
    pages = [
        lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)
    ] or [[]]
    objects: list[bytes] = []

    def add(body: str | bytes) -> int:
        objects.append(body.encode("latin-1") if isinstance(body, str) else body)
        return len(objects)

    catalog = add("")  # filled in once the page tree's number is known
    if japanese:
        descriptor = add(_DESCRIPTOR)
        descendant = add(_DESCENDANT.format(descriptor=descriptor))
        font = add(_JAPANESE_FONT.format(descendant=descendant))
    else:
        font = add(_LATIN_FONT)
    tree = len(objects) + 1 + 2 * len(pages)
    page_numbers = []
    for page_lines in pages:
        stream = _content(page_lines, japanese, 11)
        content = add(
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        )
        page_numbers.append(
            add(
                f"<< /Type /Page /Parent {tree} 0 R "
                f"/MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                f"/Resources << /Font << /F1 {font} 0 R >> >> "
                f"/Contents {content} 0 R >>"
            )
        )
    kids = " ".join(f"{n} 0 R" for n in page_numbers)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>") == tree  # noqa: S101
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {tree} 0 R >>".encode()
    return _serialise(objects)


def _serialise(objects: list[bytes]) -> bytes:
    output = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        output += b"%010d 00000 n \n" % offset
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(output)
