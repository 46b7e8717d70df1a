"""Links on a page shown in another language keep the reader in their language."""

from django.test import TestCase

from tests.factories.core import japanese_home, publish, translate_page
from tests.factories.home import StandardPageFactory
from tests.factories.knowledge import NewsIndexPageFactory, NewsPageFactory
from tests.helpers import parse_html


class TestLinksOnFallbackPages(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        cls.vi_home = translate_page(cls.home, "vi", title="Trang chủ")
        cls.about = StandardPageFactory(
            parent=cls.home, title="私たちについて", slug="about"
        )
        cls.team = StandardPageFactory(parent=cls.about, title="事務局", slug="team")
        cls.news = NewsIndexPageFactory(parent=cls.home, title="お知らせ", slug="news")
        cls.item = NewsPageFactory(parent=cls.news, title="総会の報告", slug="assembly")

    def hrefs(self, url):
        document = parse_html(self.client.get(url))
        return [a.get("href") for a in document.iter("a")]

    def test_breadcrumbs_of_an_untranslated_page_stay_in_the_readers_language(self):
        hrefs = self.hrefs("/vi/about/team/")
        self.assertIn("/vi/about/", hrefs)
        self.assertNotIn("/ja/about/", hrefs)

    def test_listing_of_an_untranslated_index_links_items_in_the_readers_language(self):
        hrefs = self.hrefs("/vi/news/")
        self.assertIn("/vi/news/assembly/", hrefs)
        self.assertNotIn("/ja/news/assembly/", hrefs)

    def test_body_link_to_a_translated_page_goes_to_the_translation(self):
        vi_about = translate_page(self.about, "vi", title="Về chúng tôi")
        self.team.body = [
            ("link", {"page": self.about, "external_url": "", "label": ""})
        ]
        publish(self.team)
        response = self.client.get("/vi/about/team/")
        self.assertContains(response, f'href="{vi_about.url}"')
        self.assertContains(response, "Về chúng tôi")
