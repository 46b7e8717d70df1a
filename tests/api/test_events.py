"""Events through the API: upcoming list, live availability, .ics URLs, no leaks."""

from events import services
from tests.api.common import API, ApiTestCase
from tests.events.helpers import make_event
from tests.factories.core import translate_page
from tests.factories.events import in_days


def sign_up(event, n):
    return services.register(
        event, email=f"p{n}@example.com", name=f"P {n}", language="ja"
    )


class TestEventDetail(ApiTestCase):
    def test_detail_shows_live_seats_and_waiting_list(self):
        page, event = make_event(capacity=2, online_url="https://meet.example/secret")
        for n in range(4):
            sign_up(event, n)
        data = self.get_json(f"/events/{page.pk}/")
        availability = data["availability"]
        self.assertEqual(availability["capacity"], 2)
        self.assertEqual(availability["seats_left"], 0)
        self.assertEqual(availability["waiting_list_length"], 2)
        self.assertTrue(availability["registration_open"])
        self.assertEqual(availability["reason"], "full_waiting_list")
        self.assertNotIn("meet.example", str(data))

    def test_availability_is_cached_briefly(self):
        page, _event = make_event()
        response = self.client.get(f"{API}/events/{page.pk}/")
        self.assertEqual(response["Cache-Control"], "public, max-age=15")

    def test_detail_gives_calendar_and_webcal_urls(self):
        page, _event = make_event()
        data = self.get_json(f"/events/{page.pk}/")
        self.assertTrue(data["calendar_url"].endswith(f"{page.url}calendar.ics/"))
        self.assertTrue(data["webcal_url"].startswith("webcal://"))
        self.assertTrue(data["webcal_url"].endswith("calendar.ics/"))

    def test_detail_is_closed_when_full_without_waiting_list(self):
        page, event = make_event(capacity=1, waiting_list=False)
        sign_up(event, 1)
        availability = self.get_json(f"/events/{page.pk}/")["availability"]
        self.assertFalse(availability["registration_open"])
        self.assertEqual(availability["reason"], "full")

    def test_detail_reason_not_yet_before_opening(self):
        page, _event = make_event(registration_opens=in_days(3))
        availability = self.get_json(f"/events/{page.pk}/")["availability"]
        self.assertEqual(
            (availability["registration_open"], availability["reason"]),
            (False, "not_yet"),
        )

    def test_detail_reason_closed_after_closing_time(self):
        page, _event = make_event(
            registration_opens=in_days(-5), registration_closes=in_days(-1)
        )
        availability = self.get_json(f"/events/{page.pk}/")["availability"]
        self.assertEqual(availability["reason"], "closed")

    def test_detail_reason_started_once_running(self):
        page, _event = make_event(start=in_days(-0.5, hour=0), end=in_days(1))
        availability = self.get_json(f"/events/{page.pk}/")["availability"]
        self.assertEqual(
            (availability["registration_open"], availability["reason"]),
            (False, "started"),
        )

    def test_detail_is_404_for_draft_or_other_page(self):
        page, _event = make_event()
        page.unpublish()
        self.get_json(f"/events/{page.pk}/", status=404)
        self.get_json(f"/events/{self.about.pk}/", status=404)

    def test_translation_shares_the_seats(self):
        page, event = make_event(capacity=3)
        sign_up(event, 1)
        english = translate_page(page, "en", title="Seminar in English")
        data = self.get_json(f"/events/{english.pk}/")
        self.assertEqual(data["locale"], "en")
        self.assertEqual(data["availability"]["seats_left"], 2)


class TestEventList(ApiTestCase):
    def test_list_shows_upcoming_not_past_nor_drafts(self):
        upcoming, _ = make_event(title="Next")
        past, _ = make_event(title="Past", start=in_days(-10), end=in_days(-9))
        draft, _ = make_event(title="Draft")
        draft.unpublish()
        ids = self.listed_ids("/events/")
        self.assertIn(upcoming.pk, ids)
        self.assertNotIn(past.pk, ids)
        self.assertNotIn(draft.pk, ids)

    def test_list_prefers_translation_in_locale(self):
        page, _ = make_event(title="Japanese")
        english = translate_page(page, "en", title="English")
        other, _ = make_event(title="Only Japanese")
        data = self.get_json("/events/?locale=en")
        ids = [item["id"] for item in data["items"]]
        self.assertIn(english.pk, ids)
        self.assertIn(other.pk, ids)
        self.assertNotIn(page.pk, ids)
        self.assertEqual(data["count"], 2)

    def test_list_is_sorted_by_start(self):
        later, _ = make_event(start=in_days(20), end=in_days(21))
        sooner, _ = make_event(start=in_days(5), end=in_days(6))
        ids = [item["id"] for item in self.get_json("/events/")["items"]]
        self.assertEqual(ids, [sooner.pk, later.pk])

    def test_list_limit_over_maximum_is_400(self):
        self.get_json("/events/?limit=1000", status=400)

    def test_list_queries_do_not_grow_with_items(self):
        """The count, the Japanese events, their translations, the seats."""
        pages = []
        for n in range(20):
            page, event = make_event(start=in_days(n + 2), end=in_days(n + 3))
            sign_up(event, n)
            pages.append(page)
        for page in pages[:10]:
            translate_page(page, "vi", title=f"vi {page.title}")
        for limit in (5, 20):
            path = f"{API}/events/?locale=vi&limit={limit}"
            self.client.get(path)
            with self.assertNumQueries(4):
                items = self.client.get(path).json()["items"]
            self.assertEqual(len(items), limit)
