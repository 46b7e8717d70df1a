"""News and press releases: the news index and its items."""

from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.i18n import (
    first_in_reader_language,
    prefer_translations,
    shows_untranslated,
    source_page,
)
from core.models import BasePage
from core.pagination import cached_page
from core.visibility import public


class NewsIndexPage(RoutablePageMixin, BasePage):
    """News items, newest first. One per language tree, under the home page; its Atom
    feed is at ``feed/`` below it (e.g. /en/news/feed/)."""

    introduction = models.TextField(
        verbose_name=_("Introduction"), max_length=600, blank=True
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("News index")

    per_page = 12
    feed_length = 20

    def get_context(self, request, *args, **kwargs):
        """News is written in Japanese first: the list follows the Japanese index and
        shows each item's translation in this language where there is one."""
        context = super().get_context(request, *args, **kwargs)

        def items():
            return (
                public(NewsPage.objects.child_of(source_page(self)).live())
                .newest_first()
                .select_related("listing_image")
            )

        news_page = cached_page(
            ("news", self.pk), items, request, self.per_page, self.locale_id
        )
        context["news_page"] = news_page
        context["shows_japanese"] = shows_untranslated(
            news_page.object_list, self.locale_id
        )
        return context

    def feed_items(self) -> list["NewsPage"]:
        """The newest public items, each in this language where it is translated."""
        items = public(
            NewsPage.objects.child_of(source_page(self)).live()
        ).newest_first()[: self.feed_length]
        return prefer_translations(items, self.locale_id) if items else []

    @path("feed/", name="feed")
    def feed(self, request):
        from knowledge.feeds import news_feed

        return HttpResponse(
            news_feed(self, request), content_type="application/atom+xml; charset=utf-8"
        )


class NewsPageQuerySet(PageQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-pk")


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsPage(BasePage):
    """A news item, press release or event report, listed under the news index."""

    class Category(models.TextChoices):
        NEWS = "news", _("News")
        PRESS_RELEASE = "press", _("Press release")
        EVENT_REPORT = "report", _("Event report")

    date = models.DateField(verbose_name=_("Date"), default=timezone.localdate)
    category = models.CharField(
        verbose_name=_("Category"),
        max_length=20,
        choices=Category.choices,
        default=Category.NEWS,
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"))

    objects = NewsPageManager()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("category"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("date"),
        SynchronizedField("category"),
        TranslatableField("body"),
    ]

    parent_page_types = ["knowledge.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("News item")
        verbose_name_plural = _("News items")

    @classmethod
    def latest_for_locale(cls, locale_id, count: int = 3) -> list["NewsPage"]:
        """The newest items of the Japanese tree, translated into ``locale_id`` where
        a translation exists (see NewsIndexPage.get_context)."""
        items = cls.objects.newest_first().select_related("listing_image")
        return first_in_reader_language(items, locale_id, count)
