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

        # Site search leaves out alias pages (placeholders that show another page's
        # text); Wagtail's search backends only filter on declared FilterFields.
        from wagtail.models import Page
        from wagtail.search import index

        if not any(f.field_name == "alias_of" for f in Page.search_fields):
            Page.search_fields = [*Page.search_fields, index.FilterField("alias_of")]

        from . import signals  # noqa: F401  (cache invalidation on publish)
