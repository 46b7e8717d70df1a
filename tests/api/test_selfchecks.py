"""The self-check through the API: the questionnaire, and anonymous submissions that
give the site's result and store the site's anonymous row; rate-limited."""

import json

from django.core.cache import cache
from django.test import TestCase
from django.utils.translation import gettext, override

from api.routers import selfchecks
from selfcheck.models import Response
from tests.api.common import API
from tests.factories.core import translate_page
from tests.factories.selfcheck import (
    EmployerCodeFactory,
    HelpOrganisationFactory,
    LawReferenceFactory,
    ids,
    make_check,
)
from tests.selfcheck.helpers import CheckClient, answer


def in_japanese(message: str) -> str:
    with override("ja"):
        return gettext(message)


CONSENT = "Please tick the box to show that you agree, then start."
ANSWERS = {
    ids("passport"): ids("passport-employer"),
    ids("fee"): ids("fee-unsure"),
    ids("wage"): ids("wage-yes"),
}


class SelfCheckApiTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.page = make_check(
            law=LawReferenceFactory(), organisation=HelpOrganisationFactory()
        )

    def setUp(self):
        cache.clear()

    def submit(self, body, page=None, status=200, **extra):
        page = page or self.page
        response = self.client.post(
            f"{API}/self-checks/{page.pk}/responses/",
            json.dumps(body),
            content_type="application/json",
            **extra,
        )
        self.assertEqual(response.status_code, status, response.content[:800])
        return response.json()

    def valid(self, **changes):
        return {"consent": True, "answers": dict(ANSWERS), **changes}


class TestQuestionnaire(SelfCheckApiTestCase):
    def test_questionnaire_lists_sections_questions_and_option_ids(self):
        data = self.client.get(f"{API}/self-checks/{self.page.pk}/").json()
        self.assertEqual(data["locale"], "ja")
        self.assertEqual([s["title"] for s in data["sections"]], ["Documents", "Wages"])
        question = data["sections"][0]["questions"][0]
        self.assertEqual(question["id"], ids("passport"))
        self.assertEqual(
            [o["id"] for o in question["options"]],
            [ids("passport-me"), ids("passport-employer")],
        )
        self.assertNotIn("risk", json.dumps(data))
        names = [field["name"] for field in data["context_fields"]]
        self.assertIn("nationality", names)

    def test_questionnaire_in_the_translation_language(self):
        english = translate_page(self.page, "en", title="Check in English")
        data = self.client.get(f"{API}/self-checks/{english.pk}/").json()
        self.assertEqual((data["locale"], data["title"]), ("en", "Check in English"))

    def test_questionnaire_404_for_draft_or_other_page(self):
        draft = make_check(slug="draft-check")
        draft.unpublish()
        for page_id in (draft.pk, self.page.get_parent().pk):
            response = self.client.get(f"{API}/self-checks/{page_id}/")
            self.assertEqual(response.status_code, 404)


class TestSubmission(SelfCheckApiTestCase):
    def test_submission_returns_the_site_result(self):
        check = CheckClient(self.client, self.page)
        first = check.step(check.start())
        second = check.step(
            first,
            answer(
                [ids("passport"), ids("fee")],
                [ANSWERS[ids("passport")], ANSWERS[ids("fee")]],
            ),
        )
        site = check.step(second, answer([ids("wage")], [ANSWERS[ids("wage")]]))
        site_findings = [
            (
                f.question.id,
                f.option.id,
                f.risk,
                f.option.explanation,
                f.option.action,
                [law.pk for law in f.option.laws],
                f.option.desk,
                f.option.organisation.name if f.option.organisation else None,
            )
            for f in site.context["findings"]
        ]
        data = self.submit(self.valid())
        api_findings = [
            (
                f["question_id"],
                f["option_id"],
                f["risk"],
                f["explanation"],
                f["action"],
                [law["id"] for law in f["laws"]],
                f["referrals"]["desk"],
                (f["referrals"]["organisation"] or {}).get("name"),
            )
            for f in data["findings"]
        ]
        self.assertEqual(api_findings, site_findings)
        self.assertEqual(len(api_findings), 2)
        self.assertEqual(data["serious_count"], 1)
        self.assertEqual(data["findings"][0]["laws"][0]["law"], "Labour Standards Act")

    def test_submission_stores_the_same_anonymous_row(self):
        EmployerCodeFactory(code="ACME1")
        self.submit(
            self.valid(context={"nationality": "VN", "employer_code": " acme1 "}),
            REMOTE_ADDR="203.0.113.7",
            HTTP_USER_AGENT="Phone/1.0",
        )
        row = Response.objects.get()
        self.assertEqual(row.answers, ANSWERS)
        self.assertEqual((row.nationality, row.language), ("VN", "ja"))
        self.assertEqual(row.employer.code, "ACME1")
        stored = str({f.name: getattr(row, f.name) for f in row._meta.fields})
        self.assertNotIn("203.0.113.7", stored)
        self.assertNotIn("Phone/1.0", stored)
        self.assertNotIn("203.0.113.7", str(cache._cache.keys()))  # ty: ignore

    def test_missing_consent_is_refused_and_nothing_stored(self):
        data = self.submit(self.valid(consent=False), status=400)
        self.assertEqual(data["detail"], in_japanese(CONSENT))
        self.assertNotEqual(data["detail"], CONSENT)
        body = self.valid()
        del body["consent"]
        self.submit(body, status=422)
        self.assertFalse(Response.objects.exists())

    def test_unknown_ids_are_422_with_clear_messages(self):
        answers = dict(ANSWERS)
        answers[ids("wage")] = "not-an-option"
        answers["no-such-question"] = ids("wage-yes")
        data = self.submit(self.valid(answers=answers), status=422)
        messages = [error["msg"] for error in data["errors"]]
        self.assertIn("No question of this check.", messages)
        self.assertIn(
            in_japanese("This answer is not one of the choices. Please choose again."),
            messages,
        )
        self.assertFalse(Response.objects.exists())

    def test_missing_answer_is_422(self):
        answers = dict(ANSWERS)
        del answers[ids("wage")]
        data = self.submit(self.valid(answers=answers), status=422)
        self.assertEqual(
            data["errors"][0]["msg"], in_japanese("Please answer every question.")
        )

    def test_context_is_validated_like_the_site(self):
        data = self.submit(
            self.valid(context={"nationality": "XX", "employer_code": "NOPE"}),
            status=422,
        )
        locations = [error["loc"][-1] for error in data["errors"]]
        self.assertEqual(sorted(locations), ["employer_code", "nationality"])
        self.assertFalse(Response.objects.exists())

    def test_bad_json_is_4xx_not_500(self):
        response = self.client.post(
            f"{API}/self-checks/{self.page.pk}/responses/",
            "{not json",
            content_type="application/json",
        )
        self.assertIn(response.status_code, (400, 422))

    def test_messages_follow_the_page_language(self):
        vietnamese = translate_page(self.page, "vi", title="Tự kiểm tra")
        data = self.submit(self.valid(consent=False), page=vietnamese, status=400)
        with override("vi"):
            self.assertEqual(data["detail"], gettext(CONSENT))
        self.assertNotEqual(data["detail"], in_japanese(CONSENT))


class TestRateLimit(SelfCheckApiTestCase):
    def test_too_many_submissions_from_one_address_get_429(self):
        for _ in range(selfchecks.RATE_LIMIT):
            self.submit(self.valid(), REMOTE_ADDR="198.51.100.1")
        data = self.submit(self.valid(), REMOTE_ADDR="198.51.100.1", status=429)
        self.assertIn("Too many", data["detail"])
        self.assertEqual(Response.objects.count(), selfchecks.RATE_LIMIT)
        self.submit(self.valid(), REMOTE_ADDR="198.51.100.2")
