"""Site search at /<lang>/search/?q=: live, public pages in the reader's language."""

from django.test import TestCase

from search.views import MAX_QUERY_LENGTH, PER_PAGE
from tests.factories.core import japanese_home, make_private, translate_page
from tests.factories.home import StandardPageFactory, paragraph_body
from tests.helpers import parse_html, text_of


class TestSearch(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        translate_page(home, "en", title="JP-MIRAI")
        cls.visa = StandardPageFactory(
            parent=home,
            title="在留資格の更新",
            slug="visa",
            body_text="パスポートと在留カード",
        )
        translate_page(
            cls.visa,
            "en",
            title="Renewing your residence status",
            body=paragraph_body("Bring your passport and residence card."),
        )
        cls.draft = StandardPageFactory(
            parent=home, title="Unpublished overtime rules", slug="overtime"
        )
        cls.draft.unpublish()
        members = StandardPageFactory(parent=home, title="Members area", slug="members")
        StandardPageFactory(
            parent=members, title="Members residence handbook", slug="handbook"
        )
        make_private(members)

    def result_titles(self, response) -> list[str]:
        self.assertEqual(response.status_code, 200)
        document = parse_html(response)
        return [
            text_of(a)
            for a in document.iterfind(
                ".//main//ul[@class='card-list']//*[@class='card__title']/a"
            )
        ]

    def search(self, language: str, query: str, **params):
        return self.client.get(f"/{language}/search/", {"q": query, **params})

    def test_finds_a_live_page_of_the_locale_by_a_word_in_its_title(self):
        self.assertEqual(
            self.result_titles(self.search("en", "residence")),
            ["Renewing your residence status"],
        )

    def test_finds_a_live_page_of_the_locale_by_a_word_in_its_body(self):
        self.assertEqual(
            self.result_titles(self.search("en", "passport")),
            ["Renewing your residence status"],
        )

    def test_does_not_find_pages_of_other_locales(self):
        self.assertEqual(self.result_titles(self.search("ja", "passport")), [])
        self.assertEqual(self.result_titles(self.search("vi", "passport")), [])

    def test_does_not_find_drafts(self):
        self.assertEqual(self.result_titles(self.search("ja", "overtime")), [])

    def test_does_not_find_unpublished_changes_of_a_live_page(self):
        self.visa.title = "Draft title about fishing"
        self.visa.save_revision()
        self.assertEqual(self.result_titles(self.search("ja", "fishing")), [])

    def test_does_not_find_private_pages_or_pages_below_them(self):
        self.assertEqual(self.result_titles(self.search("ja", "members")), [])
        self.assertEqual(self.result_titles(self.search("ja", "handbook")), [])

    def test_empty_query_shows_the_form_and_no_results(self):
        for params in ({}, {"q": ""}, {"q": "   "}):
            with self.subTest(params=params):
                response = self.client.get("/en/search/", params)
                self.assertEqual(response.status_code, 200)
                document = parse_html(response)
                self.assertIsNotNone(document.find(".//main//form[@role='search']"))
                self.assertIsNone(document.find(".//main//p[@role='status']"))

    def test_shows_the_result_count_and_the_query(self):
        response = self.search("en", "passport")
        status = text_of(parse_html(response).find(".//main//p[@role='status']"))
        self.assertIn("1", status)
        self.assertIn("passport", status)

    def test_long_query_is_truncated_not_an_error(self):
        response = self.search("en", "residence " + "x" * 290)
        self.assertEqual(response.status_code, 200)
        field = parse_html(response).find(".//main//input[@name='q']")
        self.assertEqual(len(field.get("value")), MAX_QUERY_LENGTH)
        self.assertTrue(field.get("value").startswith("residence x"))

    def test_odd_characters_in_the_query_are_not_an_error(self):
        # Bots send these; a double quote broke SQLite's full-text query (wagtail#13227)
        # and a NUL byte is refused by PostgreSQL.
        for query in (
            '"',
            'passport"',
            '"passport',
            "'",
            "\x00",
            "pass\x00port",
            "*",
            "(",
            "-",
            "OR",
            "NEAR(",
        ):
            with self.subTest(query=query):
                self.assertEqual(self.search("en", query).status_code, 200)

    def test_quoted_query_still_finds_the_page(self):
        self.assertEqual(
            self.result_titles(self.search("en", '"passport"')),
            ["Renewing your residence status"],
        )

    def test_out_of_range_or_invalid_page_number_is_not_an_error(self):
        for page in ("999", "abc", "0", "-1", ""):
            with self.subTest(page=page):
                self.assertEqual(
                    self.result_titles(self.search("en", "passport", page=page)),
                    ["Renewing your residence status"],
                )

    def test_paginates_results(self):
        home = japanese_home()
        for n in range(PER_PAGE + 1):
            StandardPageFactory(parent=home, title=f"Labour contract guide {n}")
        first = self.result_titles(self.search("ja", "labour"))
        second = self.result_titles(self.search("ja", "labour", page=2))
        self.assertEqual(len(first), PER_PAGE)
        self.assertEqual(len(second), 1)
        self.assertNotIn(second[0], first)

    def test_is_not_indexed_by_search_engines(self):
        document = parse_html(self.search("en", "passport"))
        robots = [
            m.get("content") for m in document.iter("meta") if m.get("name") == "robots"
        ]
        self.assertEqual(robots, ["noindex"])
