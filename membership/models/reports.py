"""Activity plans and half-yearly progress reports.

Each member organisation sets, once a year, a target for each principle of the code
of conduct it works on (``ActivityPlan.targets``: principle code -> text), then
reports progress against those targets each half year (``ProgressReport.progress``,
same keys). Plans and reports belong to the organisation, not to the person who
filed them: when that person deletes their account the report stays, anonymous.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.taxonomy import Principle


class Half(models.IntegerChoices):
    FIRST = 1, _("First half (April to September)")
    SECOND = 2, _("Second half (October to March)")


class ActivityPlan(models.Model):
    organisation = models.ForeignKey(
        "membership.Organisation",
        on_delete=models.CASCADE,
        related_name="plans",
        verbose_name=_("Organisation"),
    )
    year = models.PositiveIntegerField(_("Year"))
    targets = models.JSONField(_("Targets"), default=dict, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activity_plans",
    )
    submitted_at = models.DateTimeField(_("Submitted at"), default=timezone.now)

    class Meta:
        verbose_name = _("Activity plan")
        verbose_name_plural = _("Activity plans")
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "year"], name="plan_one_per_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.year}"

    def target_rows(self) -> list[tuple[str, str]]:
        """(principle label, target) for the principles the plan addresses."""
        return [
            (label, self.targets[code])
            for code, label in Principle.choices
            if self.targets.get(code)
        ]


class ProgressReport(models.Model):
    plan = models.ForeignKey(
        ActivityPlan,
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=_("Activity plan"),
    )
    half = models.PositiveSmallIntegerField(_("Half year"), choices=Half.choices)
    progress = models.JSONField(_("Progress"), default=dict, blank=True)
    summary = models.TextField(_("Summary"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="progress_reports",
    )
    submitted_at = models.DateTimeField(_("Submitted at"), default=timezone.now)
    best_practice_candidate = models.BooleanField(
        _("Best-practice candidate"), default=False
    )
    best_practice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Draft best-practice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Progress report")
        verbose_name_plural = _("Progress reports")
        ordering = ["-plan__year", "-half"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "half"], name="report_one_per_half")
        ]

    def __str__(self) -> str:
        return f"{self.plan} H{self.half}"

    def progress_rows(self) -> list[tuple[str, str, str]]:
        """(principle label, target, progress) for each principle of the plan."""
        targets = self.plan.targets
        return [
            (label, targets.get(code, ""), self.progress.get(code, ""))
            for code, label in Principle.choices
            if targets.get(code) or self.progress.get(code)
        ]


class ReminderLog(models.Model):
    """One row per reminder sent, so the scheduled job never sends one twice."""

    organisation = models.ForeignKey(
        "membership.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    year = models.PositiveIntegerField()
    half = models.PositiveSmallIntegerField(default=0)  # 0: the yearly plan
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "year", "half"], name="reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"Reminder {self.organisation_id} {self.year} H{self.half}"
