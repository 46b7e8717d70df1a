"""A real-browser journey (Debian's Chromium, phone width): a member takes the last
seat, a second member lands on the waiting list, the first cancels from their
registration page, and the second is promoted, with the mail in the outbox."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.core import mail

from events.models import OutboxMessage, Registration
from tests.events.helpers import make_event
from tests.factories.events import make_user

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}


def signed_in_context(browser, live_server, user):
    """A browser context with ``user``'s session cookie (as if they had signed in)."""
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    context = browser.new_context(viewport=PHONE, locale="en-US")
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": session.session_key,
                "url": live_server.url,
            }
        ]
    )
    return context


def test_last_seat_waiting_list_cancel_and_promotion(browser, live_server):
    page_model, event = make_event(title="Salon with one seat", capacity=1)
    first = make_user("first@example.com")
    second = make_user("second@example.com")
    url = f"{live_server.url}/en/events/{page_model.slug}/"

    first_context = signed_in_context(browser, live_server, first)
    second_context = signed_in_context(browser, live_server, second)
    try:
        page = first_context.new_page()
        page.goto(url)
        assert "1 seat left" in page.locator(".signup__seats").inner_text()
        page.fill("#id_name", "First member")
        page.get_by_role("button", name="Register").click()
        page.wait_for_url(re.compile(r"/en/registrations/"))
        assert "Confirmed" in page.locator("main").inner_text()

        other = second_context.new_page()
        other.goto(url)
        assert "Full" in other.locator(".signup__seats").inner_text()
        other.fill("#id_name", "Second member")
        other.get_by_role("button", name="Join the waiting list").click()
        other.wait_for_url(re.compile(r"/en/registrations/"))
        assert "number 1 on the waiting list" in other.locator("main").inner_text()

        page.get_by_role("link", name="Cancel this registration").click()
        page.get_by_role("button", name="Cancel this registration").click()
        page.wait_for_url(re.compile(r"/en/registrations/[^/]+/$"))
        assert "Cancelled" in page.locator("main").inner_text()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"horizontal overflow: {width}px"

        other.reload()
        assert "Confirmed" in other.locator("main").inner_text()
    finally:
        first_context.close()
        second_context.close()

    statuses = dict(
        Registration.objects.filter(event=event).values_list("email", "status")
    )
    assert statuses == {
        "first@example.com": Registration.Status.CANCELLED,
        "second@example.com": Registration.Status.CONFIRMED,
    }
    promoted = OutboxMessage.objects.get(kind="promoted")
    assert promoted.to == "second@example.com"
    assert promoted.status == OutboxMessage.Status.SENT
    assert any(
        message.to == ["second@example.com"] and "seat is free" in message.subject
        for message in mail.outbox
    )


def test_guest_signs_up_from_a_page_without_cookies(browser, live_server):
    """A guest's form carries no CSRF token (the page stays cacheable): the browser's
    Origin header is what lets the POST through, then the mail confirms it."""
    page_model, event = make_event(title="Open seminar", capacity=10)
    context = browser.new_context(viewport=PHONE, locale="en-US")
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/en/events/{page_model.slug}/")
        assert context.cookies() == []
        page.fill("#id_name", "Guest reader")
        page.fill("#id_email", "guest@example.com")
        page.get_by_role("button", name="Register").click()
        page.wait_for_load_state()
        assert "guest@example.com" in page.locator("main").inner_text()
    finally:
        context.close()
    registration = Registration.objects.get(event=event)
    assert registration.status == Registration.Status.UNCONFIRMED
    assert any("guest@example.com" in message.to for message in mail.outbox)
