from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from membership import admin_views

admin_urlpatterns = (
    [
        path("", admin_views.organisation_list, name="organisations"),
        path("<int:pk>/", admin_views.organisation_review, name="review"),
        path(
            "<int:pk>/<str:action>/",
            admin_views.organisation_action,
            name="action",
        ),
        path("filing/", admin_views.filing_status, name="filing"),
        path("filing/remind/", admin_views.send_reminders, name="remind"),
        path(
            "reports/<int:pk>/candidate/",
            admin_views.mark_candidate,
            name="candidate",
        ),
    ],
    "membership_admin",
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("membership/", include(admin_urlpatterns))]


class PermissionMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_menu():
    submenu = Menu(
        items=[
            PermissionMenuItem(
                _("Applications and organisations"),
                reverse("membership_admin:organisations"),
                icon_name="group",
            ),
            PermissionMenuItem(
                _("Plans and reports"),
                reverse("membership_admin:filing"),
                icon_name="doc-full",
            ),
        ]
    )
    return SubmenuMenuItem(_("Membership"), submenu, icon_name="group", order=900)
