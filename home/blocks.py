from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import LinkStructValue

AUDIENCES = [
    ("workers", _("With migrant workers")),
    ("private_sector", _("With the private sector")),
    ("multi_stakeholders", _("With multi-stakeholders")),
]


class PillarStructValue(LinkStructValue):
    def audience_label(self) -> str:
        return str(dict(AUDIENCES).get(self.get("audience"), ""))

    def link_text(self) -> str:
        return self.get("label") or str(_("Read more"))


class PillarBlock(blocks.StructBlock):
    """One of the platform's three pillars of work, as shown on the home page."""

    audience = blocks.ChoiceBlock(
        label=_("With whom"),
        choices=AUDIENCES,
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Short description"), max_length=400)
    page = blocks.PageChooserBlock(label=_("Page to read more"), required=False)
    label = blocks.CharBlock(label=_("Link text"), required=False, max_length=80)

    class Meta:
        icon = "group"
        template = "home/blocks/pillar_block.html"
        label = _("Pillar")
        value_class = PillarStructValue
        preview_value = {
            "audience": "workers",
            "title": "外国人労働者との情報共有・共助",
            "text": "母国語での情報提供、セルフチェック、相談窓口への案内。",
        }
        description = _("A pillar of the platform's work with a link to read more.")


class FeaturedPageBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the page's title."),
    )

    class Meta:
        icon = "pick"
        template = "home/blocks/featured_page_block.html"
        label = _("Featured page")
        value_class = LinkStructValue
        description = _("A page highlighted on the home page, such as key guidance.")
