"""Calendar feeds: one event, a language's upcoming events, a series, a member's own.

All feeds are built by events/ics.py, in the language of the page (or, for a member's
feed, the language they last used on their account page).

The public feeds of an index or a series list up to 200 events, which takes a while
to build, and calendar apps poll them every few minutes: they are kept in the cache
under the content version (core/cache.py, bumped on every publish and by
``events.services.sync_event`` when an event's time or seats change) for
``FEED_TIMEOUT`` seconds at most, so an event that has just ended drops out soon.
"""

from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.translation import get_language

from core.cache import remember, versioned_key
from core.i18n import in_language, locale_ids, prefer_translations, source_page
from core.visibility import public
from events.ics import CalendarEntry, build_calendar
from events.mail import absolute
from events.models import CalendarFeed, Event, EventPage, Registration
from events.tokens import registration_token


def _response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _entries(request, pages, language: str) -> list[CalendarEntry]:
    pages = list(pages)
    events = {
        event.translation_key: event
        for event in Event.objects.filter(
            translation_key__in=[page.translation_key for page in pages]
        )
    }
    return [
        CalendarEntry(
            page=page,
            event=events[page.translation_key],
            url=request.build_absolute_uri(
                in_language(page.get_url(request) or "", language)
            ),
        )
        for page in pages
        if page.translation_key in events
    ]


def event_calendar(request, page):
    language = get_language()
    body = build_calendar(
        _entries(request, [page], language), name=page.title, language=language
    )
    return _response(body, f"{page.slug}.ics")


FEED_TIMEOUT = 300


def _cached_feed(request, page, build) -> bytes:
    """The feed of ``page`` in the active language for this host, built by
    ``build()`` when the cache has none under the current content version."""
    key = versioned_key("ics", page.pk, get_language(), request.get_host())
    return remember(key, build, FEED_TIMEOUT)


def _upcoming_below(page, locale_id, limit=200):
    pages = list(
        public(EventPage.objects.descendant_of(source_page(page)).live()).upcoming()[
            :limit
        ]
    )
    return prefer_translations(pages, locale_id) if pages else []


def _upcoming_feed(request, page) -> bytes:
    def build() -> bytes:
        language = get_language()
        pages = _upcoming_below(page, page.locale_id)
        return build_calendar(
            _entries(request, pages, language), name=page.title, language=language
        )

    return _cached_feed(request, page, build)


def index_calendar(request, index):
    return _response(_upcoming_feed(request, index), "events.ics")


def series_calendar(request, series):
    return _response(_upcoming_feed(request, series), f"{series.slug}.ics")


def my_registration_rows(user, language: str) -> list[dict]:
    """The user's registrations, newest event first, with the page in ``language``."""
    registrations = list(
        Registration.objects.filter(user=user, erased=False)
        .select_related("event")
        .order_by("-event__starts_at", "-pk")[:200]
    )
    keys = {r.event.translation_key for r in registrations}
    ids = locale_ids()
    pages: dict = {}
    for page in EventPage.objects.live().filter(translation_key__in=keys):
        pages.setdefault(page.translation_key, {})[page.locale_id] = page
    rows = []
    for registration in registrations:
        versions = pages.get(registration.event.translation_key, {})
        page = versions.get(ids.get(language)) or versions.get(ids.get("ja"))
        if page is None:
            continue
        rows.append(
            {
                "registration": registration,
                "page": page,
                "token": registration_token(registration.pk),
            }
        )
    return rows


def member_calendar(request, token):
    """The private feed: the member's confirmed events, at an unguessable address."""
    feed = CalendarFeed.objects.filter(token=token).select_related("user").first()
    if feed is None or not feed.user.is_active:
        raise Http404
    with translation.override(feed.language):
        entries = []
        for row in my_registration_rows(feed.user, feed.language):
            registration = row["registration"]
            if registration.status != Registration.Status.CONFIRMED:
                continue
            page = row["page"]
            url = absolute(in_language(page.get_url(request) or "", feed.language))
            entries.append(
                CalendarEntry(
                    page=page,
                    event=registration.event,
                    url=url,
                    online_url=page.online_url,
                )
            )
        body = build_calendar(entries, name="JP-MIRAI", language=feed.language)
    return _response(body, "my-events.ics")


def page_calendar(request, path: str):
    """``<page url>calendar.ics``: Wagtail's page URLs allow no dot, so this pattern
    (config/urls.py) hands the path to Wagtail's router with the route of the page's
    ``calendar.ics/`` (RoutablePageMixin); fallbacks and privacy rules apply as usual.
    """
    from wagtail.views import serve

    return serve(request, f"{path}calendar.ics/")
