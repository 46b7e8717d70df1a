"""Shared page base and site-wide settings. Core defines no page types of its own."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class BasePage(Page):
    """Every page type of the site subclasses this abstract page.

    It adds what listings and search engines show (a summary and an image) and
    declares the translation policy once: titles, summaries and SEO text are
    translated; the slug and the listing image stay the same in every locale, so a
    page keeps one path (and one image) across its translations and the fallback
    to the Japanese original can find it by path.
    """

    listing_summary = models.TextField(
        verbose_name=_("Summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown in listings and search results."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("show_in_menus"),
            ],
            heading=_("For search engines"),
        ),
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("In listings"),
        ),
    ]

    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]

    override_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("listing_summary"),
        SynchronizedField("slug"),
        SynchronizedField("listing_image"),
    ]

    class Meta:
        abstract = True

    @property
    def summary(self) -> str:
        return self.listing_summary or self.search_description

    @property
    def meta_description(self) -> str:
        """What search engines show under the title: the SEO text, else the listing
        summary (``summary``, which a page type extends with its own summary field),
        else the page's own introduction, if it has one."""
        return (
            self.search_description
            or self.summary
            or getattr(self, "introduction", "")
            or getattr(self, "intro", "")
        )

    def get_view_restrictions(self):
        """No query for a page outside every restricted subtree (core/routing.py)."""
        from wagtail.models import PageViewRestriction

        from core.routing import restricted_paths

        if self.alias_of_id is None and not any(
            self.path.startswith(path) for path in restricted_paths()
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def _page_link_blocks():
    return [
        (
            "page",
            blocks.PageChooserBlock(
                label=_("Page"),
                help_text=_(
                    "The link shows the page's title in the reader's language."
                ),
            ),
        )
    ]


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    """The header menu and the footer links.

    Editors choose pages, not texts: each link shows the chosen page's title in the
    reader's language (its translation when there is one), so the menu never needs
    translating by hand.
    """

    primary_links = StreamField(
        _page_link_blocks(),
        verbose_name=_("Header menu"),
        blank=True,
        max_num=7,
    )
    footer_links = StreamField(
        _page_link_blocks(),
        verbose_name=_("Footer links"),
        blank=True,
        max_num=12,
    )

    panels = [FieldPanel("primary_links"), FieldPanel("footer_links")]

    class Meta:
        verbose_name = _("Navigation")


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """How to reach the secretariat and the consultation desk (JP-MIRAI Assist)."""

    organisation_email = models.EmailField(
        verbose_name=_("Secretariat e-mail"), blank=True
    )
    organisation_phone = models.CharField(
        verbose_name=_("Secretariat telephone"), max_length=40, blank=True
    )
    assist_url = models.URLField(
        verbose_name=_("Consultation desk (JP-MIRAI Assist) web address"), blank=True
    )
    assist_phone = models.CharField(
        verbose_name=_("Consultation desk telephone"),
        max_length=40,
        blank=True,
        help_text=_(
            "A free number workers can call, with opening hours in the guidance."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_email"), FieldPanel("organisation_phone")],
            heading=_("Secretariat"),
        ),
        MultiFieldPanel(
            [FieldPanel("assist_url"), FieldPanel("assist_phone")],
            heading=_("Consultation desk"),
        ),
    ]

    class Meta:
        verbose_name = _("Contact")
