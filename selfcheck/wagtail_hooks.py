"""Admin: help organisations, employer codes, the consultation desk's requests, and
the aggregates (dashboard, employer report)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from selfcheck import admin_views
from selfcheck.models import ConsultationRequest, EmployerCode, HelpOrganisation


class HelpOrganisationViewSet(SnippetViewSet):
    model = HelpOrganisation
    icon = "site"
    list_display = ["name", "phone", "languages"]
    list_filter = ["locale"]
    search_fields = ["name"]


class EmployerCodeViewSet(SnippetViewSet):
    model = EmployerCode
    icon = "key"
    list_display = ["employer", "code", "contact_name", "active"]
    search_fields = ["employer", "code"]


class ConsultationRequestViewSet(SnippetViewSet):
    """The desk's work list. What the worker wrote cannot be changed; staff set the
    status and keep notes."""

    model = ConsultationRequest
    icon = "mail"
    list_display = ["topic", "language", "channel", "status", "created_at"]
    list_filter = ["status", "topic", "language"]
    ordering = ["-created_at"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("language", read_only=True),
                FieldPanel("topic", read_only=True),
                FieldPanel("description", read_only=True),
                FieldPanel("channel", read_only=True),
                FieldPanel("contact", read_only=True),
                FieldPanel("name", read_only=True),
            ],
            heading=_("From the worker"),
        ),
        FieldPanel("status"),
        FieldPanel("staff_notes"),
    ]

    def get_add_url(self):  # requests come from workers only
        return None


class SelfCheckGroup(SnippetViewSetGroup):
    items = (ConsultationRequestViewSet, EmployerCodeViewSet, HelpOrganisationViewSet)
    menu_icon = "tasks"
    menu_label = _("Self-check")
    menu_name = "selfcheck"


register_snippet(SelfCheckGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "selfcheck/aggregates/",
            admin_views.dashboard,
            name="selfcheck_dashboard",
        ),
        path(
            "selfcheck/employer/<int:pk>/",
            admin_views.employer_report,
            name="selfcheck_employer_report",
        ),
    ]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("selfcheck.view_response")


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return DashboardMenuItem(
        _("Self-check results"),
        reverse("selfcheck_dashboard"),
        icon_name="table",
        order=900,
    )
