"""The demo members: a dozen organisations, pending applications, plans and
reports, a members-only document; loading twice changes nothing."""

from django.test import TestCase

from membership.demo import DOCUMENT_TITLE, load_demo_members
from membership.models import (
    ActivityPlan,
    Organisation,
    OrganisationState,
    ProgressReport,
)


class TestDemoMembers(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.report = load_demo_members()

    def test_a_dozen_active_members_of_mixed_types_and_pending_applications(self):
        active = Organisation.objects.active()
        self.assertGreaterEqual(active.count(), 12)
        self.assertGreaterEqual(len(set(active.values_list("type", flat=True))), 9)
        applied = Organisation.objects.filter(state=OrganisationState.APPLIED)
        self.assertGreaterEqual(applied.count(), 3)

    def test_plans_and_reports_for_the_current_year(self):
        self.assertGreaterEqual(ActivityPlan.objects.count(), 8)
        self.assertGreaterEqual(ProgressReport.objects.count(), 5)

    def test_logins_for_a_member_and_an_applicant(self):
        states = [state for _email, _password, state in self.report.logins]
        self.assertEqual(states, ["active", "applied"])

    def test_members_document_is_in_the_restricted_collection(self):
        from wagtail.documents import get_document_model

        document = get_document_model().objects.get(title=DOCUMENT_TITLE)
        self.assertTrue(document.collection.get_view_restrictions().exists())
        self.assertEqual(self.client.get(document.url).status_code, 302)

    def test_second_load_changes_nothing(self):
        again = load_demo_members()
        self.assertFalse(again.changed)
        self.assertEqual(Organisation.objects.count(), 15)
