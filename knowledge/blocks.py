"""Blocks of guidance pages: steps, questions and answers, contacts, link lists,
tables and video links, on top of the shared body blocks.

Block names are a data contract: renaming one needs a data migration.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from core.blocks import BodyStreamBlock, LinkStructValue


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.RichTextBlock(
        label=_("Details"), required=False, features=["bold", "link", "ul"]
    )


class StepsBlock(blocks.StructBlock):
    """What to do, in order: a numbered list the reader can follow on the spot."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "knowledge/blocks/steps_block.html"
        label = _("Numbered steps")
        description = _("Steps to follow in order, numbered.")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "link", "ul", "ol"]
    )


class FaqBlock(blocks.StructBlock):
    """Questions and answers; each answer opens under its question (no JavaScript)."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        template = "knowledge/blocks/faq_block.html"
        label = _("Questions and answers")
        description = _("Questions that open to show their answers.")


class ContactStructValue(blocks.StructValue):
    def phone_href(self) -> str:
        digits = "".join(c for c in self.get("phone") or "" if c.isdigit() or c == "+")
        return f"tel:{digits}" if digits else ""


class ContactCardBlock(blocks.StructBlock):
    """Where to get help: who, how to reach them, when, in which languages, cost."""

    COSTS = [
        ("free", _("Free of charge")),
        ("paid", _("There is a charge")),
        ("call", _("Free consultation; the call is charged")),
    ]

    organisation = blocks.CharBlock(label=_("Organisation"), max_length=200)
    description = blocks.TextBlock(
        label=_("What they help with"), required=False, max_length=400
    )
    phone = blocks.CharBlock(label=_("Telephone"), required=False, max_length=40)
    url = blocks.URLBlock(label=_("Web address"), required=False)
    hours = blocks.CharBlock(label=_("Opening hours"), required=False, max_length=200)
    languages = blocks.CharBlock(
        label=_("Languages spoken"), required=False, max_length=300
    )
    cost = blocks.ChoiceBlock(label=_("Cost"), choices=COSTS, default="free")

    class Meta:
        icon = "mail"
        template = "knowledge/blocks/contact_card_block.html"
        label = _("Contact card")
        value_class = ContactStructValue
        description = _("An organisation to contact, with hours, languages and cost.")


class ExternalLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Link text"), max_length=200)
    url = blocks.URLBlock(label=_("Web address"))
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("official", _("Official site")), ("learning", _("Learning site"))],
        default="official",
    )


class LinkListBlock(blocks.StructBlock):
    """Official and learning sites, each marked as such, with its domain shown."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    links = blocks.ListBlock(ExternalLinkBlock(), label=_("Links"), min_num=1)

    class Meta:
        icon = "link"
        template = "knowledge/blocks/link_list_block.html"
        label = _("Link list")
        description = _("Links to official and learning sites.")


class TableRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(blocks.CharBlock(label=_("Cell")), label=_("Cells"))


class TableBlock(blocks.StructBlock):
    """A small table with a caption and a header row (no merged cells)."""

    caption = blocks.CharBlock(label=_("Caption"), max_length=200)
    header = blocks.ListBlock(
        blocks.CharBlock(label=_("Column heading")), label=_("Column headings")
    )
    rows = blocks.ListBlock(TableRowBlock(), label=_("Rows"), min_num=1)

    def clean(self, value):
        value = super().clean(value)
        width = len(value["header"])
        if any(len(row["cells"]) != width for row in value["rows"]):
            raise StructBlockValidationError(
                block_errors={
                    "rows": ValidationError(
                        _("Every row needs as many cells as there are column headings.")
                    )
                }
            )
        return value

    class Meta:
        icon = "table"
        template = "knowledge/blocks/table_block.html"
        label = _("Table")
        description = _("A table with a caption and column headings.")


class VideoStructValue(blocks.StructValue):
    def host(self) -> str:
        return urlsplit(self.get("url") or "").hostname or ""


class VideoLinkBlock(blocks.StructBlock):
    """A video on another site, shown as a link (with an optional still image from
    this site). Nothing is loaded from the video site until the reader follows the
    link: no player, no tracker, no data spent on a metered phone plan."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Video address"))
    duration = blocks.CharBlock(
        label=_("Length"), required=False, max_length=20, help_text=_("e.g. 4:30")
    )
    poster = ImageChooserBlock(label=_("Still image"), required=False)
    poster_alt = blocks.CharBlock(
        label=_("Still image description"), required=False, max_length=250
    )

    class Meta:
        icon = "media"
        template = "knowledge/blocks/video_link_block.html"
        label = _("Video link")
        value_class = VideoStructValue
        description = _(
            "A link to a video elsewhere; nothing loads until it is opened."
        )


class GuidanceStreamBlock(BodyStreamBlock):
    steps = StepsBlock()
    faq = FaqBlock()
    contact = ContactCardBlock()
    link_list = LinkListBlock()
    table = TableBlock()
    video = VideoLinkBlock()

    class Meta:
        label = _("Body")


class RelatedGuidanceBlock(blocks.StructBlock):
    """A link to another guidance page, in the reader's language (localize_links)."""

    page = blocks.PageChooserBlock(
        label=_("Page"), page_type=["knowledge.GuidancePage"]
    )

    class Meta:
        icon = "doc-empty"
        label = _("Related guidance")
        value_class = LinkStructValue
