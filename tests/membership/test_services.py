"""membership.services: applications, reviews, invitations, plans and reports."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import TestCase
from django.utils import timezone
from django.utils.translation import gettext, override

from core.members import is_member
from membership import services
from membership.models import Invitation, OrganisationState, Role
from tests.factories.membership import (
    ActivityPlanFactory,
    OrganisationFactory,
    UserFactory,
    make_member,
)

APPLICATION = {
    "name_ja": "日越人材支援機構",
    "name_en": "Japan-Vietnam Talent Support",
    "type": "registered_support",
    "industry": "nursing_care",
    "prefecture": "JP-27",
}


class TestApplication(TestCase):
    def test_apply_makes_the_applicant_administrator_of_an_applied_organisation(self):
        user = UserFactory()
        organisation = services.apply_for_membership(user, language="th", **APPLICATION)
        self.assertEqual(organisation.state, OrganisationState.APPLIED)
        self.assertEqual(organisation.language, "th")
        self.assertIsNotNone(organisation.code_of_conduct_agreed_at)
        self.assertEqual(organisation.memberships.get().role, Role.ADMIN)
        self.assertFalse(is_member(user))

    def test_apply_refused_when_already_in_an_organisation(self):
        user = make_member()
        with self.assertRaises(services.AlreadyInOrganisationError):
            services.apply_for_membership(user, language="ja", **APPLICATION)

    def test_approve_adds_people_to_members_group_and_mails_in_their_language(self):
        user = UserFactory()
        organisation = services.apply_for_membership(user, language="vi", **APPLICATION)
        with self.captureOnCommitCallbacks(execute=True):
            services.approve_application(organisation)
        user.refresh_from_db()
        self.assertTrue(is_member(user))
        [message] = mail.outbox
        self.assertEqual(message.to, [user.email])
        with override("vi"):
            expected = gettext("Your JP-MIRAI membership has been approved")
        self.assertEqual(message.subject, expected)
        self.assertIn("/vi/members/", message.body)

    def test_reject_records_the_reason_and_tells_the_applicant(self):
        user = UserFactory()
        organisation = services.apply_for_membership(user, language="en", **APPLICATION)
        with self.captureOnCommitCallbacks(execute=True):
            services.reject_application(organisation, "Not an organisation in scope.")
        organisation.refresh_from_db()
        self.assertEqual(organisation.state, OrganisationState.REJECTED)
        self.assertIn("Not an organisation in scope.", mail.outbox[0].body)
        self.assertFalse(is_member(user))

    def test_reject_refused_for_an_active_member(self):
        organisation = make_member().memberships.get().organisation
        with self.assertRaises(services.InvalidStateError):
            services.reject_application(organisation, "late")

    def test_suspend_and_withdraw_remove_people_from_members_group(self):
        for action in (services.suspend_membership, services.withdraw_membership):
            with self.subTest(action=action.__name__):
                user = make_member()
                self.assertTrue(is_member(user))
                action(user.memberships.get().organisation)
                user.refresh_from_db()
                self.assertFalse(is_member(user))

    def test_approve_again_after_suspension_restores_access(self):
        user = make_member()
        organisation = user.memberships.get().organisation
        services.suspend_membership(organisation)
        services.approve_application(organisation)
        user.refresh_from_db()
        self.assertTrue(is_member(user))


class TestInvitations(TestCase):
    def setUp(self):
        self.admin = make_member()
        self.colleague = UserFactory()

    def test_invited_colleague_joins_as_member_and_sees_members_content(self):
        with self.captureOnCommitCallbacks(execute=True):
            invitation = services.invite_colleague(
                self.admin, self.colleague.email, language="id"
            )
        self.assertIn(invitation.token, mail.outbox[0].body)
        membership = services.accept_invitation(self.colleague, invitation.token)
        self.assertEqual(membership.role, Role.MEMBER)
        self.colleague.refresh_from_db()
        self.assertTrue(is_member(self.colleague))

    def test_invitation_used_twice_refused(self):
        invitation = services.invite_colleague(
            self.admin, "x@example.com", language="ja"
        )
        services.accept_invitation(self.colleague, invitation.token)
        with self.assertRaises(services.InvitationInvalidError):
            services.accept_invitation(UserFactory(), invitation.token)

    def test_expired_invitation_refused(self):
        invitation = services.invite_colleague(
            self.admin, "x@example.com", language="ja"
        )
        Invitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - timedelta(seconds=1)
        )
        with self.assertRaises(services.InvitationInvalidError):
            services.accept_invitation(self.colleague, invitation.token)

    def test_unknown_token_refused(self):
        with self.assertRaises(services.InvitationInvalidError):
            services.accept_invitation(self.colleague, "nope")

    def test_plain_member_cannot_invite(self):
        member = make_member(role=Role.MEMBER)
        with self.assertRaises(services.NotOrganisationAdminError):
            services.invite_colleague(member, "x@example.com", language="ja")

    def test_applied_organisation_cannot_invite_yet(self):
        applicant = make_member(state=OrganisationState.APPLIED)
        with self.assertRaises(services.NotActiveMemberError):
            services.invite_colleague(applicant, "x@example.com", language="ja")


class TestPlansAndReports(TestCase):
    def test_file_plan_keeps_only_known_principles_with_text(self):
        user = make_member()
        plan = services.file_plan(
            user, 2026, {"zero_fee": " No fees ", "safety": "", "bogus": "x"}
        )
        self.assertEqual(plan.targets, {"zero_fee": "No fees"})
        self.assertEqual(plan.submitted_by, user)

    def test_file_plan_twice_updates_the_same_plan(self):
        user = make_member()
        first = services.file_plan(user, 2026, {"zero_fee": "a"})
        second = services.file_plan(user, 2026, {"safety": "b"})
        self.assertEqual(first.pk, second.pk)
        self.assertEqual(second.targets, {"safety": "b"})

    def test_plain_member_cannot_file(self):
        member = make_member(role=Role.MEMBER)
        with self.assertRaises(services.NotOrganisationAdminError):
            services.file_plan(member, 2026, {"zero_fee": "a"})

    def test_report_for_another_organisations_plan_refused(self):
        user = make_member()
        other_plan = ActivityPlanFactory(organisation=OrganisationFactory())
        with self.assertRaises(services.NotOrganisationAdminError):
            services.file_report(user, other_plan, 1, {}, "")

    def test_mark_best_practice_candidate_creates_one_draft(self):
        pytest.importorskip("knowledge.services")
        from tests.factories.core import japanese_home
        from tests.factories.knowledge import BestPracticeIndexPageFactory

        BestPracticeIndexPageFactory(parent=japanese_home())
        user = make_member(industry="nursing_care")
        plan = services.file_plan(user, 2026, {"zero_fee": "No fees"})
        report = services.file_report(user, plan, 1, {"zero_fee": "Done"}, "Summary")
        report = services.mark_best_practice_candidate(report)
        page = report.best_practice_page
        self.assertIsNotNone(page)
        self.assertFalse(page.live)
        again = services.mark_best_practice_candidate(report)
        self.assertEqual(again.best_practice_page_id, page.pk)
        self.assertTrue(again.best_practice_candidate)
        self.assertEqual(page.specific.get_parent().locale.language_code, "ja")

    def test_mark_candidate_without_an_archive_raises_a_membership_error(self):
        pytest.importorskip("knowledge.services")
        user = make_member(industry="nursing_care")
        plan = services.file_plan(user, 2026, {"zero_fee": "No fees"})
        report = services.file_report(user, plan, 1, {"zero_fee": "Done"}, "Summary")
        with self.assertRaises(services.BestPracticeDraftError):
            services.mark_best_practice_candidate(report)
        report.refresh_from_db()
        self.assertFalse(report.best_practice_candidate)


class TestBestPracticeCandidateContract(TestCase):
    """The call to knowledge.services.create_best_practice_draft, with a stand-in."""

    def test_candidate_passes_report_fields_and_records_the_page(self):
        import sys
        import types
        from unittest import mock

        from tests.factories.core import japanese_home

        calls = []
        home = japanese_home()

        def create_best_practice_draft(**kwargs):
            calls.append(kwargs)
            return home

        fake = types.ModuleType("knowledge.services")
        fake.BestPracticeError = type("BestPracticeError", (Exception,), {})
        fake.create_best_practice_draft = create_best_practice_draft
        user = make_member(industry="nursing_care", name_ja="介護みらい")
        plan = services.file_plan(user, 2026, {"zero_fee": "No fees"})
        report = services.file_report(user, plan, 2, {"zero_fee": "Done"}, "Summary")
        with mock.patch.dict(sys.modules, {"knowledge.services": fake}):
            report = services.mark_best_practice_candidate(report, owner=user)
        [call] = calls
        self.assertEqual(call["organisation_name"], "介護みらい")
        self.assertEqual(call["industry"], "nursing_care")
        self.assertEqual(call["principles"], ["zero_fee"])
        self.assertEqual(call["year"], 2026)
        self.assertEqual(call["summary"], "Summary")
        self.assertIn("Done", call["body_text"])
        self.assertEqual(call["owner"], user)
        self.assertEqual(report.best_practice_page_id, home.pk)
