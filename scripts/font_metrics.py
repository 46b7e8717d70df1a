"""A blank stand-in with a sliced CJK font's advances, for scripts/build_fonts.py.

Where a device has no Japanese or Chinese font (bare Linux, test browsers), the text
waits for its slices, and until one arrives the browser draws its characters as
missing-glyph boxes about 0.6 em wide. A slice arriving turns them into 1 em glyphs:
every line rewraps and the page below jumps, once per slice (29 on the Japanese home
page). This font maps the CJK characters of the slices to empty glyphs of the same
advance and vertical metrics, so the text keeps its final size and line breaks while
the slices load: the characters appear in place, nothing moves. 2 KB for Japanese,
since every character points at one of a handful of empty glyphs (cmap format 13).
See docs/decisions/0003-fonts.md.
"""

from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._c_m_a_p import cmap_format_13

# Below this the slices hold Latin, Greek, Cyrillic, symbols: the system font draws
# them visibly meanwhile. From here on: CJK radicals, punctuation, kana, ideographs.
FIRST_CJK = 0x2E80
GAP = 8


def advances(sources: list[Path]) -> dict[int, int]:
    """Each CJK code point of the slices with its advance (font units)."""
    found: dict[int, int] = {}
    for source in sources:
        font = TTFont(source)
        hmtx = font["hmtx"]
        for codepoint, glyph in font.getBestCmap().items():
            if codepoint >= FIRST_CJK and hmtx[glyph][0]:
                found.setdefault(codepoint, hmtx[glyph][0])
    return found


def close_gaps(by_codepoint: dict[int, int], gap: int) -> dict[int, int]:
    """Fill gaps of up to ``gap`` code points between two of the same advance: the
    cmap then holds 570 runs instead of 4,700 (12 KB of woff2 down to 3). A filled
    code point is one no slice holds: rare or unassigned, drawn blank, where it
    would have been a missing-glyph box."""
    filled = dict(by_codepoint)
    points = sorted(by_codepoint)
    for before, after in zip(points, points[1:], strict=False):
        same = by_codepoint[before] == by_codepoint[after]
        if same and 1 < after - before <= gap + 1:
            for codepoint in range(before + 1, after):
                filled[codepoint] = by_codepoint[before]
    return filled


def format_13(mapping: dict[int, str]) -> cmap_format_13:
    """A cmap subtable mapping runs of code points to one glyph each (no per-code-
    point entry, unlike formats 4 and 12)."""
    table = cmap_format_13(13)
    table.platformID, table.platEncID, table.language = 3, 10, 0
    table.cmap = mapping
    return table


def notdef(upm: int):
    """A box: browsers reject a font whose glyf table is empty (OTS)."""
    pen = TTGlyphPen(None)
    pen.moveTo((50, 0))
    pen.lineTo((50, upm * 7 // 10))
    pen.lineTo((upm // 2 - 50, upm * 7 // 10))
    pen.lineTo((upm // 2 - 50, 0))
    pen.closePath()
    return pen.glyph()


def build_metrics_font(sources: list[Path], family: str, path: Path) -> Path:
    """Write the blank stand-in for the slices ``sources`` to ``path`` (woff2)."""
    reference = TTFont(sources[0])
    by_codepoint = close_gaps(advances(sources), GAP)
    widths = sorted(set(by_codepoint.values()))
    names = {width: f"blank{width}" for width in widths}
    upm = reference["head"].unitsPerEm
    builder = FontBuilder(upm, isTTF=True)
    builder.setupGlyphOrder([".notdef", *names.values()])
    builder.setupCharacterMap({})
    empty = TTGlyphPen(None).glyph()
    builder.setupGlyf({".notdef": notdef(upm), **dict.fromkeys(names.values(), empty)})
    metrics = {name: (width, 0) for width, name in names.items()}
    builder.setupHorizontalMetrics({".notdef": (upm // 2, 0), **metrics})
    hhea, os2 = reference["hhea"], reference["OS/2"]
    builder.setupHorizontalHeader(
        ascent=hhea.ascent, descent=hhea.descent, lineGap=hhea.lineGap
    )
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2(
        sTypoAscender=os2.sTypoAscender,
        sTypoDescender=os2.sTypoDescender,
        sTypoLineGap=os2.sTypoLineGap,
        usWinAscent=os2.usWinAscent,
        usWinDescent=os2.usWinDescent,
        fsSelection=os2.fsSelection,
    )
    builder.setupPost()
    cmap = newTable("cmap")
    cmap.tableVersion = 0
    cmap.tables = [format_13({cp: names[w] for cp, w in by_codepoint.items()})]
    builder.font["cmap"] = cmap
    # The source's dates, so that a rebuild writes the same bytes (build_fonts.py).
    builder.font["head"].created = reference["head"].created
    builder.font["head"].modified = reference["head"].modified
    builder.font.recalcTimestamp = False
    builder.font.flavor = "woff2"
    builder.save(path)
    return path


def metrics_face(path: Path, family: str) -> str:
    """The @font-face rule of the stand-in at ``path``. ``block``: before it arrives
    (it is preloaded, and small) its characters are invisible rather than boxes. The
    unicode-range is coarse, to keep the render-blocking CSS small: the browser skips
    the font for a code point of the range that its cmap lacks."""
    points = sorted(TTFont(path)["cmap"].tables[0].cmap)
    runs = [[points[0], points[0]]]
    for codepoint in points[1:]:
        if codepoint - runs[-1][1] <= 0x1000:
            runs[-1][1] = codepoint
        else:
            runs.append([codepoint, codepoint])
    urange = ",".join(f"U+{a:X}" if a == b else f"U+{a:X}-{b:X}" for a, b in runs)
    return (
        f'@font-face{{font-family:"{family}";font-style:normal;font-weight:400;'
        f'font-display:block;src:url("{path.name}") format("woff2");'
        f"unicode-range:{urange}}}\n"
    )
