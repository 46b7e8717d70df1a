"""Working groups (international norms, zero-fee recruitment, certification, talent
development …): a public description, and materials for members only.

Members-only materials are child pages restricted to the Members group with Wagtail's
privacy setting (``core.members.MEMBERS_GROUP_NAME``): Wagtail then refuses them to
everyone else, and search shows them to members only (search/visibility.py).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.members import is_member
from core.models import BasePage


class WorkingGroupPage(BasePage):
    """A working group: its aim, its chair and how to join. Under the home page; its
    materials are child pages."""

    introduction = models.TextField(
        verbose_name=_("Introduction"), max_length=600, blank=True
    )
    chair = models.CharField(verbose_name=_("Chair"), max_length=200, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("chair"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("chair"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.WorkingGroupMaterialPage"]

    class Meta:
        verbose_name = _("Working group")
        verbose_name_plural = _("Working groups")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_member"] = is_member(request.user)
        # Materials are private: members see the list, others a line on how to join.
        context["materials"] = (
            self.get_children().live().specific() if context["is_member"] else []
        )
        return context


class WorkingGroupMaterialPage(BasePage):
    """Minutes, drafts and documents of a working group, restricted to members by the
    privacy setting of this page (or of a parent page)."""

    date = models.DateField(verbose_name=_("Date"), null=True, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"))

    content_panels = [*BasePage.content_panels, FieldPanel("date"), FieldPanel("body")]

    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("date"),
        TranslatableField("body"),
    ]

    parent_page_types = ["knowledge.WorkingGroupPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Working-group material")
        verbose_name_plural = _("Working-group materials")
