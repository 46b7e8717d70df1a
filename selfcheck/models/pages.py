"""The self-check page: one questionnaire (after arrival, or periodic) per page."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage
from selfcheck.blocks import SectionStreamBlock
from selfcheck.choices import CheckKind
from selfcheck.questionnaire import Questionnaire


class SelfCheckPage(RoutablePageMixin, BasePage):
    """A worker's self-check: a consent screen, then one screen per section, then a
    result that explains concerning answers and where to get help.

    Sits under the home page, one per check kind. Editors write sections, questions
    and options here and translate the page with wagtail-localize; block ids (the
    identifiers of questions and options in the responses) stay the same in every
    language. Taking the check is handled by selfcheck.views (no cookie, no account);
    the page itself shows the consent screen and, under ``survey-results/``, the
    published aggregates.
    """

    kind = models.CharField(
        verbose_name=_("Kind of check"),
        max_length=20,
        choices=CheckKind.choices,
        default=CheckKind.AFTER_ARRIVAL,
        help_text=_(
            "After arrival: recruitment, fees, documents and contract. Periodic: "
            "wages, hours, leave, safety and harassment."
        ),
    )
    introduction = models.TextField(
        verbose_name=_("Introduction"),
        max_length=800,
        blank=True,
        help_text=_(
            "Shown above the consent: who the check is for, how long it takes."
        ),
    )
    sections = StreamField(SectionStreamBlock(), verbose_name=_("Sections"))
    results_introduction = models.TextField(
        verbose_name=_("Survey results introduction"),
        max_length=800,
        blank=True,
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("introduction"),
        FieldPanel("sections"),
        FieldPanel("results_introduction"),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("kind"),
        TranslatableField("introduction"),
        TranslatableField("sections"),
        TranslatableField("results_introduction"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("Self-check page")
        verbose_name_plural = _("Self-check pages")

    @cached_property
    def questionnaire(self) -> Questionnaire:
        """Questions, options and risks, without the chosen snippets (no query)."""
        try:
            return Questionnaire.from_raw(self.sections.raw_data)
        except (KeyError, TypeError):  # a list stored without item ids
            return self.full_questionnaire

    @cached_property
    def full_questionnaire(self) -> Questionnaire:
        """With the laws, organisations and pages each option refers to."""
        return Questionnaire.from_stream(self.sections)

    @property
    def check_key(self) -> str:
        return str(self.translation_key)

    @path("")
    def consent(self, request):
        from selfcheck.views import consent_screen

        return consent_screen(request, self)

    @path("survey-results/")
    def survey_results(self, request):
        from selfcheck.views import survey_results

        return survey_results(request, self)

    @path("survey-results/csv/")
    def survey_results_csv(self, request):
        from selfcheck.views import survey_results_csv

        return survey_results_csv(request, self)
