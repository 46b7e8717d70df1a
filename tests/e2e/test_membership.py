"""Membership journeys in Debian's Chromium: sign up and verify the address from the
mail in the test outbox; a staff account sets up two-factor authentication before
the admin opens."""

import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib.auth import get_user_model
from django.core import mail

from tests.factories.core import japanese_home, translate_page

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
PASSWORD = "a long and unusual passphrase 42"


@pytest.fixture
def site():
    translate_page(japanese_home(), "en", title="JP-MIRAI")


def current_code(secret: str) -> str:
    """The code an authenticator app shows now (allauth's own TOTP arithmetic)."""
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


def test_sign_up_verify_by_mail_and_apply(browser, live_server, site):
    context = browser.new_context(viewport=PHONE, locale="en-US")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/en/accounts/signup/")
        page.fill("input[name=email]", "journey@example.com")
        page.fill("input[name=password1]", PASSWORD)
        page.fill("input[name=password2]", PASSWORD)
        page.locator("main form button[type=submit]").click()
        page.wait_for_url(re.compile(r"/en/accounts/confirm-email/$"))
        [message] = mail.outbox
        link = re.search(r"https?://\S+", message.body).group(0)
        path = "/" + link.split("/", 3)[3]
        page.goto(f"{live_server.url}{path}")
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state()
        assert EmailAddress.objects.get(email="journey@example.com").verified

        page.goto(f"{live_server.url}/en/members/apply/")
        assert page.locator("html").get_attribute("lang") == "en"
        page.fill("input[name=name_ja]", "みらい建設")
        page.fill("input[name=name_en]", "Mirai Construction")
        page.select_option("select[name=type]", "company")
        page.select_option("select[name=prefecture]", "JP-13")
        page.check("input[name=agree_code_of_conduct]")
        page.locator("main form button[type=submit]").click()
        page.wait_for_url(re.compile(r"/en/members/$"))
        assert "being reviewed" in page.locator("main").inner_text()
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= PHONE["width"], f"horizontal overflow: {scroll_width}px"
    finally:
        context.close()


def test_staff_sets_up_two_factor_before_the_admin(
    browser, live_server, site, settings
):
    settings.STAFF_REQUIRE_TWO_FACTOR = True
    staff = get_user_model().objects.create_superuser(
        username="secretariat", email="staff@example.com", password=PASSWORD
    )
    EmailAddress.objects.create(
        user=staff, email=staff.email, verified=True, primary=True
    )
    context = browser.new_context(viewport=PHONE, locale="en-US")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/admin/")
        page.wait_for_url(re.compile(r"/accounts/login/"))
        page.fill("input[name=login]", staff.email)
        page.fill("input[name=password]", PASSWORD)
        page.locator("main form button[type=submit]").click()
        # Signed in, but no second factor: sent to set one up, after the password
        # is asked again (allauth's reauthentication).
        page.wait_for_url(re.compile(r"/accounts/(reauthenticate|2fa/totp/activate)/"))
        if "/reauthenticate/" in page.url:
            page.fill("input[name=password]", PASSWORD)
            page.locator("main form button[type=submit]").click()
            page.wait_for_url(re.compile(r"/accounts/2fa/totp/activate/"))
        secret = page.locator("#authenticator_secret").input_value()
        page.fill("input[name=code]", current_code(secret))
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state()
        assert Authenticator.objects.filter(user=staff, type="totp").exists()
        page.goto(f"{live_server.url}/admin/")
        assert page.url.startswith(f"{live_server.url}/admin/")
        assert "/accounts/" not in page.url
    finally:
        context.close()
