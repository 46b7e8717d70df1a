from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        # Django ships no locale information for Tagalog: add it once, before any
        # request asks `get_language_info("tl")`.
        from django.conf.locale import LANG_INFO

        from config.languages import EXTRA_LANG_INFO

        for code, info in EXTRA_LANG_INFO.items():
            LANG_INFO.setdefault(code, info)

        from . import signals  # noqa: F401  (cache invalidation on publish)
