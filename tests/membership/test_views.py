"""The member's own pages: account overview, application, plans and reports."""

from django.test import TestCase

from membership import services
from membership.models import ActivityPlan, ProgressReport
from tests.factories.membership import UserFactory, make_member
from tests.helpers import parse_html


class TestAccountPage(TestCase):
    def test_requires_sign_in(self):
        response = self.client.get("/en/members/")
        self.assertEqual(response.status_code, 302)
        self.assertIn("/en/accounts/login/", response["Location"])

    def test_links_to_everything_a_member_manages(self):
        self.client.force_login(make_member())
        response = self.client.get("/en/members/")
        hrefs = {a.get("href") for a in parse_html(response).iterfind(".//main//a")}
        for href in (
            "/en/members/profile/",
            "/en/members/plans/",
            "/en/members/invite/",
            "/en/members/data/",
            "/en/members/delete/",
            "/en/accounts/email/",
            "/en/accounts/2fa/",
        ):
            self.assertIn(href, hrefs)

    def test_links_to_my_registrations_once_events_provides_it(self):
        from django.urls import NoReverseMatch, reverse
        from django.utils import translation

        self.client.force_login(make_member())
        try:
            with translation.override("en"):
                expected = reverse("events:my-registrations")
        except NoReverseMatch:
            expected = None
        response = self.client.get("/en/members/")
        hrefs = {a.get("href") for a in parse_html(response).iterfind(".//main//a")}
        if expected is None:
            self.assertFalse(any("registrations" in (h or "") for h in hrefs))
        else:
            self.assertIn(expected, hrefs)

    def test_person_without_organisation_is_offered_to_apply(self):
        self.client.force_login(UserFactory())
        response = self.client.get("/vi/members/")
        self.assertContains(response, 'href="/vi/members/apply/"')

    def test_renders_in_every_script(self):
        self.client.force_login(make_member())
        for code in ("ja", "my", "km", "th", "ne", "mn", "zh-hans"):
            with self.subTest(language=code):
                response = self.client.get(f"/{code}/members/")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(parse_html(response).get("lang"), code)


class TestPlansAndReports(TestCase):
    def setUp(self):
        self.user = make_member()
        self.client.force_login(self.user)

    def test_file_plan_then_report_with_previous_period_shown(self):
        response = self.client.post(
            "/en/members/plans/2026/", {"zero_fee": "No fees for new hires."}
        )
        self.assertRedirects(response, "/en/members/plans/")
        plan = ActivityPlan.objects.get()
        self.assertEqual(plan.targets, {"zero_fee": "No fees for new hires."})
        response = self.client.post(
            "/en/members/plans/2026/report/1/",
            {"zero_fee": "All 12 hires paid nothing.", "summary": "On track."},
        )
        self.assertRedirects(response, "/en/members/plans/")
        self.assertEqual(ProgressReport.objects.get().summary, "On track.")
        second = self.client.get("/en/members/plans/2026/report/2/")
        self.assertContains(second, "All 12 hires paid nothing.")  # the first half
        self.assertContains(second, "No fees for new hires.")  # the target
        history = self.client.get("/en/members/plans/")
        self.assertContains(history, "On track.")

    def test_empty_plan_answered_400(self):
        response = self.client.post("/en/members/plans/2026/", {})
        self.assertEqual(response.status_code, 400)

    def test_report_before_plan_sends_back_with_message(self):
        response = self.client.get("/en/members/plans/2026/report/1/", follow=True)
        self.assertContains(response, "File the activity plan for this year first.")

    def test_person_without_organisation_gets_404(self):
        self.client.force_login(UserFactory())
        self.assertEqual(self.client.get("/en/members/plans/").status_code, 404)

    def test_plain_member_sees_history_but_cannot_file(self):
        plan = services.file_plan(self.user, 2026, {"zero_fee": "a"})
        colleague = UserFactory()
        invitation = services.invite_colleague(
            self.user, colleague.email, language="en"
        )
        services.accept_invitation(colleague, invitation.token)
        self.client.force_login(colleague)
        self.assertContains(self.client.get("/en/members/plans/"), "2026")
        response = self.client.post("/en/members/plans/2026/", {"zero_fee": "b"})
        self.assertEqual(response.status_code, 302)
        plan.refresh_from_db()
        self.assertEqual(plan.targets, {"zero_fee": "a"})
