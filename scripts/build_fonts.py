"""Build the self-hosted Noto subsets into static/dist/fonts/ (git-ignored).

Sources are the pinned @fontsource packages in package.json (run `npm ci` first;
`make fonts` does both). Nothing is fetched at build or page time.

Writes, per non-Latin script of config/languages.py:
- ``<script>.css``: @font-face rules for the family FAMILY (the one main.css puts in
  its body stack), woff2 only, ``font-display: swap``, exact ``unicode-range``, and
  relative URLs so whitenoise's manifest storage can hash them; for Japanese and
  Chinese also the device's own Noto Sans CJK (``local()``) and
  ``<script>-metrics.woff2``, a blank stand-in with the slices' advances
  (scripts/font_metrics.py);
- ``<script>-<weight>.woff2``: the script's glyphs only, cut down with fonttools to
  the code points the site's language needs (OpenType layout kept whole), or for
  Japanese and Chinese Fontsource's numbered slices copied as they are, so a page
  downloads only the slices whose characters it shows.
And ``langnames.woff2``: every glyph the language switcher needs for the languages'
own names, so the names render on every page, whatever the page's language.

See docs/decisions/0003-fonts.md for the choices (weights, ranges, sizes).
"""

import io
import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from config.languages import SITE_LANGUAGES  # noqa: E402
from scripts.font_metrics import build_metrics_font, metrics_face  # noqa: E402

SOURCES = ROOT / "node_modules" / "@fontsource"
OUT = ROOT / "static" / "dist" / "fonts"
FAMILY = "JP-MIRAI Script"  # must match --font-script in static/css/main.css
JAPANESE_FALLBACK_FAMILY = "JP-MIRAI Japanese"  # last before sans-serif in main.css
# The sliced scripts' blank stand-in while slices load (scripts/font_metrics.py);
# after FAMILY and the names font in main.css's Japanese and Chinese stacks.
METRICS_FAMILY = "JP-MIRAI Script Metrics"
# Name records kept: copyright, family/style/unique/full/version/PostScript names,
# licence description and URL (the SIL OFL asks that the notice travels with the font).
NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 13, 14]
# Joiners and the dotted circle, which shapers insert for a stray combining mark.
SHAPING = [(0x200B, 0x200D), (0x25CC, 0x25CC)]
# The language switcher's icon ("文/A") is drawn from the names font too.
LANGNAMES_EXTRA = "文"


@dataclass(frozen=True)
class Face:
    """One woff2 file cut from one Fontsource file: script, weight, code points."""

    script: str
    package: str
    source: str  # file name under the package's files/, with {w} for the weight
    weights: tuple[int, ...]
    ranges: tuple[tuple[int, int], ...]
    suffix: str = ""  # for a script with more than one file per weight


# Ranges are what the site's languages write, not everything the font has: Burmese
# without the Shan/Mon/Karen letters, Khmer without the lunar-date symbols, Nepali
# without Vedic marks. 700 ships where it costs well under 25 KB (see the ADR);
# elsewhere the browser synthesises bold from 400.
FACES = [
    Face(
        "mymr",
        "noto-sans-myanmar",
        "noto-sans-myanmar-myanmar-{w}-normal.woff2",
        (400,),
        ((0x1000, 0x1059), *SHAPING),
    ),
    Face(
        "khmr",
        "noto-sans-khmer",
        "noto-sans-khmer-khmer-{w}-normal.woff2",
        (400, 700),
        ((0x1780, 0x17FF), *SHAPING),
    ),
    Face(
        "thai",
        "noto-sans-thai",
        "noto-sans-thai-thai-{w}-normal.woff2",
        (400, 700),
        ((0x0E01, 0x0E5B), *SHAPING),
    ),
    Face(
        "deva",
        "noto-sans-devanagari",
        "noto-sans-devanagari-devanagari-{w}-normal.woff2",
        (400,),
        ((0x0900, 0x097F), *SHAPING),
    ),
    # Mongolian's Ө ө Ү ү sit in Fontsource's cyrillic-ext slice, not in cyrillic.
    Face(
        "cyrl",
        "noto-sans",
        "noto-sans-cyrillic-{w}-normal.woff2",
        (400, 700),
        ((0x0400, 0x045F), (0x2116, 0x2116)),
    ),
    Face(
        "cyrl",
        "noto-sans",
        "noto-sans-cyrillic-ext-{w}-normal.woff2",
        (400, 700),
        ((0x04AE, 0x04AF), (0x04E8, 0x04E9)),
        suffix="ext",
    ),
]

# Japanese and Chinese: Fontsource's numbered unicode-range slices, regular only.
SLICED = {"jpan": "noto-sans-jp", "hans": "noto-sans-sc"}
SLICED_WEIGHTS = (400,)
# The same design, if the device has it: Android ships Noto Sans CJK, and Chrome
# matches local() by full or PostScript name even where it cannot match the family
# name. One rule of the family has these names and no url(), declared after the
# slices, so browsers try it first for every character; found, no slice is
# downloaded. Each local() name costs a system font lookup on the main thread: in
# every one of the 120 slice rules they blocked a Linux browser for 150-300 ms.
LOCAL_NAMES = {
    "jpan": [
        "Noto Sans CJK JP",
        "Noto Sans CJK JP Regular",
        "NotoSansCJKjp-Regular",
        "Noto Sans JP Regular",
        "NotoSansJP-Regular",
    ],
    "hans": [
        "Noto Sans CJK SC",
        "Noto Sans CJK SC Regular",
        "NotoSansCJKsc-Regular",
        "Noto Sans SC Regular",
        "NotoSansSC-Regular",
    ],
}

# Scripts every phone's system font already covers: the switcher uses that.
SYSTEM_SCRIPTS = {"latn", "cyrl"}


def package_version(package: str) -> str:
    meta = json.loads((SOURCES / package / "package.json").read_text(encoding="utf-8"))
    return meta["version"]


def subset_options() -> subset.Options:
    options = subset.Options()
    options.layout_features = [
        "*"
    ]  # every shaping feature: stacking, reordering, marks
    options.layout_scripts = ["*"]
    options.name_IDs = NAME_IDS
    options.name_languages = [0x0409]
    options.hinting = False  # Fontsource's files are unhinted already
    options.notdef_outline = True
    options.flavor = "woff2"
    return options


def cut(font: TTFont, unicodes: set[int]) -> TTFont:
    subsetter = subset.Subsetter(subset_options())
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    return font


def expand(ranges) -> set[int]:
    return {cp for start, end in ranges for cp in range(start, end + 1)}


def unicode_range(codepoints) -> str:
    """``U+1000-1059,U+25CC`` from a set of code points."""
    points = sorted(codepoints)
    parts = []
    start = prev = points[0]
    for cp in [*points[1:], None]:
        if cp is not None and cp == prev + 1:
            prev = cp
            continue
        parts.append(f"U+{start:X}" if start == prev else f"U+{start:X}-{prev:X}")
        if cp is not None:
            start = prev = cp
    return ",".join(parts)


def font_face(filename: str, weight: int, urange: str, family=FAMILY) -> str:
    return (
        f'@font-face{{font-family:"{family}";font-style:normal;font-weight:{weight};'
        f'font-display:swap;src:url("{filename}") format("woff2");'
        f"unicode-range:{urange}}}\n"
    )


def local_face(names: list[str], weight: int, family=FAMILY) -> str:
    """The device's own copy of the font, if any: every character, no download."""
    src = ",".join(f'local("{name}")' for name in names)
    return (
        f'@font-face{{font-family:"{family}";font-style:normal;font-weight:{weight};'
        f"src:{src}}}\n"
    )


def save_woff2(font: TTFont, path: Path) -> None:
    # Keep the source's head.modified, so that a rebuild writes the same bytes and
    # the hashed file names (and readers' caches) survive a deploy.
    font.recalcTimestamp = False
    font.flavor = "woff2"
    buffer = io.BytesIO()
    font.save(buffer)
    path.write_bytes(buffer.getvalue())


def css_header(packages: set[str]) -> str:
    names = ", ".join(f"@fontsource/{p} {package_version(p)}" for p in sorted(packages))
    return (
        f"/* Noto Sans subsets from {names}; SIL Open Font License 1.1 (OFL.txt). "
        "Built by scripts/build_fonts.py: do not edit. */\n"
    )


def build_faces() -> dict[str, list[Path]]:
    css: dict[str, list[str]] = {}
    packages: dict[str, set[str]] = {}
    files: dict[str, list[Path]] = {}
    for face in FACES:
        for weight in face.weights:
            source = SOURCES / face.package / "files" / face.source.format(w=weight)
            font = cut(TTFont(source, recalcTimestamp=False), expand(face.ranges))
            name = "-".join(filter(None, [face.script, face.suffix, str(weight)]))
            path = OUT / f"{name}.woff2"
            save_woff2(font, path)
            urange = unicode_range(font.getBestCmap().keys())
            css.setdefault(face.script, []).append(font_face(path.name, weight, urange))
            packages.setdefault(face.script, set()).add(face.package)
            files.setdefault(face.script, []).append(path)
    for script, rules in css.items():
        text = css_header(packages[script]) + "".join(rules)
        (OUT / f"{script}.css").write_text(text, encoding="utf-8")
    return files


def slice_file(package: str, number: str, weight: int) -> Path:
    return SOURCES / package / "files" / f"{package}-{number}-{weight}-normal.woff2"


def slice_keys(package: str) -> list[str]:
    ranges = json.loads(
        (SOURCES / package / "unicode.json").read_text(encoding="utf-8")
    )
    return [key for key in ranges if key.startswith("[")]


def build_sliced() -> dict[str, list[Path]]:
    files: dict[str, list[Path]] = {}
    for script, package in SLICED.items():
        ranges = json.loads(
            (SOURCES / package / "unicode.json").read_text(encoding="utf-8")
        )
        rules = []
        fallback_rules = []
        for key in slice_keys(package):
            number = key.strip("[]")
            for weight in SLICED_WEIGHTS:
                source = slice_file(package, number, weight)
                path = OUT / f"{script}-{weight}-{number}.woff2"
                shutil.copyfile(source, path)
                urange = ranges[key].replace(" ", "")
                rules.append(font_face(path.name, weight, urange))
                if script == "jpan":
                    fallback_rules.append(
                        font_face(path.name, weight, urange, JAPANESE_FALLBACK_FAMILY)
                    )
                files.setdefault(script, []).append(path)
        for weight in SLICED_WEIGHTS:
            rules.append(local_face(LOCAL_NAMES[script], weight))
            if script == "jpan":
                fallback_rules.append(
                    local_face(LOCAL_NAMES[script], weight, JAPANESE_FALLBACK_FAMILY)
                )
        metrics = build_metrics_font(
            files[script], METRICS_FAMILY, OUT / f"{script}-metrics.woff2"
        )
        rules.append(metrics_face(metrics, METRICS_FAMILY))
        text = css_header({package}) + "".join(rules)
        (OUT / f"{script}.css").write_text(text, encoding="utf-8")
        if fallback_rules:
            # The same slices under a second family name, placed after the system fonts
            # in every other language's stack: Japanese text shown on another language's
            # page (a page not translated yet, a menu title) finds a font, while that
            # page's Latin text never reaches the Japanese font's Latin slice.
            text = css_header({package}) + "".join(fallback_rules)
            (OUT / "jpan-fallback.css").write_text(text, encoding="utf-8")
    return files


def langnames_text() -> dict[str, str]:
    """The switcher's characters that phones may lack, by script."""
    text: dict[str, str] = {"hans": LANGNAMES_EXTRA}
    for _code, _name, own_name, script in SITE_LANGUAGES:
        if script not in SYSTEM_SCRIPTS:
            text[script] = text.get(script, "") + own_name
    return text


def sliced_sources(script: str, chars: set[int]) -> dict[Path, set[int]]:
    """Which numbered slice files hold which of ``chars``."""
    package = SLICED[script]
    found: dict[Path, set[int]] = {}
    remaining = set(chars)
    for key in slice_keys(package):
        if not remaining:
            break
        source = slice_file(package, key.strip("[]"), 400)
        held = remaining & set(TTFont(source).getBestCmap())
        if held:
            found[source] = held
            remaining -= held
    if remaining:
        missing = "".join(map(chr, sorted(remaining)))
        raise SystemExit(f"{package} has no glyph for {missing!r}")
    return found


def build_langnames() -> Path:
    parts: list[io.BytesIO] = []  # Merger reads files, not TTFont objects
    stamps: list[int] = []
    copyrights: list[str] = []
    for script, text in langnames_text().items():
        chars = {ord(c) for c in text if not c.isspace()}
        if script in SLICED:
            sources = sliced_sources(script, chars)
        else:
            face = next(f for f in FACES if f.script == script and not f.suffix)
            source = SOURCES / face.package / "files" / face.source.format(w=400)
            sources = {source: chars}
        for source, held in sources.items():
            font = cut(TTFont(source, recalcTimestamp=False), held)
            font.flavor = None
            stamps.append(font["head"].modified)
            notice = font["name"].getDebugName(0)
            if notice and notice not in copyrights:
                copyrights.append(notice)
            for table in ("vhea", "vmtx", "BASE", "STAT"):
                if table in font:
                    del font[table]
            buffer = io.BytesIO()
            font.save(buffer)  # recalcTimestamp is off: see save_woff2
            buffer.seek(0)
            parts.append(buffer)
    merged = Merger().merge(parts)
    # Merger stamps the time of the build; the sources' own date keeps it reproducible.
    merged["head"].created = merged["head"].modified = max(stamps)
    # It also keeps the first part's names ("Noto Sans SC Thin"): say what it is, and
    # carry every part's copyright notice (the OFL asks for them; no reserved name is
    # used). The licence URL record stays.
    names = merged["name"]
    names.names = [n for n in names.names if n.nameID in (13, 14)]
    for name_id, text in {
        0: " ".join(copyrights),
        1: "JP-MIRAI Langnames",
        2: "Regular",
        3: "JP-MIRAI Langnames Regular",
        4: "JP-MIRAI Langnames Regular",
        6: "JPMIRAILangnames-Regular",
    }.items():
        names.setName(text, name_id, 3, 1, 0x409)
    path = OUT / "langnames.woff2"
    save_woff2(cut(merged, set(merged.getBestCmap())), path)
    return path


def write_licences() -> None:
    """The SIL OFL text with each package's copyright line, served beside the fonts."""
    parts = []
    for package in sorted({face.package for face in FACES} | set(SLICED.values())):
        text = (SOURCES / package / "LICENSE").read_text(encoding="utf-8")
        parts.append(f"@fontsource/{package} {package_version(package)}\n\n{text}")
    (OUT / "OFL.txt").write_text("\n\n".join(parts), encoding="utf-8")


def main() -> None:
    if not SOURCES.is_dir():
        raise SystemExit("node_modules/@fontsource is missing: run `npm ci` first.")
    OUT.mkdir(parents=True, exist_ok=True)
    for old in [*OUT.glob("*.woff2"), *OUT.glob("*.css"), *OUT.glob("*.txt")]:
        old.unlink()
    files = {**build_faces(), **build_sliced()}
    langnames = build_langnames()
    write_licences()
    width = max(len(p.name) for paths in files.values() for p in paths)
    for script, paths in files.items():
        css = OUT / f"{script}.css"
        total = sum(p.stat().st_size for p in paths)
        print(f"{css.name:<{width}} {css.stat().st_size:>8} bytes")
        if len(paths) > 8:
            print(f"  {len(paths)} slices {total:>8} bytes in all")
        else:
            for path in paths:
                print(f"  {path.name:<{width}} {path.stat().st_size:>8} bytes")
    for path in [langnames, *sorted(OUT.glob("*-metrics.woff2"))]:
        print(f"{path.name:<{width}} {path.stat().st_size:>8} bytes")


if __name__ == "__main__":
    main()
