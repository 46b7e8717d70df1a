"""A worker takes the after-arrival check in Vietnamese on a phone, without
JavaScript: a serious result with a referral, then asks the desk for contact."""

from pathlib import Path

import pytest
from django.core import mail
from wagtail.models import Locale

from selfcheck.choices import RiskLevel
from selfcheck.demo import load_selfcheck_demo
from selfcheck.models import ConsultationRequest, Response, SelfCheckPage
from tests.factories.core import japanese_home, translate_page

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
SCREENSHOT = (
    Path(__file__).resolve().parents[2] / "docs/screenshots/selfcheck-vi-390.png"
)


@pytest.fixture
def check(settings):
    settings.SELFCHECK_DESK_EMAILS = ["desk@jp-mirai.example"]
    home = japanese_home()
    for language in ("en", "vi", "id"):
        translate_page(home, language, title="JP-MIRAI")
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    load_selfcheck_demo(japanese_home(), locales)
    return SelfCheckPage.objects.get(
        slug="self-check-after-arrival", locale__language_code="vi"
    )


def safe_answers_but_passport(check):
    """Option ids: no concern anywhere, except the passport kept by the employer."""
    chosen = {}
    for question in check.questionnaire.questions:
        wanted = RiskLevel.SERIOUS if "hộ chiếu" in question.text else RiskLevel.NONE
        chosen[question.id] = next(o.id for o in question.options if o.risk == wanted)
    return chosen


def answer_section(page, chosen):
    for radio in page.locator("main fieldset.question input[type=radio]").all():
        name = radio.get_attribute("name").removeprefix("q-")
        if radio.get_attribute("value") == chosen[name]:
            radio.check()


def submit(page, selector):
    """Click a submit button and wait for the next page (no script: a full load)."""
    with page.expect_navigation():
        page.click(selector)


def test_worker_takes_check_in_vietnamese_and_asks_for_contact(
    browser, live_server, check
):
    chosen = safe_answers_but_passport(check)
    demo_responses = Response.objects.count()
    context = browser.new_context(
        viewport=PHONE, locale="vi-VN", java_script_enabled=False
    )
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}{check.url}")
        assert page.locator("html").get_attribute("lang") == "vi"
        submit(page, "main form button[type=submit]")  # no consent yet
        assert page.locator("main .notice--error").is_visible()
        page.check("#id_consent")
        submit(page, "main form button[type=submit]")

        page.select_option("#id_nationality", "VN")
        page.select_option("#id_residence_status", "technical_intern")
        submit(page, "main button[value=next]")

        answer_section(page, chosen)
        submit(page, "main button[value=next]")
        submit(page, "main button[value=back]")  # back: the answers are still there
        checked = page.locator("main input[type=radio]:checked").count()
        assert checked == len(check.questionnaire.sections[0].questions)
        submit(page, "main button[value=next]")
        for _section in check.questionnaire.sections[1:]:
            answer_section(page, chosen)
            submit(page, "main button[value=next]")

        assert page.locator("main .callout--danger").is_visible()
        finding = page.locator("main .finding--serious").first
        assert "hộ chiếu" in finding.locator("h2").inner_text()
        assert finding.locator(".finding__help li").count() >= 1
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"horizontal overflow: {width}px"
        page.screenshot(path=str(SCREENSHOT))
        assert Response.objects.count() == demo_responses + 1
        assert chosen in [r.answers for r in Response.objects.filter(language="vi")]
        assert context.cookies() == []

        submit(page, "main .selfcheck-help a.button")
        page.select_option("#id_topic", "documents")
        page.fill("#id_description", "Công ty giữ hộ chiếu của tôi.")
        page.check("main input[name=channel][value=messenger]")
        page.fill("#id_contact", "zalo: demo-worker")
        page.check("#id_consent")
        submit(page, "main form button[type=submit]")
        assert page.locator("main .notice--success").is_visible()
        request = ConsultationRequest.objects.get()
        assert (request.language, request.channel) == ("vi", "messenger")
        assert len(mail.outbox) == 1
        assert "zalo" not in mail.outbox[0].body
    finally:
        context.close()
