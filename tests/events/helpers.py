"""Shared set-up for the events tests: an index page and events under it."""

from events.models import Event, EventPage, Registration
from tests.factories.core import japanese_home
from tests.factories.events import EventIndexPageFactory, EventPageFactory


def events_index():
    home = japanese_home()
    existing = home.get_children().filter(slug="events").first()
    return existing.specific if existing else EventIndexPageFactory(parent=home)


def make_event(**fields) -> tuple[EventPage, Event]:
    page = EventPageFactory(
        parent=fields.pop("parent", None) or events_index(), **fields
    )
    return page, Event.objects.get(translation_key=page.translation_key)


def statuses(event: Event) -> dict[str, int]:
    counts: dict[str, int] = {}
    for status in event.registrations.values_list("status", flat=True):
        counts[status] = counts.get(status, 0) + 1
    return counts


def waiting_positions(event: Event) -> list[int]:
    return list(
        event.registrations.filter(status=Registration.Status.WAITING)
        .order_by("waiting_position")
        .values_list("waiting_position", flat=True)
    )
