"""The one shared StreamBlock for body content, and the blocks it is made of.

Block names are a data contract: renaming one needs a data migration.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from core.i18n import ReaderLink, active_language


class HeadingBlock(blocks.StructBlock):
    """A section heading. Level 2 or 3: the page title is the only level 1."""

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (level 2)")), ("h3", _("Subsection (level 3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = {"text": "外国人労働者との情報共有・共助", "level": "h2"}
        description = _("A heading that starts a section of the page.")


class FigureBlock(blocks.StructBlock):
    """An image with alternative text (translated per locale) and an optional caption.

    Alt text is required unless the editor marks the image as decorative, so screen
    reader users never hear a file name instead of a description.
    """

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    decorative = blocks.BooleanBlock(
        label=_("The image is decorative only"), required=False, default=False
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not value.get("alt_text"):
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Describe the image, or mark it as decorative.")
                    )
                }
            )
        return value

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")


class CalloutStructValue(blocks.StructValue):
    def role(self) -> str:
        # A danger callout is urgent; assistive technology announces it as such.
        return "alert" if self.get("tone") == "danger" else "note"


class CalloutBlock(blocks.StructBlock):
    """A highlighted box: information, a caution, or a serious warning."""

    tone = blocks.ChoiceBlock(
        label=_("Tone"),
        choices=[
            ("info", _("Information")),
            ("warning", _("Caution")),
            ("danger", _("Serious warning")),
        ],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    text = blocks.RichTextBlock(
        label=_("Text"), features=["bold", "italic", "link", "ul", "ol"]
    )

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Callout")
        value_class = CalloutStructValue
        preview_value = {
            "tone": "warning",
            "title": "パスポートは自分で持ちましょう",
            "text": "<p>会社がパスポートを預かることは禁止されています。</p>",
        }
        description = _("Highlights information, a caution or a serious warning.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(
        label=_("Who said it"), required=False, max_length=200
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quotation")
        preview_value = {"text": "誰一人取り残さない", "attribution": "JP-MIRAI"}
        description = _("A quotation with its source.")


class LinkStructValue(blocks.StructValue):
    """A link to a chosen page follows the reader into that page's translation.

    Templates call ``{% localize_links %}`` (core_tags) first, which resolves every link
    of a StreamField in one query and sets ``reader_link``; without it each link
    resolves itself (a query each).
    """

    reader_link = None

    def _resolved(self):
        if self.reader_link is None and self.get("page"):
            page = self["page"].localized
            self.reader_link = ReaderLink(
                url=page.url or "", title=page.title, page_id=page.pk, language=""
            )
        return self.reader_link

    def url(self) -> str:
        link = self._resolved()
        return link.url if link else self.get("external_url") or ""

    def text(self) -> str:
        if self.get("label"):
            return self["label"]
        link = self._resolved()
        return link.title if link else self.get("external_url", "")

    def text_language(self) -> str:
        """The language of the page title shown, when it is not the reader's."""
        link = self._resolved()
        if (
            self.get("label")
            or link is None
            or link.language in ("", active_language())
        ):
            return ""
        return link.language


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site (in the reader's language) or to an address."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = blocks.URLBlock(label=_("Web address"), required=False)
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the page's title."),
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(
                        _("Choose a page or enter a web address, but not both.")
                    )
                }
            )
        if value.get("external_url") and not value.get("label"):
            raise StructBlockValidationError(
                block_errors={
                    "label": ValidationError(
                        _("A link to another site needs link text.")
                    )
                }
            )
        return value

    class Meta:
        icon = "link"
        template = "blocks/link_block.html"
        label = _("Link")
        value_class = LinkStructValue
        description = _("A button-style link to a page or another site.")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        label = _("Document")
        description = _("A download link that shows the file type and size.")


class BodyStreamBlock(blocks.StreamBlock):
    """The body of most pages. Pages that need more blocks subclass this one."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        features=["h3", "bold", "italic", "ol", "ul", "link", "document-link"],
    )
    image = FigureBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    link = LinkBlock()
    document = DocumentLinkBlock()

    class Meta:
        label = _("Body")
