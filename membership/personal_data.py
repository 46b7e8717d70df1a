"""Membership's part of a person's data: roles, invitations, plans and reports.

Discovered like every app's ``personal_data`` module by membership.privacy.
"""

from django.db.models import Q

from membership.models import (
    ActivityPlan,
    Invitation,
    Membership,
    Organisation,
    OrganisationState,
    ProgressReport,
)


def export(user) -> dict:
    memberships = Membership.objects.filter(user=user).select_related("organisation")
    return {
        "organisation_roles": [
            {
                "organisation": m.organisation.name_en or m.organisation.name_ja,
                "organisation_ja": m.organisation.name_ja,
                "role": m.role,
                "state": m.organisation.state,
                "joined_at": m.joined_at.isoformat(),
            }
            for m in memberships
        ],
        "organisations_applied_for": [
            {
                "name_ja": o.name_ja,
                "name_en": o.name_en,
                "contact_name": o.contact_name,
                "contact_email": o.contact_email,
                "applied_at": o.applied_at.isoformat(),
            }
            for o in Organisation.objects.filter(
                Q(applied_by=user) | Q(contact_email__iexact=user.email)
            )
        ],
        "invitations_received": [
            {"organisation": i.organisation.name_en, "email": i.email}
            for i in Invitation.objects.filter(email__iexact=user.email).select_related(
                "organisation"
            )
        ],
        "activity_plans": [
            {"year": p.year, "targets": p.targets, "submitted_at": p.submitted_at}
            for p in ActivityPlan.objects.filter(submitted_by=user)
        ],
        "progress_reports": [
            {
                "year": r.plan.year,
                "half": r.half,
                "progress": r.progress,
                "summary": r.summary,
                "submitted_at": r.submitted_at,
            }
            for r in ProgressReport.objects.filter(submitted_by=user).select_related(
                "plan"
            )
        ],
    }


def erase(user) -> None:
    """Remove the person from membership data; the organisation's plans and reports
    stay (they belong to the organisation) without the person's name on them."""
    email = user.email
    if email:
        Invitation.objects.filter(email__iexact=email).delete()
    name = user.get_full_name().strip()
    contact = Q(applied_by=user) | Q(memberships__user=user)
    if email:
        contact |= Q(contact_email__iexact=email)
    if name:
        contact |= Q(contact_name__iexact=name)
    for organisation in Organisation.objects.filter(contact).distinct():
        others = organisation.memberships.exclude(user=user).exists()
        if organisation.state == OrganisationState.APPLIED and not others:
            organisation.delete()  # an application only this person made
            continue
        if organisation.applied_by_id == user.pk:
            organisation.applied_by = None
        same_email = email and organisation.contact_email.lower() == email.lower()
        same_name = name and organisation.contact_name.lower() == name.lower()
        if same_email or same_name:  # they were the contact person: clear both
            organisation.contact_email = ""
            organisation.contact_name = ""
        organisation.save(update_fields=["contact_name", "contact_email", "applied_by"])
    Membership.objects.filter(user=user).delete()
