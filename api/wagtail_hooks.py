"""Admin: the "Preview in the app" item in the page editor's action menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem

from api.page_types import registry
from api.views import headless_preview


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "headless-preview/<int:page_id>/",
            headless_preview,
            name="api_headless_preview",
        )
    ]


class HeadlessPreviewMenuItem(ActionMenuItem):
    """Opens the saved draft in the app: save the draft first, then preview."""

    label = _("Preview in the app")
    name = "action-headless-preview"
    icon_name = "mobile-alt"

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and page is not None
            and registry.for_model(page.specific_class) is not None
            and self.get_user_page_permissions_tester(context).can_edit()
        )

    def get_url(self, parent_context):
        page = parent_context["page"]
        return reverse("api_headless_preview", args=[page.pk])


@hooks.register("register_page_action_menu_item")
def register_headless_preview_menu_item():
    return HeadlessPreviewMenuItem(order=60)
