"""Events with live availability, from the shared ``Event`` row (events.models).

Seats belong to the event, not to one translation: every language's page reads the
same counts. The online meeting link is never part of an answer (only confirmed
attendees get it, by mail and on their account page).
"""

from datetime import datetime
from typing import Literal

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Query, Router, Schema

from api.pagination import Pagination, paginate, set_last_modified
from api.schemas import ERRORS, Id, LocaleCode
from api.visibility import public_pages
from config.languages import DEFAULT_LANGUAGE
from core.i18n import locale_ids, prefer_translations
from events.models import Event, EventPage

router = Router(tags=["events"])

# Seats change with every signup: shared caches keep an answer briefly only.
CACHE_CONTROL = "public, max-age=15"

Reason = Literal["open", "not_yet", "closed", "started", "full", "full_waiting_list"]


class Availability(Schema):
    capacity: int | None = Field(description="Seats in all; null for no limit.")
    seats_left: int | None = Field(description="Confirmed seats still free.")
    waiting_list: bool = Field(description="Whether a full event takes a waiting list.")
    waiting_list_length: int
    registration_open: bool = Field(
        description="Whether someone may register now (a seat or the waiting list)."
    )
    reason: Reason = Field(
        description="open; not_yet (opens later); closed (closing time passed); "
        "started; full (no waiting list); full_waiting_list (open, new "
        "registrations go on the waiting list)."
    )
    registration_opens_at: datetime | None
    registration_closes_at: datetime | None
    members_only: bool
    requires_approval: bool


class EventItem(Schema):
    id: int
    locale: str
    title: str
    url: str | None
    api_url: str
    start: datetime
    end: datetime
    event_type: str
    attendance: str
    venue_name: str
    spoken_languages: list[str]
    calendar_url: str | None = Field(description="The event's calendar.ics.")
    webcal_url: str | None = Field(description="The same, as a webcal:// address.")
    availability: Availability | None


class EventList(Schema):
    count: int
    items: list[EventItem]


class EventFilters(Schema):
    locale: LocaleCode = Field(
        DEFAULT_LANGUAGE,
        description="Show each event in this language where it is translated "
        "(the Japanese original otherwise).",
    )


def availability(event: Event | None, confirmed: int, waiting: int, now=None):
    if event is None:
        return None
    now = now or timezone.now()
    state = event.registration_state(now)
    seats_left = event.seats_left(confirmed)
    if state == "not_yet":
        reason = "not_yet"
    elif state == "closed":
        reason = "started" if now >= event.starts_at else "closed"
    elif seats_left == 0:
        reason = "full_waiting_list" if event.waiting_list else "full"
    else:
        reason = "open"
    return {
        "capacity": event.capacity,
        "seats_left": seats_left,
        "waiting_list": event.waiting_list,
        "waiting_list_length": waiting,
        "registration_open": reason in ("open", "full_waiting_list"),
        "reason": reason,
        "registration_opens_at": event.registration_opens_at,
        "registration_closes_at": event.registration_closes_at,
        "members_only": event.members_only,
        "requires_approval": event.requires_approval,
    }


def _events_by_key(keys) -> dict:
    return {
        event.translation_key: event
        for event in Event.objects.with_counts().filter(translation_key__in=list(keys))
    }


def language_of(page: EventPage) -> str:
    codes = {pk: code for code, pk in locale_ids().items()}
    return codes.get(page.locale_id) or page.locale.language_code


def _item(page: EventPage, event, request: HttpRequest, now) -> dict:
    url = page.get_full_url(request)
    calendar = f"{url}calendar.ics/" if url else None
    webcal = None
    if calendar:
        webcal = "webcal://" + calendar.split("://", 1)[-1]
    return {
        "id": page.pk,
        "locale": language_of(page),
        "title": page.title,
        "url": url,
        "api_url": request.build_absolute_uri(f"/api/v3/events/{page.pk}/"),
        "start": page.start,
        "end": page.end,
        "event_type": page.event_type,
        "attendance": page.attendance,
        "venue_name": page.venue_name,
        "spoken_languages": page.spoken_languages.split(),
        "calendar_url": calendar,
        "webcal_url": webcal,
        "availability": availability(
            event,
            getattr(event, "confirmed_count", 0),
            getattr(event, "waiting_count", 0),
            now,
        ),
    }


def public_events():
    ids = public_pages([EventPage]).values("pk")
    return EventPage.objects.filter(pk__in=ids)


@router.get(
    "/",
    response={200: EventList, **ERRORS},
    url_name="events-list",
    operation_id="events_list",
    summary="Upcoming public events with their availability",
)
def list_events(
    request: HttpRequest,
    response: HttpResponse,
    filters: Query[EventFilters],
    pagination: Query[Pagination],
):
    ids = locale_ids()
    queryset = public_events().filter(locale_id=ids.get(DEFAULT_LANGUAGE)).upcoming()
    count, pages = paginate(queryset, pagination)
    pages = list(pages)
    if pages:
        pages = prefer_translations(pages, ids.get(filters.locale))
    events = _events_by_key(page.translation_key for page in pages)
    now = timezone.now()
    set_last_modified(response, (page.last_published_at for page in pages))
    response.headers["Cache-Control"] = CACHE_CONTROL
    items = [_item(p, events.get(p.translation_key), request, now) for p in pages]
    return {"count": count, "items": items}


@router.get(
    "/{page_id}/",
    response={200: EventItem, 404: ERRORS[404], 422: ERRORS[422]},
    url_name="events-detail",
    operation_id="events_detail",
    summary="One public event with its live availability",
)
def get_event(request: HttpRequest, response: HttpResponse, page_id: Id):
    page = public_events().filter(pk=page_id).first()
    if page is None:
        raise Http404(f"No public event has the id {page_id}.")
    event = _events_by_key([page.translation_key]).get(page.translation_key)
    set_last_modified(response, [page.last_published_at])
    response.headers["Cache-Control"] = CACHE_CONTROL
    return _item(page, event, request, timezone.now())
