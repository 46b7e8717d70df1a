"""The admin: aggregates dashboard, employer report, consultation requests."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase, override_settings
from wagtail.users.models import UserProfile

from selfcheck.models import ConsultationRequest
from tests.factories.selfcheck import (
    EmployerCodeFactory,
    ids,
    make_check,
    make_responses,
)


def passport(option):
    return {ids("passport"): ids(option), ids("fee"): ids("fee-no")}


@override_settings(SELFCHECK_MIN_CELL=5)
class TestAggregatesAdmin(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.page = make_check()
        cls.employer = EmployerCodeFactory()
        cls.small = EmployerCodeFactory(code="SMALL")
        make_responses(cls.page, [passport("passport-me")] * 8, employer=cls.employer)
        make_responses(
            cls.page, [passport("passport-employer")] * 6, employer=cls.employer
        )
        make_responses(cls.page, [passport("passport-me")] * 4, employer=cls.small)
        cls.admin = get_user_model().objects.create_superuser(
            "admin", "admin@example.com", "pw"
        )
        # the admin speaks English here, so the assertions read as the UI's source
        profile = UserProfile.get_for_user(cls.admin)
        profile.preferred_language = "en"
        profile.save()
        cls.editor = get_user_model().objects.create_user(
            "editor", "editor@example.com", "pw"
        )
        cls.editor.groups.add(Group.objects.get(name="Editors"))

    def test_dashboard_shows_suppressed_counts(self):
        self.client.force_login(self.admin)
        response = self.client.get("/admin/selfcheck/aggregates/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Who keeps your passport?")
        self.assertContains(response, "<td>12</td>")  # "I keep it": 8 + 4
        self.assertContains(response, "<td>6</td>")

    def test_dashboard_needs_permission(self):
        self.client.force_login(self.editor)
        response = self.client.get("/admin/selfcheck/aggregates/")
        # Wagtail turns PermissionDenied into a redirect to the dashboard
        self.assertEqual((response.status_code, response["Location"]), (302, "/admin/"))

    def test_employer_report_shows_indicators_from_k_responses(self):
        self.client.force_login(self.admin)
        response = self.client.get(f"/admin/selfcheck/employer/{self.employer.pk}/")
        self.assertContains(response, "Retention of identity documents")
        self.assertContains(response, "<td>8</td>")  # no concern
        # serious 6, caution 0: the 0 is under k, so the 6 is hidden with it
        self.assertNotContains(response, "<td>6</td>")

    def test_employer_report_below_k_shows_nothing(self):
        self.client.force_login(self.admin)
        response = self.client.get(f"/admin/selfcheck/employer/{self.small.pk}/")
        self.assertContains(response, "fewer than 5 responses")
        self.assertNotContains(response, "Retention of identity documents")

    def test_consultation_request_edit_keeps_worker_text_read_only(self):
        request = ConsultationRequest.objects.create(
            language="vi",
            channel="phone",
            contact="090",
            topic="wages",
            description="d",
        )
        self.client.force_login(self.admin)
        url = f"/admin/snippets/selfcheck/consultationrequest/edit/{request.pk}/"
        response = self.client.post(
            url,
            {
                "status": "referred",
                "staff_notes": "Sent to the ADR.",
                "contact": "hack",
            },
        )
        self.assertEqual(response.status_code, 302)
        request.refresh_from_db()
        self.assertEqual((request.status, request.contact), ("referred", "090"))
        self.assertEqual(request.staff_notes, "Sent to the ADR.")
