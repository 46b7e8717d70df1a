"""Calendar feeds parse with icalendar: stable UIDs, SEQUENCE, VTIMEZONE, language."""

import datetime

import icalendar
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events import services
from tests.events.helpers import events_index, make_event
from tests.factories.core import translate_page
from tests.factories.events import EventSeriesPageFactory, make_user


def parse(response) -> icalendar.Calendar:
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def assert_valid(testcase, calendar):
    testcase.assertEqual(calendar["VERSION"], "2.0")
    testcase.assertIn("PRODID", calendar)
    timezones = calendar.walk("VTIMEZONE")
    testcase.assertEqual([tz["TZID"] for tz in timezones], ["Asia/Tokyo"])
    for vevent in calendar.walk("VEVENT"):
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE"):
            testcase.assertIn(prop, vevent)
        testcase.assertEqual(vevent["DTSTART"].params["TZID"], "Asia/Tokyo")


class TestEventCalendar(TestCase):
    def test_event_calendar_parses_and_validates(self):
        page, event = make_event()
        calendar = parse(self.client.get(f"{page.url}calendar.ics"))
        assert_valid(self, calendar)
        (vevent,) = calendar.walk("VEVENT")
        self.assertEqual(vevent["UID"], event.uid)
        self.assertEqual(vevent["SUMMARY"], page.title)
        self.assertEqual(vevent.decoded("DTSTART"), page.start)

    def test_uid_is_stable_across_edits_and_sequence_goes_up(self):
        page, event = make_event()
        first = parse(self.client.get(f"{page.url}calendar.ics")).walk("VEVENT")[0]
        page.title = "Seminar, new title"
        page.start += datetime.timedelta(days=1)
        page.end += datetime.timedelta(days=1)
        page.save()
        second = parse(self.client.get(f"{page.url}calendar.ics")).walk("VEVENT")[0]
        self.assertEqual(first["UID"], second["UID"])
        self.assertEqual(int(second["SEQUENCE"]), int(first["SEQUENCE"]) + 1)

    def test_translation_has_its_language_and_the_same_uid(self):
        page, event = make_event()
        english = translate_page(page, "en", title="Seminar in English")
        response = self.client.get("/en/events/" + english.slug + "/calendar.ics")
        (vevent,) = parse(response).walk("VEVENT")
        self.assertEqual(vevent["SUMMARY"], "Seminar in English")
        self.assertEqual(vevent["UID"], event.uid)
        self.assertIn("/en/events/", str(vevent["URL"]))

    def test_online_link_is_not_in_the_public_calendar(self):
        page, _event = make_event(online_url="https://meet.example/secret")
        response = self.client.get(f"{page.url}calendar.ics")
        self.assertNotIn(b"meet.example", response.content)


class TestListCalendars(TestCase):
    def test_index_calendar_lists_upcoming_events_only(self):
        upcoming, _ = make_event(title="Upcoming")
        make_event(
            title="Past",
            start=upcoming.start - datetime.timedelta(days=60),
            end=upcoming.start - datetime.timedelta(days=60, hours=-2),
        )
        calendar = parse(self.client.get("/ja/events/calendar.ics"))
        assert_valid(self, calendar)
        self.assertEqual(
            [str(v["SUMMARY"]) for v in calendar.walk("VEVENT")], ["Upcoming"]
        )

    def test_index_calendar_per_locale(self):
        page, _ = make_event(title="和文タイトル")
        translate_page(events_index(), "en", title="Events")
        translate_page(page, "en", title="English title")
        calendar = parse(self.client.get("/en/events/calendar.ics"))
        self.assertEqual(
            [str(v["SUMMARY"]) for v in calendar.walk("VEVENT")], ["English title"]
        )

    def test_series_calendar_lists_its_events(self):
        series = EventSeriesPageFactory(parent=events_index(), slug="research")
        make_event(parent=series, title="Meeting 1")
        make_event(title="Elsewhere")
        calendar = parse(self.client.get("/ja/events/research/calendar.ics"))
        assert_valid(self, calendar)
        self.assertEqual(
            [str(v["SUMMARY"]) for v in calendar.walk("VEVENT")], ["Meeting 1"]
        )

    def summaries(self, url="/ja/events/calendar.ics"):
        calendar = parse(self.client.get(url))
        return [str(v["SUMMARY"]) for v in calendar.walk("VEVENT")]

    def test_index_calendar_is_kept_until_the_content_changes(self):
        make_event(title="First")
        self.assertEqual(self.summaries(), ["First"])
        with CaptureQueriesContext(connection) as cold:
            self.summaries()
        rebuilt = [q for q in cold.captured_queries if '"events_event"' in q["sql"]]
        self.assertEqual(rebuilt, [])  # served from the cache: no event rows read
        with self.captureOnCommitCallbacks(execute=True):
            make_event(title="Second")  # a new event bumps the content version
        self.assertEqual(self.summaries(), ["First", "Second"])

    def test_a_changed_time_reaches_the_cached_calendar(self):
        page, event = make_event(title="Moved")
        self.summaries()
        page.start += datetime.timedelta(days=1)
        page.end += datetime.timedelta(days=1)
        with self.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()
        calendar = parse(self.client.get("/ja/events/calendar.ics"))
        (vevent,) = calendar.walk("VEVENT")
        self.assertEqual(vevent.decoded("DTSTART"), page.start)
        self.assertEqual(vevent["SEQUENCE"], 1)


class TestMemberCalendar(TestCase):
    def test_member_feed_lists_confirmed_registrations_with_online_link(self):
        member = make_user("member@example.com")
        page, event = make_event(capacity=1, online_url="https://meet.example/x")
        other, other_event = make_event(capacity=0)
        services.register(
            event, email=member.email, name="M", language="ja", user=member
        )
        services.register(
            other_event, email=member.email, name="M", language="ja", user=member
        )
        self.client.force_login(member)
        self.client.get(reverse("events:my-registrations"))
        token = member.event_calendar_feed.token
        self.client.logout()
        calendar = parse(self.client.get(f"/ja/registrations/calendar/{token}.ics"))
        assert_valid(self, calendar)
        (vevent,) = calendar.walk("VEVENT")
        self.assertEqual(vevent["UID"], event.uid)
        self.assertIn("https://meet.example/x", str(vevent["DESCRIPTION"]))

    def test_reset_makes_the_old_address_answer_404(self):
        member = make_user("member@example.com")
        self.client.force_login(member)
        self.client.get(reverse("events:my-registrations"))
        old = member.event_calendar_feed.token
        response = self.client.post(reverse("events:member-calendar-reset"))
        self.assertEqual(response.status_code, 302)
        member.event_calendar_feed.refresh_from_db()
        new = member.event_calendar_feed.token
        self.assertNotEqual(old, new)
        self.assertGreaterEqual(len(new), 40)
        self.assertEqual(
            self.client.get(f"/ja/registrations/calendar/{old}.ics").status_code, 404
        )
        parse(self.client.get(f"/ja/registrations/calendar/{new}.ics"))

    def test_unknown_token_is_404(self):
        response = self.client.get("/ja/registrations/calendar/nope.ics")
        self.assertEqual(response.status_code, 404)
