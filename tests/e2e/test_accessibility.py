"""axe-core in Chromium on every public page type, in Japanese, English and Myanmar.

axe-core comes from npm (pinned in package.json, installed by `make install`'s
`npm ci`) and is injected into each page; the strict CSP forbids inline scripts, so
these contexts bypass it for the injection only. WCAG 2.0-2.2 A/AA rules and axe's
best practices must report zero violations at phone and desktop widths.

To cover a new page type, add its path to ``PAGE_PATHS`` and make it in ``site``.
"""

from pathlib import Path

import pytest
from wagtail.rich_text import RichText

from home.demo.loader import load_demo
from tests.factories.core import (
    japanese_home,
    publish,
    set_navigation,
    translate_page,
)
from tests.factories.home import StandardPageFactory
from tests.factories.knowledge import NewsIndexPageFactory, NewsPageFactory

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
WIDTHS = [390, 1280]
# (name, path under the language prefix, expected status)
PAGE_PATHS = [
    ("home", "", 200),
    ("standard page", "about/", 200),
    ("news index", "news/", 200),
    ("news page", "news/first/", 200),
    ("search", "search/?q=JP-MIRAI", 200),
    ("not found", "no-such-page/", 404),
]
LANGUAGES = ["ja", "en", "my"]


@pytest.fixture
def site():
    home = japanese_home()
    home.intro = "外国人労働者と共に歩むプラットフォーム"
    home = publish(home)
    about = StandardPageFactory(parent=home, slug="about", title="JP-MIRAIについて")
    about.body = [
        ("heading", {"text": "相談窓口", "level": "h2"}),
        ("paragraph", RichText("<p>困ったときは <b>JP-MIRAI</b> に相談を。</p>")),
        (
            "callout",
            {"tone": "warning", "title": "注意", "text": RichText("<p>無料です。</p>")},
        ),
        ("quote", {"text": "誰一人取り残さない", "attribution": "JP-MIRAI"}),
    ]
    about = publish(about)
    news = NewsIndexPageFactory(parent=home, title="お知らせ")
    NewsPageFactory(parent=news, slug="first", title="JP-MIRAI の新しいサイト")
    translate_page(home, "en", title="JP-MIRAI", intro="A platform for workers")
    translate_page(home, "my", title="JP-MIRAI မြန်မာ", intro="အလုပ်သမားများအတွက်")
    translate_page(about, "en", title="About JP-MIRAI")
    set_navigation(primary=[about, news], footer=[about])


def violations(browser, url: str, width: int, expected_status: int) -> list[str]:
    context = browser.new_context(
        viewport={"width": width, "height": 900}, bypass_csp=True
    )
    page = context.new_page()
    try:
        response = page.goto(url)
        assert response.status == expected_status, f"{url}: {response.status}"
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
        )
    finally:
        context.close()
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in result["violations"]
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_has_no_axe_violations(browser, live_server, site, language):
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: npm ci")
    found = {}
    for name, path, status in PAGE_PATHS:
        for width in WIDTHS:
            url = f"{live_server.url}/{language}/{path}"
            problems = violations(browser, url, width, status)
            if problems:
                found[f"{name} {width}px"] = problems
    assert not found, found


# The feature pages, on the demo site the loader builds (content as editors write it,
# translated where the demo translates it and falling back to Japanese elsewhere).
DEMO_PAGE_PATHS = [
    ("guidance index", "guidance/", 200),
    ("guidance page", "guidance/minimum-wage/", 200),
    ("event index", "events/", 200),
    ("event page", "events/introductory-seminar-spring/", 200),
    ("event series", "events/new-member-exchange/", 200),
    ("publication index", "publications/", 200),
    ("publication page", "publications/annual-report-2023/", 200),
    ("best-practice index", "best-practices/", 200),
    ("best-practice page", "best-practices/zero-fee-recruitment/", 200),
    ("working group", "zero-fee-working-group/", 200),
    ("member directory", "members-directory/", 200),
    ("self-check start", "self-check-after-arrival/", 200),
    ("survey results", "self-check-after-arrival/survey-results/", 200),
    ("news index", "news/", 200),
    ("news page", "news/annual-report/", 200),
    ("search results", "search/?q=%E8%B3%83%E9%87%91", 200),
]


def test_every_feature_page_type_has_no_axe_violations(browser, live_server):
    """One demo load (about 30 s) serves the three languages."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: npm ci")
    load_demo()
    found = {}
    for language in LANGUAGES:
        for name, path, status in DEMO_PAGE_PATHS:
            for width in WIDTHS:
                url = f"{live_server.url}/{language}/{path}"
                problems = violations(browser, url, width, status)
                if problems:
                    found[f"{language} {name} {width}px"] = problems
    assert not found, found
