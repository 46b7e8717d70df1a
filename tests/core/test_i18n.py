"""The language switcher, hreflang alternates, the "not translated yet" notices, and
Tagalog, the one site language Django ships no locale data for."""

from django.test import TestCase
from django.utils.translation import get_language_info

from config.languages import LANGUAGE_CODES, OWN_NAMES
from tests.factories.core import (
    japanese_home,
    make_private,
    publish,
    set_navigation,
    translate_page,
)
from tests.factories.home import StandardPageFactory
from tests.helpers import (
    alternate_links,
    html_lang,
    main_element,
    notices,
    parse_html,
    switcher_links,
    text_of,
    translated,
)

UNTRANSLATED_NOTICE = (
    "The page you were reading is not available in %(reader_language)s yet."
)


class LanguageTreeMixin:
    """A Japanese page "about" with some translations, in a site where every language
    but Mongolian has a home page:

    - en, vi: live translations;
    - id: a draft translation (never published);
    - th: a live translation that is private (login required).
    """

    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        for code in LANGUAGE_CODES:
            if code not in ("ja", "mn"):
                translate_page(home, code, title=f"JP-MIRAI [{code}]")
        cls.about = StandardPageFactory(
            parent=home, title="私たちについて", slug="about"
        )
        cls.en_about = translate_page(cls.about, "en", title="About us")
        cls.vi_about = translate_page(cls.about, "vi", title="Về chúng tôi")
        cls.id_draft = translate_page(cls.about, "id", title="Tentang kami", live=False)
        cls.th_private = translate_page(cls.about, "th", title="เกี่ยวกับเรา")
        make_private(cls.th_private)
        # The settings row exists, so a first view does not create it (and bump the
        # cache version) halfway through: tests below rely on a warm cache.
        set_navigation(primary=[cls.about])

    def get_document(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return parse_html(response)


class TestLanguageSwitcher(LanguageTreeMixin, TestCase):
    def test_lists_every_language_once_in_site_order(self):
        links = switcher_links(self.get_document("/ja/about/"))
        self.assertEqual([link.code for link in links], LANGUAGE_CODES)

    def test_each_link_is_named_in_its_own_language_with_lang_and_hreflang(self):
        for link in switcher_links(self.get_document("/ja/about/")):
            with self.subTest(language=link.code):
                self.assertEqual(link.text, OWN_NAMES[link.code])
                self.assertEqual(link.lang, link.code)
                self.assertEqual(link.hreflang, link.code)
        names = {
            link.code: link.text
            for link in switcher_links(self.get_document("/ja/about/"))
        }
        self.assertEqual(names["my"], "မြန်မာဘာသာ")
        self.assertEqual(names["tl"], "Filipino")

    def test_marks_only_the_readers_language_as_current(self):
        links = switcher_links(self.get_document("/en/about/"))
        self.assertEqual([link.code for link in links if link.current], ["en"])

    def test_links_to_live_translations_of_the_page(self):
        for url in ("/ja/about/", "/en/about/", "/vi/about/"):
            with self.subTest(url=url):
                hrefs = {
                    link.code: link.href
                    for link in switcher_links(self.get_document(url))
                }
                self.assertEqual(hrefs["ja"], "/ja/about/")
                self.assertEqual(hrefs["en"], "/en/about/")
                self.assertEqual(hrefs["vi"], "/vi/about/")

    def test_links_to_the_languages_home_when_the_page_is_not_translated(self):
        # tl...km have a home page and no translation; id's is a draft; th's is private;
        # mn has no home page at all (the Japanese home answers at /mn/).
        hrefs = {
            link.code: link.href
            for link in switcher_links(self.get_document("/ja/about/"))
        }
        for code in ("id", "tl", "my", "ne", "zh-hans", "km", "th", "mn"):
            with self.subTest(language=code):
                self.assertEqual(hrefs[code], f"/{code}/?untranslated={self.about.pk}")

    def test_untranslated_link_leads_to_a_home_with_a_notice_and_a_way_back(self):
        hrefs = {
            link.code: link.href
            for link in switcher_links(self.get_document("/ja/about/"))
        }
        for code in ("my", "tl", "mn"):
            with self.subTest(language=code):
                document = self.get_document(hrefs[code])
                self.assertEqual(html_lang(document), code)
                expected = translated(
                    code, UNTRANSLATED_NOTICE, reader_language=OWN_NAMES[code]
                )
                notice = next((n for n in notices(document) if expected in n), None)
                self.assertIsNotNone(notice, notices(document))
                back = [
                    a
                    for div in main_element(document).findall("div")
                    for a in div.iter("a")
                    if a.get("href") == "/ja/about/"
                ]
                self.assertEqual(len(back), 1)
                # The link text is in the reader's language; its target is Japanese.
                self.assertEqual(back[0].get("hreflang"), "ja")
                self.assertIn("日本語", text_of(back[0]))

    def test_no_untranslated_notice_for_drafts_private_pages_or_nonsense(self):
        private = StandardPageFactory(
            parent=japanese_home(), title="会員限定", slug="members"
        )
        make_private(private)
        for value in (str(self.id_draft.pk), str(private.pk), "abc", "99999", ""):
            with self.subTest(untranslated=value):
                document = self.get_document(f"/my/?untranslated={value}")
                self.assertEqual(notices(document), [])

    def test_follows_a_translation_once_it_is_published(self):
        self.get_document("/ja/about/")  # the links are cached after a first view
        publish(self.id_draft)
        hrefs = {
            link.code: link.href
            for link in switcher_links(self.get_document("/ja/about/"))
        }
        self.assertEqual(hrefs["id"], "/id/about/")

    def test_drops_a_translation_as_soon_as_it_is_made_private(self):
        self.get_document("/ja/about/")
        make_private(self.vi_about)
        hrefs = {
            link.code: link.href
            for link in switcher_links(self.get_document("/ja/about/"))
        }
        self.assertEqual(hrefs["vi"], f"/vi/?untranslated={self.about.pk}")

    def test_views_that_are_not_pages_link_to_the_same_view_in_each_language(self):
        document = self.get_document("/en/search/?q=visa")
        hrefs = {link.code: link.href for link in switcher_links(document)}
        self.assertEqual(hrefs["my"], "/my/search/?q=visa")
        self.assertEqual(hrefs["zh-hans"], "/zh-hans/search/?q=visa")


class TestAlternateLinks(LanguageTreeMixin, TestCase):
    def expected(self):
        return [
            ("ja", "http://localhost/ja/about/"),
            ("en", "http://localhost/en/about/"),
            ("vi", "http://localhost/vi/about/"),
            ("x-default", "http://localhost/ja/about/"),
        ]

    def test_lists_exactly_the_live_public_translations_and_x_default(self):
        for url in ("/ja/about/", "/en/about/", "/vi/about/"):
            with self.subTest(url=url):
                self.assertCountEqual(
                    alternate_links(self.get_document(url)), self.expected()
                )

    def test_urls_are_absolute(self):
        for _code, href in alternate_links(self.get_document("/en/about/")):
            self.assertRegex(href, r"^https?://[^/]+/")

    def test_lists_a_draft_translation_once_published(self):
        self.get_document("/ja/about/")
        publish(self.id_draft)
        self.assertIn(
            ("id", "http://localhost/id/about/"),
            alternate_links(self.get_document("/ja/about/")),
        )

    def test_page_without_translations_lists_itself_and_x_default(self):
        page = StandardPageFactory(
            parent=japanese_home(), title="連絡先", slug="contact"
        )
        self.assertCountEqual(
            alternate_links(self.get_document(page.url)),
            [
                ("ja", "http://localhost/ja/contact/"),
                ("x-default", "http://localhost/ja/contact/"),
            ],
        )

    def test_fallback_page_lists_none(self):
        # /my/about/ shows the Japanese page: it is not a Burmese version of it.
        self.assertEqual(alternate_links(self.get_document("/my/about/")), [])


class TestTagalog(TestCase):
    """Django has no locale data or catalog for Tagalog; core/apps.py adds LANG_INFO
    and locale/tl provides the catalog that makes Django accept the language."""

    @classmethod
    def setUpTestData(cls):
        translate_page(japanese_home(), "tl", title="JP-MIRAI Pilipinas")

    def test_home_answers_in_tagalog(self):
        response = self.client.get("/tl/")
        self.assertEqual(response.status_code, 200)
        document = parse_html(response)
        self.assertEqual(html_lang(document), "tl")
        self.assertEqual(text_of(document.find(".//main//h1")), "JP-MIRAI Pilipinas")
        current = [link for link in switcher_links(document) if link.current]
        self.assertEqual(
            [(link.code, link.text) for link in current], [("tl", "Filipino")]
        )
        summary = document.find(".//nav[@class='language-switcher']//summary")
        self.assertIn("Filipino", text_of(summary))

    def test_language_info_is_known(self):
        info = get_language_info("tl")
        self.assertEqual(info["name_local"], "Filipino")
        self.assertFalse(info["bidi"])

    def test_ui_strings_come_from_the_tagalog_catalog(self):
        expected = translated("tl", "Skip to main content")
        # locale/tl translates this string, so the test tells Tagalog from the
        # English source and from the Japanese fallback catalog.
        self.assertNotIn(
            expected, ("Skip to main content", translated("ja", "Skip to main content"))
        )
        document = parse_html(self.client.get("/tl/"))
        skip_link = document.find(".//body/a[@href='#main']")
        self.assertEqual(text_of(skip_link), expected)

    def test_browser_asking_for_filipino_is_sent_to_tagalog(self):
        response = self.client.get("/", headers={"accept-language": "fil-PH,fil;q=0.9"})
        self.assertRedirects(response, "/tl/", fetch_redirect_response=False)
