"""Outside bodies a worker can turn to: inspection offices, support centres."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class HelpOrganisation(TranslatableMixin, index.Indexed, models.Model):
    """A place outside JP-MIRAI that helps migrant workers, which an answer of the
    self-check refers to (a labour standards inspection office, the foreign residents
    support centre, OTIT's mother-tongue consultation …).

    Translatable: the name, hours and languages are written for each reader; the
    telephone number and the address of the site are the same in every language.
    """

    name = models.CharField(verbose_name=_("Name"), max_length=200)
    phone = models.CharField(verbose_name=_("Telephone"), max_length=40, blank=True)
    hours = models.CharField(
        verbose_name=_("Opening hours"), max_length=200, blank=True
    )
    url = models.URLField(verbose_name=_("Web address"), blank=True)
    languages = models.CharField(
        verbose_name=_("Languages spoken"),
        max_length=300,
        blank=True,
        help_text=_("In words, e.g. Vietnamese, Indonesian, English."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("phone"),
        FieldPanel("hours"),
        FieldPanel("url"),
        FieldPanel("languages"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("hours"),
        TranslatableField("languages"),
        SynchronizedField("phone"),
        SynchronizedField("url"),
    ]

    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Help organisation")
        verbose_name_plural = _("Help organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
