"""Mail waiting to go out: written in the transaction that decides it, sent after.

A registration and its confirmation mail are one decision: both rows commit together
or neither does. The background task sends the message after the commit; when the
mail provider fails, the row stays pending with a later ``next_attempt_at`` and is
retried with growing delays, so the registration stands and the mail goes out once
the provider is back.
"""

from datetime import timedelta

from django.db import models
from django.utils import timezone

MAX_ATTEMPTS = 8


class OutboxMessageQuerySet(models.QuerySet):
    def due(self, now=None):
        now = now or timezone.now()
        return self.filter(
            status=OutboxMessage.Status.PENDING, next_attempt_at__lte=now
        ).order_by("next_attempt_at", "pk")


class OutboxMessage(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to be sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Gave up"

    class Kind(models.TextChoices):
        CONFIRM_EMAIL = "confirm_email", "Confirm your e-mail address"
        CONFIRMED = "confirmed", "Registration confirmed"
        WAITING = "waiting", "Waiting list"
        PROMOTED = "promoted", "Moved from the waiting list"
        CANCELLED = "cancelled", "Cancellation"
        APPLIED = "applied", "Application received"
        DECLINED = "declined", "Application declined"
        REMINDER = "reminder", "Reminder"
        STAFF_MESSAGE = "staff_message", "Message from the secretariat"

    registration = models.ForeignKey(
        "events.Registration",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outbox_messages",
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    to = models.EmailField()
    subject = models.CharField(max_length=300)
    body = models.TextField()
    ics = models.TextField(blank=True)
    # Reminders and other once-only mails carry a key; the unique constraint makes a
    # second run of the reminder job write nothing.
    dedupe_key = models.CharField(max_length=120, null=True, blank=True, unique=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = OutboxMessageQuerySet.as_manager()

    class Meta:
        verbose_name = "Outgoing e-mail"
        verbose_name_plural = "Outgoing e-mails"
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.kind} → {self.to}"

    @staticmethod
    def backoff(attempts: int) -> timedelta:
        """1, 2, 4 … minutes after each failure, at most six hours."""
        return timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))
