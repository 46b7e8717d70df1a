"""Reminders to file plans and reports: safe to run as often as the scheduler likes.

Plans follow the Japanese fiscal year (April to March). The plan for a year is due
from its first day; the report for a half year is due once that half is over. Each
reminder is recorded (ReminderLog) before it is sent, in the same transaction, so a
second run the same day, or the next day, sends nothing new.
"""

from datetime import date

from django.db import transaction
from django.utils import timezone

from membership import mail
from membership.models import (
    ActivityPlan,
    Organisation,
    ProgressReport,
    ReminderLog,
)


def fiscal_year(day: date) -> int:
    return day.year if day.month >= 4 else day.year - 1


def last_finished_half(day: date) -> tuple[int, int]:
    """(fiscal year, half) of the most recent half year that has ended."""
    if 4 <= day.month <= 9:
        return fiscal_year(day) - 1, 2
    return fiscal_year(day), 1


def _remind(organisations, year: int, half: int) -> int:
    sent = 0
    already = set(
        ReminderLog.objects.filter(year=year, half=half).values_list(
            "organisation_id", flat=True
        )
    )
    for organisation in organisations:
        if organisation.pk in already:
            continue
        ReminderLog.objects.create(organisation=organisation, year=year, half=half)
        transaction.on_commit(lambda o=organisation: mail.send_reminder(o, year, half))
        sent += 1
    return sent


@transaction.atomic
def send_due_reminders(today: date | None = None) -> int:
    """Remind active members who have not filed; returns how many were reminded."""
    today = today or timezone.localdate()
    active = Organisation.objects.active()
    year = fiscal_year(today)
    filed_plans = ActivityPlan.objects.filter(year=year).values("organisation_id")
    sent = _remind(active.exclude(pk__in=filed_plans), year, 0)
    report_year, half = last_finished_half(today)
    filed_reports = ProgressReport.objects.filter(
        plan__year=report_year, half=half
    ).values("plan__organisation_id")
    sent += _remind(active.exclude(pk__in=filed_reports), report_year, half)
    return sent
