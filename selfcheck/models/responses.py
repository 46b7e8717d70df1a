"""What the self-check stores: anonymous responses, employer codes, and the separate
consultation requests of workers who ask to be contacted.

A response holds the answers, the coarse context, the language and the day only: no
user, address, browser, cookie or time of day, and a random primary key, so not even
the order of submissions can be read from it. A consultation request is another table
with no key, field or time in common with responses: the two cannot be joined.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.taxonomy import Country, Industry, Prefecture
from selfcheck.choices import (
    CheckKind,
    ConsultationTopic,
    ContactChannel,
    MonthsInJapan,
    RequestStatus,
    ResidenceStatus,
)


class EmployerCode(models.Model):
    """An employer taking part: its workers may enter the code so that the employer
    gets a report of risks by indicator, once at least k workers have answered."""

    code = models.CharField(
        verbose_name=_("Code"),
        max_length=20,
        unique=True,
        help_text=_("Letters and digits the employer gives its workers."),
    )
    employer = models.CharField(verbose_name=_("Employer"), max_length=200)
    contact_name = models.CharField(verbose_name=_("Contact person"), max_length=200)
    contact_email = models.EmailField(verbose_name=_("Contact e-mail"))
    active = models.BooleanField(verbose_name=_("Accepts responses"), default=True)

    class Meta:
        verbose_name = _("Employer code")
        verbose_name_plural = _("Employer codes")
        ordering = ["employer"]

    def __str__(self) -> str:
        return f"{self.employer} ({self.code})"

    def save(self, *args, **kwargs):
        self.code = self.code.strip().upper()
        super().save(*args, **kwargs)


class Response(models.Model):
    """One completed self-check. Anonymous by construction (see the module)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    check_key = models.UUIDField(
        verbose_name=_("Check"),
        db_index=True,
        help_text=_("The translation key of the self-check page: one per check."),
    )
    kind = models.CharField(
        verbose_name=_("Kind"), max_length=20, choices=CheckKind.choices
    )
    answers = models.JSONField(
        verbose_name=_("Answers"),
        default=dict,
        help_text=_("Question block id → option block id."),
    )
    nationality = models.CharField(
        verbose_name=_("Nationality"), max_length=8, choices=Country.choices, blank=True
    )
    residence_status = models.CharField(
        verbose_name=_("Residence status"),
        max_length=20,
        choices=ResidenceStatus.choices,
        blank=True,
    )
    industry = models.CharField(
        verbose_name=_("Industry"), max_length=30, choices=Industry.choices, blank=True
    )
    prefecture = models.CharField(
        verbose_name=_("Prefecture"),
        max_length=5,
        choices=Prefecture.choices,
        blank=True,
    )
    months_in_japan = models.CharField(
        verbose_name=_("Time in Japan"),
        max_length=8,
        choices=MonthsInJapan.choices,
        blank=True,
    )
    employer = models.ForeignKey(
        EmployerCode,
        verbose_name=_("Employer code"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="responses",
    )
    language = models.CharField(verbose_name=_("Language"), max_length=10)
    submitted_on = models.DateField(verbose_name=_("Submitted on"), db_index=True)

    class Meta:
        verbose_name = _("Self-check response")
        verbose_name_plural = _("Self-check responses")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.submitted_on:%Y-%m}"


class ConsultationRequest(models.Model):
    """A worker's explicit request to be contacted by the consultation desk.

    Given with its own consent, after the check and apart from it: it names no
    response and shares no key with one. Purged after the retention period.
    """

    language = models.CharField(verbose_name=_("Language"), max_length=10)
    channel = models.CharField(
        verbose_name=_("Preferred channel"),
        max_length=20,
        choices=ContactChannel.choices,
    )
    contact = models.CharField(
        verbose_name=_("Contact (number, address or account)"), max_length=200
    )
    name = models.CharField(
        verbose_name=_("Name or nickname"), max_length=100, blank=True
    )
    topic = models.CharField(
        verbose_name=_("Topic"), max_length=20, choices=ConsultationTopic.choices
    )
    description = models.TextField(verbose_name=_("Short description"), max_length=2000)
    status = models.CharField(
        verbose_name=_("Status"),
        max_length=20,
        choices=RequestStatus.choices,
        default=RequestStatus.NEW,
        db_index=True,
    )
    staff_notes = models.TextField(verbose_name=_("Staff notes"), blank=True)
    created_at = models.DateTimeField(verbose_name=_("Received"), auto_now_add=True)
    updated_at = models.DateTimeField(verbose_name=_("Last change"), auto_now=True)

    class Meta:
        verbose_name = _("Consultation request")
        verbose_name_plural = _("Consultation requests")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_topic_display()} ({self.created_at:%Y-%m-%d})"
