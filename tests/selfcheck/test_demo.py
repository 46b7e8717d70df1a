"""The demo self-checks: complete in four languages, the same ids, idempotent."""

from django.test import TestCase, override_settings
from wagtail.models import Locale

from knowledge.models import LawReference
from selfcheck.demo import load_selfcheck_demo
from selfcheck.models import HelpOrganisation, Response, SelfCheckPage
from tests.factories.core import japanese_home, translate_page

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@override_settings(TASKS=DUMMY_TASKS)
class TestSelfCheckDemo(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        for language in ("en", "vi", "id"):
            translate_page(home, language, title="JP-MIRAI")
        cls.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        cls.report = load_selfcheck_demo(japanese_home(), cls.locales)

    def test_both_checks_have_24_questions_in_four_languages_with_the_same_ids(self):
        for slug in ("self-check-after-arrival", "self-check-periodic"):
            pages = SelfCheckPage.objects.filter(slug=slug)
            self.assertEqual(
                {page.locale.language_code for page in pages}, {"ja", "en", "vi", "id"}
            )
            option_ids = set()
            for page in pages:
                questions = page.full_questionnaire.questions
                self.assertEqual(len(questions), 24, page.url)
                option_ids.add(tuple(o.id for q in questions for o in q.options))
                serious = [o for q in questions for o in q.options if o.is_serious]
                self.assertTrue(all(o.laws or o.organisation for o in serious))
                # translated snippets: the law names are in the page's language
                law = next(o.laws[0] for o in serious if o.laws)
                self.assertEqual(law.locale_id, page.locale_id)
            self.assertEqual(len(option_ids), 1, "option ids differ between languages")

    def test_demo_responses_show_suppression(self):
        self.assertEqual(Response.objects.count(), 360)
        page = SelfCheckPage.objects.get(
            slug="self-check-after-arrival", locale__language_code="en"
        )
        response = self.client.get(page.url + "survey-results/")
        self.assertContains(response, "<svg")
        self.assertContains(response, "not shown")

    def test_second_run_changes_nothing(self):
        counts = (
            SelfCheckPage.objects.count(),
            LawReference.objects.count(),
            HelpOrganisation.objects.count(),
            Response.objects.count(),
        )
        report = load_selfcheck_demo(japanese_home(), self.locales)
        self.assertFalse(report.changed)
        self.assertEqual(
            counts,
            (
                SelfCheckPage.objects.count(),
                LawReference.objects.count(),
                HelpOrganisation.objects.count(),
                Response.objects.count(),
            ),
        )
