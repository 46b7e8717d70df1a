"""Mail to applicants and members, each in the language they applied in.

Sent through Django's mail API, so the configured backend delivers it (Anymail in
production, the console in development, the in-memory outbox in tests). Callers run
these in ``transaction.on_commit``.
"""

from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from membership.models import Invitation, Organisation, OrganisationState, Role


def organisation_recipients(organisation: Organisation) -> list[str]:
    emails = [
        m.user.email
        for m in organisation.memberships.select_related("user")
        if m.role == Role.ADMIN and m.user.email
    ]
    if not emails and organisation.contact_email:
        emails = [organisation.contact_email]
    return emails


def _site_url(path: str) -> str:
    from django.conf import settings

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _decision_text(organisation: Organisation) -> tuple[str, str]:
    name = organisation.display_name(organisation.language)
    if organisation.state == OrganisationState.ACTIVE:
        subject = _("Your JP-MIRAI membership has been approved")
        body = _(
            "Welcome to JP-MIRAI. The membership of %(name)s has been approved. "
            "You can now read members-only material and file your activity plan."
        ) % {"name": name}
    elif organisation.state == OrganisationState.REJECTED:
        subject = _("Your JP-MIRAI membership application")
        body = _(
            "We are sorry: the membership application of %(name)s was not approved."
        ) % {"name": name}
    else:
        subject = _("Your JP-MIRAI membership has been suspended")
        body = _("The membership of %(name)s has been suspended.") % {"name": name}
    if organisation.state_reason:
        body += "\n\n" + _("Reason: %(reason)s") % {"reason": organisation.state_reason}
    return subject, body


def send_decision(organisation: Organisation) -> None:
    recipients = organisation_recipients(organisation)
    if not recipients:
        return
    with override(organisation.language):
        subject, body = _decision_text(organisation)
        body += "\n\n" + _site_url(reverse("membership:account"))
    send_mail(subject, body, None, recipients)


def send_invitation(invitation: Invitation, language: str) -> None:
    with override(language):
        name = invitation.organisation.display_name(language)
        subject = _("You are invited to join %(name)s on JP-MIRAI") % {"name": name}
        url = _site_url(
            reverse("membership:invitation-accept", args=[invitation.token])
        )
        body = _(
            "A colleague has invited you to join %(name)s on JP-MIRAI. Sign up or "
            "sign in, then open this link within 14 days:"
        ) % {"name": name}
    send_mail(subject, f"{body}\n\n{url}", None, [invitation.email])


def send_reminder(organisation: Organisation, year: int, half: int) -> bool:
    recipients = organisation_recipients(organisation)
    if not recipients:
        return False
    with override(organisation.language):
        if half:
            subject = _("Reminder: your JP-MIRAI progress report")
            body = _(
                "Please file the progress report of %(name)s for %(year)s, half "
                "%(half)s."
            ) % {
                "name": organisation.display_name(organisation.language),
                "year": year,
                "half": half,
            }
        else:
            subject = _("Reminder: your JP-MIRAI activity plan")
            body = _("Please file the activity plan of %(name)s for %(year)s.") % {
                "name": organisation.display_name(organisation.language),
                "year": year,
            }
        body += "\n\n" + _site_url(reverse("membership:plans"))
    send_mail(subject, body, None, recipients)
    return True
