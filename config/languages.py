"""The site's languages: one list feeds LANGUAGES and WAGTAIL_CONTENT_LANGUAGES.

Each entry is (code, English name, own name, script). The English name goes through
gettext so the admin shows it in the editor's language; the own name is how the
language switcher writes it, in its own script, for a reader who cannot read the rest
of the page yet. ``script`` picks the self-hosted font subset (see core/fonts.py).

Django ships no locale information for Tagalog; ``EXTRA_LANG_INFO`` adds it so that
``get_language_info("tl")`` and ``{% get_language_info %}`` work like for the others.
"""

from django.utils.translation import gettext_lazy as _

DEFAULT_LANGUAGE = "ja"

SITE_LANGUAGES = [
    ("ja", _("Japanese"), "日本語", "jpan"),
    ("en", _("English"), "English", "latn"),
    ("vi", _("Vietnamese"), "Tiếng Việt", "latn"),
    ("id", _("Indonesian"), "Bahasa Indonesia", "latn"),
    ("tl", _("Filipino (Tagalog)"), "Filipino", "latn"),
    ("my", _("Myanmar (Burmese)"), "မြန်မာဘာသာ", "mymr"),
    ("ne", _("Nepali"), "नेपाली", "deva"),
    ("zh-hans", _("Chinese (Simplified)"), "简体中文", "hans"),
    ("km", _("Khmer"), "ភាសាខ្មែរ", "khmr"),
    ("th", _("Thai"), "ภาษาไทย", "thai"),
    ("mn", _("Mongolian"), "Монгол хэл", "cyrl"),
]

LANGUAGES = [(code, name) for code, name, _own, _script in SITE_LANGUAGES]
LANGUAGE_CODES = [code for code, *_rest in SITE_LANGUAGES]
OWN_NAMES = {code: own for code, _name, own, _script in SITE_LANGUAGES}
SCRIPTS = {code: script for code, _name, _own, script in SITE_LANGUAGES}

EXTRA_LANG_INFO = {
    "tl": {
        "bidi": False,
        "code": "tl",
        "name": "Tagalog",
        "name_local": "Filipino",
    },
}
