"""Guidance in a phone-sized Chromium: three taps to Myanmar, and offline reading."""

import re
from pathlib import Path

import pytest
from PIL import Image

from tests.factories.core import japanese_home, set_navigation, translate_page
from tests.factories.guidance import GuidanceIndexPageFactory, GuidancePageFactory
from tests.factories.home import paragraph_body
from tests.helpers import translated

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
SCREENSHOT = (
    Path(__file__).resolve().parents[2] / "docs/screenshots/guidance-my-390.png"
)
MY_TITLE = "အနည်းဆုံးလုပ်ခသည် လူတိုင်းနှင့် သက်ဆိုင်သည်"


@pytest.fixture
def guidance():
    home = japanese_home()
    translate_page(home, "en", title="JP-MIRAI")
    translate_page(home, "my", title="JP-MIRAI မြန်မာ")
    index = GuidanceIndexPageFactory(parent=home, title="働く人のためのガイド")
    translate_page(index, "en", title="Guidance for workers")
    translate_page(index, "my", title="အလုပ်သမားများအတွက် လမ်းညွှန်")
    wages = GuidancePageFactory(
        parent=index, title="最低賃金", slug="minimum-wage", body_text="最低賃金の説明"
    )
    translate_page(
        wages,
        "my",
        title=MY_TITLE,
        listing_summary="အလုပ်ရှင်သည် အနည်းဆုံးလုပ်ခထက် မနည်းအောင် ပေးရမည်။",
        body=paragraph_body("ဂျပန်နိုင်ငံတွင် အနည်းဆုံးလုပ်ခကို ဥပဒေဖြင့် သတ်မှတ်ထားသည်။"),
    )
    GuidancePageFactory(parent=index, title="有給休暇", slug="paid-leave")
    GuidancePageFactory(parent=index, title="相談先", slug="who-to-call")
    set_navigation(primary=[index])
    return index


def test_worker_reaches_myanmar_guidance_in_three_taps(browser, live_server, guidance):
    context = browser.new_context(viewport=PHONE, locale="en-US")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/")
        assert page.url == f"{live_server.url}/en/"
        page.locator(".site-nav a", has_text="Guidance for workers").click()  # 1
        page.wait_for_url(re.compile(r"/en/guidance/$"))
        page.locator(".language-grid a[hreflang='my']").click()  # 2
        page.wait_for_url(re.compile(r"/my/guidance/$"))
        page.locator(".card__title a", has_text=MY_TITLE).click()  # 3
        page.wait_for_url(re.compile(r"/my/guidance/minimum-wage/$"))

        assert page.locator("html").get_attribute("lang") == "my"
        assert page.locator("main h1").inner_text() == MY_TITLE
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"horizontal overflow: {width}px"
        # The Myanmar webfont is in use, not boxes in a fallback font.
        page.evaluate("document.fonts.ready")
        assert page.evaluate("document.fonts.check('16px \"JP-MIRAI Script\"', 'မြန်')")

        page.screenshot(path=str(SCREENSHOT), full_page=True)
        image = Image.open(SCREENSHOT)
        image.convert("P", palette=Image.Palette.ADAPTIVE, colors=64).save(
            SCREENSHOT, optimize=True
        )
    finally:
        context.close()


def test_guidance_pages_opened_before_are_readable_offline(
    browser, live_server, guidance
):
    context = browser.new_context(viewport=PHONE, locale="ja-JP")
    page = context.new_page()
    try:
        for slug in ("minimum-wage", "paid-leave"):
            page.goto(f"{live_server.url}/ja/guidance/{slug}/")
            page.wait_for_selector("html[data-offline-ready='true']")
        context.set_offline(True)

        page.reload()
        assert page.locator("main h1").inner_text() == "有給休暇"
        page.goto(f"{live_server.url}/ja/guidance/minimum-wage/")
        assert page.locator("main h1").inner_text() == "最低賃金"
        page.goto(f"{live_server.url}/ja/guidance/")
        assert page.locator("main h1").inner_text() == "働く人のためのガイド"

        # A page never opened is not there: the network really is cut.
        with pytest.raises(Exception, match="ERR_"):
            page.goto(f"{live_server.url}/ja/guidance/who-to-call/")
    finally:
        context.close()


def test_guidance_works_without_javascript(browser, live_server, guidance):
    context = browser.new_context(
        viewport=PHONE, locale="ja-JP", java_script_enabled=False
    )
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/ja/guidance/")
        page.locator(".card__title a", has_text="最低賃金").click()
        page.wait_for_url(re.compile(r"/ja/guidance/minimum-wage/$"))
        page.locator("#helpful button[value='yes']").click()
        page.wait_for_url(re.compile(r"\?helpful=thanks"))
        assert page.locator("#helpful form").count() == 0
        assert page.locator("#helpful h2").inner_text() == translated(
            "ja", "Thank you for your answer."
        )
    finally:
        context.close()
