"""Members register and cancel through the API with a personal token; the account
page creates and revokes tokens."""

import json

from django.test import TestCase
from django.utils.translation import override
from wagtail.models import APIToken

from events.exceptions import AlreadyRegisteredError, RegistrationNotOpenError
from events.models import Registration
from tests.api.common import API
from tests.events.helpers import make_event
from tests.factories.events import in_days, make_user

Status = Registration.Status


class RegistrationApiTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.member = make_user("member@example.com", first_name="Mai")
        _token, cls.token = APIToken.create_token(user=cls.member, name="app")

    def call(self, method, page, token=None, body=None, status=200):
        headers = {"Authorization": f"Bearer {token or self.token}"}
        response = getattr(self.client, method)(
            f"{API}/events/{page.pk}/registration/",
            json.dumps(body or {}),
            content_type="application/json",
            headers=headers,
        )
        self.assertEqual(response.status_code, status, response.content[:500])
        return response.json()


class TestRegisterWithToken(RegistrationApiTestCase):
    def test_member_registers_and_cancels(self):
        page, event = make_event(capacity=5)
        data = self.call("post", page)
        self.assertEqual(data["status"], Status.CONFIRMED)
        registration = Registration.objects.get(event=event)
        self.assertEqual(registration.user, self.member)
        self.assertEqual(self.call("delete", page)["status"], Status.CANCELLED)
        self.call("delete", page, status=404)

    def test_full_event_puts_the_member_on_the_waiting_list(self):
        page, event = make_event(capacity=1)
        other = make_user("other@example.com")
        _t, other_token = APIToken.create_token(user=other, name="app")
        self.call("post", page, token=other_token)
        data = self.call("post", page)
        self.assertEqual((data["status"], data["waiting_position"]), ("waiting", 1))

    def test_same_errors_as_the_site(self):
        page, _event = make_event()
        self.call("post", page)
        closed, _event = make_event(registration_opens=in_days(3))
        for target, error in (
            (page, AlreadyRegisteredError()),
            (closed, RegistrationNotOpenError()),
        ):
            data = self.call("post", target, status=error.status_code)
            with override("ja"):
                self.assertEqual(data["detail"], str(error.message))

    def test_missing_or_revoked_token_is_401(self):
        page, _event = make_event()
        response = self.client.post(f"{API}/events/{page.pk}/registration/")
        self.assertEqual(response.status_code, 401)
        APIToken.objects.get(user=self.member).revoke()
        self.call("post", page, status=401)
        self.assertFalse(Registration.objects.exists())

    def test_non_member_token_is_403(self):
        outsider = make_user("outsider@example.com", member=False)
        _t, token = APIToken.create_token(user=outsider, name="app")
        page, _event = make_event()
        self.call("post", page, token=token, status=403)


class TestTokenPage(TestCase):
    def setUp(self):
        self.member = make_user("member@example.com")
        self.client.force_login(self.member)

    def test_member_creates_token_shown_once_and_revokes_it(self):
        response = self.client.post("/en/members/api-tokens/", {"name": "Phone"})
        self.assertEqual(response.status_code, 200)
        token = APIToken.objects.get(user=self.member)
        plaintext = response.context["created"]
        self.assertContains(response, plaintext)
        self.assertIn(token.key_hash, APIToken.candidate_key_hashes(plaintext))
        self.assertNotContains(self.client.get("/en/members/api-tokens/"), plaintext)
        self.client.post("/en/members/api-tokens/", {"revoke": token.pk})
        token.refresh_from_db()
        self.assertIsNotNone(token.revoked_at)

    def test_cannot_revoke_someone_elses_token(self):
        other = make_user("other@example.com")
        token, _plain = APIToken.create_token(user=other, name="x")
        self.client.post("/en/members/api-tokens/", {"revoke": token.pk})
        token.refresh_from_db()
        self.assertIsNone(token.revoked_at)

    def test_non_member_is_refused(self):
        self.client.force_login(make_user("x@example.com", member=False))
        self.assertEqual(self.client.get("/en/members/api-tokens/").status_code, 403)

    def test_account_page_links_the_tokens(self):
        self.assertContains(self.client.get("/en/members/"), "/en/members/api-tokens/")
