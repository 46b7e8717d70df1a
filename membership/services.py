"""Every write to membership data: applications, reviews, invitations, plans, reports.

Each public function runs in one transaction and raises a ``MembershipError``
subclass with a translated message safe to show. Mail goes out in
``transaction.on_commit``, in the applicant's language (membership.mail).
"""

from importlib import import_module

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.cache import bump_content_version
from core.members import members_group
from core.taxonomy import Principle
from membership import mail
from membership.models import (
    ActivityPlan,
    Invitation,
    Membership,
    Organisation,
    OrganisationState,
    ProgressReport,
    Role,
)


class MembershipError(Exception):
    """A request the membership rules do not allow; ``str()`` is for the reader."""


class AlreadyInOrganisationError(MembershipError):
    def __init__(self):
        super().__init__(_("You already belong to an organisation."))


class InvalidStateError(MembershipError):
    def __init__(self):
        super().__init__(_("This organisation is not in a state that allows this."))


class InvitationInvalidError(MembershipError):
    def __init__(self):
        super().__init__(
            _(
                "This invitation has expired or has already been used. "
                "Ask for a new one."
            )
        )


class NotOrganisationAdminError(MembershipError):
    def __init__(self):
        super().__init__(_("Only your organisation's administrators can do this."))


class BestPracticeDraftError(MembershipError):
    """knowledge could not create the draft; its message is for staff."""


class NotActiveMemberError(MembershipError):
    def __init__(self):
        super().__init__(_("Your organisation is not an active member yet."))


def organisation_of(user) -> Membership | None:
    """The person's membership (with its organisation), or None."""
    if not user.is_authenticated:
        return None
    return Membership.objects.select_related("organisation").filter(user=user).first()


def can_register_for_members_events(user) -> bool:
    """For events: whether the person belongs to an active member organisation."""
    membership = organisation_of(user)
    return membership is not None and membership.organisation.is_active


@transaction.atomic
def apply_for_membership(
    user: AbstractBaseUser, *, language: str, **fields
) -> Organisation:
    """Record an application; the applicant becomes the organisation's administrator."""
    if Membership.objects.filter(user=user).exists():
        raise AlreadyInOrganisationError
    now = timezone.now()
    organisation = Organisation.objects.create(
        **fields,
        state=OrganisationState.APPLIED,
        applied_by=user,
        applied_at=now,
        code_of_conduct_agreed_at=now,
        language=language,
    )
    Membership.objects.create(user=user, organisation=organisation, role=Role.ADMIN)
    return organisation


def _set_group(organisation: Organisation, *, member: bool) -> None:
    group = members_group()
    for membership in organisation.memberships.select_related("user"):
        if member:
            membership.user.groups.add(group)
        else:
            membership.user.groups.remove(group)


def _change_state(
    organisation_id: int, allowed: set[str], new_state: str, reason: str = ""
) -> Organisation:
    organisation = Organisation.objects.select_for_update().get(pk=organisation_id)
    if organisation.state not in allowed:
        raise InvalidStateError
    organisation.state = new_state
    organisation.state_reason = reason
    organisation.reviewed_at = timezone.now()
    organisation.save(update_fields=["state", "state_reason", "reviewed_at"])
    _set_group(organisation, member=new_state == OrganisationState.ACTIVE)
    # The public directory (and any cached copy of it) changes with the state.
    transaction.on_commit(bump_content_version)
    return organisation


@transaction.atomic
def approve_application(organisation: Organisation) -> Organisation:
    """Make the organisation a member: its people join the Members group."""
    organisation = _change_state(
        organisation.pk,
        {OrganisationState.APPLIED, OrganisationState.SUSPENDED},
        OrganisationState.ACTIVE,
    )
    transaction.on_commit(lambda: mail.send_decision(organisation))
    return organisation


@transaction.atomic
def reject_application(organisation: Organisation, reason: str) -> Organisation:
    organisation = _change_state(
        organisation.pk,
        {OrganisationState.APPLIED},
        OrganisationState.REJECTED,
        reason,
    )
    transaction.on_commit(lambda: mail.send_decision(organisation))
    return organisation


@transaction.atomic
def suspend_membership(organisation: Organisation, reason: str = "") -> Organisation:
    organisation = _change_state(
        organisation.pk,
        {OrganisationState.ACTIVE},
        OrganisationState.SUSPENDED,
        reason,
    )
    transaction.on_commit(lambda: mail.send_decision(organisation))
    return organisation


@transaction.atomic
def withdraw_membership(organisation: Organisation, reason: str = "") -> Organisation:
    return _change_state(
        organisation.pk,
        {OrganisationState.ACTIVE, OrganisationState.SUSPENDED},
        OrganisationState.WITHDRAWN,
        reason,
    )


def _require_admin(user) -> Membership:
    membership = organisation_of(user)
    if membership is None or membership.role != Role.ADMIN:
        raise NotOrganisationAdminError
    return membership


@transaction.atomic
def invite_colleague(user, email: str, *, language: str) -> Invitation:
    membership = _require_admin(user)
    if not membership.organisation.is_active:
        raise NotActiveMemberError
    invitation = Invitation.objects.create(
        organisation=membership.organisation, email=email, invited_by=user
    )
    transaction.on_commit(lambda: mail.send_invitation(invitation, language))
    return invitation


@transaction.atomic
def accept_invitation(user, token: str) -> Membership:
    invitation = (
        Invitation.objects.select_for_update()
        .select_related("organisation")
        .filter(token=token)
        .first()
    )
    if invitation is None or not invitation.is_usable:
        raise InvitationInvalidError
    if Membership.objects.filter(user=user).exists():
        raise AlreadyInOrganisationError
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    membership = Membership.objects.create(
        user=user, organisation=invitation.organisation, role=Role.MEMBER
    )
    if invitation.organisation.is_active:
        user.groups.add(members_group())
    return membership


def _clean_entries(entries: dict[str, str]) -> dict[str, str]:
    return {
        code: text.strip()
        for code, text in entries.items()
        if code in Principle.values and text and text.strip()
    }


def _require_active_admin(user) -> Organisation:
    membership = _require_admin(user)
    if not membership.organisation.is_active:
        raise NotActiveMemberError
    return membership.organisation


@transaction.atomic
def file_plan(user, year: int, targets: dict[str, str]) -> ActivityPlan:
    """Create or update the organisation's plan for ``year``."""
    organisation = _require_active_admin(user)
    plan, _created = ActivityPlan.objects.update_or_create(
        organisation=organisation,
        year=year,
        defaults={
            "targets": _clean_entries(targets),
            "submitted_by": user,
            "submitted_at": timezone.now(),
        },
    )
    return plan


@transaction.atomic
def file_report(
    user, plan: ActivityPlan, half: int, progress: dict[str, str], summary: str
) -> ProgressReport:
    organisation = _require_active_admin(user)
    if plan.organisation_id != organisation.pk:
        raise NotOrganisationAdminError
    try:
        report, _created = ProgressReport.objects.update_or_create(
            plan=plan,
            half=half,
            defaults={
                "progress": _clean_entries(progress),
                "summary": summary.strip(),
                "submitted_by": user,
                "submitted_at": timezone.now(),
            },
        )
    except IntegrityError as error:  # a concurrent first filing of the same half
        raise InvalidStateError from error
    return report


@transaction.atomic
def mark_best_practice_candidate(report: ProgressReport, owner=None):
    """Flag the report and create a draft best-practice page for editors (once)."""
    # Imported here: membership does not depend on knowledge at import time.
    knowledge_services = import_module("knowledge.services")

    report = (
        ProgressReport.objects.select_for_update()
        .select_related("plan__organisation")
        .get(pk=report.pk)
    )
    if report.best_practice_page_id is None:
        organisation = report.plan.organisation
        principles = [code for code in Principle.values if report.progress.get(code)]
        body = "\n\n".join(
            f"{label}: {progress}"
            for label, _target, progress in report.progress_rows()
        )
        try:
            page = knowledge_services.create_best_practice_draft(
                title=f"{organisation.name_ja} {report.plan.year}",
                organisation_name=organisation.name_ja,
                industry=organisation.industry,
                principles=principles,
                year=report.plan.year,
                summary=report.summary,
                body_text=body,
                owner=owner,
            )
        except knowledge_services.BestPracticeError as error:
            raise BestPracticeDraftError(str(error)) from error
        report.best_practice_page = page
    report.best_practice_candidate = True
    report.save(update_fields=["best_practice_candidate", "best_practice_page"])
    return report
