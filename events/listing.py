"""What the events index, the archive and a series list, in a fixed number of queries.

Events are written in Japanese first: listings follow the Japanese tree and show each
event's translation in the reader's language where there is one (like the news). The
seat counts of every listed event come from one query on ``Event``.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.utils import timezone

from core.i18n import prefer_translations, shows_untranslated, source_page
from core.visibility import public
from events.forms import ArchiveFilterForm, EventFilterForm
from events.models import Event, EventPage

PER_PAGE = 12


@dataclass(frozen=True)
class Seats:
    """Availability as a listing shows it."""

    capacity: int | None
    confirmed: int
    waiting: int
    state: str  # registration_state(): not_yet, open, closed

    @property
    def left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed, 0)

    @property
    def full(self) -> bool:
        return self.left == 0


def seats_by_key(translation_keys) -> dict:
    now = timezone.now()
    return {
        event.translation_key: Seats(
            capacity=event.capacity,
            confirmed=event.confirmed_count,
            waiting=event.waiting_count,
            state=event.registration_state(now),
        )
        for event in Event.objects.with_counts().filter(
            translation_key__in=list(translation_keys)
        )
    }


def attach_seats(pages) -> list:
    pages = list(pages)
    seats = seats_by_key({page.translation_key for page in pages})
    for page in pages:
        page.seats = seats.get(page.translation_key)
    return pages


def _page_of(request, items, locale_id):
    listing = Paginator(items, PER_PAGE).get_page(request.GET.get("page"))
    if listing.object_list:
        translated = prefer_translations(listing.object_list, locale_id)
        listing.object_list = attach_seats(translated)
    return listing


def _events_below(page):
    return public(EventPage.objects.descendant_of(source_page(page)).live())


def upcoming_context(request, index) -> dict:
    form = EventFilterForm(request.GET or None)
    items = form.filter(_events_below(index).upcoming())
    listing = _page_of(request, items, index.locale_id)
    return {
        "filter_form": form,
        "events_page": listing,
        "archive": False,
        "shows_japanese": shows_untranslated(listing, index.locale_id),
    }


def archive_context(request, index) -> dict:
    """Past events with materials, newest first; filter by type and year."""
    past = _events_below(index).past().with_materials()
    years = sorted(
        {
            start.astimezone(timezone.get_current_timezone()).year
            for start in past.values_list("start", flat=True)
        },
        reverse=True,
    )
    form = ArchiveFilterForm(request.GET or None, years=years)
    listing = _page_of(request, form.filter(past), index.locale_id)
    return {
        "filter_form": form,
        "events_page": listing,
        "archive": True,
        "shows_japanese": shows_untranslated(listing, index.locale_id),
    }


def series_events(request, series) -> dict:
    below = _events_below(series)
    upcoming = list(below.upcoming()[:50])
    past = list(below.past()[:20])
    upcoming = prefer_translations(upcoming, series.locale_id) if upcoming else []
    past = prefer_translations(past, series.locale_id) if past else []
    return {
        "upcoming_events": attach_seats(upcoming),
        "past_events": past,
        "shows_japanese": shows_untranslated(upcoming + past, series.locale_id),
    }
