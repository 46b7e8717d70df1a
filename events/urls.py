"""Non-page endpoints, mounted under /<lang>/registrations/ (config/urls.py)."""

from django.urls import path

from events.views import calendars, registrations

app_name = "events"

urlpatterns = [
    path("", registrations.my_registrations, name="my-registrations"),
    path("calendar/reset/", registrations.reset_calendar, name="member-calendar-reset"),
    path(
        "calendar/<str:token>.ics",
        calendars.member_calendar,
        name="member-calendar",
    ),
    path("confirm/<str:token>/", registrations.confirm, name="registration-confirm"),
    path("<str:token>/cancel/", registrations.cancel, name="registration-cancel"),
    path("<str:token>/", registrations.detail, name="registration-detail"),
]
