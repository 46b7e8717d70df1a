"""The secretariat's screens: review applications, see who has filed, remind."""

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import TestCase

from core.members import is_member
from membership import services
from membership.models import OrganisationState
from tests.factories.membership import UserFactory, make_member


class AdminCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.staff = get_user_model().objects.create_superuser(
            username="staff", email="staff@example.com", password="x"
        )
        cls.applicant = make_member(state=OrganisationState.APPLIED)
        cls.organisation = cls.applicant.memberships.get().organisation

    def setUp(self):
        self.client.force_login(self.staff)


class TestReview(AdminCase):
    def test_list_and_review_pages_render(self):
        response = self.client.get("/admin/membership/?state=applied")
        self.assertContains(response, self.organisation.name_en)
        response = self.client.get(f"/admin/membership/{self.organisation.pk}/")
        self.assertContains(response, self.applicant.email)

    def test_reject_without_reason_refused(self):
        self.client.post(f"/admin/membership/{self.organisation.pk}/reject/", {})
        self.organisation.refresh_from_db()
        self.assertEqual(self.organisation.state, OrganisationState.APPLIED)

    def test_reject_with_reason_mails_the_applicant(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(
                f"/admin/membership/{self.organisation.pk}/reject/",
                {"reason": "Outside the platform's scope."},
            )
        self.organisation.refresh_from_db()
        self.assertEqual(self.organisation.state, OrganisationState.REJECTED)
        self.assertIn("Outside the platform's scope.", mail.outbox[0].body)

    def test_approve_then_withdraw(self):
        url = f"/admin/membership/{self.organisation.pk}/"
        self.client.post(url + "approve/")
        self.applicant.refresh_from_db()
        self.assertTrue(is_member(self.applicant))
        self.client.post(url + "withdraw/", {"reason": ""})
        self.applicant.refresh_from_db()
        self.assertFalse(is_member(self.applicant))

    def test_action_not_allowed_in_state_shows_message_not_error(self):
        response = self.client.post(
            f"/admin/membership/{self.organisation.pk}/suspend/", follow=True
        )
        self.assertEqual(response.status_code, 200)
        self.organisation.refresh_from_db()
        self.assertEqual(self.organisation.state, OrganisationState.APPLIED)

    def test_people_without_permission_refused(self):
        self.client.force_login(UserFactory())
        response = self.client.get("/admin/membership/")
        self.assertEqual(response.status_code, 302)
        self.client.post(f"/admin/membership/{self.organisation.pk}/approve/")
        self.organisation.refresh_from_db()
        self.assertEqual(self.organisation.state, OrganisationState.APPLIED)


class TestFilingStatus(AdminCase):
    def test_shows_who_has_filed(self):
        diligent = make_member(name_ja="計画提出済み")
        make_member(name_ja="未提出の会員")
        plan = services.file_plan(diligent, 2026, {"zero_fee": "a"})
        services.file_report(diligent, plan, 1, {"zero_fee": "b"}, "")
        response = self.client.get("/admin/membership/filing/?year=2026")
        self.assertEqual(response.status_code, 200)
        rows = {row["organisation"].name_ja: row for row in response.context["rows"]}
        self.assertIsNotNone(rows["計画提出済み"]["plan"])
        self.assertIsNotNone(rows["計画提出済み"]["reports"][0])
        self.assertIsNone(rows["未提出の会員"]["plan"])

    def test_send_reminders_button(self):
        make_member()
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post("/admin/membership/filing/remind/")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(mail.outbox)

    def test_mark_candidate_records_the_draft_page(self):
        import sys
        import types
        from unittest import mock

        from tests.factories.core import japanese_home

        fake = types.ModuleType("knowledge.services")
        fake.BestPracticeError = type("BestPracticeError", (Exception,), {})
        fake.create_best_practice_draft = lambda **kwargs: japanese_home()
        member = make_member()
        plan = services.file_plan(member, 2026, {"zero_fee": "a"})
        report = services.file_report(member, plan, 1, {"zero_fee": "b"}, "ok")
        with mock.patch.dict(sys.modules, {"knowledge.services": fake}):
            response = self.client.post(
                f"/admin/membership/reports/{report.pk}/candidate/"
            )
        self.assertRedirects(
            response,
            "/admin/membership/filing/?year=2026",
            fetch_redirect_response=False,
        )
        report.refresh_from_db()
        self.assertTrue(report.best_practice_candidate)
        self.assertEqual(report.best_practice_page_id, japanese_home().pk)
        page = self.client.get("/admin/membership/filing/?year=2026")
        self.assertContains(page, f"/admin/pages/{japanese_home().pk}/edit/")
