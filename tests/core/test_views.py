"""Site-wide endpoints that are not pages: the root redirect, errors, sitemap, robots.

/healthz is tested with the security settings, not here.
"""

from unittest import mock
from xml.etree import ElementTree

from django.test import Client, RequestFactory, SimpleTestCase, TestCase
from django.utils.translation import override

from config import urls
from config.languages import LANGUAGE_CODES
from core import views
from tests.factories.core import japanese_home, make_private, translate_page
from tests.factories.home import StandardPageFactory
from tests.helpers import html_lang, parse_html, switcher_links, text_of, translated

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


class TestRootRedirect(TestCase):
    CASES = [
        ("vi", "/vi/"),
        ("vi-VN,vi;q=0.9,en;q=0.8", "/vi/"),
        ("fil", "/tl/"),
        ("fil-PH", "/tl/"),
        ("tl", "/tl/"),
        ("zh-CN", "/zh-hans/"),
        ("zh-Hans-CN", "/zh-hans/"),
        ("zh", "/zh-hans/"),
        ("my-MM", "/my/"),
        ("my", "/my/"),
        ("en-US,en;q=0.9", "/en/"),
        ("ne-NP", "/ne/"),
        ("km-KH", "/km/"),
        ("th-TH", "/th/"),
        ("mn-MN", "/mn/"),
        ("id-ID", "/id/"),
        ("ja-JP", "/ja/"),
        ("de-DE,fr;q=0.8", "/ja/"),
        ("de-DE,vi;q=0.5", "/vi/"),
        ("en;q=0.5,vi;q=0.9", "/vi/"),
        ("*", "/ja/"),
        ("", "/ja/"),
        ("not a header;;;", "/ja/"),
    ]

    def test_redirects_to_the_first_site_language_the_browser_accepts(self):
        for header, expected in self.CASES:
            with self.subTest(accept_language=header):
                response = self.client.get("/", headers={"accept-language": header})
                self.assertRedirects(response, expected, fetch_redirect_response=False)

    def test_redirects_to_japanese_without_accept_language(self):
        response = self.client.get("/")
        self.assertRedirects(response, "/ja/", fetch_redirect_response=False)

    def test_response_varies_on_accept_language(self):
        response = self.client.get("/", headers={"accept-language": "vi"})
        self.assertIn("Accept-Language", response["Vary"])

    def test_view_itself_sets_vary_accept_language(self):
        # LocaleMiddleware adds the header too; the view must not depend on it.
        request = RequestFactory().get("/", headers={"accept-language": "my-MM"})
        response = views.root_redirect(request)
        self.assertEqual(response["Location"], "/my/")
        self.assertIn("Accept-Language", response["Vary"])

    def test_redirect_is_not_permanent(self):
        # A permanent redirect would be cached by browsers for one language forever.
        self.assertEqual(self.client.get("/").status_code, 302)


class TestNotFound(TestCase):
    @classmethod
    def setUpTestData(cls):
        # English has its own home page (its 404 goes through HomePage.route's fallback
        # to the Japanese tree first); the other languages are routed by the Japanese
        # home page directly.
        translate_page(japanese_home(), "en", title="JP-MIRAI")

    def test_unknown_path_is_a_404_in_the_readers_language_with_the_site_chrome(self):
        for code in LANGUAGE_CODES:
            with self.subTest(language=code):
                response = self.client.get(f"/{code}/does-not-exist/")
                self.assertEqual(response.status_code, 404)
                document = parse_html(response)
                self.assertEqual(html_lang(document), code)
                self.assertEqual(
                    text_of(document.find(".//main//h1")),
                    translated(code, "Page not found"),
                )
                self.assertIsNotNone(document.find(".//header[@class='site-header']"))
                self.assertIsNotNone(document.find(".//footer[@class='site-footer']"))
                self.assertEqual(len(switcher_links(document)), len(LANGUAGE_CODES))
                home_link = document.find(".//a[@class='site-header__brand']")
                self.assertEqual(home_link.get("href"), f"/{code}/")

    def test_404_page_asks_search_engines_not_to_index_it(self):
        document = parse_html(self.client.get("/en/does-not-exist/"))
        robots = [
            m.get("content") for m in document.iter("meta") if m.get("name") == "robots"
        ]
        self.assertEqual(robots, ["noindex"])

    def test_404_language_switcher_keeps_the_path(self):
        document = parse_html(self.client.get("/vi/does-not-exist/"))
        hrefs = {link.code: link.href for link in switcher_links(document)}
        self.assertEqual(hrefs["my"], "/my/does-not-exist/")

    def test_handler_is_the_sites_own(self):
        self.assertEqual(urls.handler404, "core.views.page_not_found")
        self.assertEqual(urls.handler500, "core.views.server_error")


class TestServerError(SimpleTestCase):
    """SimpleTestCase refuses every database query: the 500 page must not need one."""

    def test_renders_without_the_database(self):
        request = RequestFactory().get("/my/")
        with override("my"):
            response = views.server_error(request)
        self.assertEqual(response.status_code, 500)
        document = parse_html(response)
        self.assertEqual(html_lang(document), "my")
        self.assertEqual(
            text_of(document.find(".//main//h1")),
            translated("my", "Something went wrong"),
        )
        self.assertEqual(document.find(".//main//a").get("href"), "/my/")

    def test_unhandled_error_answers_with_the_500_page(self):
        client = Client(raise_request_exception=False)
        with mock.patch("search.views.render", side_effect=RuntimeError("boom")):
            with self.assertLogs("django.request", "ERROR"):
                response = client.get("/en/search/")
        self.assertEqual(response.status_code, 500)
        document = parse_html(response)
        self.assertEqual(html_lang(document), "en")
        self.assertEqual(text_of(document.find(".//main//h1")), "Something went wrong")


class TestSitemap(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        cls.about = StandardPageFactory(
            parent=cls.home, title="私たちについて", slug="about"
        )
        cls.contact = StandardPageFactory(
            parent=cls.home, title="連絡先", slug="contact"
        )
        cls.draft = StandardPageFactory(parent=cls.home, title="下書き", slug="draft")
        cls.draft.unpublish()
        cls.members = StandardPageFactory(parent=cls.home, title="会員", slug="members")
        StandardPageFactory(parent=cls.members, title="会員向け資料", slug="documents")
        make_private(cls.members)
        for code in ("en", "my"):
            translate_page(cls.home, code, title=f"JP-MIRAI [{code}]")
            translate_page(cls.about, code, title=f"About [{code}]")
        translate_page(
            cls.about, "vi", title="Về chúng tôi"
        )  # vi has no home: an alias
        translate_page(cls.contact, "en", title="Contact (draft)", live=False)
        translate_page(cls.members, "en", title="Members")  # copies the restriction
        # Restricted after translating: only the Japanese original is private.
        partners = StandardPageFactory(
            parent=cls.home, title="協力団体", slug="partners"
        )
        translate_page(partners, "en", title="Partners")
        make_private(partners)

    def get_sitemap(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/xml; charset=utf-8")
        return ElementTree.fromstring(response.content)  # noqa: S314 - our own XML

    def entries(self):
        """{location: {hreflang: href}} for each <url>."""
        return {
            url.findtext(f"{SITEMAP}loc"): {
                link.get("hreflang"): link.get("href")
                for link in url.iter(f"{XHTML}link")
            }
            for url in self.get_sitemap().iter(f"{SITEMAP}url")
        }

    def test_is_valid_xml_in_the_sitemap_namespace(self):
        root = self.get_sitemap()
        self.assertEqual(root.tag, f"{SITEMAP}urlset")

    def test_lists_every_live_public_page_in_every_locale(self):
        base = "http://localhost"
        self.assertCountEqual(
            self.entries(),
            [
                f"{base}/ja/",
                f"{base}/ja/about/",
                f"{base}/ja/contact/",
                f"{base}/en/",
                f"{base}/en/about/",
                f"{base}/my/",
                f"{base}/my/about/",
                # /vi/ is an alias of the Japanese home (made by copy_parents): the
                # original's text, so it is left out like any untranslated page.
                f"{base}/vi/about/",
                f"{base}/en/partners/",
            ],
        )

    def test_each_entry_has_hreflang_alternates_and_x_default(self):
        about = {
            "ja": "http://localhost/ja/about/",
            "en": "http://localhost/en/about/",
            "my": "http://localhost/my/about/",
            "vi": "http://localhost/vi/about/",
            "x-default": "http://localhost/ja/about/",
        }
        entries = self.entries()
        for location in about.values():
            with self.subTest(location=location):
                self.assertEqual(entries[location], about)
        self.assertEqual(
            entries["http://localhost/ja/contact/"],
            {
                "ja": "http://localhost/ja/contact/",
                "x-default": "http://localhost/ja/contact/",
            },
        )

    def test_lists_no_drafts_and_no_private_pages(self):
        listed = str(self.entries())  # locations and alternates alike
        for path in (
            "/draft/",
            "/members/",
            "/documents/",
            "/en/contact/",
            "/ja/partners/",
        ):
            with self.subTest(path=path):
                self.assertNotIn(path, listed)

    def test_private_original_is_not_an_alternate_of_its_public_translation(self):
        self.assertEqual(
            self.entries()["http://localhost/en/partners/"],
            {"en": "http://localhost/en/partners/"},
        )


class TestRobotsTxt(TestCase):
    def test_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        lines = response.content.decode().splitlines()
        self.assertIn("Sitemap: http://testserver/sitemap.xml", lines)
        self.assertIn("Disallow: /admin/", lines)
        self.assertIn("User-agent: *", lines)
