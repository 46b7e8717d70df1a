"""Admin wiring: the Events menu item, the registration views, a page-listing button."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton

from events import admin_views
from events.models import EventPage

admin_urls = (
    [
        path("", admin_views.event_list, name="index"),
        path("<uuid:key>/", admin_views.registrations, name="registrations"),
        path("<uuid:key>/export.csv", admin_views.export_csv, name="export"),
        path("<uuid:key>/message/", admin_views.send_message, name="message"),
        path(
            "<uuid:key>/registrations/<int:pk>/",
            admin_views.registration_action,
            name="action",
        ),
    ],
    "events_admin",
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("event-registrations/", include(admin_urls))]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return RegistrationsMenuItem(
        _("Event registrations"),
        reverse("events_admin:index"),
        icon_name="date",
        order=250,
    )


@hooks.register("register_page_listing_buttons")
def registrations_button(page, user, next_url=None):
    if issubclass(page.specific_class or object, EventPage) and user.has_perm(
        admin_views.PERMISSION
    ):
        yield ListingButton(
            _("Registrations"),
            reverse("events_admin:registrations", args=[page.translation_key]),
            priority=60,
        )
