"""The personal-data contract membership relies on: export and erase a user's data."""

import json

from django.test import TestCase

from events import personal_data, services
from events.models import CalendarFeed, Registration
from tests.events.helpers import make_event, statuses
from tests.factories.events import make_user

Status = Registration.Status


class TestPersonalData(TestCase):
    def setUp(self):
        self.member = make_user("member@example.com")
        _page, self.event = make_event(title="Seminar", capacity=1)
        services.register(
            self.event,
            email=self.member.email,
            name="Member",
            language="ja",
            user=self.member,
            answers={"dietary": "none"},
        )
        services.register(
            self.event, email="other@example.com", name="O", language="ja"
        )

    def test_export_is_json_serialisable_and_lists_registrations(self):
        data = personal_data.export(self.member)
        json.dumps(data)
        (row,) = data["event_registrations"]
        self.assertEqual(row["event"], "Seminar")
        self.assertEqual(row["status"], Status.CONFIRMED)
        self.assertEqual(row["answers"], {"dietary": "none"})

    def test_erase_anonymises_but_keeps_the_counts(self):
        CalendarFeed.objects.create(user=self.member, token="t" * 43)
        personal_data.erase(self.member)
        self.assertEqual(statuses(self.event), {Status.CONFIRMED: 1, Status.WAITING: 1})
        erased = Registration.objects.get(status=Status.CONFIRMED)
        self.assertEqual((erased.name, erased.user, erased.answers), ("", None, {}))
        self.assertNotIn("member@example.com", erased.email)
        self.assertFalse(CalendarFeed.objects.exists())
        self.assertEqual(personal_data.export(self.member)["event_registrations"], [])
