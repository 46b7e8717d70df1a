"""Seats and registrations: one ``Event`` row per event, shared by its translations.

wagtail-localize makes one page per language; the seats belong to the event, not to
one translation. ``Event`` is keyed by the pages' ``translation_key`` and holds the
schedule and capacity the signup services lock and count (copied from the page when
it is saved, see ``EventPage.save``). Registrations point at it, so the Japanese and
the Vietnamese page count against the same seats.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    PUBLIC = "public", _("Open to everyone")
    MEMBERS = "members", _("Members only")


class EventQuerySet(models.QuerySet):
    def with_counts(self):
        """Confirmed, waiting and pending counts in the same query."""
        status = Registration.Status
        return self.annotate(
            confirmed_count=Count(
                "registrations", filter=Q(registrations__status=status.CONFIRMED)
            ),
            waiting_count=Count(
                "registrations", filter=Q(registrations__status=status.WAITING)
            ),
            applied_count=Count(
                "registrations", filter=Q(registrations__status=status.APPLIED)
            ),
            checked_in_count=Count(
                "registrations",
                filter=Q(
                    registrations__status=status.CONFIRMED,
                    registrations__checked_in_at__isnull=False,
                ),
            ),
        )


class Event(models.Model):
    """The seats of an event, whichever language its page is read in.

    The signup services lock this row (``select_for_update``) before counting seats,
    so two requests can never take the last seat. ``sequence`` is the iCalendar
    SEQUENCE: it goes up whenever the time, place or status changes, so calendar apps
    replace their copy instead of keeping a stale one.
    """

    translation_key = models.UUIDField(unique=True, editable=False)
    title = models.CharField(verbose_name=_("Title"), max_length=255, blank=True)
    starts_at = models.DateTimeField(verbose_name=_("Starts"))
    ends_at = models.DateTimeField(verbose_name=_("Ends"))
    capacity = models.PositiveIntegerField(verbose_name=_("Seats"), null=True)
    registration_opens_at = models.DateTimeField(null=True, blank=True)
    registration_closes_at = models.DateTimeField(null=True, blank=True)
    audience = models.CharField(
        max_length=20, choices=Audience.choices, default=Audience.PUBLIC
    )
    requires_approval = models.BooleanField(default=False)
    waiting_list = models.BooleanField(default=True)
    sequence = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = "event seats"
        verbose_name_plural = "event seats"
        ordering = ["-starts_at"]

    def __str__(self) -> str:
        return self.title or str(self.translation_key)

    @property
    def uid(self) -> str:
        """The iCalendar UID: the same in every language and across edits."""
        return f"event-{self.translation_key}@jp-mirai"

    @property
    def members_only(self) -> bool:
        return self.audience == Audience.MEMBERS

    def registration_state(self, now=None) -> str:
        """ "not_yet", "open" or "closed": closes at the set time or at the start."""
        now = now or timezone.now()
        if self.registration_opens_at and now < self.registration_opens_at:
            return "not_yet"
        closes = self.registration_closes_at or self.starts_at
        if now >= min(closes, self.starts_at):
            return "closed"
        return "open"

    def seats_left(self, confirmed: int) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - confirmed, 0)


class Registration(models.Model):
    """One person's place at an event: confirmed, waiting, applied or ended.

    Only ``events/services.py`` creates or changes registrations. A person (by e-mail)
    holds at most one active registration per event (the unique constraint); after a
    cancellation they may register again. ``waiting_position`` numbers the waiting
    list 1, 2, 3 … without gaps: the services renumber it under the event lock.
    """

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("E-mail not confirmed yet")
        APPLIED = "applied", _("Application under review")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        DECLINED = "declined", _("Application declined")
        CANCELLED = "cancelled", _("Cancelled")

    ACTIVE = [Status.UNCONFIRMED, Status.APPLIED, Status.CONFIRMED, Status.WAITING]

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    email = models.EmailField(verbose_name=_("E-mail"))
    name = models.CharField(verbose_name=_("Name"), max_length=200)
    language = models.CharField(verbose_name=_("Language"), max_length=10, default="ja")
    status = models.CharField(
        verbose_name=_("Status"), max_length=20, choices=Status.choices
    )
    waiting_position = models.PositiveIntegerField(null=True, blank=True)
    answers = models.JSONField(default=dict, blank=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    erased = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Registration")
        verbose_name_plural = _("Registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=Q(
                    status__in=["unconfirmed", "applied", "confirmed", "waiting"]
                ),
                name="events_one_active_registration_per_email",
            ),
        ]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE


class CalendarFeed(models.Model):
    """A member's private calendar of their own registrations.

    The token is the only secret in the feed's address; resetting it makes the old
    address answer 404, for when a member has shared it by mistake.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="event_calendar_feed",
    )
    token = models.CharField(max_length=64, unique=True)
    language = models.CharField(max_length=10, default="ja")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "calendar feed"

    def __str__(self) -> str:
        return f"{self.user}"

    @staticmethod
    def new_token() -> str:
        return secrets.token_urlsafe(32)
