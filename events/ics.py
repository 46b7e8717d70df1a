"""iCalendar files: one event, a language's public calendar, a series, a member's feed.

Every event has one UID in every language and across edits (``Event.uid``); its
SEQUENCE goes up when its time changes (events/services.py ``sync_event``). Times are
written in Asia/Tokyo with the VTIMEZONE included, so calendar apps show the right
local time wherever the reader is. Text is in the feed's language.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import icalendar
from django.utils import timezone
from django.utils.translation import gettext as _

from config.languages import DEFAULT_LANGUAGE

TOKYO = ZoneInfo("Asia/Tokyo")
PRODID = "-//JP-MIRAI//Events//EN"


@dataclass
class CalendarEntry:
    """What a VEVENT needs: the page in the feed's language, its seats row, a URL."""

    page: object  # EventPage
    event: object  # Event
    url: str
    online_url: str = ""
    cancelled: bool = False


def _vevent(entry: CalendarEntry, *, sequence_bump: int = 0) -> icalendar.Event:
    page, event = entry.page, entry.event
    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", timezone.now())
    vevent.add("last-modified", event.updated_at)
    vevent.add("sequence", event.sequence + sequence_bump)
    vevent.add("dtstart", page.start.astimezone(TOKYO))
    vevent.add("dtend", page.end.astimezone(TOKYO))
    vevent.add("summary", page.title)
    location = ", ".join(part for part in (page.venue_name, page.venue_address) if part)
    if not location and page.attendance == "online":
        location = _("Online")
    if location:
        vevent.add("location", location)
    description = [page.summary] if page.summary else []
    if entry.online_url:
        description.append(_("Online meeting link") + ": " + entry.online_url)
    description.append(entry.url)
    vevent.add("description", "\n\n".join(description))
    vevent.add("url", entry.url)
    vevent.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
    return vevent


def build_calendar(
    entries: Iterable[CalendarEntry],
    *,
    name: str,
    language: str = DEFAULT_LANGUAGE,
    method: str = "PUBLISH",
) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Tokyo")
    bump = 1 if method == "CANCEL" else 0
    for entry in entries:
        calendar.add_component(_vevent(entry, sequence_bump=bump))
    calendar.add_component(icalendar.Timezone.from_tzid("Asia/Tokyo"))
    _order_timezone_first(calendar)
    return calendar.to_ical()


def _order_timezone_first(calendar: icalendar.Calendar) -> None:
    """VTIMEZONE before the events that use it, as some older parsers expect."""
    calendar.subcomponents.sort(key=lambda c: c.name != "VTIMEZONE")
