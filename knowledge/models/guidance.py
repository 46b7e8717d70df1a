"""Guidance for migrant workers and their employers: the indexes and the pages.

The tree: HomePage → GuidanceIndexPage (one for workers, one for employers) →
GuidancePage. Pages are written in Japanese first and translated by demand; the
index lists the Japanese tree with each page's translation swapped in (like news),
so a reader sees every page, translated where possible, and an untranslated page
opens in Japanese with a notice (docs/decisions/0004).
"""

from django import forms
from django.core.cache import cache
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from config.languages import DEFAULT_LANGUAGE
from core.blocks import DocumentLinkBlock
from core.cache import bump_content_version, versioned_key
from core.i18n import source_page
from core.models import BasePage
from core.visibility import restricted_paths
from knowledge.blocks import GuidanceStreamBlock, RelatedGuidanceBlock
from knowledge.models.snippets import LawReference
from knowledge.models.taxonomy import Stage, Topic


def default_language_rows():
    """Editors choose the Japanese terms; readers see them in their own language."""
    return {"locale__language_code": DEFAULT_LANGUAGE}


class Audience(models.TextChoices):
    WORKER = "worker", _("Workers")
    EMPLOYER = "employer", _("Employers")
    BOTH = "both", _("Workers and employers")


class FixedQueriesMixin:
    """Serve a page with fewer queries than Wagtail's defaults.

    Wagtail reads the page's and its ancestors' view restrictions on every request
    (two queries). The restricted subtrees are cached (core.visibility), so a page
    outside all of them has none to read.
    """

    def get_view_restrictions(self):
        restricted = any(self.path.startswith(path) for path in restricted_paths())
        if self.alias_of_id is None and not restricted:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class GuidanceIndexPage(FixedQueriesMixin, BasePage):
    """The entry to guidance: language chooser, topics, stages, then the pages.

    One for workers and one for employers (audience), under each home page. The
    employer index also offers the guideline documents to download.
    """

    introduction = models.TextField(
        verbose_name=_("Introduction"), max_length=600, blank=True
    )
    audience = models.CharField(
        verbose_name=_("Audience"),
        max_length=10,
        choices=[
            (Audience.WORKER.value, Audience.WORKER.label),
            (Audience.EMPLOYER.value, Audience.EMPLOYER.label),
        ],
        default=Audience.WORKER,
    )
    documents = StreamField(
        [("document", DocumentLinkBlock())],
        verbose_name=_("Guideline documents"),
        blank=True,
        help_text=_("Documents to download, e.g. guidelines for employers."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("audience"),
        FieldPanel("documents"),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
        SynchronizedField("audience"),
        TranslatableField("documents"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.GuidancePage"]

    class Meta:
        verbose_name = _("Guidance index")
        verbose_name_plural = _("Guidance indexes")

    def route(self, request, path_components):
        """Find a child guidance page in one query (Wagtail's route takes two).

        A page not translated into this index's language yet is looked up in the
        Japanese index by the same query, and served from there with a notice, as
        HomePage.route would after two more tries (docs/decisions/0004).
        """
        if not path_components:
            return super().route(request, path_components)
        paths = Q(path__startswith=self.path)
        source_path = self._source_path()
        if source_path and source_path != self.path:
            paths |= Q(path__startswith=source_path)
        found = {
            page.path.startswith(self.path): page
            for page in GuidancePage.objects.live().filter(
                paths, depth=self.depth + 1, slug=path_components[0]
            )
        }
        child = found.get(True) or found.get(False)
        if child is None:
            raise Http404
        if child.path.startswith(self.path):
            child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def _source_path(self) -> str:
        """The tree path of the Japanese index this one translates (cached)."""
        key = versioned_key("guidance-source-path", self.pk)
        path = cache.get(key)
        if path is None:
            path = source_page(self).path
            cache.set(key, path, timeout=60 * 60)
        return path

    def get_context(self, request, *args, **kwargs):
        from knowledge.guidance import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request))
        return context


class GuidancePage(FixedQueriesMixin, BasePage):
    """A guidance page in plain language: what the rule is, what to do, who helps.

    Topics, stages, audience, the review date, legal references and related pages
    are the same in every language (synchronised); the body is translated block by
    block.
    """

    audience = models.CharField(
        verbose_name=_("Audience"),
        max_length=10,
        choices=Audience.choices,
        default=Audience.WORKER,
    )
    topics = ParentalManyToManyField(
        Topic,
        verbose_name=_("Topics"),
        blank=True,
        related_name="pages",
        limit_choices_to=default_language_rows,
    )
    stages = ParentalManyToManyField(
        Stage,
        verbose_name=_("Life stages"),
        blank=True,
        related_name="pages",
        limit_choices_to=default_language_rows,
    )
    last_reviewed = models.DateField(
        verbose_name=_("Last reviewed"),
        null=True,
        blank=True,
        help_text=_("When an expert last checked this page against the law."),
    )
    law_references = ParentalManyToManyField(
        LawReference,
        verbose_name=_("Legal references"),
        blank=True,
        related_name="guidance_pages",
        limit_choices_to=default_language_rows,
    )
    body = StreamField(GuidanceStreamBlock(), verbose_name=_("Body"))
    related = StreamField(
        [("page", RelatedGuidanceBlock())],
        verbose_name=_("Related guidance"),
        blank=True,
        max_num=6,
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        FieldPanel("related"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("stages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("last_reviewed"),
                FieldPanel("law_references"),
            ],
            heading=_("About this guidance"),
        ),
        *BasePage.settings_panels,
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("body"),
        SynchronizedField("audience"),
        SynchronizedField("topics"),
        SynchronizedField("stages"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("law_references"),
        SynchronizedField("related"),
    ]

    parent_page_types = ["knowledge.GuidanceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Guidance page")
        verbose_name_plural = _("Guidance pages")

    def get_context(self, request, *args, **kwargs):
        from knowledge.guidance import page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(page_context(self, request))
        return context


class GuidanceFeedback(models.Model):
    """How many readers found a guidance page helpful, per page and reader language.

    Only two counters: no cookie, address or time of an answer is kept, so nothing
    can be traced back to a reader. A page and its translations share the
    translation key, so the counts follow the page across languages.
    """

    translation_key = models.UUIDField(verbose_name=_("Page"))
    language = models.CharField(verbose_name=_("Language"), max_length=10)
    helpful = models.PositiveIntegerField(verbose_name=_("Helpful"), default=0)
    not_helpful = models.PositiveIntegerField(verbose_name=_("Not helpful"), default=0)

    class Meta:
        verbose_name = _("Guidance feedback")
        verbose_name_plural = _("Guidance feedback")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "language"],
                name="guidance_feedback_one_row_per_page_language",
            )
        ]

    def __str__(self) -> str:
        return f"{self.translation_key} [{self.language}]"


@receiver(post_save, sender=Topic)
@receiver(post_save, sender=Stage)
@receiver(post_save, sender=LawReference)
@receiver(post_delete, sender=Topic)
@receiver(post_delete, sender=Stage)
@receiver(post_delete, sender=LawReference)
def invalidate_on_term_change(sender, **kwargs):
    """Guidance pages cache the names they show; a renamed term shows at once."""
    bump_content_version()
