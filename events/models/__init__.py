"""Event pages, seats and registrations, and the outbox of event mail."""

from events.models.outbox import OutboxMessage
from events.models.pages import (
    Attendance,
    EventIndexPage,
    EventPage,
    EventSeriesPage,
    EventType,
)
from events.models.registrations import Audience, CalendarFeed, Event, Registration

__all__ = [
    "Attendance",
    "Audience",
    "CalendarFeed",
    "Event",
    "EventIndexPage",
    "EventPage",
    "EventSeriesPage",
    "EventType",
    "OutboxMessage",
    "Registration",
]
