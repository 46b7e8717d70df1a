"""The demo's knowledge content: reports with searchable PDFs, best practices, news,
working groups with members-only materials; loading twice changes nothing."""

from django.test import TestCase
from wagtail.models import PageViewRestriction

from home.demo.loader import load_demo
from knowledge.models import (
    BestPracticePage,
    DocumentText,
    NewsPage,
    PublicationPage,
    WorkingGroupMaterialPage,
    WorkingGroupPage,
)
from tests.helpers import parse_html, text_of


class TestKnowledgeDemo(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            load_demo()

    def search_titles(self, language: str, query: str) -> list[str]:
        response = self.client.get(f"/{language}/search/", {"q": query})
        return [
            text_of(a)
            for a in parse_html(response).iterfind(
                ".//main//ul[@class='card-list']//*[@class='card__title']/a"
            )
        ]

    def test_annual_reports_have_japanese_and_english_pdfs(self):
        reports = PublicationPage.objects.filter(
            kind="annual_report", locale__language_code="ja"
        )
        self.assertEqual(sorted(r.year for r in reports), [2022, 2023])
        for report in reports:
            languages = [e["language"] for e in report.edition_list()]
            self.assertEqual(languages, ["ja", "en"])
            self.assertTrue(all(e["page_count"] for e in report.edition_list()))
        editions = [e["document"] for r in reports for e in r.edition_list()]
        self.assertEqual(
            DocumentText.objects.filter(document__in=editions).count(), len(editions)
        )

    def test_phrases_from_the_pdfs_find_the_report(self):
        self.assertIn("年次報告書 2023", self.search_titles("ja", "実施体制を強化"))
        self.assertIn(
            "Annual report 2023", self.search_titles("en", "merged its secretariats")
        )

    def test_counts_of_the_other_content(self):
        ja = {"locale__language_code": "ja"}
        self.assertEqual(BestPracticePage.objects.filter(**ja).count(), 6)
        self.assertTrue(all(p.themes for p in BestPracticePage.objects.all()))
        self.assertGreaterEqual(NewsPage.objects.filter(**ja).count(), 10)
        self.assertEqual(WorkingGroupPage.objects.filter(**ja).count(), 2)
        for material in WorkingGroupMaterialPage.objects.all():
            self.assertTrue(PageViewRestriction.objects.filter(page=material).exists())

    def test_members_only_material_is_not_found_by_the_public(self):
        self.assertEqual(self.search_titles("ja", "第3回分科会 議事録"), [])
        self.assertEqual(self.search_titles("en", "Minutes of the third meeting"), [])

    def test_loading_again_changes_nothing(self):
        self.assertFalse(load_demo().changed)
