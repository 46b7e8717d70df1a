"""The self-check page type: tree rules, every locale, constant queries."""

from django.test import TestCase
from wagtail.test.utils import WagtailPageTestCase

from config.languages import LANGUAGE_CODES
from home.models import HomePage
from selfcheck.models import SelfCheckPage
from tests.factories.core import japanese_home, localize_page, translate_page
from tests.factories.selfcheck import (
    HelpOrganisationFactory,
    LawReferenceFactory,
    ids,
    make_check,
    make_responses,
)
from tests.selfcheck.helpers import CheckClient, answer


class TestPageType(WagtailPageTestCase):
    def test_can_be_created_under_home(self):
        self.assertCanCreateAt(HomePage, SelfCheckPage)
        self.assertAllowedSubpageTypes(SelfCheckPage, {})

    def test_renders_in_every_locale_with_the_same_block_ids(self):
        page = make_check()
        for language in LANGUAGE_CODES:
            if language != "ja":
                translate_page(japanese_home(), language, title="JP-MIRAI")
                translate_page(page, language, title=f"Self-check {language}")
        for translation in SelfCheckPage.objects.all():
            language = translation.locale.language_code
            with self.subTest(language=language):
                self.assertEqual(translation.url, f"/{language}/self-check/")
                response = self.client.get(translation.url)
                self.assertContains(response, f'<html lang="{language}"')
                self.assertContains(
                    response,
                    f"Self-check {language}" if language != "ja" else "Self-check",
                )
                results = self.client.get(translation.url + "survey-results/")
                self.assertEqual(results.status_code, 200)
                questions = translation.questionnaire.questions
                self.assertEqual(questions[0].options[1].id, ids("passport-employer"))

    def test_wagtail_localize_translation_keeps_ids_and_renders(self):
        page = make_check()
        translate_page(japanese_home(), "vi", title="JP-MIRAI")
        translated = localize_page(
            page, "vi", {"Who keeps your passport?": "Ai giữ hộ chiếu của bạn?"}
        )
        question = translated.questionnaire.questions[0]
        self.assertEqual(question.text, "Ai giữ hộ chiếu của bạn?")
        self.assertEqual(question.id, ids("passport"))
        response = CheckClient(self.client, translated, "vi").start()
        self.assertContains(response, "vi")


class TestQueryCounts(TestCase):
    """The questionnaire and the results cost the same number of queries whatever
    the number of questions or responses."""

    @classmethod
    def setUpTestData(cls):
        cls.page = make_check(
            law=LawReferenceFactory(), organisation=HelpOrganisationFactory()
        )

    def warm(self, url, method="get", data=None):
        getattr(self.client, method)(url, data or {})

    def test_results_page_queries_do_not_grow_with_responses(self):
        url = self.page.url + "survey-results/"
        answers = {ids("passport"): ids("passport-me"), ids("fee"): ids("fee-no")}
        make_responses(self.page, [answers] * 12, nationality="VN")
        self.warm(url)
        with self.assertNumQueries(2) as few:
            self.client.get(url)
        make_responses(self.page, [answers] * 200, nationality="ID")
        with self.assertNumQueries(len(few.captured_queries)):
            response = self.client.get(url)
        self.assertContains(response, "<svg")

    def test_consent_and_step_queries_are_constant(self):
        check = CheckClient(self.client, self.page)
        self.warm(self.page.url)
        with self.assertNumQueries(1):
            self.client.get(self.page.url)
        check.start()
        with self.assertNumQueries(1):
            first = check.start()
        with self.assertNumQueries(1):
            second = check.step(first)
        with self.assertNumQueries(1):
            third = check.step(
                second,
                answer(
                    [ids("passport"), ids("fee")], [ids("passport-me"), ids("fee-no")]
                ),
            )
        with self.assertNumQueries(4):  # + the response, the laws, the organisations
            check.step(third, answer([ids("wage")], [ids("wage-no")]))
