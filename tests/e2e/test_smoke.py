"""Smoke test in a phone-sized Chromium: language switcher, layout width, skip link."""

import re

import pytest

from tests.factories.core import japanese_home, translate_page

pytestmark = [
    pytest.mark.e2e,
    # live_server needs committed data; serialized_rollback restores what the
    # migrations created (locales, the Japanese home page, the site) after each test.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def site():
    home = japanese_home()
    translate_page(home, "en", title="JP-MIRAI")
    translate_page(home, "my", title="JP-MIRAI မြန်မာ")


def switch_to_myanmar(page):
    page.locator(".language-switcher summary").click()
    page.locator(".language-switcher a[hreflang='my']").click()
    page.wait_for_url(re.compile(r"/my/$"))


def test_phone_reader_switches_to_myanmar(browser, live_server, site):
    context = browser.new_context(viewport=PHONE, locale="en-US")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/")
        assert page.url == f"{live_server.url}/en/"
        switch_to_myanmar(page)
        assert page.url == f"{live_server.url}/my/"
        assert page.locator("html").get_attribute("lang") == "my"
        assert page.locator("main h1").inner_text() == "JP-MIRAI မြန်မာ"

        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= PHONE["width"], f"horizontal overflow: {scroll_width}px"

        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    finally:
        context.close()


def test_language_switcher_works_without_javascript(browser, live_server, site):
    context = browser.new_context(
        viewport=PHONE, locale="en-US", java_script_enabled=False
    )
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/en/")
        switch_to_myanmar(page)
        assert page.url == f"{live_server.url}/my/"
        assert page.locator("html").get_attribute("lang") == "my"
    finally:
        context.close()
