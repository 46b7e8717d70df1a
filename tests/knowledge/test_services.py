"""create_best_practice_draft: what the membership app calls for a candidate."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.utils.translation import override

from knowledge.models import BestPracticePage
from knowledge.services import (
    BestPracticeError,
    InvalidBestPracticeError,
    NoBestPracticeIndexError,
    create_best_practice_draft,
)
from tests.factories.core import japanese_home, translate_page
from tests.factories.knowledge import BestPracticeIndexPageFactory

ARGS = {
    "title": "送り出し手数料の全額負担",
    "organisation_name": "株式会社サンプル建設",
    "industry": "construction",
    "principles": ["zero_fee", "grievance"],
    "year": 2023,
    "summary": "採用にかかる費用を会社が全額負担しています。",
    "body_text": "第一段落。\n\n第二段落 <b>太字ではない</b>。",
}


class TestCreateBestPracticeDraft(TestCase):
    def test_creates_an_unpublished_draft_under_the_japanese_archive(self):
        home = japanese_home()
        index = BestPracticeIndexPageFactory(parent=home)
        translate_page(home, "en")
        translate_page(index, "en", title="Best practices")
        owner = get_user_model().objects.create_user("staff", "s@example.org", "pw")
        page = create_best_practice_draft(**ARGS, owner=owner)
        page = BestPracticePage.objects.get(pk=page.pk)
        self.assertFalse(page.live)
        self.assertEqual(page.get_parent().pk, index.pk)
        self.assertEqual(page.themes, ["zero_fee", "grievance"])
        self.assertEqual(page.owner, owner)
        self.assertIsNotNone(page.latest_revision)
        html = str(page.body[0].value)
        self.assertIn("<p>第一段落。</p>", html)
        self.assertIn("&lt;b&gt;", html)

    def test_without_an_archive_raises_a_clear_error(self):
        with (
            override("en"),
            self.assertRaisesMessage(
                NoBestPracticeIndexError,
                "no best-practice archive in the Japanese site",
            ),
        ):
            create_best_practice_draft(**ARGS)
        self.assertTrue(issubclass(NoBestPracticeIndexError, BestPracticeError))

    def test_unknown_industry_or_theme_is_refused(self):
        BestPracticeIndexPageFactory(parent=japanese_home())
        with self.assertRaises(InvalidBestPracticeError):
            create_best_practice_draft(**{**ARGS, "industry": "mining"})
        with self.assertRaises(InvalidBestPracticeError):
            create_best_practice_draft(**{**ARGS, "principles": ["nope"]})
        self.assertFalse(BestPracticePage.objects.exists())
