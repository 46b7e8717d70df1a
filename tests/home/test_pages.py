"""Home and standard pages: where they may be created, and that they render in every
language, translated or not yet translated."""

from datetime import date

from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_factories import DocumentFactory, ImageFactory

from config.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES
from events.models import EventIndexPage
from home.models import HomePage, StandardPage
from knowledge.models import (
    BestPracticeIndexPage,
    GuidanceIndexPage,
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    WorkingGroupPage,
)
from membership.models import MemberDirectoryPage
from selfcheck.models import SelfCheckPage
from tests.factories.core import (
    japanese_home,
    localize_page,
    make_private,
    publish,
    set_navigation,
    translate_page,
)
from tests.factories.home import StandardPageFactory
from tests.factories.knowledge import NewsIndexPageFactory, NewsPageFactory
from tests.helpers import (
    alternate_links,
    assert_served_as_fallback,
    assert_served_in,
    assert_valid_html,
    parse_html,
)

OTHER_LANGUAGES = [code for code in LANGUAGE_CODES if code != DEFAULT_LANGUAGE]


class TestHomePage(WagtailPageTestCase):
    def test_parent_page_types_are_the_tree_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_subpage_types_are_standard_pages_the_indexes_and_self_checks(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                NewsIndexPage,
                GuidanceIndexPage,
                PublicationIndexPage,
                BestPracticeIndexPage,
                WorkingGroupPage,
                SelfCheckPage,
                MemberDirectoryPage,
                EventIndexPage,
            },
        )

    def test_can_not_be_created_under_content_pages(self):
        for parent in (HomePage, StandardPage, NewsIndexPage, NewsPage):
            with self.subTest(parent=parent.__name__):
                self.assertCanNotCreateAt(parent, HomePage)

    def test_renders_in_default_locale(self):
        self.assertPageIsRenderable(japanese_home())

    def test_a_published_news_item_reaches_the_cached_list_at_once(self):
        news = NewsIndexPageFactory(parent=japanese_home())
        NewsPageFactory(parent=news, title="最初のお知らせ").save_revision().publish()
        self.assertContains(self.client.get("/ja/"), "最初のお知らせ")
        item = NewsPageFactory(parent=news, title="新しいお知らせ", live=False)
        self.assertNotContains(self.client.get("/ja/"), "新しいお知らせ")
        item.save_revision().publish()
        self.assertContains(self.client.get("/ja/"), "新しいお知らせ")

    def test_is_the_default_sites_root_in_japanese(self):
        home = japanese_home()
        self.assertIsInstance(home, HomePage)
        self.assertEqual(home.locale.language_code, DEFAULT_LANGUAGE)
        self.assertEqual(home.url, "/ja/")


class TestHomePageInEveryLocale(WagtailPageTestCase):
    """Each language has its own translation of the home page."""

    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        cls.translations = {
            code: translate_page(cls.home, code, title=f"JP-MIRAI [{code}]")
            for code in OTHER_LANGUAGES
        }

    def test_translation_renders_in_its_language_for_every_locale(self):
        for code, translation in self.translations.items():
            with self.subTest(language=code):
                self.assertEqual(translation.url, f"/{code}/")
                assert_served_in(self, f"/{code}/", code, title=f"JP-MIRAI [{code}]")

    def test_japanese_home_renders_in_japanese(self):
        assert_served_in(self, "/ja/", "ja", title=self.home.title)

    def test_max_count_allows_one_home_per_language(self):
        self.assertEqual(HomePage.objects.count(), len(LANGUAGE_CODES))
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_latest_news_shows_translations_where_they_exist(self):
        news = NewsIndexPageFactory(parent=self.home)
        translated = NewsPageFactory(
            parent=news, title="翻訳済み", date=date(2026, 5, 2)
        )
        NewsPageFactory(parent=news, title="日本語のお知らせ", date=date(2026, 5, 1))
        translate_page(news, "en", title="News")
        translate_page(translated, "en", title="English news item")
        document = parse_html(self.client.get("/en/"))
        titles = [
            a.text
            for a in document.iterfind(
                ".//section[@class='latest-news']//*[@class='card__title']/a"
            )
        ]
        self.assertEqual(titles, ["English news item", "日本語のお知らせ"])


class TestHomePageNotYetTranslated(WagtailPageTestCase):
    """Before a language has its own home page, /<code>/ shows the Japanese one."""

    def test_japanese_home_is_shown_with_a_notice_in_every_locale(self):
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                assert_served_as_fallback(self, f"/{code}/", code, title="JP-MIRAI")


class TestHomePageTranslatedWithWagtailLocalize(WagtailPageTestCase):
    def test_translation_made_in_the_admin_flow_renders(self):
        home = japanese_home()
        localize_page(home, "vi", {home.title: "JP-MIRAI Việt Nam"})
        assert_served_in(self, "/vi/", "vi", title="JP-MIRAI Việt Nam")


class TestStandardPage(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()

    def test_parent_page_types_are_home_and_standard_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_subpage_types_are_standard_pages(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_can_not_be_created_under_news_pages_or_the_tree_root(self):
        for parent in (Page, NewsIndexPage, NewsPage):
            with self.subTest(parent=parent.__name__):
                self.assertCanNotCreateAt(parent, StandardPage)

    def test_can_be_created_under_the_home_page_in_the_admin(self):
        self.login()
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "私たちについて",
                    "slug": "about",
                    "introduction": "",
                    "body": streamfield([("paragraph", rich_text("<p>本文</p>"))]),
                }
            ),
        )
        page = StandardPage.objects.get(slug="about")
        self.assertTrue(page.live)
        self.assertEqual(page.get_parent().pk, self.home.pk)
        self.assertEqual(page.locale.language_code, "ja")

    def test_renders_in_default_locale(self):
        page = StandardPageFactory(
            parent=self.home, title="私たちについて", slug="about"
        )
        self.assertPageIsRenderable(page)
        assert_served_in(self, "/ja/about/", "ja", title="私たちについて")


class TestStandardPageInEveryLocale(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        cls.about = StandardPageFactory(
            parent=home, title="私たちについて", slug="about"
        )
        cls.team = StandardPageFactory(parent=cls.about, title="事務局", slug="team")
        for code in OTHER_LANGUAGES:
            translate_page(home, code, title=f"JP-MIRAI [{code}]")
            translate_page(cls.about, code, title=f"About [{code}]")
            translate_page(cls.team, code, title=f"Team [{code}]")

    def test_translation_renders_in_its_language_for_every_locale(self):
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                assert_served_in(self, f"/{code}/about/", code, title=f"About [{code}]")
                assert_served_in(
                    self, f"/{code}/about/team/", code, title=f"Team [{code}]"
                )

    def test_japanese_original_renders_in_japanese(self):
        assert_served_in(self, "/ja/about/", "ja", title="私たちについて")
        assert_served_in(self, "/ja/about/team/", "ja", title="事務局")


class TestStandardPageNotYetTranslated(WagtailPageTestCase):
    """A page that exists only in Japanese is shown at every language's address.

    Every language except Mongolian has its own home page, so those addresses reach
    the Japanese page through ``HomePage.route``'s fallback; Mongolian has none yet,
    so /mn/ addresses are routed by the Japanese home page directly.
    """

    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        for code in OTHER_LANGUAGES:
            if code != "mn":
                translate_page(home, code, title=f"JP-MIRAI [{code}]")
        cls.about = StandardPageFactory(
            parent=home, title="私たちについて", slug="about"
        )
        cls.team = StandardPageFactory(parent=cls.about, title="事務局", slug="team")

    def test_japanese_page_is_shown_with_a_notice_in_every_locale(self):
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                assert_served_as_fallback(
                    self, f"/{code}/about/", code, title="私たちについて"
                )
                assert_served_as_fallback(
                    self, f"/{code}/about/team/", code, title="事務局"
                )

    def test_untranslated_child_of_a_translated_page_falls_back(self):
        translate_page(self.about, "en", title="About us")
        assert_served_in(self, "/en/about/", "en", title="About us")
        assert_served_as_fallback(self, "/en/about/team/", "en", title="事務局")

    def test_fallback_page_has_no_hreflang_alternates_and_a_japanese_canonical(self):
        document = parse_html(self.client.get("/en/about/"))
        self.assertEqual(alternate_links(document), [])
        canonical = [
            link.get("href")
            for link in document.iter("link")
            if link.get("rel") == "canonical"
        ]
        self.assertEqual(canonical, ["http://localhost/ja/about/"])

    def test_japanese_draft_is_not_reachable_through_the_fallback(self):
        draft = StandardPageFactory(
            parent=japanese_home(), title="下書き", slug="draft"
        )
        draft.unpublish()
        for code in ("en", "mn"):
            with self.subTest(language=code):
                self.assertEqual(self.client.get(f"/{code}/draft/").status_code, 404)

    def test_private_japanese_page_asks_for_login_through_the_fallback(self):
        make_private(self.about)
        for code in ("en", "mn"):
            with self.subTest(language=code):
                response = self.client.get(f"/{code}/about/team/")
                self.assertEqual(response.status_code, 302)
                self.assertIn("/accounts/login/", response["Location"])


class TestHtmlValidity(WagtailPageTestCase):
    """The HTML the site sends parses without a single error (html5lib, strict)."""

    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        document = DocumentFactory(title="手引き")
        cls.about = StandardPageFactory(
            parent=home, title="私たちについて", slug="about"
        )
        cls.about.body = [
            ("heading", {"text": "概要", "level": "h2"}),
            (
                "paragraph",
                RichText(
                    "<p>本文 <b>太字</b> <a href='https://example.org'>リンク</a></p>"
                ),
            ),
            (
                "callout",
                {"tone": "danger", "title": "注意", "text": RichText("<p>警告</p>")},
            ),
            ("quote", {"text": "誰一人取り残さない", "attribution": "JP-MIRAI"}),
            ("link", {"page": home, "external_url": "", "label": ""}),
            (
                "link",
                {"page": None, "external_url": "https://example.org", "label": "外部"},
            ),
            ("document", {"document": document, "label": ""}),
        ]
        cls.about.save()
        home.pillars = [
            (
                "pillar",
                {
                    "audience": "workers",
                    "title": "柱",
                    "text": "説明",
                    "page": cls.about,
                    "label": "",
                },
            ),
        ]
        home.featured = [("page", {"page": cls.about, "label": ""})]
        home.save()
        news = NewsIndexPageFactory(parent=home)
        NewsPageFactory(parent=news)
        set_navigation(primary=[cls.about, news], footer=[cls.about])
        translate_page(home, "en", title="JP-MIRAI")
        translate_page(home, "my", title="JP-MIRAI မြန်မာ")

    def test_home_page_is_valid_html_in_japanese_english_and_burmese(self):
        for url in ("/ja/", "/en/", "/my/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                assert_valid_html(response.content)

    def test_standard_page_with_every_block_is_valid_html(self):
        for url in ("/ja/about/", "/en/about/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "誰一人取り残さない")
                assert_valid_html(response.content)

    def test_page_with_an_image_is_valid_html(self):
        image = ImageFactory(file__from_file=get_test_image_file(), title="写真")
        self.about.body = [
            (
                "image",
                {
                    "image": image,
                    "alt_text": "会議の様子",
                    "decorative": False,
                    "caption": "説明",
                },
            ),
            (
                "image",
                {"image": image, "alt_text": "", "decorative": True, "caption": ""},
            ),
        ]
        publish(self.about)
        response = self.client.get("/ja/about/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'alt="会議の様子"')
        self.assertContains(response, 'alt=""')
        assert_valid_html(response.content)

    def test_invalid_markup_is_caught(self):
        # The check itself must be able to fail: an unclosed element is an error.
        with self.assertRaises(Exception):  # noqa: B017 - html5lib's ParseError
            assert_valid_html(
                b"<!DOCTYPE html><html><body><p><div></span></div></body></html>"
            )


class TestQueryCounts(WagtailPageTestCase):
    """Hot pages run a fixed number of SQL queries, however much content they list.

    Counted on a warm request (the second one), after the navigation and Wagtail's
    site-root-paths caches are filled, as most visitors meet the site.
    """

    # Measured on SQLite and PostgreSQL alike (Wagtail 8.0.1, 2026-11), without the
    # page cache: the page's own row, then what it lists (core/routing.py caches
    # the site, the route and the view restrictions). Before that: 6 and 8.
    HOME_PAGE_QUERIES = 1  # its lists of news and events are cached too
    STANDARD_PAGE_QUERIES = 2

    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        cls.about = StandardPageFactory(
            parent=cls.home, title="私たちについて", slug="about"
        )
        cls.news = NewsIndexPageFactory(parent=cls.home)
        NewsPageFactory(parent=cls.news)
        set_navigation(primary=[cls.about], footer=[cls.about])

    def add_content(self):
        """More news (more than a listing shows) and a full header and footer menu."""
        pages = [
            StandardPageFactory(parent=self.home, title=f"ページ {n}", slug=f"page-{n}")
            for n in range(6)
        ]
        for _n in range(14):
            NewsPageFactory(parent=self.news)
        set_navigation(
            primary=[self.about, *pages], footer=[self.about, *pages, self.news]
        )

    def assert_warm_queries(self, url: str, expected: int) -> None:
        self.assertEqual(self.client.get(url).status_code, 200)  # fills the caches
        with self.assertNumQueries(expected):
            self.assertEqual(self.client.get(url).status_code, 200)

    def test_home_page_query_count_does_not_grow_with_news_or_menu_links(self):
        self.assert_warm_queries("/ja/", self.HOME_PAGE_QUERIES)
        self.add_content()
        self.assert_warm_queries("/ja/", self.HOME_PAGE_QUERIES)

    def test_standard_page_query_count_does_not_grow_with_menu_links(self):
        self.assert_warm_queries("/ja/about/", self.STANDARD_PAGE_QUERIES)
        self.add_content()
        self.assert_warm_queries("/ja/about/", self.STANDARD_PAGE_QUERIES)

    def fill_home_links(self, pages):
        """Featured links, pillars and a body link to ``pages``, then publish."""
        audiences = ["workers", "private_sector", "multi_stakeholders"]
        self.home.featured = [("page", {"page": page, "label": ""}) for page in pages]
        self.home.pillars = [
            (
                "pillar",
                {"audience": audience, "title": "柱", "text": "説明", "page": page},
            )
            for audience, page in zip(audiences, pages, strict=False)
        ]
        self.home.body = [("link", {"page": pages[0], "external_url": "", "label": ""})]
        publish(self.home)

    def test_home_page_query_count_does_not_grow_with_featured_links_or_pillars(self):
        pages = [
            StandardPageFactory(parent=self.home, title=f"案内 {n}", slug=f"guide-{n}")
            for n in range(6)
        ]
        # One page-chooser query per StreamField that has links (featured, pillars,
        # body), whatever the number of links; the links' translations are cached.
        with_links = self.HOME_PAGE_QUERIES + 3
        self.fill_home_links(pages[:1])
        self.assert_warm_queries("/ja/", with_links)
        self.fill_home_links(pages)
        response = self.client.get("/ja/")
        for page in pages:
            self.assertContains(response, f'href="/ja/{page.slug}/"')
        self.assert_warm_queries("/ja/", with_links)
