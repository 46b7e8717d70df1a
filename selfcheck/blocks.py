"""The questionnaire's blocks: sections of questions, each with answer options.

Every question and option is identified by its StreamField block id. wagtail-localize
keeps block ids when it makes a translation, so an option has the same id in every
language and responses aggregate across languages. Editors must not delete and
re-create an option to reword it (that gives it a new id): they edit its label.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from selfcheck.choices import Indicator, RiskLevel


class ReferralBlock(blocks.StructBlock):
    """Where a worker who gave this answer should turn: any of a guidance page, the
    consultation desk (JP-MIRAI Assist) and an outside body."""

    page = blocks.PageChooserBlock(
        label=_("Guidance page"),
        required=False,
    )
    desk = blocks.BooleanBlock(
        label=_("Refer to the consultation desk (JP-MIRAI Assist)"),
        required=False,
    )
    organisation = SnippetChooserBlock(
        "selfcheck.HelpOrganisation",
        label=_("Outside body"),
        required=False,
    )

    class Meta:
        icon = "link"
        label = _("Referral")


class OptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Answer"), max_length=200)
    risk = blocks.ChoiceBlock(
        choices=RiskLevel.choices, default=RiskLevel.NONE, label=_("Risk level")
    )
    explanation = blocks.TextBlock(
        label=_("What this means"),
        required=False,
        help_text=_("Plain language: what the law says about this answer."),
    )
    action = blocks.TextBlock(
        label=_("What you can do"), required=False, max_length=600
    )
    laws = blocks.ListBlock(
        SnippetChooserBlock("knowledge.LawReference"),
        label=_("Legal references"),
        default=[],
    )
    referral = ReferralBlock(required=False)

    class Meta:
        icon = "radio-full"
        label = _("Answer option")


class QuestionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Question"), max_length=300)
    help_text = blocks.CharBlock(label=_("Hint"), required=False, max_length=300)
    indicators = blocks.MultipleChoiceBlock(
        choices=Indicator.choices,
        required=False,
        label=_("ILO forced-labour indicators"),
    )
    options = blocks.ListBlock(OptionBlock(), min_num=2, label=_("Answer options"))

    class Meta:
        icon = "help"
        label = _("Question")


class SectionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Section title"), max_length=120)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "list-ul"
        label = _("Section")
        template = "selfcheck/blocks/section_block.html"


class SectionStreamBlock(blocks.StreamBlock):
    section = SectionBlock()

    class Meta:
        min_num = 1
