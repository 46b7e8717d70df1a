"""Event mail: outbox in the same transaction, sent after commit, retried on failure,
in the attendee's language, with the calendar file; reminders sent once."""

import datetime
import io
from unittest import mock

import icalendar
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.utils import timezone

from events import mail as event_mail
from events import reminders, services
from events.models import OutboxMessage, Registration
from tests.events.helpers import make_event
from tests.factories.core import translate_page
from tests.factories.events import in_days

Status = OutboxMessage.Status


def sign_up(event, n=1, language="ja", **extra):
    return services.register(
        event, email=f"p{n}@example.com", name=f"P{n}", language=language, **extra
    )


class TestOutbox(TestCase):
    def test_confirmation_is_sent_after_commit_with_the_calendar_file(self):
        page, event = make_event()
        with self.captureOnCommitCallbacks(execute=True):
            sign_up(event)
        self.assertEqual(len(mail.outbox), 1)
        message = mail.outbox[0]
        self.assertIn(page.title, message.subject)
        name, content, mimetype = message.attachments[0]
        self.assertEqual(name, "event.ics")
        self.assertTrue(mimetype.startswith("text/calendar"))
        calendar = icalendar.Calendar.from_ical(content)
        self.assertEqual(calendar.walk("VEVENT")[0]["UID"], event.uid)
        self.assertEqual(OutboxMessage.objects.get().status, Status.SENT)

    def test_nothing_is_sent_before_the_commit(self):
        _page, event = make_event()
        sign_up(event)  # TestCase: the transaction never commits
        self.assertEqual(mail.outbox, [])
        self.assertEqual(OutboxMessage.objects.get().status, Status.PENDING)

    def test_provider_failure_keeps_the_registration_and_retries_later(self):
        _page, event = make_event()
        with mock.patch.object(event_mail, "send", side_effect=OSError("down")):
            with self.captureOnCommitCallbacks(execute=True):
                registration = sign_up(event)
        registration.refresh_from_db()
        self.assertEqual(registration.status, Registration.Status.CONFIRMED)
        message = OutboxMessage.objects.get()
        self.assertEqual((message.status, message.attempts), (Status.PENDING, 1))
        self.assertIn("down", message.last_error)
        self.assertGreater(message.next_attempt_at, timezone.now())
        self.assertEqual(event_mail.deliver_due(), 0)  # not due yet
        later = message.next_attempt_at + datetime.timedelta(seconds=1)
        self.assertEqual(event_mail.deliver_due(later), 1)
        message.refresh_from_db()
        self.assertEqual((message.status, message.attempts), (Status.SENT, 2))
        self.assertEqual(len(mail.outbox), 1)

    def test_backoff_grows_and_gives_up(self):
        _page, event = make_event()
        sign_up(event)
        message = OutboxMessage.objects.get()
        delays = []
        with mock.patch.object(event_mail, "send", side_effect=OSError("down")):
            for _attempt in range(8):
                event_mail.deliver(message.pk)
                message.refresh_from_db()
                delays.append(message.next_attempt_at)
        self.assertEqual(message.status, Status.FAILED)
        self.assertEqual(OutboxMessage.backoff(1), datetime.timedelta(minutes=1))
        self.assertEqual(OutboxMessage.backoff(3), datetime.timedelta(minutes=4))

    def test_mail_is_in_the_attendees_language(self):
        page, event = make_event()
        translate_page(page, "en", title="Introductory seminar (English)")
        with self.captureOnCommitCallbacks(execute=True):
            sign_up(event, 1, language="en")
            sign_up(event, 2, language="ja")
        english, japanese = mail.outbox
        self.assertEqual(
            english.subject, "Registration confirmed: Introductory seminar (English)"
        )
        self.assertIn("/en/registrations/", english.body)
        self.assertIn("/ja/registrations/", japanese.body)
        self.assertNotIn("Registration confirmed", japanese.subject)

    def test_cancellation_sends_method_cancel_with_the_same_uid(self):
        _page, event = make_event()
        registration = sign_up(event)
        with self.captureOnCommitCallbacks(execute=True):
            services.cancel(registration)
        cancellation = OutboxMessage.objects.get(kind="cancelled")
        calendar = icalendar.Calendar.from_ical(cancellation.ics)
        self.assertEqual(calendar["METHOD"], "CANCEL")
        vevent = calendar.walk("VEVENT")[0]
        self.assertEqual(vevent["UID"], event.uid)
        self.assertEqual(vevent["STATUS"], "CANCELLED")
        self.assertIn("method=CANCEL", mail.outbox[-1].attachments[0][2])

    def test_online_link_only_in_confirmed_mail(self):
        _page, event = make_event(capacity=1, online_url="https://meet.example/abc")
        with self.captureOnCommitCallbacks(execute=True):
            sign_up(event, 1)
            sign_up(event, 2)
        confirmed, waiting = mail.outbox
        self.assertIn("https://meet.example/abc", confirmed.body)
        self.assertNotIn("https://meet.example/abc", waiting.body)


class TestRollback(TestCase):
    def test_rollback_sends_nothing(self):
        _page, event = make_event()
        with self.captureOnCommitCallbacks(execute=True) as callbacks:
            with self.assertRaises(RuntimeError):
                with transaction.atomic():
                    sign_up(event)
                    raise RuntimeError("something after the signup failed")
        self.assertEqual(callbacks, [])  # Django drops them with the savepoint
        self.assertEqual(mail.outbox, [])
        self.assertFalse(OutboxMessage.objects.exists())
        self.assertFalse(Registration.objects.exists())


class TestReminders(TestCase):
    def test_reminders_go_once_to_confirmed_people(self):
        _page, event = make_event(start=in_days(0.5, hour=12), capacity=1)
        sign_up(event, 1)
        sign_up(event, 2)  # waiting: no reminder
        self.assertEqual(reminders.queue_reminders(hours=48), 1)
        self.assertEqual(reminders.queue_reminders(hours=48), 0)
        call_command("send_event_reminders", "--hours", "48", stdout=io.StringIO())
        self.assertEqual(OutboxMessage.objects.filter(kind="reminder").count(), 1)

    def test_reminders_skip_events_further_away(self):
        _page, event = make_event(start=in_days(5))
        sign_up(event)
        self.assertEqual(reminders.queue_reminders(hours=24), 0)
