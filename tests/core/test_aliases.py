"""Alias pages: the placeholders wagtail-localize puts in a language's tree for an
untranslated parent when a child page is translated. They show the original's text,
so they count as untranslated everywhere."""

from django.test import TestCase

from tests.factories.core import japanese_home, translate_page
from tests.factories.home import StandardPageFactory
from tests.helpers import (
    alternate_links,
    html_lang,
    main_element,
    notices,
    parse_html,
    switcher_hrefs,
)


class TestAliasPages(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        translate_page(cls.home, "vi", title="Trang chủ")
        cls.about = StandardPageFactory(
            parent=cls.home, title="私たちについて", slug="about"
        )
        cls.team = StandardPageFactory(parent=cls.about, title="事務局", slug="team")
        # Translating the child alone makes the Vietnamese "about" an alias.
        cls.vi_team = translate_page(cls.team, "vi", title="Ban thư ký")
        cls.vi_about = cls.vi_team.get_parent()

    def test_the_parent_is_an_alias_of_the_japanese_page(self):
        self.assertEqual(self.vi_about.alias_of_id, self.about.pk)

    def test_alias_is_shown_as_japanese_with_the_notice(self):
        document = parse_html(self.client.get("/vi/about/"))
        self.assertEqual(html_lang(document), "vi")
        self.assertEqual(main_element(document).get("lang"), "ja")
        self.assertEqual(len(notices(document)), 1)
        self.assertEqual(alternate_links(document), [])

    def test_switcher_does_not_treat_the_alias_as_a_translation(self):
        hrefs = switcher_hrefs(parse_html(self.client.get("/ja/about/")))
        self.assertEqual(hrefs["vi"], f"/vi/?untranslated={self.about.pk}")
        self.assertEqual(
            switcher_hrefs(parse_html(self.client.get("/ja/about/team/")))["vi"],
            "/vi/about/team/",
        )

    def test_sitemap_and_search_leave_the_alias_out(self):
        sitemap = self.client.get("/sitemap.xml").content.decode()
        self.assertNotIn("/vi/about/</loc>", sitemap)
        self.assertIn("/vi/about/team/</loc>", sitemap)
        search = self.client.get("/vi/search/?q=私たちについて")
        self.assertEqual(search.status_code, 200)
        self.assertNotContains(search, 'href="/vi/about/"')
