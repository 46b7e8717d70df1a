from django.utils.translation import get_language_info

from core.i18n import active_language, language_script


def site_languages(request):
    """The active language's script (for its font subset) and writing direction."""
    code = active_language()
    return {
        "LANGUAGE_SCRIPT": language_script(code),
        "LANGUAGE_DIR": "rtl" if get_language_info(code)["bidi"] else "ltr",
    }
