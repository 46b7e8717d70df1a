"""The guidance taxonomy: topics and life stages, translatable snippets.

Editors translate a topic's name through wagtail-localize like any snippet; its slug
and order are the same in every language, because readers filter the guidance index
by slug (``?topic=wages``) and a filter link must work in every language.
Guidance pages point at the Japanese rows; templates show each row's translation in
the reader's language (``in_language``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TaxonomyTerm(TranslatableMixin, models.Model):
    name = models.CharField(verbose_name=_("Name"), max_length=80)
    slug = models.SlugField(
        verbose_name=_("Slug"),
        max_length=60,
        help_text=_("Used in filter links; the same in every language."),
    )
    sort_order = models.PositiveSmallIntegerField(verbose_name=_("Order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.name


class Topic(TaxonomyTerm):
    """What a guidance page is about (contracts and wages, health and safety …)."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Guidance topic")
        verbose_name_plural = _("Guidance topics")


class Stage(TaxonomyTerm):
    """When in a worker's journey a page matters (before departure, first months …)."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Life stage")
        verbose_name_plural = _("Life stages")
