"""What search shows: every page type, type filters, PDF text, members-only pages,
editors' promotions."""

import datetime
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.utils import timezone
from wagtail.contrib.search_promotions.models import (
    Query,
    QueryDailyHits,
    SearchPromotion,
)
from wagtail.models import PageViewRestriction

from core.members import members_group
from search.hits import record_hit
from tests.factories.core import japanese_home, make_private
from tests.factories.home import StandardPageFactory, paragraph_body
from tests.factories.knowledge import (
    BestPracticeIndexPageFactory,
    BestPracticePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    WorkingGroupMaterialPageFactory,
    WorkingGroupPageFactory,
    editions,
    pdf_document,
)
from tests.helpers import parse_html, text_of

JAPANESE_PDF_TEXT = (
    "2023年は外国人労働者セルフチェックシートを導入し、送り出し国での普及活動を"
    "強化しました。"
)
ENGLISH_PDF_TEXT = (
    "In 2023 the platform introduced the worker self-check sheet and strengthened "
    "outreach in sending countries."
)

# The hit counter: one statement on PostgreSQL, two on SQLite.
HIT_QUERIES = 1 if connection.vendor == "postgresql" else 2
# Warm, signed in: the type facet, one page of results, and the hit counter. The
# snippets' text, the promotions, the privacy restrictions, the site and the
# navigation come from the cache. Readers who are not signed in share cached
# results too, so theirs is the hit counter alone.
QUERIES = 2 + HIT_QUERIES
# Signed in, also: the session, the user, their groups (for the privacy rules and
# for the header), and the permissions Wagtail's user bar checks.
SIGNED_IN_QUERIES = QUERIES + 6


def restrict_to_members(page) -> PageViewRestriction:
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(members_group())
    return restriction


class TestSearchResults(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        StandardPageFactory(parent=home, title="Zero-fee recruitment guide")
        news = NewsIndexPageFactory(parent=home)
        NewsPageFactory(parent=news, title="Zero-fee recruitment seminar")
        practices = BestPracticeIndexPageFactory(parent=home)
        BestPracticePageFactory(
            parent=practices,
            title="Paying recruitment costs",
            body_text="The company pays every zero-fee recruitment cost.",
        )
        publications = PublicationIndexPageFactory(parent=home)
        cls.report = PublicationPageFactory(
            parent=publications,
            title="Annual report 2023",
            editions=editions(
                ("ja", pdf_document("年次報告書", [JAPANESE_PDF_TEXT], japanese=True)),
                ("en", pdf_document("Annual", [ENGLISH_PDF_TEXT], japanese=False)),
            ),
        )
        group = WorkingGroupPageFactory(parent=home, title="Zero-fee working group")
        cls.minutes = WorkingGroupMaterialPageFactory(
            parent=group,
            title="Minutes of the zero-fee working group",
            body_text="Confidential draft on recruitment fees.",
        )
        restrict_to_members(cls.minutes)
        cls.hidden = StandardPageFactory(parent=home, title="Login-only fee page")
        make_private(cls.hidden)
        User = get_user_model()
        cls.member = User.objects.create_user("member", "m@example.org", "pw")
        cls.member.groups.add(members_group())
        cls.outsider = User.objects.create_user("outsider", "o@example.org", "pw")

    def get(self, query: str, **params):
        response = self.client.get("/ja/search/", {"q": query, **params})
        self.assertEqual(response.status_code, 200)
        return parse_html(response)

    def titles(self, document) -> list[str]:
        return [
            text_of(a)
            for a in document.iterfind(
                ".//main//ul[@class='card-list']//*[@class='card__title']/a"
            )
        ]

    def test_finds_every_page_type(self):
        self.assertCountEqual(
            self.titles(self.get("zero-fee")),
            [
                "Zero-fee recruitment guide",
                "Zero-fee recruitment seminar",
                "Paying recruitment costs",
                "Zero-fee working group",
            ],
        )

    def test_type_filter_links_show_counts_and_narrow_the_results(self):
        document = self.get("zero-fee")
        links = {
            a.get("href").rpartition("type=")[2]: text_of(a)
            for a in document.iterfind(".//main//nav[@class='filters']//a")
        }
        self.assertTrue(links["knowledge.newspage"].endswith("(1)"))
        narrowed = self.client.get(
            "/ja/search/", {"q": "zero-fee", "type": "knowledge.newspage"}
        )
        self.assertEqual(
            self.titles(parse_html(narrowed)), ["Zero-fee recruitment seminar"]
        )

    def test_unknown_type_filter_shows_everything(self):
        self.assertEqual(len(self.titles(self.get("zero-fee", type="no.such"))), 4)

    def test_japanese_phrase_from_a_pdf_finds_its_publication(self):
        self.assertEqual(self.titles(self.get("送り出し国")), ["Annual report 2023"])

    def test_english_phrase_from_a_pdf_finds_its_publication(self):
        self.assertEqual(self.titles(self.get("outreach")), ["Annual report 2023"])

    def test_snippet_shows_the_pdf_passage_with_the_word_marked(self):
        document = self.get("outreach")
        marks = [text_of(m) for m in document.iterfind(".//main//mark")]
        self.assertEqual(marks, ["outreach"])

    def test_members_only_pages_are_absent_for_the_public(self):
        self.assertNotIn(
            "Minutes of the zero-fee working group", self.titles(self.get("minutes"))
        )

    def test_members_only_pages_are_absent_for_logged_in_non_members(self):
        self.client.force_login(self.outsider)
        self.assertEqual(self.titles(self.get("confidential")), [])

    def test_members_only_pages_are_present_for_members(self):
        self.client.force_login(self.member)
        self.assertEqual(
            self.titles(self.get("confidential")),
            ["Minutes of the zero-fee working group"],
        )

    def test_login_only_pages_are_present_for_logged_in_users_only(self):
        self.assertEqual(self.titles(self.get("login-only")), [])
        self.client.force_login(self.outsider)
        self.assertEqual(self.titles(self.get("login-only")), ["Login-only fee page"])

    def test_editors_promotion_is_shown_first(self):
        self.get("self-check")  # none yet: the empty list is cached
        SearchPromotion.objects.create(
            query=Query.get("self-check"),
            page=self.report,
            description="The year in review.",
            sort_order=0,
        )
        document = self.get("self-check")
        section = document.find(".//main//section[@class='search-promotions']")
        self.assertIsNotNone(section)
        self.assertEqual(text_of(section.find(".//h3/a")), "Annual report 2023")

    def test_promotion_of_a_members_only_page_is_hidden_from_the_public(self):
        SearchPromotion.objects.create(
            query=Query.get("minutes"), page=self.minutes, sort_order=0
        )
        document = self.get("minutes")
        self.assertIsNone(document.find(".//main//section[@class='search-promotions']"))

    def test_queries_do_not_grow_with_the_number_of_results(self):
        self.client.force_login(self.outsider)  # signed in: results are not cached
        self.get("zero-fee")  # warm caches
        with self.assertNumQueries(SIGNED_IN_QUERIES):
            self.get("zero-fee")
        for n in range(6):
            StandardPageFactory(parent=japanese_home(), title=f"Zero-fee leaflet {n}")
        self.get("zero-fee")
        with self.assertNumQueries(SIGNED_IN_QUERIES):
            self.assertEqual(len(self.titles(self.get("zero-fee"))), 10)

    def test_anonymous_readers_share_cached_results(self):
        self.get("zero-fee")
        with self.assertNumQueries(HIT_QUERIES):
            again = self.get("zero-fee")
        self.assertEqual(len(self.titles(again)), 4)

    def test_an_odd_page_number_never_fills_page_ones_entry(self):
        with mock.patch("search.results.PER_PAGE", 2):
            for odd in ("-1", "abc", "0"):
                self.get("zero-fee", page=odd)
            shared = self.titles(self.get("zero-fee"))
            cache.clear()
            fresh = self.titles(self.get("zero-fee"))
        self.assertEqual(shared, fresh)
        self.assertEqual(len(fresh), 2)

    def test_a_published_page_reaches_cached_results_at_once(self):
        self.assertEqual(len(self.titles(self.get("zero-fee"))), 4)
        page = StandardPageFactory(
            parent=japanese_home(), title="Zero-fee checklist", live=False
        )
        page.save_revision().publish()
        self.assertIn("Zero-fee checklist", self.titles(self.get("zero-fee")))

    def test_a_members_search_never_reaches_anonymous_readers(self):
        self.assertEqual(self.titles(self.get("confidential")), [])
        self.client.force_login(self.member)
        self.assertEqual(
            self.titles(self.get("confidential")),
            ["Minutes of the zero-fee working group"],
        )
        self.client.logout()
        self.assertEqual(self.titles(self.get("confidential")), [])
        self.client.cookies.clear()
        self.assertEqual(self.titles(self.get("confidential")), [])

    def test_snippet_follows_a_published_edit(self):
        page = StandardPageFactory(
            parent=japanese_home(), body_text="Interpreters at the first interview."
        )
        marks = [text_of(m) for m in self.get("interview").iterfind(".//main//mark")]
        self.assertEqual(marks, ["interview"])
        page.body = paragraph_body("Interpreters at the contract signing interview.")
        page.save_revision().publish()
        document = self.get("interview")
        snippet = text_of(
            document.find(".//main//*[@class='card__summary search-snippet']")
        )
        self.assertIn("contract signing", snippet)

    def test_searches_are_counted_per_query_and_day(self):
        self.get("Zero-fee")
        self.get("  zero-fee ")
        record_hit("zero-fee", date=datetime.date(2026, 1, 2))
        counts = {
            (hits.query.query_string, hits.date.isoformat()): hits.hits
            for hits in QueryDailyHits.objects.select_related("query")
        }
        today = timezone.localdate().isoformat()
        self.assertEqual(
            counts, {("zero-fee", today): 2, ("zero-fee", "2026-01-02"): 1}
        )
        self.assertEqual(Query.objects.count(), 1)


class TestManyResults(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        for n in range(4):
            StandardPageFactory(parent=home, title=f"Labour guide {n}")

    def test_query_matching_very_many_pages_lists_the_newest_first(self):
        with mock.patch("search.results.RANKED_RESULTS_LIMIT", 2):
            response = self.client.get("/ja/search/", {"q": "labour"})
        titles = [
            text_of(a)
            for a in parse_html(response).iterfind(
                ".//main//ul[@class='card-list']//*[@class='card__title']/a"
            )
        ]
        self.assertEqual(titles, [f"Labour guide {n}" for n in (3, 2, 1, 0)])
