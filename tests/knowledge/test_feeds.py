"""The Atom feed of each language's news: live public items only, autodiscovered."""

from xml.etree import ElementTree

from django.test import TestCase

from tests.factories.core import japanese_home, make_private, translate_page
from tests.factories.knowledge import NewsIndexPageFactory, NewsPageFactory
from tests.helpers import parse_html

ATOM = "{http://www.w3.org/2005/Atom}"


class TestNewsFeed(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        cls.news = NewsIndexPageFactory(parent=home, title="ニュース")
        cls.item = NewsPageFactory(parent=cls.news, title="お知らせ", slug="notice")
        draft = NewsPageFactory(parent=cls.news, title="下書き")
        draft.unpublish()
        secret = NewsPageFactory(parent=cls.news, title="非公開")
        make_private(secret)
        translate_page(home, "en", title="JP-MIRAI")
        translate_page(cls.news, "en", title="News")
        translate_page(cls.item, "en", title="Notice")

    def entries(self, url: str) -> list[tuple[str, str]]:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/atom+xml"))
        feed = ElementTree.fromstring(response.content)  # noqa: S314 (our own feed)
        return [
            (
                entry.find(f"{ATOM}title").text,
                entry.find(f"{ATOM}link").get("href"),
            )
            for entry in feed.iter(f"{ATOM}entry")
        ]

    def test_japanese_feed_lists_live_public_items(self):
        self.assertEqual(
            self.entries("/ja/news/feed/"),
            [("お知らせ", "http://testserver/ja/news/notice/")],
        )

    def test_feed_per_locale_uses_the_translation(self):
        self.assertEqual(
            self.entries("/en/news/feed/"),
            [("Notice", "http://testserver/en/news/notice/")],
        )

    def test_feed_language_is_the_locale(self):
        response = self.client.get("/en/news/feed/")
        feed = ElementTree.fromstring(response.content)  # noqa: S314 (our own feed)
        self.assertEqual(feed.get("{http://www.w3.org/XML/1998/namespace}lang"), "en")

    def test_news_pages_link_to_the_feed(self):
        for url, feed in (
            ("/en/news/", "/en/news/feed/"),
            ("/en/news/notice/", "/en/news/feed/"),
        ):
            with self.subTest(url=url):
                links = [
                    link.get("href")
                    for link in parse_html(self.client.get(url)).iter("link")
                    if link.get("type") == "application/atom+xml"
                ]
                self.assertEqual(links, [feed])
