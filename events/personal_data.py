"""The events part of a member's data export and erasure (membership discovers this).

``export`` lists the user's registrations; ``erase`` removes what identifies them but
keeps each row (status, check-in), so attendance counts and waiting-list order stay
right for the secretariat's records.
"""

from django.db import transaction

from events.models import CalendarFeed, OutboxMessage, Registration


def export(user) -> dict:
    registrations = (
        Registration.objects.filter(user=user, erased=False)
        .select_related("event")
        .order_by("created_at")
    )
    return {
        "event_registrations": [
            {
                "event": registration.event.title,
                "event_starts_at": registration.event.starts_at.isoformat(),
                "name": registration.name,
                "email": registration.email,
                "status": registration.status,
                "waiting_position": registration.waiting_position,
                "language": registration.language,
                "answers": registration.answers,
                "checked_in_at": registration.checked_in_at.isoformat()
                if registration.checked_in_at
                else None,
                "registered_at": registration.created_at.isoformat(),
            }
            for registration in registrations
        ],
        "event_calendar_feed": CalendarFeed.objects.filter(user=user).exists(),
    }


def erase(user) -> None:
    with transaction.atomic():
        registrations = list(Registration.objects.select_for_update().filter(user=user))
        for registration in registrations:
            registration.name = ""
            registration.email = f"erased-{registration.pk}@invalid.example"
            registration.answers = {}
            registration.user = None
            registration.erased = True
            registration.save()
        messages = OutboxMessage.objects.filter(registration__in=registrations)
        messages.filter(status=OutboxMessage.Status.PENDING).update(
            status=OutboxMessage.Status.FAILED
        )
        messages.update(to="erased@invalid.example", body="", subject="", ics="")
        CalendarFeed.objects.filter(user=user).delete()
