"""What the events index, the archive and a series list, in a fixed number of queries.

Events are written in Japanese first: listings follow the Japanese tree and show each
event's translation in the reader's language where there is one (like the news). The
seat counts of every listed event come from one query on ``Event``, on every view.

The page of events itself (which events, in which language, how many in all) only
changes with a publish or as time passes: it is kept in the cache under the content
version for ``LISTING_TIMEOUT`` seconds, per index, filter and page number.
"""

import hashlib
from dataclasses import dataclass

from django.utils import timezone

from core.cache import remember, versioned_key
from core.i18n import prefer_translations, shows_untranslated, source_page
from core.pagination import cached_page
from core.visibility import public
from events.forms import ArchiveFilterForm, EventFilterForm
from events.models import Event, EventPage

PER_PAGE = 12
LISTING_TIMEOUT = 60


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


def _page_of(request, items, index, kind: str, form):
    """One page of ``items()``, with fresh seat counts. Only the cleaned filters
    select the cache entry (events/listing.py's docstring)."""
    filters = sorted(form.cleaned_data.items()) if form.is_valid() else []
    digest = hashlib.sha256(repr(filters).encode()).hexdigest()[:32]
    listing = cached_page(
        ("events", kind, index.pk, digest),
        items,
        request,
        PER_PAGE,
        index.locale_id,
        LISTING_TIMEOUT,
    )
    listing.object_list = attach_seats(listing.object_list)
    return listing


def _events_below(page):
    return public(EventPage.objects.descendant_of(source_page(page)).live())


def upcoming_context(request, index) -> dict:
    form = EventFilterForm(request.GET or None)
    listing = _page_of(
        request,
        lambda: form.filter(_events_below(index).upcoming()),
        index,
        "upcoming",
        form,
    )
    return {
        "filter_form": form,
        "events_page": listing,
        "archive": False,
        "shows_japanese": shows_untranslated(listing, index.locale_id),
    }


def archive_context(request, index) -> dict:
    """Past events with materials, newest first; filter by type and year."""

    def past():
        return _events_below(index).past().with_materials()

    years = remember(
        versioned_key("event-archive-years", index.pk),
        lambda: sorted(
            {
                start.astimezone(timezone.get_current_timezone()).year
                for start in past().values_list("start", flat=True)
            },
            reverse=True,
        ),
        LISTING_TIMEOUT,
    )
    form = ArchiveFilterForm(request.GET or None, years=years)
    listing = _page_of(request, lambda: form.filter(past()), index, "archive", form)
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
