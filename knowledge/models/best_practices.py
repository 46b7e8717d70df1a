"""The best-practice archive: members' practices selected at activity report meetings.

Best practices are written in Japanese first (the membership app's "best-practice
candidate" creates a draft through ``knowledge.services``); the archive lists the
Japanese tree with translations swapped in, filtered by industry, sending country,
theme and year in any combination, each option with its count.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.i18n import prefer_translations, source_page
from core.models import BasePage
from core.taxonomy import Country, Industry, Principle
from core.visibility import public


class BestPracticeIndexPage(BasePage):
    """The best-practice archive, one per language tree, under the home page."""

    introduction = models.TextField(
        verbose_name=_("Introduction"), max_length=600, blank=True
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.BestPracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Best-practice archive")

    def get_context(self, request, *args, **kwargs):
        from knowledge.listing import best_practice_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(best_practice_listing(self, request))
        return context

    def practices(self):
        """The Japanese tree's live, public best practices."""
        return public(BestPracticePage.objects.child_of(source_page(self)).live())

    def translated(self, pages) -> list:
        return prefer_translations(pages, self.locale_id) if pages else []


class BestPracticeForm(WagtailAdminPageForm):
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        choices=Principle.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("The principles of the code of conduct this practice serves."),
    )


class BestPracticePage(BasePage):
    """One member organisation's practice, as selected at an activity report meeting."""

    organisation_name = models.CharField(
        verbose_name=_("Member organisation"), max_length=200
    )
    industry = models.CharField(
        verbose_name=_("Industry"), max_length=40, choices=Industry.choices
    )
    sending_country = models.CharField(
        verbose_name=_("Sending country"),
        max_length=10,
        choices=Country.choices,
        blank=True,
    )
    themes = models.JSONField(verbose_name=_("Themes"), default=list, blank=True)
    year = models.PositiveSmallIntegerField(verbose_name=_("Year"))
    selected_at = models.CharField(
        verbose_name=_("Selected at"),
        max_length=200,
        blank=True,
        help_text=_("The activity report meeting, e.g. the 2023 autumn meeting."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"), blank=True)

    base_form_class = BestPracticeForm

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("industry"),
                FieldPanel("sending_country"),
                FieldPanel("themes"),
                FieldPanel("year"),
                FieldPanel("selected_at"),
            ],
            heading=_("About the practice"),
        ),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("organisation_name"),
        index.SearchField("body"),
        index.FilterField("industry"),
        index.FilterField("year"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("organisation_name"),
        SynchronizedField("industry"),
        SynchronizedField("sending_country"),
        SynchronizedField("themes"),
        SynchronizedField("year"),
        TranslatableField("selected_at"),
        TranslatableField("body"),
    ]

    parent_page_types = ["knowledge.BestPracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Best practice")
        verbose_name_plural = _("Best practices")

    def theme_labels(self) -> list[str]:
        labels = dict(Principle.choices)
        return [labels[theme] for theme in self.themes if theme in labels]
