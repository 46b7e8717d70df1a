"""Reminders a set number of hours before an event (EVENTS_REMINDER_HOURS, 24).

Idempotent: a registration is reminded once. The outbox row for a reminder carries a
unique key (``reminder:<registration id>``) and the registration records when it was
reminded, both in one transaction; running the job twice writes nothing the second
time. Production runs it from cron (docs/production.md).
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from events import mail
from events.models import Registration


def reminder_hours() -> int:
    return getattr(settings, "EVENTS_REMINDER_HOURS", 24)


def due_registrations(now=None, hours: int | None = None):
    now = now or timezone.now()
    hours = reminder_hours() if hours is None else hours
    return Registration.objects.filter(
        status=Registration.Status.CONFIRMED,
        reminded_at__isnull=True,
        erased=False,
        event__starts_at__gt=now,
        event__starts_at__lte=now + timedelta(hours=hours),
    ).select_related("event")


def queue_reminders(now=None, hours: int | None = None) -> int:
    """Write a reminder to the outbox for each attendee not reminded yet."""
    count = 0
    for registration in due_registrations(now, hours):
        with transaction.atomic():
            locked = (
                Registration.objects.select_for_update()
                .filter(pk=registration.pk, reminded_at__isnull=True)
                .select_related("event")
                .first()
            )
            if locked is None:
                continue
            locked.reminded_at = timezone.now()
            locked.save(update_fields=["reminded_at"])
            mail.queue(locked, mail.Kind.REMINDER)
            count += 1
    return count
