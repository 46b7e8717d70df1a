"""Wagtail's serve path with the site, the route and view restrictions cached
(core/routing.py): fewer queries, and the same answers as without the cache."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from config.languages import LANGUAGE_CODES
from core.routing import restricted_paths
from tests.factories.core import (
    japanese_home,
    make_private,
    publish,
    set_navigation,
    translate_page,
)
from tests.factories.home import StandardPageFactory
from tests.factories.knowledge import NewsIndexPageFactory, NewsPageFactory

# Warm, uncached renders (no page cache): at most eight on any public page.
MAX_QUERIES = 8


class TestWarmQueryCounts(WagtailPageTestCase):
    """Every public page type, warm, in Japanese, a translated and an untranslated
    language. Measured on SQLite and PostgreSQL (2026-11); before core/routing.py:
    home 7-9, standard page 9-10, news index 10-13, search 9-10, not found 5-8."""

    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        cls.about = StandardPageFactory(parent=cls.home, slug="about")
        cls.news = NewsIndexPageFactory(parent=cls.home)
        cls.item = NewsPageFactory(parent=cls.news, slug="item")
        translate_page(cls.home, "en", title="JP-MIRAI")
        translate_page(cls.about, "en", title="About")
        set_navigation(primary=[cls.about, cls.news], footer=[cls.about])

    def warm_queries(self, url: str, status: int = 200) -> int:
        self.assertEqual(self.client.get(url).status_code, status)  # fills caches
        with CaptureQueriesContext(connection) as context:
            self.assertEqual(self.client.get(url).status_code, status)
        return len(context.captured_queries)

    def test_home_page_in_every_language(self):
        for code in LANGUAGE_CODES:
            with self.subTest(language=code):
                self.assertLessEqual(self.warm_queries(f"/{code}/"), 4)

    def test_standard_page_translated_and_not(self):
        for url in ("/ja/about/", "/en/about/", "/my/about/"):
            with self.subTest(url=url):
                self.assertLessEqual(self.warm_queries(url), 2)

    def test_news_index_and_news_page(self):
        for url in ("/ja/news/", "/en/news/", "/my/news/"):
            with self.subTest(url=url):
                self.assertLessEqual(self.warm_queries(url), 5)
        for url in ("/ja/news/item/", "/en/news/item/", "/my/news/item/"):
            with self.subTest(url=url):
                self.assertLessEqual(self.warm_queries(url), 3)

    def test_search_and_not_found(self):
        for code in ("ja", "en", "my"):
            with self.subTest(language=code):
                self.assertLessEqual(
                    self.warm_queries(f"/{code}/search/?q=news"), MAX_QUERIES
                )
                self.assertLessEqual(
                    self.warm_queries(f"/{code}/no-such-page/", 404), MAX_QUERIES
                )


class TestCachedRoutes(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        cls.about = StandardPageFactory(parent=cls.home, slug="about", title="旧題")

    def test_unpublished_page_is_not_found_after_a_cached_route(self):
        self.assertEqual(self.client.get("/ja/about/").status_code, 200)
        self.about.unpublish()
        self.assertEqual(self.client.get("/ja/about/").status_code, 404)

    def test_saved_draft_is_not_served_from_a_cached_route(self):
        self.client.get("/ja/about/")
        self.about.title = "下書き"
        self.about.save_revision()
        response = self.client.get("/ja/about/")
        self.assertContains(response, "旧題")
        self.assertNotContains(response, "下書き")

    def test_published_change_is_served(self):
        self.client.get("/ja/about/")
        self.about.title = "新題"
        publish(self.about)
        self.assertContains(self.client.get("/ja/about/"), "新題")

    def test_private_page_stays_private_after_a_cached_route(self):
        self.client.get("/ja/about/")
        make_private(self.about)
        self.assertIn(self.about.path, restricted_paths())
        response = self.client.get("/ja/about/")
        self.assertEqual(response.status_code, 302)
        user = get_user_model().objects.create_user("m", "m@example.com", "pw")
        self.client.force_login(user)
        self.assertEqual(self.client.get("/ja/about/").status_code, 200)

    def test_page_below_a_private_page_is_private(self):
        child = StandardPageFactory(parent=self.about, slug="child")
        make_private(self.about)
        self.assertEqual(self.client.get("/ja/about/child/").status_code, 302)
        self.assertTrue(child.get_view_restrictions().exists())
