"""Event index, series, events and registrations. Pass ``parent=`` for pages."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone

from core.members import members_group
from events.models import EventIndexPage, EventPage, EventSeriesPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"
    introduction = "Seminars, study sessions and study tours."

    class Meta:
        model = EventIndexPage


class EventSeriesPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Series {n}")
    introduction = "A series of meetings."

    class Meta:
        model = EventSeriesPage


def in_days(days: float, hour: int = 14) -> datetime.datetime:
    day = timezone.localtime() + datetime.timedelta(days=days)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0)


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seminar {n}")
    start = factory.LazyFunction(lambda: in_days(10))
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=2))
    capacity = 10
    venue_name = "JICA Ichigaya"
    venue_address = "Tokyo, Shinjuku-ku, Ichigaya Honmuracho 10-5"
    listing_summary = "An introduction to responsible recruitment."

    class Meta:
        model = EventPage


def make_user(email: str, *, member: bool = True, **extra):
    user = get_user_model().objects.create_user(
        username=email, email=email, password="pw-for-tests-only", **extra
    )
    if member:
        user.groups.add(members_group())
    return user
