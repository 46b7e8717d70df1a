from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from config.languages import DEFAULT_LANGUAGE
from core.blocks import BodyStreamBlock
from core.cache import remember, versioned_key
from core.i18n import locale_ids
from core.models import BasePage
from home.blocks import FeaturedPageBlock, PillarBlock


class HomePage(BasePage):
    """The root of each language's tree: the three pillars and what is new.

    Each locale has its own translation of the home page, and every other page sits
    below one. When a path does not exist in the reader's language, the home page
    routes it through the Japanese tree instead, so a page that is not translated yet
    is shown (with a notice) rather than answered with "not found".
    """

    intro = models.TextField(
        verbose_name=_("Introduction"),
        max_length=600,
        blank=True,
        help_text=_(
            "A short paragraph under the title: who the platform is and for whom."
        ),
    )
    pillars = StreamField(
        [("pillar", PillarBlock())],
        verbose_name=_("Pillars"),
        blank=True,
        max_num=3,
    )
    featured = StreamField(
        [("page", FeaturedPageBlock())],
        verbose_name=_("Featured guidance"),
        blank=True,
        max_num=6,
        help_text=_("Pages for workers to find first, shown as large links."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("pillars"),
        FieldPanel("featured"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("intro"),
        TranslatableField("pillars"),
        TranslatableField("featured"),
        TranslatableField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "knowledge.NewsIndexPage",
        "membership.MemberDirectoryPage",
        "selfcheck.SelfCheckPage",
        "knowledge.GuidanceIndexPage",
        "knowledge.PublicationIndexPage",
        "knowledge.BestPracticeIndexPage",
        "knowledge.WorkingGroupPage",
        "events.EventIndexPage",
    ]
    max_count = len(settings.LANGUAGES)

    class Meta:
        verbose_name = _("Home page")
        verbose_name_plural = _("Home pages")

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            fallback = self._default_language_home()
            if not path_components or fallback is None:
                raise
            return fallback.route(request, path_components)

    def _default_language_home(self):
        default_locale_id = locale_ids().get(DEFAULT_LANGUAGE)
        if self.locale_id == default_locale_id:
            return None
        return self.get_translation_or_none(default_locale_id)

    # The home page's two short lists are kept in the cache under the content
    # version (a publish changes them at once); "upcoming" also changes as events
    # start, so at most this many seconds late.
    LISTS_TIMEOUT = 60

    def get_context(self, request, *args, **kwargs):
        from core.i18n import shows_untranslated
        from events.models.pages import upcoming_for_locale
        from knowledge.models import NewsPage

        context = super().get_context(request, *args, **kwargs)
        locale_id = self.locale_id
        context["latest_news"] = remember(
            versioned_key("home-news", locale_id),
            lambda: NewsPage.latest_for_locale(locale_id, count=3),
            self.LISTS_TIMEOUT,
        )
        context["upcoming_events"] = remember(
            versioned_key("home-events", locale_id),
            lambda: upcoming_for_locale(locale_id, count=3),
            self.LISTS_TIMEOUT,
        )
        context["shows_japanese"] = shows_untranslated(
            [*context["latest_news"], *context["upcoming_events"]], self.locale_id
        )
        return context


class StandardPage(BasePage):
    """A plain content page: about the platform, privacy policy, terms of use."""

    introduction = models.TextField(
        verbose_name=_("Introduction"), max_length=600, blank=True
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("Standard page")
        verbose_name_plural = _("Standard pages")
