"""Privacy by construction: what a response holds, what logs say, what cannot join."""

import logging

from django.db import models
from django.test import TestCase

from selfcheck.logging import StripQueryString
from selfcheck.models import ConsultationRequest, Response
from tests.factories.selfcheck import ids, make_check
from tests.selfcheck.helpers import CheckClient, answer, state_of

ALLOWED_RESPONSE_FIELDS = {
    "id",
    "check_key",
    "kind",
    "answers",
    "nationality",
    "residence_status",
    "industry",
    "prefecture",
    "months_in_japan",
    "employer",
    "language",
    "submitted_on",
}


class TestResponseModel(TestCase):
    def test_response_has_only_anonymous_fields(self):
        names = {field.name for field in Response._meta.get_fields()}
        self.assertEqual(names, ALLOWED_RESPONSE_FIELDS)

    def test_response_keeps_no_time_of_day(self):
        for field in Response._meta.concrete_fields:
            self.assertNotIsInstance(field, models.DateTimeField, field.name)
            self.assertNotIsInstance(field, models.GenericIPAddressField, field.name)

    def test_response_ids_are_random_not_sequential(self):
        self.assertIsInstance(Response._meta.pk, models.UUIDField)

    def test_no_user_or_session_relation(self):
        related = {
            field.related_model._meta.label
            for field in Response._meta.get_fields()
            if field.is_relation
        }
        self.assertEqual(related, {"selfcheck.EmployerCode"})


class TestConsultationRequestIsSeparate(TestCase):
    def test_no_relation_either_way(self):
        for model, other in (
            (ConsultationRequest, Response),
            (Response, ConsultationRequest),
        ):
            for field in model._meta.get_fields():
                if field.is_relation:
                    self.assertIsNot(field.related_model, other, field.name)

    def test_no_shared_identifier_or_timestamp(self):
        request_fields = {f.name: f for f in ConsultationRequest._meta.concrete_fields}
        response_fields = {f.name: f for f in Response._meta.concrete_fields}
        shared = set(request_fields) & set(response_fields)
        # "id" is each table's own key: an integer there, a random UUID here.
        self.assertEqual(shared, {"id", "language"})
        self.assertNotEqual(type(request_fields["id"]), type(response_fields["id"]))
        self.assertFalse(
            any(
                isinstance(f, models.DateField)
                for f in response_fields.values()
                if f.name != "submitted_on"
            )
        )

    def test_contact_form_carries_nothing_from_the_check(self):
        page = make_check()
        check = CheckClient(self.client, page)
        first = check.step(check.start())
        second = check.step(
            first,
            answer([ids("passport"), ids("fee")], [ids("passport-me"), ids("fee-no")]),
        )
        result = check.step(second, answer([ids("wage")], [ids("wage-yes")]))
        contact_url = "/ja/self-check/contact/"
        self.assertContains(result, f'href="{contact_url}"')
        form = self.client.get(contact_url)
        self.assertNotContains(form, 'name="state"')
        self.assertNotContains(form, str(page.translation_key))


class TestRequestLogs(TestCase):
    def test_submission_logs_nothing_identifying(self):
        page = make_check()
        check = CheckClient(self.client, page)
        with self.assertLogs(level=logging.DEBUG) as logs:
            logging.getLogger("selfcheck.test").info("start")
            first = check.step(
                check.start(REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Phone/1.0")
            )
            check.step(first, {"state": "forged"}, REMOTE_ADDR="203.0.113.7")
        text = "\n".join(logs.output)
        self.assertIn("Bad Request: /ja/self-check/", text)  # the 400 is logged …
        for secret in ("203.0.113.7", "Phone/1.0", state_of(first), ids("passport")):
            self.assertNotIn(secret, text)  # … without address, agent or answers

    def test_dev_server_request_lines_lose_their_query_string(self):
        record = logging.LogRecord(
            "django.server",
            logging.INFO,
            __file__,
            1,
            '"%s" %s %s',
            ("GET /vi/self-check-after-arrival/?answer=secret HTTP/1.1", "200", "512"),
            None,
        )
        self.assertTrue(StripQueryString().filter(record))
        self.assertEqual(
            record.getMessage(), '"GET /vi/self-check-after-arrival/ HTTP/1.1" 200 512'
        )

    def test_dev_server_logger_uses_the_filter(self):
        from django.conf import settings

        self.assertIn(
            "no_query_string", settings.LOGGING["loggers"]["django.server"]["filters"]
        )

    def test_gunicorn_access_log_has_no_query_string_or_address(self):
        from config import gunicorn

        self.assertIn("%(U)s", gunicorn.access_log_format)  # path without query
        for item in ("%(q)s", "%(r)s", "%(h)s", "%(f)s", "%(a)s"):
            self.assertNotIn(item, gunicorn.access_log_format)
