"""Signing up on the page, links from mail, and every kind of bad input: a clear,
translated message and a 4xx, never a 500, and nothing lost."""

import time
from unittest import mock

from django.core import mail
from django.core.cache import cache
from django.test import Client, TestCase, override_settings
from django.urls import reverse

from core.page_cache import HIT_HEADER
from events import services
from events.models import OutboxMessage, Registration
from events.tokens import confirm_token, registration_token
from tests.events.helpers import make_event
from tests.factories.events import in_days, make_user
from tests.helpers import assert_valid_html, parse_html, text_of, translated

Status = Registration.Status


SAME_ORIGIN = {"Origin": "http://testserver"}
GUEST = {"name": "Guest", "email": "guest@example.com"}


def alert_text(response) -> str:
    return " ".join(
        text_of(p) for p in parse_html(response).iter("p") if p.get("role") == "alert"
    )


def notice_texts(response) -> str:
    return text_of(parse_html(response).find(".//main"))


class TestSignupOnPage(TestCase):
    def setUp(self):
        self.member = make_user("member@example.com", first_name="Aiko")

    def test_member_registers_in_one_step(self):
        page, event = make_event()
        self.client.force_login(self.member)
        response = self.client.post(f"{page.url}register/", {"name": "Aiko"})
        registration = Registration.objects.get()
        self.assertEqual(registration.status, Status.CONFIRMED)
        self.assertEqual(registration.language, "ja")
        self.assertRedirects(
            response,
            reverse(
                "events:registration-detail", args=[registration_token(registration.pk)]
            ),
        )

    def test_registration_language_is_the_pages(self):
        page, _event = make_event()
        self.client.force_login(self.member)
        self.client.post(f"/en/events/{page.slug}/register/", {"name": "Aiko"})
        self.assertEqual(Registration.objects.get().language, "en")

    def test_event_page_renders_valid_html_with_the_form(self):
        page, _event = make_event(ask_dietary=True)
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        assert_valid_html(response.content)
        form = parse_html(response).find(".//form[@class='signup__form']")
        names = {field.get("name") for field in form.iter("input")}
        self.assertTrue({"name", "email", "dietary"} <= names)

    def test_online_link_only_for_confirmed_attendees(self):
        page, event = make_event(capacity=1, online_url="https://meet.example/abc")
        self.assertNotIn(b"meet.example", self.client.get(page.url).content)
        waiting = make_user("second@example.com")
        services.register(event, email="x@example.com", name="X", language="ja")
        services.register(
            event, email=waiting.email, name="W", language="ja", user=waiting
        )
        self.client.force_login(waiting)
        self.assertNotIn(b"meet.example", self.client.get(page.url).content)
        self.client.force_login(self.member)
        services.cancel(Registration.objects.get(email="x@example.com"))
        self.client.force_login(waiting)
        self.assertIn(b"meet.example", self.client.get(page.url).content)

    def test_guest_double_opt_in(self):
        page, _event = make_event()
        response = self.client.post(
            f"{page.url}register/",
            {"name": "Guest", "email": "guest@example.com"},
            headers=SAME_ORIGIN,
        )
        self.assertEqual(response.status_code, 200)
        registration = Registration.objects.get()
        self.assertEqual(registration.status, Status.UNCONFIRMED)
        url = reverse(
            "events:registration-confirm", args=[confirm_token(registration.pk)]
        )
        self.assertEqual(self.client.get(url).status_code, 200)
        registration.refresh_from_db()
        self.assertEqual(registration.status, Status.UNCONFIRMED)  # GET changes nothing
        response = self.client.post(url)
        self.assertEqual(response.status_code, 302)
        registration.refresh_from_db()
        self.assertEqual(registration.status, Status.CONFIRMED)

    def test_approval_event_asks_the_questions(self):
        page, _event = make_event(requires_approval=True)
        self.client.force_login(self.member)
        response = self.client.post(f"{page.url}register/", {"name": "Aiko"})
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Registration.objects.exists())
        self.client.post(
            f"{page.url}register/",
            {
                "name": "Aiko",
                "organisation": "NPO",
                "role": "Staff",
                "motivation": "To learn",
            },
        )
        registration = Registration.objects.get()
        self.assertEqual(registration.status, Status.APPLIED)
        self.assertEqual(registration.answers["organisation"], "NPO")

    def test_get_on_register_redirects_to_the_page(self):
        page, _event = make_event()
        response = self.client.get(f"{page.url}register/")
        self.assertRedirects(response, page.url)


@override_settings(PAGE_CACHE_ENABLED=True)
class TestCachedEventPage(TestCase):
    """A guest's form carries no CSRF token, so the event page can be cached; the
    POST is checked for its origin instead, and signed-in readers still need the
    token (events.views.signup.page_register)."""

    def setUp(self):
        cache.clear()

    def test_anonymous_event_page_is_cached_without_cookies(self):
        page, _event = make_event()
        first = self.client.get(page.url)
        self.assertEqual(first[HIT_HEADER], "miss")
        self.assertFalse(first.cookies)
        self.assertNotIn("csrfmiddlewaretoken", first.content.decode())
        with self.assertNumQueries(0):
            second = self.client.get(page.url)
        self.assertEqual(second[HIT_HEADER], "hit")

    def test_guest_post_from_another_site_is_refused(self):
        page, _event = make_event()
        for headers in ({}, {"Origin": "https://elsewhere.example"}):
            response = self.client.post(f"{page.url}register/", GUEST, headers=headers)
            self.assertEqual(response.status_code, 403)
            self.assertIn(
                translated("ja", "This registration did not come from our site."),
                alert_text(response),
            )
        self.assertFalse(Registration.objects.exists())

    def test_guest_post_with_a_referer_of_this_site_is_accepted(self):
        page, _event = make_event()
        response = self.client.post(
            f"{page.url}register/",
            GUEST,
            headers={"Referer": f"http://testserver{page.url}"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(Registration.objects.get().status, Status.UNCONFIRMED)

    def test_signed_in_post_needs_the_csrf_token(self):
        page, _event = make_event()
        member = make_user("member@example.com", first_name="Aiko")
        client = Client(enforce_csrf_checks=True)
        client.force_login(member)
        refused = client.post(
            f"{page.url}register/", {"name": "Aiko"}, headers=SAME_ORIGIN
        )
        self.assertEqual(refused.status_code, 403)
        self.assertFalse(Registration.objects.exists())
        form_page = client.get(page.url)
        self.assertNotIn(HIT_HEADER, form_page)
        token = (
            parse_html(form_page)
            .find(".//input[@name='csrfmiddlewaretoken']")
            .get("value")
        )
        accepted = client.post(
            f"{page.url}register/",
            {"name": "Aiko", "csrfmiddlewaretoken": token},
            headers=SAME_ORIGIN,
        )
        self.assertEqual(accepted.status_code, 302)
        self.assertEqual(Registration.objects.get().status, Status.CONFIRMED)


class TestBadInput(TestCase):
    def setUp(self):
        self.member = make_user("member@example.com")

    def post(self, page, data=None, language="ja"):
        return self.client.post(
            f"/{language}/events/{page.slug}/register/",
            data or {"name": "Aiko"},
            headers=SAME_ORIGIN,
        )

    def assert_refused(self, response, status, message, language="ja"):
        self.assertEqual(response.status_code, status)
        self.assertIn(translated(language, message), alert_text(response))

    def test_full_event_without_waiting_list_is_409(self):
        page, event = make_event(capacity=1, waiting_list=False)
        services.register(event, email="x@example.com", name="X", language="ja")
        self.client.force_login(self.member)
        self.assert_refused(
            self.post(page), 409, "This event is full, and it has no waiting list."
        )

    def test_closed_event_is_409_in_the_readers_language(self):
        page, _event = make_event(registration_closes=in_days(-1))
        self.client.force_login(self.member)
        self.assert_refused(
            self.post(page, language="vi"),
            409,
            "Registration for this event is closed.",
            language="vi",
        )

    def test_duplicate_is_409_and_keeps_the_first(self):
        page, _event = make_event()
        self.client.force_login(self.member)
        self.post(page)
        self.assert_refused(
            self.post(page), 409, "You are already registered for this event."
        )
        self.assertEqual(Registration.objects.count(), 1)

    def test_members_only_signed_out_is_403_with_message(self):
        page, _event = make_event(audience="members")
        message = (
            "This event is for members only. Please sign in with a member account "
            "to register."
        )
        self.assertIn(
            translated("ja", message), notice_texts(self.client.get(page.url))
        )
        self.assert_refused(
            self.post(page, {"name": "X", "email": "x@example.com"}), 403, message
        )
        self.assertFalse(Registration.objects.exists())

    def test_invalid_form_is_400(self):
        page, _event = make_event()
        response = self.post(page, {"name": "", "email": "not-an-address"})
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Registration.objects.exists())

    def test_tampered_link_is_400(self):
        page, event = make_event()
        registration = services.register(
            event, email="x@example.com", name="X", language="ja"
        )
        token = registration_token(registration.pk)
        for name in ("registration-detail", "registration-cancel"):
            response = self.client.get(reverse(f"events:{name}", args=[token + "x"]))
            self.assertEqual(response.status_code, 400)
            self.assertIn(
                translated(
                    "ja",
                    "This link is not valid. Please use the link from your e-mail.",
                ),
                alert_text(response),
            )
        response = self.client.post(
            reverse("events:registration-cancel", args=[token[:-2] + "zz"])
        )
        self.assertEqual(response.status_code, 400)
        registration.refresh_from_db()
        self.assertEqual(registration.status, Status.CONFIRMED)

    def test_confirm_link_of_another_kind_is_400(self):
        _page, event = make_event()
        registration = services.register(
            event, email="x@example.com", name="X", language="ja", guest=True
        )
        token = registration_token(registration.pk)  # right id, wrong salt
        response = self.client.post(
            reverse("events:registration-confirm", args=[token])
        )
        self.assertEqual(response.status_code, 400)

    def test_expired_confirm_link_is_410(self):
        _page, event = make_event()
        registration = services.register(
            event, email="x@example.com", name="X", language="ja", guest=True
        )
        four_days_ago = time.time() - 4 * 24 * 60 * 60
        with mock.patch("time.time", return_value=four_days_ago):
            token = confirm_token(registration.pk)
        response = self.client.post(
            reverse("events:registration-confirm", args=[token])
        )
        self.assertEqual(response.status_code, 410)
        self.assertIn(
            translated("ja", "This link has expired. Please register again."),
            alert_text(response),
        )
        registration.refresh_from_db()
        self.assertEqual(registration.status, Status.UNCONFIRMED)

    def test_cancel_twice_is_409(self):
        _page, event = make_event()
        registration = services.register(
            event, email="x@example.com", name="X", language="ja"
        )
        url = reverse(
            "events:registration-cancel", args=[registration_token(registration.pk)]
        )
        self.assertEqual(self.client.post(url).status_code, 302)
        self.assertEqual(self.client.post(url).status_code, 409)


class TestCancelByLink(TestCase):
    def test_cancel_from_the_mail_link_promotes_the_next_person(self):
        _page, event = make_event(capacity=1)
        first = services.register(event, email="a@example.com", name="A", language="ja")
        second = services.register(
            event, email="b@example.com", name="B", language="en"
        )
        url = reverse("events:registration-cancel", args=[registration_token(first.pk)])
        self.assertEqual(self.client.get(url).status_code, 200)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url)
        second.refresh_from_db()
        self.assertEqual(second.status, Status.CONFIRMED)
        self.assertTrue(
            OutboxMessage.objects.filter(kind="promoted", to="b@example.com").exists()
        )
        self.assertTrue(any(m.to == ["b@example.com"] for m in mail.outbox))


class TestMyRegistrations(TestCase):
    def test_lists_the_members_registrations(self):
        member = make_user("member@example.com")
        page, event = make_event(title="My seminar")
        services.register(
            event, email=member.email, name="M", language="ja", user=member
        )
        self.client.force_login(member)
        response = self.client.get(reverse("events:my-registrations"))
        self.assertEqual(response.status_code, 200)
        assert_valid_html(response.content)
        self.assertIn("My seminar", notice_texts(response))
        self.assertContains(response, "webcal://")

    def test_signed_out_is_sent_to_sign_in(self):
        response = self.client.get(reverse("events:my-registrations"))
        self.assertEqual(response.status_code, 302)
        self.assertIn("/accounts/login/", response["Location"])
