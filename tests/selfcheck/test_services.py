"""Consultation requests, mail to the desk, and the retention purge."""

from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone
from django.utils.translation import gettext, override

from selfcheck.choices import RequestStatus
from selfcheck.models import ConsultationRequest, Response
from selfcheck.services import purge_expired
from tests.factories.selfcheck import make_check, make_responses

REQUEST = {
    "topic": "wages",
    "description": "My overtime is not paid.",
    "channel": "phone",
    "contact": "090-0000-0000",
    "name": "",
    "consent": "on",
}


@override_settings(SELFCHECK_DESK_EMAILS=["desk@jp-mirai.example"])
class TestConsultationRequest(TestCase):
    def test_request_is_saved_and_desk_is_told_without_the_details(self):
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post("/vi/self-check/contact/", REQUEST)
        self.assertEqual(response.status_code, 200)
        request = ConsultationRequest.objects.get()
        self.assertEqual((request.language, request.status), ("vi", RequestStatus.NEW))
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, ["desk@jp-mirai.example"])
        self.assertIn(
            f"/admin/snippets/selfcheck/consultationrequest/edit/{request.pk}/",
            mail.outbox[0].body,
        )
        self.assertNotIn("090-0000-0000", mail.outbox[0].body)
        self.assertNotIn("overtime", mail.outbox[0].body)

    def test_missing_consent_is_refused_with_translated_message(self):
        data = {**REQUEST, "consent": ""}
        response = self.client.post("/vi/self-check/contact/", data)
        self.assertEqual(response.status_code, 400)
        self.assertFalse(ConsultationRequest.objects.exists())
        message = "Please agree, so that the consultation desk may contact you."
        with override("vi"):
            translated = gettext(message)
        self.assertNotEqual(translated, message)
        self.assertContains(response, translated, status_code=400)

    def test_no_cookie_is_set(self):
        self.assertEqual(self.client.get("/vi/self-check/contact/").cookies, {})

    @override_settings(SELFCHECK_DESK_EMAILS=[])
    def test_no_recipients_sends_no_mail(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post("/ja/self-check/contact/", REQUEST)
        self.assertEqual(len(mail.outbox), 0)
        self.assertTrue(ConsultationRequest.objects.exists())


@override_settings(
    SELFCHECK_RESPONSE_RETENTION_DAYS=30, SELFCHECK_REQUEST_RETENTION_DAYS=10
)
class TestPurge(TestCase):
    def test_purge_deletes_only_expired_rows_and_is_idempotent(self):
        page = make_check()
        today = timezone.localdate()
        make_responses(page, [{}] * 2, submitted_on=today - timedelta(days=31))
        make_responses(page, [{}] * 3, submitted_on=today - timedelta(days=30))
        old_closed = ConsultationRequest.objects.create(
            language="vi",
            channel="phone",
            contact="x",
            topic="other",
            description="d",
            status=RequestStatus.CLOSED,
        )
        old_open = ConsultationRequest.objects.create(
            language="vi", channel="phone", contact="y", topic="other", description="d"
        )
        ConsultationRequest.objects.filter(pk__in=[old_closed.pk, old_open.pk]).update(
            updated_at=timezone.now() - timedelta(days=11)
        )
        self.assertEqual(purge_expired(), (2, 1))
        self.assertEqual(purge_expired(), (0, 0))
        self.assertEqual(Response.objects.count(), 3)
        self.assertEqual(list(ConsultationRequest.objects.all()), [old_open])

    def test_command_reports_what_it_deleted(self):
        out = StringIO()
        call_command("purge_selfcheck", stdout=out)
        self.assertIn(
            "Deleted 0 responses and 0 consultation requests.", out.getvalue()
        )
