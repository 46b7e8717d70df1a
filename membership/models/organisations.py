"""Member organisations, the people in them and invitations to join.

An organisation is the unit of membership: a person signs up, applies for their
organisation (state *applied*), and staff approve (*active*), reject, suspend or
record a withdrawal. Only the people of an active organisation are in the Members
group (core.members), so only they see members-only pages and documents. All state
changes go through membership.services.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.taxonomy import Country, Industry, Prefecture

INVITATION_VALIDITY = timedelta(days=14)


class OrganisationType(models.TextChoices):
    COMPANY = "company", _("Company employing migrant workers")
    SUPERVISING = "supervising", _("Supervising organisation")
    REGISTERED_SUPPORT = "registered_support", _("Registered support organisation")
    SENDING_AGENCY = "sending_agency", _("Sending-country agency")
    NGO = "ngo", _("NGO or civil society organisation")
    EXPERT = "expert", _("Lawyer or other expert")
    RESEARCHER = "researcher", _("Researcher or research institute")
    GOVERNMENT = "government", _("Municipality or government body")
    INTERNATIONAL = "international", _("International organisation")


class OrganisationState(models.TextChoices):
    APPLIED = "applied", _("Applied")
    ACTIVE = "active", _("Active")
    REJECTED = "rejected", _("Rejected")
    SUSPENDED = "suspended", _("Suspended")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class OrganisationSize(models.TextChoices):
    MICRO = "1-9", _("1 to 9 people")
    SMALL = "10-49", _("10 to 49 people")
    MEDIUM = "50-299", _("50 to 299 people")
    LARGE = "300-999", _("300 to 999 people")
    VERY_LARGE = "1000+", _("1,000 people or more")


class OrganisationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(state=OrganisationState.ACTIVE)

    def in_directory(self):
        return self.active().filter(directory_opt_in=True)


class Organisation(models.Model):
    """A member organisation, or an application to become one."""

    name_ja = models.CharField(_("Name in Japanese"), max_length=200)
    name_en = models.CharField(_("Name in English"), max_length=200)
    type = models.CharField(_("Type"), max_length=30, choices=OrganisationType.choices)
    industry = models.CharField(
        _("Industry"), max_length=30, choices=Industry.choices, blank=True
    )
    prefecture = models.CharField(
        _("Prefecture"), max_length=5, choices=Prefecture.choices, blank=True
    )
    country = models.CharField(
        _("Country"), max_length=5, choices=Country.choices, default=Country.JAPAN
    )
    website = models.URLField(_("Website"), blank=True)
    size = models.CharField(
        _("Size"), max_length=10, choices=OrganisationSize.choices, blank=True
    )
    contact_name = models.CharField(_("Contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("Contact e-mail address"), blank=True)
    code_of_conduct_agreed_at = models.DateTimeField(
        _("Agreed to the code of conduct"), null=True, blank=True
    )
    directory_opt_in = models.BooleanField(
        _("Listed in the member directory"), default=False
    )
    state = models.CharField(
        _("State"),
        max_length=20,
        choices=OrganisationState.choices,
        default=OrganisationState.APPLIED,
        db_index=True,
    )
    state_reason = models.TextField(_("Reason"), blank=True)
    language = models.CharField(
        _("Language for e-mail"), max_length=10, default=settings.LANGUAGE_CODE
    )
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Applied by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    applied_at = models.DateTimeField(_("Applied at"), default=timezone.now)
    reviewed_at = models.DateTimeField(_("Reviewed at"), null=True, blank=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisations")
        ordering = ["name_en"]

    def __str__(self) -> str:
        return self.name_en or self.name_ja

    def display_name(self, language_code: str) -> str:
        """The Japanese name for Japanese readers, the English one for the rest."""
        if language_code == "ja":
            return self.name_ja or self.name_en
        return self.name_en or self.name_ja

    @property
    def is_active(self) -> bool:
        return self.state == OrganisationState.ACTIVE


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    MEMBER = "member", _("Member")


class Membership(models.Model):
    """A person's place in an organisation. Each person belongs to one organisation;
    its administrators invite colleagues and file plans and reports."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(
        _("Role"), max_length=10, choices=Role.choices, default=Role.MEMBER
    )
    joined_at = models.DateTimeField(_("Joined at"), default=timezone.now)

    class Meta:
        verbose_name = _("Membership")
        verbose_name_plural = _("Memberships")
        constraints = [
            models.UniqueConstraint(fields=["user"], name="membership_one_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} @ {self.organisation_id} ({self.role})"


def _new_token() -> str:
    return secrets.token_urlsafe(32)


def _default_expiry():
    return timezone.now() + INVITATION_VALIDITY


class Invitation(models.Model):
    """An organisation administrator's invitation for a colleague to join. The link
    carries a random token; it works once and only until it expires."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("E-mail address"))
    token = models.CharField(max_length=64, unique=True, default=_new_token)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=_default_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("Invitation")
        verbose_name_plural = _("Invitations")

    def __str__(self) -> str:
        return f"Invitation {self.pk} to {self.organisation_id}"

    @property
    def is_usable(self) -> bool:
        return self.accepted_at is None and self.expires_at > timezone.now()
