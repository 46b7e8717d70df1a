"""Header and footer menus (NavigationSettings) in the reader's language."""

from django.test import TestCase
from wagtail.models import Page

from tests.factories.core import (
    japanese_home,
    make_private,
    set_navigation,
    translate_page,
)
from tests.factories.home import StandardPageFactory
from tests.factories.knowledge import NewsIndexPageFactory
from tests.helpers import MENUS, menu_links, parse_html

HEADER = "header"
FOOTER = "footer"


class TestNavigation(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        for code in ("en", "vi"):
            translate_page(home, code, title=f"JP-MIRAI [{code}]")
        cls.about = StandardPageFactory(
            parent=home, title="私たちについて", slug="about"
        )
        cls.en_about = translate_page(cls.about, "en", title="About us")
        cls.news = NewsIndexPageFactory(parent=home, title="お知らせ")
        cls.contact = StandardPageFactory(parent=home, title="連絡先", slug="contact")
        translate_page(cls.contact, "vi", title="Liên hệ (draft)", live=False)
        cls.members = StandardPageFactory(parent=home, title="会員", slug="members")
        make_private(cls.members)
        set_navigation(
            primary=[cls.about, cls.news, cls.members], footer=[cls.about, cls.contact]
        )

    def menus(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        document = parse_html(response)
        return menu_links(document, HEADER), menu_links(document, FOOTER)

    def test_shows_translated_titles_in_the_readers_language(self):
        header, footer = self.menus("/en/")
        self.assertEqual(header[0], ("/en/about/", "About us"))
        self.assertEqual(footer[0], ("/en/about/", "About us"))

    def test_falls_back_to_the_japanese_page_at_the_readers_address(self):
        header, footer = self.menus("/en/")
        self.assertEqual(header[1], ("/en/news/", "お知らせ"))
        self.assertEqual(footer[1], ("/en/contact/", "連絡先"))
        header, _footer = self.menus("/vi/")
        self.assertEqual(
            header[:2], [("/vi/about/", "私たちについて"), ("/vi/news/", "お知らせ")]
        )

    def test_fallback_link_leads_to_the_page(self):
        header, _footer = self.menus("/vi/")
        self.assertEqual(self.client.get(header[1][0]).status_code, 200)

    def test_falls_back_in_a_language_without_a_home_page(self):
        header, _footer = self.menus("/mn/")
        self.assertEqual(
            header, [("/mn/about/", "私たちについて"), ("/mn/news/", "お知らせ")]
        )

    def test_ignores_draft_translations(self):
        _header, footer = self.menus("/vi/")
        self.assertEqual(footer[1], ("/vi/contact/", "連絡先"))

    def test_leaves_out_private_pages(self):
        for url in ("/ja/", "/en/"):
            with self.subTest(url=url):
                header, _footer = self.menus(url)
                self.assertEqual(len(header), 2)
                self.assertNotIn("/members/", str(header))

    def test_japanese_reader_sees_the_japanese_pages(self):
        header, _footer = self.menus("/ja/")
        self.assertEqual(
            header, [("/ja/about/", "私たちについて"), ("/ja/news/", "お知らせ")]
        )

    def test_page_chosen_in_another_language_falls_back_to_its_japanese_original(self):
        # An editor may choose the English page; a Vietnamese reader has no translation
        # and is shown the Japanese page at /vi/about/, so the link names that page.
        set_navigation(primary=[self.en_about])
        header, _footer = self.menus("/vi/")
        self.assertEqual(header, [("/vi/about/", "私たちについて")])
        header, _footer = self.menus("/en/")
        self.assertEqual(header, [("/en/about/", "About us")])

    def test_marks_the_current_page(self):
        for url in ("/en/about/", "/vi/about/"):
            with self.subTest(url=url):
                document = parse_html(self.client.get(url))
                nav = document.find(MENUS[HEADER])
                current = [
                    a.get("href")
                    for a in nav.iter("a")
                    if a.get("aria-current") == "page"
                ]
                self.assertEqual(current, [url])


class TestNavigationCache(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        translate_page(home, "en", title="JP-MIRAI")
        cls.about = StandardPageFactory(
            parent=home, title="私たちについて", slug="about"
        )
        cls.news = NewsIndexPageFactory(parent=home, title="お知らせ")
        set_navigation(primary=[cls.about, cls.news])

    def header(self, url="/en/"):
        return menu_links(parse_html(self.client.get(url)), HEADER)

    def test_menu_is_cached_between_requests(self):
        # Proves the cache is in use, so the invalidation tests below mean something.
        self.header()
        Page.objects.filter(pk=self.news.pk).update(title="Changed without publishing")
        self.assertEqual(self.header()[1], ("/en/news/", "お知らせ"))

    def test_publishing_a_translation_updates_the_menu(self):
        self.assertEqual(self.header()[1], ("/en/news/", "お知らせ"))
        translate_page(self.news, "en", title="News")
        self.assertEqual(self.header()[1], ("/en/news/", "News"))

    def test_publishing_a_new_title_updates_the_menu(self):
        self.header("/ja/")
        self.about.title = "JP-MIRAIについて"
        self.about.save_revision().publish()
        self.assertEqual(self.header("/ja/")[0], ("/ja/about/", "JP-MIRAIについて"))

    def test_unpublishing_removes_the_link(self):
        self.header()
        self.news.unpublish()
        self.assertEqual(self.header(), [("/en/about/", "私たちについて")])

    def test_changing_the_settings_updates_the_menu(self):
        self.header()
        set_navigation(primary=[self.news])
        self.assertEqual(self.header(), [("/en/news/", "お知らせ")])
