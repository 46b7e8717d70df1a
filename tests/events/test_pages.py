"""Event pages: tree rules, rendering in two languages and as a translation, the
index filters, the archive, and the index's query count."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from events import services
from events.models import EventIndexPage, EventPage, EventSeriesPage
from home.models import HomePage, StandardPage
from tests.events.helpers import events_index, make_event
from tests.factories.core import LocaleFactory, japanese_home, translate_page
from tests.factories.events import EventSeriesPageFactory, in_days
from tests.helpers import assert_served_in, assert_valid_html, parse_html, text_of


def seats_text(response) -> str:
    return " ".join(
        text_of(p)
        for p in parse_html(response).iter("p")
        if p.get("class") == "event-card__seats"
    )


def listed_titles(response) -> list[str]:
    return [
        text_of(a)
        for a in parse_html(response).iterfind(
            ".//main//ul[@class='card-list']//*[@class='card__title']/a"
        )
    ]


def past_event(title, days_ago, **fields):
    start = in_days(-days_ago)
    return make_event(
        title=title, start=start, end=start + datetime.timedelta(hours=2), **fields
    )


# Warm: the index's own row, the seat counts of every listed event, and one the
# page shows whatever it lists; the page of events is cached (events/listing.py).
EVENT_INDEX_QUERIES = 3
MATERIALS = [
    ("link", {"kind": "video", "title": "Recording", "url": "https://v.example/1"})
]


class TestTreeRules(WagtailPageTestCase):
    def test_index_under_home_only(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage, EventSeriesPage})
        self.assertCanNotCreateAt(StandardPage, EventIndexPage)

    def test_event_under_index_or_series(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage, EventSeriesPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertAllowedSubpageTypes(EventSeriesPage, {EventPage})
        self.assertCanNotCreateAt(Page, EventPage)

    def test_index_can_be_created_under_home(self):
        self.assertCanCreateAt(HomePage, EventIndexPage)


class TestRendering(WagtailPageTestCase):
    def test_event_renders_in_japanese_and_english(self):
        page, _event = make_event(title="入門セミナー")
        self.assertPageIsRenderable(page)
        assert_served_in(self, page.url, "ja", title="入門セミナー")
        translate_page(events_index(), "en", title="Events")
        english = translate_page(page, "en", title="Introductory seminar")
        assert_served_in(self, english.url, "en", title="Introductory seminar")

    def test_translated_copy_renders_and_shares_the_seats(self):
        page, event = make_event(title="セミナー")
        translate_page(japanese_home(), "vi", title="JP-MIRAI")
        translate_page(events_index(), "vi", title="Sự kiện")
        copy = page.copy_for_translation(LocaleFactory(language_code="vi"))
        copy.title = "Hội thảo"
        copy.save_revision().publish()
        copy = EventPage.objects.get(pk=copy.pk)
        assert_served_in(self, f"/vi/events/{page.slug}/", "vi", title="Hội thảo")
        self.assertEqual(services.event_for_page(copy).pk, event.pk)

    def test_series_and_archive_render(self):
        series = EventSeriesPageFactory(parent=events_index(), slug="monthly")
        make_event(parent=series, title="Exchange 1")
        response = self.client.get("/ja/events/monthly/")
        self.assertEqual(response.status_code, 200)
        assert_valid_html(response.content)
        self.assertEqual(listed_titles(response), ["Exchange 1"])
        self.assertEqual(self.client.get("/ja/events/archive/").status_code, 200)

    def test_study_tour_shows_itinerary_and_pre_study(self):
        pre, _ = make_event(title="Pre-study")
        tour, _ = make_event(
            title="Study tour to Vietnam",
            event_type="study_tour",
            destination_country="VN",
            requires_approval=True,
            itinerary=[("day", {"day": 1, "title": "Hanoi", "description": "Visit"})],
            pre_study=[("event", pre)],
        )
        response = self.client.get(tour.url)
        self.assertContains(response, "Hanoi")
        self.assertContains(response, 'href="/ja/events/pre-study/"')
        assert_valid_html(response.content)


class TestIndex(WagtailPageTestCase):
    def test_lists_upcoming_in_date_order_not_past(self):
        make_event(title="Later", start=in_days(20), end=in_days(20, hour=16))
        make_event(title="Sooner", start=in_days(3), end=in_days(3, hour=16))
        past_event("Past", 10)
        response = self.client.get("/ja/events/")
        self.assertEqual(listed_titles(response), ["Sooner", "Later"])
        assert_valid_html(response.content)

    def test_filters_by_type_language_format_and_audience(self):
        make_event(title="Salon", event_type="salon", spoken_languages="ja en")
        make_event(
            title="Online",
            attendance="online",
            audience="members",
            spoken_languages="vi",
        )
        get = lambda query: listed_titles(self.client.get(f"/ja/events/?{query}"))  # noqa: E731
        self.assertEqual(get("type=salon"), ["Salon"])
        self.assertEqual(get("language=en"), ["Salon"])
        self.assertEqual(get("language=vi"), ["Online"])
        self.assertEqual(get("format=online"), ["Online"])
        self.assertEqual(get("audience=members"), ["Online"])
        self.assertEqual(sorted(get("type=bogus")), ["Online", "Salon"])

    def test_full_event_shows_waiting_list(self):
        page, event = make_event(capacity=1)
        services.register(event, email="a@example.com", name="A", language="ja")
        services.register(event, email="b@example.com", name="B", language="ja")
        response = self.client.get("/en/events/")
        self.assertContains(response, "Full: 1 person on the waiting list")

    def test_archive_lists_past_events_with_materials_by_type_and_year(self):
        past_event("Old seminar", 400, materials=MATERIALS)
        past_event("Recent salon", 20, materials=MATERIALS, event_type="salon")
        past_event("No materials", 30)
        response = self.client.get("/ja/events/archive/")
        self.assertEqual(listed_titles(response), ["Recent salon", "Old seminar"])
        self.assertEqual(
            listed_titles(self.client.get("/ja/events/archive/?type=salon")),
            ["Recent salon"],
        )
        old_year = in_days(-400).year
        self.assertIn(
            "Old seminar",
            listed_titles(self.client.get(f"/ja/events/archive/?year={old_year}")),
        )

    def test_a_published_event_reaches_the_cached_index_at_once(self):
        make_event(title="First seminar")
        self.assertEqual(
            listed_titles(self.client.get("/ja/events/")), ["First seminar"]
        )
        page, _event = make_event(title="Second seminar", start=in_days(60))
        page.save_revision().publish()
        self.assertEqual(
            listed_titles(self.client.get("/ja/events/")),
            ["First seminar", "Second seminar"],
        )

    def test_seats_on_the_cached_index_are_always_fresh(self):
        _page, event = make_event(title="Small seminar", capacity=2)
        self.assertIn("2 seats left", seats_text(self.client.get("/en/events/")))
        services.register(event, email="a@example.com", name="A", language="ja")
        self.assertIn("1 seat left", seats_text(self.client.get("/en/events/")))

    def test_query_count_does_not_grow_with_events(self):
        def count_queries():
            self.client.get("/ja/events/")  # warm the caches
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get("/ja/events/")
            self.assertEqual(response.status_code, 200)
            return len(queries)

        for n in range(2):
            _page, event = make_event(capacity=1)
            services.register(event, email=f"a{n}@example.com", name="A", language="ja")
        few = count_queries()
        for _n in range(10):
            make_event(capacity=5)
        self.assertEqual(count_queries(), few)
        self.assertEqual(few, EVENT_INDEX_QUERIES)
        with self.assertNumQueries(EVENT_INDEX_QUERIES):
            self.client.get("/ja/events/")
