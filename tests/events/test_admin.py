"""Staff tools: event list with counts, registrations, actions, CSV, messages."""

import csv
import io

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from events import services
from events.models import OutboxMessage, Registration
from tests.events.helpers import make_event
from tests.factories.events import make_user

Status = Registration.Status


class TestStaffTools(TestCase):
    def setUp(self):
        self.admin = get_user_model().objects.create_superuser(
            username="admin", email="admin@example.com", password="pw-for-tests"
        )
        self.client.force_login(self.admin)
        self.page, self.event = make_event(
            title="入門セミナー", capacity=1, ask_dietary=True
        )
        self.first = services.register(
            self.event,
            email="a@example.com",
            name="山田 花子",
            language="ja",
            answers={"dietary": "ベジタリアン"},
        )
        self.second = services.register(
            self.event, email="b@example.com", name="Nguyen", language="vi"
        )
        self.url = reverse(
            "events_admin:registrations", args=[self.event.translation_key]
        )

    def act(self, registration, action):
        return self.client.post(
            reverse(
                "events_admin:action",
                args=[self.event.translation_key, registration.pk],
            ),
            {"action": action},
        )

    def test_event_list_shows_counts(self):
        response = self.client.get(reverse("events_admin:index"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "入門セミナー")
        event = response.context["events"][0]
        self.assertEqual((event.confirmed_count, event.waiting_count), (1, 1))

    def test_registrations_page_lists_status_and_answers(self):
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "ベジタリアン")
        self.assertContains(response, "Nguyen")

    def test_page_listing_has_a_registrations_button(self):
        response = self.client.get(
            reverse("wagtailadmin_explore", args=[self.page.get_parent().pk])
        )
        self.assertContains(response, self.url)

    def test_cancel_promote_and_check_in_actions(self):
        self.act(self.first, "cancel")
        self.second.refresh_from_db()
        self.assertEqual(self.second.status, Status.CONFIRMED)
        self.act(self.second, "check_in")
        self.second.refresh_from_db()
        self.assertIsNotNone(self.second.checked_in_at)

    def test_invalid_action_is_reported_not_raised(self):
        response = self.act(self.second, "check_in")  # waiting: cannot check in
        self.assertEqual(response.status_code, 302)
        self.second.refresh_from_db()
        self.assertIsNone(self.second.checked_in_at)

    def test_csv_is_utf8_with_bom_and_answers_as_columns(self):
        response = self.client.get(
            reverse("events_admin:export", args=[self.event.translation_key])
        )
        content = response.content
        self.assertTrue(content.startswith(b"\xef\xbb\xbf"))
        rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
        self.assertEqual(rows[0][-1], "dietary")
        self.assertEqual(rows[1][0], "山田 花子")
        self.assertEqual(rows[1][-1], "ベジタリアン")
        self.assertEqual(len(rows), 3)

    def test_message_to_the_waiting_list(self):
        self.client.post(
            reverse("events_admin:message", args=[self.event.translation_key]),
            {"group": "waiting", "subject": "Room", "body": "Room 3"},
        )
        messages = OutboxMessage.objects.filter(kind="staff_message")
        self.assertEqual([m.to for m in messages], ["b@example.com"])
        self.assertIn("Room 3", messages[0].body)

    def test_non_staff_cannot_see_registrations(self):
        self.client.force_login(make_user("member@example.com"))
        response = self.client.get(self.url)
        self.assertNotEqual(response.status_code, 200)
