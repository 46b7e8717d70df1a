"""Merge the third-party translation overlays into the project's catalogs.

django-allauth and Django ship no or incomplete translations for some of the site's
languages (allauth: Vietnamese, Filipino, Myanmar, Nepali, Khmer; Django: Filipino, and
Myanmar, Khmer, Thai, Vietnamese and Nepali only in part). A missing entry falls back
to the default language, Japanese. Their strings appear on our pages (sign-in,
sign-up, form errors, dates), so we keep translations for them in
``locale/third_party/<lang>.po`` and merge every translated entry that the
project's own catalog lacks into ``locale/<lang>/LC_MESSAGES/django.po``. Entries the
project translates itself win. ``make messages`` runs this after ``makemessages``.
"""

import sys
from pathlib import Path

import polib

BASE_DIR = Path(__file__).resolve().parent.parent
OVERLAY_DIR = BASE_DIR / "locale" / "third_party"


def merge(language: str) -> int:
    overlay = polib.pofile(str(OVERLAY_DIR / f"{language}.po"))
    target_path = BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"
    if not target_path.exists():
        print(
            f"{language}: no project catalog yet; run makemessages first",
            file=sys.stderr,
        )
        return 0
    target = polib.pofile(str(target_path), wrapwidth=79)
    present = {(entry.msgctxt, entry.msgid) for entry in target if not entry.obsolete}
    added = 0
    for entry in overlay:
        if (
            entry.obsolete
            or not entry.translated()
            or (entry.msgctxt, entry.msgid) in present
        ):
            continue
        entry.occurrences = []
        entry.comment = "third-party string (see locale/third_party/)"
        target.append(entry)
        added += 1
    # Drop obsolete copies of merged entries that makemessages left behind.
    for entry in [
        e
        for e in target
        if e.obsolete
        and (e.msgctxt, e.msgid) in {(o.msgctxt, o.msgid) for o in overlay}
    ]:
        target.remove(entry)
    target.save()
    return added


def main() -> None:
    for overlay in sorted(OVERLAY_DIR.glob("*.po")):
        print(f"{overlay.stem}: {merge(overlay.stem)} third-party entries merged")


if __name__ == "__main__":
    main()
