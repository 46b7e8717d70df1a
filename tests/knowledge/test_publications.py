"""Publications: tree rules, editions with size and page count, kind/year filters,
query counts, PDF text extraction."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from knowledge.documents import read_pdf
from knowledge.models import DocumentText, PublicationIndexPage, PublicationPage
from knowledge.pdf import make_pdf
from tests.factories.core import japanese_home, translate_page
from tests.factories.knowledge import (
    PublicationIndexPageFactory,
    PublicationPageFactory,
    editions,
    pdf_document,
)
from tests.helpers import assert_served_in, parse_html, text_of

# Warm, like the news index: site, locale, routing (3), privacy check, breadcrumbs,
# the filter columns, the shown items, and their translations.
INDEX_QUERIES = 4


def card_titles(response) -> list[str]:
    return [
        text_of(a)
        for a in parse_html(response).iterfind(
            ".//main//ul[@class='card-list']//*[@class='card__title']/a"
        )
    ]


class TestPublicationTree(WagtailPageTestCase):
    def test_index_lives_under_home_pages_only(self):
        self.assertAllowedParentPageTypes(PublicationIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage})

    def test_publication_lives_under_the_index_only(self):
        self.assertAllowedParentPageTypes(PublicationPage, {PublicationIndexPage})
        for parent in (Page, HomePage, StandardPage):
            with self.subTest(parent=parent.__name__):
                self.assertCanNotCreateAt(parent, PublicationPage)


class TestPublicationPage(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        cls.index = PublicationIndexPageFactory(parent=home)
        cls.japanese = pdf_document(
            "年次報告書", ["外国人労働者との情報共有・共助"] * 3, japanese=True
        )
        cls.english = pdf_document(
            "Annual report",
            ["Sharing information with migrant workers."] * 200,
            japanese=False,
        )
        cls.report = PublicationPageFactory(
            parent=cls.index,
            title="年次報告書2023",
            slug="annual-2023",
            editions=editions(("ja", cls.japanese), ("en", cls.english)),
        )
        translate_page(home, "en", title="JP-MIRAI")
        translate_page(cls.index, "en", title="Publications")
        translate_page(cls.report, "en", title="Annual report 2023")

    def test_text_and_page_count_are_extracted_on_upload(self):
        text = DocumentText.objects.get(document=self.japanese)
        self.assertEqual(text.page_count, 1)
        self.assertIn("情報共有", text.text)
        self.assertGreater(
            DocumentText.objects.get(document=self.english).page_count, 1
        )

    def test_renders_in_default_and_translated_locale(self):
        self.assertPageIsRenderable(self.report)
        assert_served_in(
            self, "/ja/publications/annual-2023/", "ja", title="年次報告書2023"
        )
        assert_served_in(
            self, "/en/publications/annual-2023/", "en", title="Annual report 2023"
        )

    def test_summary_is_the_meta_description(self):
        description = parse_html(self.client.get("/ja/publications/annual-2023/")).find(
            ".//head/meta[@name='description']"
        )
        self.assertEqual(
            description.get("content"), "What the platform did in the year."
        )

    def test_editions_show_language_size_and_page_count(self):
        response = self.client.get("/en/publications/annual-2023/")
        items = [
            text_of(li)
            for li in parse_html(response).iterfind(
                ".//main//li[@class='document-link']"
            )
        ]
        self.assertEqual(len(items), 2)
        self.assertIn("日本語", items[0])
        self.assertIn("1 page", items[0])
        self.assertIn("pages", items[1])
        self.assertRegex(items[1], r"\d+(\.\d)? KB")

    def test_unreadable_pdf_gives_no_text_not_an_error(self):
        self.assertEqual(read_pdf(b"not a pdf"), (0, ""))
        self.assertEqual(read_pdf(make_pdf("x", ["y"], japanese=False)[:100]), (0, ""))


class TestPublicationIndex(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = PublicationIndexPageFactory(parent=japanese_home())
        for year in (2021, 2023, 2022):
            PublicationPageFactory(
                parent=cls.index, title=f"Annual report {year}", year=year
            )
        PublicationPageFactory(
            parent=cls.index, title="Pamphlet", kind="pamphlet", year=2023
        )

    def test_annual_reports_are_listed_newest_first(self):
        response = self.client.get("/ja/publications/", {"kind": "annual_report"})
        self.assertEqual(
            card_titles(response),
            ["Annual report 2023", "Annual report 2022", "Annual report 2021"],
        )

    def test_kind_and_year_filters_combine(self):
        response = self.client.get(
            "/ja/publications/", {"kind": "pamphlet", "year": 2023}
        )
        self.assertEqual(card_titles(response), ["Pamphlet"])

    def test_filter_links_show_counts(self):
        response = self.client.get("/ja/publications/", {"year": 2023})
        links = {
            a.get("href"): text_of(a)
            for a in parse_html(response).iterfind(".//main//nav[@class='filters']//a")
        }
        self.assertTrue(links["?kind=annual_report&year=2023"].endswith("(1)"))
        self.assertTrue(links["?kind=pamphlet&year=2023"].endswith("(1)"))
        self.assertTrue(links["?year=2021"].endswith("(1)"))

    def test_unknown_filter_values_are_ignored(self):
        response = self.client.get("/ja/publications/", {"kind": "x", "year": "abc"})
        self.assertEqual(len(card_titles(response)), 4)

    def test_query_count_does_not_grow_with_items(self):
        self.client.get("/ja/publications/")
        with self.assertNumQueries(INDEX_QUERIES):
            self.client.get("/ja/publications/")
        for n in range(10):
            PublicationPageFactory(parent=self.index, title=f"Research {n}", year=2020)
        self.client.get("/ja/publications/")
        with self.assertNumQueries(INDEX_QUERIES):
            self.client.get("/ja/publications/")
