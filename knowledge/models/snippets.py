"""Reusable, translatable pieces of content that pages point to."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class LawReference(TranslatableMixin, index.Indexed, models.Model):
    """A provision of Japanese law that guidance pages and the self-check cite.

    Translatable through wagtail-localize: the law's name and the summary are written
    in each language; the official URL is the same in every translation.
    """

    law = models.CharField(
        verbose_name=_("Law"),
        max_length=200,
        help_text=_("The law's name, e.g. Labour Standards Act."),
    )
    article = models.CharField(
        verbose_name=_("Article"),
        max_length=100,
        blank=True,
        help_text=_("e.g. Article 16. Leave blank when the whole law is meant."),
    )
    url = models.URLField(
        verbose_name=_("Official URL"),
        blank=True,
        help_text=_("The text of the law on an official site, e.g. e-Gov."),
    )
    summary = models.CharField(
        verbose_name=_("Summary"),
        max_length=300,
        help_text=_("One plain sentence: what this provision means for a worker."),
    )

    panels = [
        FieldPanel("law"),
        FieldPanel("article"),
        FieldPanel("url"),
        FieldPanel("summary"),
    ]

    translatable_fields = [
        TranslatableField("law"),
        TranslatableField("article"),
        TranslatableField("summary"),
        SynchronizedField("url"),
    ]

    search_fields = [
        index.SearchField("law"),
        index.SearchField("article"),
        index.SearchField("summary"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Law reference")
        verbose_name_plural = _("Law references")
        ordering = ["law", "article"]

    def __str__(self) -> str:
        return f"{self.law} {self.article}".strip()
