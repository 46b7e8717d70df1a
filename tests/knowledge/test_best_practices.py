"""The best-practice archive: tree rules, combinable filters with counts, query
counts, the admin's theme checkboxes, and every locale."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import HomePage
from knowledge.models import BestPracticeIndexPage, BestPracticePage
from tests.factories.core import japanese_home, translate_page
from tests.factories.knowledge import (
    BestPracticeIndexPageFactory,
    BestPracticePageFactory,
)
from tests.helpers import assert_served_in, parse_html, text_of

INDEX_QUERIES = 4


def card_titles(response) -> list[str]:
    return [
        text_of(a)
        for a in parse_html(response).iterfind(
            ".//main//ul[@class='card-list']//*[@class='card__title']/a"
        )
    ]


def filter_links(response) -> dict[str, str]:
    return {
        a.get("href"): text_of(a)
        for a in parse_html(response).iterfind(".//main//nav[@class='filters']//a")
    }


class TestBestPracticeTree(WagtailPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(BestPracticeIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BestPracticeIndexPage, {BestPracticePage})
        self.assertAllowedParentPageTypes(BestPracticePage, {BestPracticeIndexPage})

    def test_can_be_created_in_the_admin_with_themes(self):
        index = BestPracticeIndexPageFactory(parent=japanese_home())
        self.login()
        data = nested_form_data(
            {
                "title": "手数料ゼロの採用",
                "slug": "zero-fee",
                "organisation_name": "株式会社サンプル",
                "industry": "construction",
                "sending_country": "VN",
                "year": 2023,
                "selected_at": "2023年秋の活動報告会",
                "body": streamfield([]),
            }
        )
        data["themes"] = ["zero_fee", "grievance"]
        self.assertCanCreate(index, BestPracticePage, data)
        page = BestPracticePage.objects.get(slug="zero-fee")
        self.assertEqual(page.themes, ["zero_fee", "grievance"])


class TestBestPracticeArchive(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        cls.index = BestPracticeIndexPageFactory(parent=home)
        cls.first = BestPracticePageFactory(
            parent=cls.index,
            title="Zero-fee hiring in construction",
            slug="zero-fee",
            industry="construction",
            sending_country="VN",
            themes=["zero_fee", "grievance"],
            year=2023,
        )
        BestPracticePageFactory(
            parent=cls.index,
            title="Dormitory support in nursing care",
            industry="nursing_care",
            sending_country="ID",
            themes=["living_support"],
            year=2022,
        )
        BestPracticePageFactory(
            parent=cls.index,
            title="Hotline in construction",
            industry="construction",
            sending_country="ID",
            themes=["grievance"],
            year=2023,
        )
        translate_page(home, "en", title="JP-MIRAI")
        translate_page(cls.index, "en", title="Best practices")
        translate_page(cls.first, "en", title="Zero-fee hiring (en)")

    def test_lists_every_practice_without_filters(self):
        self.assertEqual(len(card_titles(self.client.get("/ja/best-practices/"))), 3)

    def test_filters_combine(self):
        response = self.client.get(
            "/ja/best-practices/", {"industry": "construction", "theme": "grievance"}
        )
        self.assertCountEqual(
            card_titles(response),
            ["Zero-fee hiring in construction", "Hotline in construction"],
        )
        response = self.client.get(
            "/ja/best-practices/",
            {"industry": "construction", "theme": "grievance", "country": "ID"},
        )
        self.assertEqual(card_titles(response), ["Hotline in construction"])

    def test_counts_follow_the_other_active_filters(self):
        links = filter_links(
            self.client.get("/ja/best-practices/", {"industry": "construction"})
        )
        self.assertTrue(links["?industry=construction&theme=grievance"].endswith("(2)"))
        self.assertTrue(links["?industry=construction&theme=zero_fee"].endswith("(1)"))
        self.assertNotIn("?industry=construction&theme=living_support", links)
        # the industry facet itself counts without its own filter
        self.assertTrue(links["?industry=nursing_care"].endswith("(1)"))

    def test_unknown_filter_values_are_ignored(self):
        response = self.client.get("/ja/best-practices/", {"theme": "<x>", "year": "z"})
        self.assertEqual(len(card_titles(response)), 3)

    def test_translated_archive_lists_translations_and_japanese_originals(self):
        document = assert_served_in(
            self, "/en/best-practices/", "en", title="Best practices"
        )
        titles = [
            text_of(a)
            for a in document.iterfind(".//main//ul[@class='card-list']//h2/a")
        ]
        self.assertIn("Zero-fee hiring (en)", titles)
        self.assertIn("Hotline in construction", titles)

    def test_page_renders_its_facts(self):
        response = self.client.get("/ja/best-practices/zero-fee/")
        self.assertEqual(response.status_code, 200)
        facts = text_of(parse_html(response).find(".//main//dl"))
        self.assertIn("Example Manufacturing Co.", facts)
        self.assertIn("2023", facts)

    def test_query_count_does_not_grow_with_items(self):
        url = "/ja/best-practices/?industry=construction"
        self.client.get(url)
        with self.assertNumQueries(INDEX_QUERIES):
            self.client.get(url)
        for n in range(12):
            BestPracticePageFactory(parent=self.index, title=f"Practice {n}")
        self.client.get(url)
        with self.assertNumQueries(INDEX_QUERIES):
            self.client.get(url)
