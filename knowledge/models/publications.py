"""Publications: annual reports, pamphlets, guidelines, research and working-group
outputs, each with one document per language edition.

The text of each edition's PDF is extracted when the document is uploaded
(``knowledge.documents``) and kept in ``DocumentText``, beside Wagtail's own
Document model rather than in a custom one; the publication page indexes its
editions' text, so a phrase from inside a PDF finds the publication that carries it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from config.languages import LANGUAGES, OWN_NAMES
from core.blocks import BodyStreamBlock
from core.i18n import prefer_translations, source_page
from core.models import BasePage
from core.visibility import public

# Text beyond this is not indexed: PostgreSQL's tsvector holds at most 1 MB, and the
# opening pages of a report carry its subject.
INDEXED_TEXT_PER_EDITION = 60_000


class DocumentText(models.Model):
    """The page count and the plain text of an uploaded PDF, read with pypdf."""

    document = models.OneToOneField(
        "wagtaildocs.Document",
        verbose_name=_("Document"),
        on_delete=models.CASCADE,
        related_name="extracted_text",
    )
    page_count = models.PositiveIntegerField(verbose_name=_("Pages"), default=0)
    text = models.TextField(verbose_name=_("Text"), blank=True)
    extracted_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Document text")
        verbose_name_plural = _("Document texts")

    def __str__(self) -> str:
        return str(self.document)


class EditionBlock(blocks.StructBlock):
    """One language edition of a publication: the language and its document."""

    language = blocks.ChoiceBlock(label=_("Language"), choices=LANGUAGES)
    document = DocumentChooserBlock(label=_("Document"))

    class Meta:
        icon = "doc-full"
        label = _("Edition")
        description = _("The publication's document in one language.")


class PublicationIndexPage(BasePage):
    """All publications, filtered by kind and year with links. One per language tree."""

    introduction = models.TextField(
        verbose_name=_("Introduction"), max_length=600, blank=True
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.PublicationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Publication index")

    def get_context(self, request, *args, **kwargs):
        from knowledge.listing import publication_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(publication_listing(self, request))
        return context

    def publications(self):
        """The Japanese tree's live, public publications, newest first."""
        return public(
            PublicationPage.objects.child_of(source_page(self)).live()
        ).newest_first()

    def translated(self, pages) -> list:
        return prefer_translations(pages, self.locale_id) if pages else []


class PublicationPageQuerySet(PageQuerySet):
    def newest_first(self):
        return self.order_by("-year", "-first_published_at", "-pk")


PublicationPageManager = PageManager.from_queryset(PublicationPageQuerySet)


class PublicationPage(BasePage):
    """A publication with its documents, one per language (e.g. Japanese, English)."""

    class Kind(models.TextChoices):
        ANNUAL_REPORT = "annual_report", _("Annual report")
        PAMPHLET = "pamphlet", _("Pamphlet")
        GUIDELINE = "guideline", _("Guideline")
        RESEARCH = "research", _("Research report")
        WORKING_GROUP = "working_group", _("Working-group output")

    kind = models.CharField(verbose_name=_("Kind"), max_length=20, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(verbose_name=_("Year"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary_text = models.TextField(
        verbose_name=_("Summary"),
        blank=True,
        help_text=_("What the publication is about, in a few sentences."),
    )
    contents = StreamField(BodyStreamBlock(), verbose_name=_("Contents"), blank=True)
    editions = StreamField(
        [("edition", EditionBlock())],
        verbose_name=_("Editions"),
        blank=True,
        help_text=_("One document per language, e.g. the Japanese and English PDFs."),
    )

    objects = PublicationPageManager()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("year"),
        FieldPanel("cover_image"),
        FieldPanel("summary_text"),
        FieldPanel("contents"),
        FieldPanel("editions"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary_text"),
        index.SearchField("contents"),
        index.SearchField("editions_text"),
        index.FilterField("kind"),
        index.FilterField("year"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("kind"),
        SynchronizedField("year"),
        SynchronizedField("cover_image"),
        TranslatableField("summary_text"),
        TranslatableField("contents"),
        SynchronizedField("editions"),
    ]

    parent_page_types = ["knowledge.PublicationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Publication")
        verbose_name_plural = _("Publications")

    @property
    def summary(self) -> str:
        return self.listing_summary or self.summary_text or self.search_description

    def document_ids(self) -> list[int]:
        return [
            block.value["document"].pk
            for block in self.editions
            if block.value.get("document") is not None
        ]

    def edition_list(self) -> list[dict]:
        """Each edition's language, document, size and page count (one query for the
        page counts; the documents come with the StreamField in one more)."""
        editions = [b.value for b in self.editions if b.value.get("document")]
        texts = dict(
            DocumentText.objects.filter(
                document_id__in=[e["document"].pk for e in editions]
            ).values_list("document_id", "page_count")
        )
        return [
            {
                "language": edition["language"],
                "language_name": OWN_NAMES.get(
                    edition["language"], edition["language"]
                ),
                "document": edition["document"],
                "page_count": texts.get(edition["document"].pk),
            }
            for edition in editions
        ]

    def editions_text(self) -> str:
        """The extracted text of every edition, for the search index."""
        texts = DocumentText.objects.filter(
            document_id__in=self.document_ids()
        ).values_list("text", flat=True)
        return "\n".join(text[:INDEXED_TEXT_PER_EDITION] for text in texts)
