"""Blocks of the event pages: speakers, study-tour itinerary days and materials."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    affiliation = blocks.CharBlock(
        label=_("Organisation and role"), max_length=200, required=False
    )

    class Meta:
        icon = "user"
        template = "events/blocks/speaker_block.html"
        label = _("Speaker")
        description = _("A speaker or facilitator, with their organisation.")


class ItineraryDayBlock(blocks.StructBlock):
    day = blocks.IntegerBlock(label=_("Day"), min_value=1, max_value=30)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("What happens"), required=False)

    class Meta:
        icon = "date"
        template = "events/blocks/itinerary_day_block.html"
        label = _("Itinerary day")
        description = _("One day of a study tour: where the group goes and why.")


class MaterialLinkStructValue(blocks.StructValue):
    def kind_label(self) -> str:
        return dict(MaterialLinkBlock.KINDS).get(self.get("kind"), "")


class MaterialLinkBlock(blocks.StructBlock):
    """Slides or a recording kept elsewhere (video site, slide host)."""

    KINDS = [("slides", _("Slides")), ("video", _("Video")), ("other", _("Link"))]

    kind = blocks.ChoiceBlock(label=_("Kind"), choices=KINDS, default="video")
    title = blocks.CharBlock(label=_("Link text"), max_length=200)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        template = "events/blocks/material_link_block.html"
        label = _("Slides or video link")
        description = _("A link to the slides or the recording of the event.")
        value_class = MaterialLinkStructValue


class MaterialDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "events/blocks/material_document_block.html"
        label = _("Handout or slides file")
        description = _("A file from the event: handout, slides, report.")


class MaterialsStreamBlock(blocks.StreamBlock):
    """What editors attach after an event; pages with materials form the archive."""

    document = MaterialDocumentBlock()
    link = MaterialLinkBlock()

    class Meta:
        label = _("Materials")
