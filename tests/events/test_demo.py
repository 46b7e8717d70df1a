"""The events demo: a year of events around today, some full, some with materials,
registrations made through the services; loading twice adds nothing."""

from io import StringIO

import icalendar
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from events.models import Event, EventPage, OutboxMessage, Registration
from tests.events.helpers import waiting_positions


class TestEventsDemo(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", quiet=True, stdout=StringIO())

    def test_a_year_of_events_past_and_upcoming_in_japanese_and_english(self):
        japanese = EventPage.objects.filter(locale__language_code="ja")
        now = timezone.now()
        self.assertGreaterEqual(japanese.filter(start__lt=now).count(), 4)
        self.assertGreaterEqual(japanese.filter(start__gte=now).count(), 8)
        types = set(japanese.values_list("event_type", flat=True))
        self.assertLessEqual(
            {
                "introductory_seminar",
                "salon",
                "new_member_exchange",
                "study_tour",
                "general_assembly",
                "study_session",
            },
            types,
        )
        self.assertEqual(
            japanese.filter(event_type="study_tour", requires_approval=True).count(), 2
        )
        english = EventPage.objects.filter(locale__language_code="en").count()
        self.assertEqual(english, japanese.count())
        self.assertGreaterEqual(japanese.past().with_materials().count(), 3)

    def test_some_events_are_full_with_a_waiting_list(self):
        full = [
            event
            for event in Event.objects.with_counts()
            if event.capacity
            and event.confirmed_count == event.capacity
            and event.waiting_count
        ]
        self.assertGreaterEqual(len(full), 2)
        for event in full:
            self.assertEqual(
                waiting_positions(event), list(range(1, event.waiting_count + 1))
            )

    def test_demo_mails_nobody_and_loading_again_adds_nothing(self):
        self.assertFalse(
            OutboxMessage.objects.filter(status=OutboxMessage.Status.PENDING).exists()
        )
        before = Registration.objects.count()
        output = StringIO()
        call_command("load_demo", stdout=output)
        self.assertEqual(Registration.objects.count(), before)
        self.assertIn("nothing was added", output.getvalue())

    def test_demo_feeds_parse(self):
        for url in (
            "/ja/events/calendar.ics",
            "/en/events/calendar.ics",
            "/ja/events/new-member-exchange/calendar.ics",
        ):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            calendar = icalendar.Calendar.from_ical(response.content)
            self.assertTrue(calendar.walk("VEVENT"), url)
        for url in ("/ja/events/", "/en/events/", "/en/events/archive/", "/vi/events/"):
            self.assertEqual(self.client.get(url).status_code, 200, url)
