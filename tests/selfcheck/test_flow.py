"""Taking the check: consent, context, sections, back, result; and bad input."""

from django.core import signing
from django.test import TestCase
from django.utils.translation import gettext, override

from selfcheck.models import Response
from selfcheck.state import SALT
from tests.factories.core import LocaleFactory
from tests.factories.selfcheck import (
    EmployerCodeFactory,
    HelpOrganisationFactory,
    LawReferenceFactory,
    ids,
    make_check,
)
from tests.selfcheck.helpers import CheckClient, answer, read_state, state_of

SECTION_1 = answer(
    [ids("passport"), ids("fee")], [ids("passport-employer"), ids("fee-no")]
)
SECTION_2 = answer([ids("wage")], [ids("wage-yes")])
STATE_PROBLEM = (
    "Your answers could not be read: the form was changed, or it was open for "
    "too long. Nothing was saved. Please start the check again."
)


class FlowTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.page = make_check(
            law=LawReferenceFactory(), organisation=HelpOrganisationFactory()
        )

    def setUp(self):
        self.check = CheckClient(self.client, self.page)


class TestTakingTheCheck(FlowTestCase):
    def test_full_journey_stores_one_anonymous_response(self):
        first = self.check.step(self.check.start(), {"nationality": "VN"})
        second = self.check.step(first, SECTION_1)
        result = self.check.step(second, SECTION_2)
        self.assertEqual(result.status_code, 200)
        self.assertTemplateUsed(result, "selfcheck/result.html")
        response = Response.objects.get()
        self.assertEqual(
            response.answers,
            {
                ids("passport"): ids("passport-employer"),
                ids("fee"): ids("fee-no"),
                ids("wage"): ids("wage-yes"),
            },
        )
        self.assertEqual(response.nationality, "VN")
        self.assertEqual(response.language, "ja")

    def test_result_lists_serious_concern_with_law_and_referral(self):
        first = self.check.step(self.check.start())
        result = self.check.step(self.check.step(first, SECTION_1), SECTION_2)
        html = result.content.decode()
        self.assertIn('class="callout callout--danger"', html)
        self.assertIn("Who keeps your passport?", html)
        self.assertIn("Labour Standards Act Article 24", html)
        self.assertIn("Labour Standards Inspection Office", html)
        self.assertIn("/ja/self-check/contact/", html)
        self.assertNotIn("Is your wage paid in full?", html)  # no concern: not listed

    def test_back_keeps_the_answers_of_both_screens(self):
        first = self.check.step(self.check.start(), {"industry": "construction"})
        second = self.check.step(first, SECTION_1)
        back = self.check.step(second, {}, action="back")
        self.assertContains(back, f'value="{ids("passport-employer")}"')
        self.assertContains(back, "checked")
        self.assertEqual(
            read_state(back)["a"][ids("passport")], ids("passport-employer")
        )
        to_context = self.check.step(back, {}, action="back")
        self.assertContains(to_context, '<option value="construction" selected>')

    def test_partial_answers_survive_going_back(self):
        first = self.check.step(self.check.start())
        partial = {f"q-{ids('passport')}": ids("passport-me")}
        second_try = self.check.step(first, partial)
        self.assertEqual(second_try.status_code, 400)  # one question unanswered
        self.assertEqual(
            read_state(second_try)["a"], {ids("passport"): ids("passport-me")}
        )

    def test_progress_is_shown_on_every_step(self):
        check = CheckClient(self.client, self.page, "en")
        self.assertContains(check.start(), "Step 1 of 3")
        first = check.step(check.start())
        self.assertContains(first, "Step 2 of 3")
        self.assertContains(check.step(first, SECTION_1), "Step 3 of 3")

    def test_no_cookie_is_set_at_any_step(self):
        responses = [self.client.get(self.page.url), self.check.start()]
        responses.append(self.check.step(responses[-1]))
        responses.append(self.check.step(responses[-1], SECTION_1))
        responses.append(self.check.step(responses[-1], SECTION_2))
        for response in responses:
            self.assertEqual(response.cookies, {}, response.request["PATH_INFO"])
        self.assertEqual(self.client.cookies, {})

    def test_steps_are_not_cached(self):
        response = self.check.start()
        self.assertIn("no-store", response["Cache-Control"])

    def test_employer_code_is_stored_with_the_response(self):
        employer = EmployerCodeFactory(code="ACME1")
        first = self.check.step(self.check.start(), {"employer_code": " acme1 "})
        self.check.step(self.check.step(first, SECTION_1), SECTION_2)
        self.assertEqual(Response.objects.get().employer, employer)


class TestBadInput(FlowTestCase):
    def assert_translated_problem(self, response, message, language="vi"):
        self.assertEqual(response.status_code, 400)
        with override(language):
            translated = gettext(message)
        self.assertNotEqual(translated, message, "the message is not translated")
        self.assertContains(response, translated, status_code=400)
        self.assertEqual(Response.objects.count(), 0)

    def test_missing_consent_gets_translated_message(self):
        check = CheckClient(self.client, self.page, "vi")
        response = self.client.post(f"{check.base}/start/", {})
        self.assert_translated_problem(
            response, "Please tick the box to show that you agree, then start."
        )

    def test_unknown_employer_code_gets_translated_message(self):
        check = CheckClient(self.client, self.page, "vi")
        response = check.step(check.start(), {"employer_code": "NOPE"})
        self.assert_translated_problem(
            response,
            "We do not know this employer code. Check it, or leave the box "
            "empty: the check works without it.",
        )

    def test_tampered_state_gets_translated_message(self):
        check = CheckClient(self.client, self.page, "vi")
        state = state_of(check.start())
        response = self.client.post(
            f"{check.base}/step/", {"state": state[:-3] + "abc"}
        )
        self.assert_translated_problem(response, STATE_PROBLEM)

    def test_state_with_forged_answers_is_refused(self):
        forged = signing.dumps(
            {"k": self.page.check_key, "s": 1, "c": {}, "a": {"x": "y"}},
            salt="another-salt",
        )
        response = self.client.post(
            f"/vi/self-check/{self.page.pk}/step/", {"state": forged}
        )
        self.assert_translated_problem(response, STATE_PROBLEM)

    def test_state_of_another_check_is_refused(self):
        other = make_check(slug="other-check")
        state = state_of(CheckClient(self.client, other, "vi").start())
        response = self.client.post(
            f"/vi/self-check/{self.page.pk}/step/", {"state": state}
        )
        self.assert_translated_problem(response, STATE_PROBLEM)

    def test_step_out_of_range_is_refused(self):
        state = signing.dumps(
            {"k": self.page.check_key, "s": 9, "c": {}, "a": {}},
            salt=SALT,
            compress=True,
        )
        response = self.client.post(
            f"/vi/self-check/{self.page.pk}/step/", {"state": state}
        )
        self.assert_translated_problem(response, STATE_PROBLEM)

    def test_tampered_answer_gets_translated_message(self):
        check = CheckClient(self.client, self.page, "vi")
        first = check.step(check.start())
        response = check.step(
            first, {f"q-{ids('passport')}": "not-an-option", f"q-{ids('fee')}": ""}
        )
        self.assert_translated_problem(
            response,
            "An answer was not one of the choices. Nothing was saved. "
            "Please start the check again.",
        )

    def test_tampered_answer_in_state_is_not_stored(self):
        state = signing.dumps(
            {
                "k": self.page.check_key,
                "s": 2,
                "c": {},
                "a": {ids("passport"): "forged", ids("fee"): ids("fee-no")},
            },
            salt=SALT,
            compress=True,
        )
        response = self.client.post(
            f"/vi/self-check/{self.page.pk}/step/", {"state": state, **SECTION_2}
        )
        self.assert_translated_problem(response, "Please answer every question.")

    def test_garbage_posts_never_fail_with_500(self):
        base = f"/vi/self-check/{self.page.pk}"
        for data in ({}, {"state": ""}, {"state": "x" * 5000}, {"action": "back"}):
            with self.subTest(data=data):
                response = self.client.post(f"{base}/step/", data)
                self.assertEqual(response.status_code, 400)
        self.assertEqual(self.client.get(f"{base}/step/").status_code, 405)
        self.assertEqual(
            self.client.post("/vi/self-check/999999/step/").status_code, 404
        )

    def test_unpublished_check_cannot_be_taken(self):
        self.page.unpublish()
        response = self.client.post(f"/ja/self-check/{self.page.pk}/start/")
        self.assertEqual(response.status_code, 404)


class TestResultInReaderLanguage(TestCase):
    def test_untranslated_check_names_the_law_in_the_readers_language(self):
        law = LawReferenceFactory(law="労働基準法", summary="賃金は全額払い。")
        vietnamese = law.copy_for_translation(LocaleFactory(language_code="vi"))
        vietnamese.law, vietnamese.summary = "Luật Tiêu chuẩn Lao động", "Trả đủ lương."
        vietnamese.save()
        page = make_check(law=law, organisation=HelpOrganisationFactory())
        check = CheckClient(self.client, page, "vi")
        first = check.step(check.start())
        result = check.step(check.step(first, SECTION_1), SECTION_2)
        self.assertContains(result, "Luật Tiêu chuẩn Lao động")
        self.assertContains(result, "Trả đủ lương.")
        self.assertNotContains(result, "賃金は全額払い。")
        # the organisation has no Vietnamese translation: shown as it is
        self.assertContains(result, "Labour Standards Inspection Office")
