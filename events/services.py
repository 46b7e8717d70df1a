"""Every write to seats and registrations goes through these functions.

Each public function runs in one transaction and first locks the event's row
(``Event``, shared by all translations) with ``select_for_update``; only then does it
count seats and insert or change registrations. On PostgreSQL the lock queues
concurrent signups for the same event, so the last seat goes to exactly one of them;
on SQLite, transactions are IMMEDIATE (config/settings/base.py), which serialises
writers the same way. Mail is written to the outbox in the same transaction and sent
after the commit (events/mail.py), never inside the lock.
"""

from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone

from config.languages import DEFAULT_LANGUAGE
from core.cache import bump_content_version
from core.i18n import locale_ids
from core.members import is_member
from events import mail
from events.exceptions import (
    AlreadyRegisteredError,
    EventFullError,
    InvalidTransitionError,
    MembersOnlyError,
    RegistrationClosedError,
    RegistrationNotOpenError,
)
from events.models import Event, EventPage, Registration

Status = Registration.Status

# Fields copied from the page; a change to any of the first group moves the event in
# people's calendars (SEQUENCE), to the second changes who can still get a seat.
CALENDAR_FIELDS = {"title", "starts_at", "ends_at"}
SEAT_FIELDS = {
    "capacity",
    "registration_opens_at",
    "registration_closes_at",
    "audience",
    "waiting_list",
    "requires_approval",
}


def _page_values(page: EventPage) -> dict:
    return {
        "title": page.title[:255],
        "starts_at": page.start,
        "ends_at": page.end,
        "capacity": page.capacity,
        "registration_opens_at": page.registration_opens,
        "registration_closes_at": page.registration_closes,
        "audience": page.audience,
        "waiting_list": page.waiting_list,
        "requires_approval": page.requires_approval,
    }


def sync_event(page: EventPage) -> Event:
    """Create or update the seats of ``page``'s event from the page's fields.

    The Japanese page is the source; a translation only creates the row when it is
    missing (its synchronised fields are copies of the source's). More seats promote
    people from the waiting list at once.
    """
    values = _page_values(page)
    with transaction.atomic():
        event, created = Event.objects.select_for_update().get_or_create(
            translation_key=page.translation_key, defaults=values
        )
        if created:
            transaction.on_commit(bump_content_version)
            return event
        if _is_translation_of_existing_source(page):
            return event
        changed = {
            name for name, value in values.items() if getattr(event, name) != value
        }
        if not changed:
            return event
        for name in changed:
            setattr(event, name, values[name])
        if changed & CALENDAR_FIELDS - {"title"}:
            event.sequence += 1
        event.save()
        if changed & SEAT_FIELDS:
            _promote_waiting(event)
        transaction.on_commit(bump_content_version)
    return event


def _is_translation_of_existing_source(page: EventPage) -> bool:
    source_id = locale_ids().get(DEFAULT_LANGUAGE)
    return (
        page.locale_id != source_id
        and EventPage.objects.filter(
            translation_key=page.translation_key, locale_id=source_id
        ).exists()
    )


def event_for_page(page: EventPage) -> Event:
    event = Event.objects.filter(translation_key=page.translation_key).first()
    return event or sync_event(page)


def _lock(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


def _confirmed_count(event: Event) -> int:
    return event.registrations.filter(status=Status.CONFIRMED).count()


def _check_open(event: Event) -> None:
    state = event.registration_state()
    if state == "not_yet":
        raise RegistrationNotOpenError()
    if state == "closed":
        raise RegistrationClosedError()


def _is_full(event: Event) -> bool:
    return event.capacity is not None and _confirmed_count(event) >= event.capacity


def register(
    event: Event,
    *,
    email: str,
    name: str,
    language: str,
    user=None,
    answers: dict | None = None,
    guest: bool = False,
) -> Registration:
    """Sign someone up: a confirmed seat, a waiting-list place or an application.

    A guest (no account) first gets a link to confirm their e-mail address and holds
    no seat until they follow it (``confirm_guest``).
    """
    email = email.strip().lower()
    with transaction.atomic():
        event = _lock(event)
        _check_open(event)
        if event.members_only and not is_member(user):
            raise MembersOnlyError()
        if event.registrations.filter(
            email=email, status__in=Registration.ACTIVE
        ).exists():
            raise AlreadyRegisteredError()
        registration = Registration(
            event=event,
            user=user if user is not None and user.is_authenticated else None,
            email=email,
            name=name,
            language=language,
            answers=answers or {},
        )
        if guest:
            registration.status = Status.UNCONFIRMED
            _save_new(registration)
            mail.queue(registration, mail.Kind.CONFIRM_EMAIL)
            return registration
        _place(event, registration)
    return registration


def _save_new(registration: Registration) -> None:
    try:
        with transaction.atomic():
            registration.save()
    except IntegrityError as error:  # the unique constraint, if a check raced it
        raise AlreadyRegisteredError() from error


def _place(event: Event, registration: Registration, *, approved=False) -> None:
    """Give a seat, a waiting-list place, or (approval events) an application."""
    was_full = _is_full(event)
    if event.requires_approval and not approved:
        registration.status = Status.APPLIED
        kind = mail.Kind.APPLIED
    elif not was_full:
        registration.status = Status.CONFIRMED
        registration.waiting_position = None
        kind = mail.Kind.CONFIRMED
    elif event.waiting_list:
        registration.status = Status.WAITING
        registration.waiting_position = _next_waiting_position(event)
        kind = mail.Kind.WAITING
    else:
        raise EventFullError()
    if registration.pk is None:
        _save_new(registration)
    else:
        registration.save()
    mail.queue(registration, kind)
    if not was_full and _is_full(event):
        transaction.on_commit(bump_content_version)


def _next_waiting_position(event: Event) -> int:
    last = event.registrations.filter(status=Status.WAITING).aggregate(
        last=Max("waiting_position")
    )["last"]
    return (last or 0) + 1


def _leave_waiting_list(event: Event, position: int | None) -> None:
    """Close the gap a waiting person leaves: everyone behind moves up one."""
    if position is not None:
        event.registrations.filter(
            status=Status.WAITING, waiting_position__gt=position
        ).update(waiting_position=F("waiting_position") - 1)


def _promote_waiting(event: Event) -> list[Registration]:
    """Fill free seats from the head of the waiting list, in order."""
    promoted = []
    while not _is_full(event):
        head = (
            event.registrations.filter(status=Status.WAITING)
            .order_by("waiting_position", "pk")
            .first()
        )
        if head is None:
            break
        _confirm_from_waiting(event, head)
        promoted.append(head)
    return promoted


def _confirm_from_waiting(event: Event, registration: Registration) -> None:
    position = registration.waiting_position
    registration.status = Status.CONFIRMED
    registration.waiting_position = None
    registration.save(update_fields=["status", "waiting_position", "updated_at"])
    _leave_waiting_list(event, position)
    mail.queue(registration, mail.Kind.PROMOTED)


def confirm_guest(registration: Registration) -> Registration:
    """A guest followed their confirmation link: now they get a seat (or a place).

    Following the link twice changes nothing.
    """
    with transaction.atomic():
        event = _lock(registration.event)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status != Status.UNCONFIRMED:
            return registration
        if event.registration_state() == "closed":
            raise RegistrationClosedError()
        _place(event, registration)
    return registration


def cancel(registration: Registration) -> Registration:
    """Cancel a registration; a freed seat goes to the first person waiting."""
    with transaction.atomic():
        event = _lock(registration.event)
        registration = Registration.objects.get(pk=registration.pk)
        if not registration.is_active:
            raise InvalidTransitionError()
        was_confirmed = registration.status == Status.CONFIRMED
        was_full = _is_full(event)
        position = registration.waiting_position
        was_waiting = registration.status == Status.WAITING
        registration.status = Status.CANCELLED
        registration.waiting_position = None
        registration.save(update_fields=["status", "waiting_position", "updated_at"])
        if was_waiting:
            _leave_waiting_list(event, position)
        mail.queue(registration, mail.Kind.CANCELLED, was_confirmed=was_confirmed)
        if was_confirmed:
            _promote_waiting(event)
            if was_full and not _is_full(event):
                transaction.on_commit(bump_content_version)
    return registration


def promote(registration: Registration) -> Registration:
    """Staff move someone from the waiting list to a seat (even beyond capacity)."""
    with transaction.atomic():
        event = _lock(registration.event)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status != Status.WAITING:
            raise InvalidTransitionError()
        _confirm_from_waiting(event, registration)
    return registration


def decide(registration: Registration, *, accept: bool) -> Registration:
    """Staff accept or decline an application (study tours) or confirm a guest."""
    with transaction.atomic():
        event = _lock(registration.event)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status not in (Status.APPLIED, Status.UNCONFIRMED):
            raise InvalidTransitionError()
        if accept:
            _place(event, registration, approved=True)
        else:
            registration.status = Status.DECLINED
            registration.save(update_fields=["status", "updated_at"])
            mail.queue(registration, mail.Kind.DECLINED)
    return registration


def check_in(registration: Registration, *, undo: bool = False) -> Registration:
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != Status.CONFIRMED:
            raise InvalidTransitionError()
        registration.checked_in_at = None if undo else timezone.now()
        registration.save(update_fields=["checked_in_at", "updated_at"])
    return registration


def message_attendees(event: Event, *, group: str, subject: str, body: str) -> int:
    """Staff write to everyone confirmed (``group="confirmed"``) or waiting."""
    status = Status.CONFIRMED if group == "confirmed" else Status.WAITING
    with transaction.atomic():
        registrations = list(event.registrations.filter(status=status, erased=False))
        for registration in registrations:
            mail.queue_staff_message(registration, subject=subject, body=body)
    return len(registrations)
