"""Event mail: written to the outbox inside the deciding transaction, sent after it.

``queue`` renders a message in the attendee's language (stored on the registration)
and writes an ``OutboxMessage``; after the commit, the ``deliver_outbox_message``
task sends it. A provider error leaves the row pending with a later attempt time
(growing back-off); the task is enqueued again for then where the task backend can
defer, and ``manage.py send_event_mail`` (cron) picks up whatever is due.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop

from core.i18n import in_language, locale_ids
from events.ics import CalendarEntry, build_calendar
from events.models import EventPage, OutboxMessage, Registration
from events.models.outbox import MAX_ATTEMPTS
from events.tokens import confirm_token, registration_token

logger = logging.getLogger(__name__)
Kind = OutboxMessage.Kind

# Marked with gettext_noop; translated when rendered, in the attendee's language.
SUBJECTS = {
    Kind.CONFIRM_EMAIL: gettext_noop("Please confirm your registration: %(title)s"),
    Kind.CONFIRMED: gettext_noop("Registration confirmed: %(title)s"),
    Kind.WAITING: gettext_noop("You are on the waiting list: %(title)s"),
    Kind.PROMOTED: gettext_noop("A seat is free for you: %(title)s"),
    Kind.CANCELLED: gettext_noop("Registration cancelled: %(title)s"),
    Kind.APPLIED: gettext_noop("Application received: %(title)s"),
    Kind.DECLINED: gettext_noop("About your application: %(title)s"),
    Kind.REMINDER: gettext_noop("Reminder: %(title)s"),
}
WITH_CALENDAR = {Kind.CONFIRMED, Kind.PROMOTED, Kind.REMINDER}


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def event_page(event, language: str) -> EventPage | None:
    """The event's live page in ``language``, else the Japanese one."""
    ids = locale_ids()
    pages = {
        page.locale_id: page
        for page in EventPage.objects.live().filter(
            translation_key=event.translation_key
        )
    }
    return (
        pages.get(ids.get(language))
        or pages.get(ids.get(settings.LANGUAGE_CODE))
        or next(iter(pages.values()), None)
    )


def page_url(page: EventPage, language: str) -> str:
    url = page.get_url() or ""
    if url.startswith("/"):
        url = absolute(in_language(url, language))
    return url


def registration_url(registration: Registration, name="registration-detail") -> str:
    with translation.override(registration.language):
        path = reverse(f"events:{name}", args=[registration_token(registration.pk)])
    return absolute(path)


def _calendar(registration, page, url, *, cancelled=False) -> str:
    entry = CalendarEntry(
        page=page,
        event=registration.event,
        url=url,
        online_url=page.online_url if not cancelled else "",
        cancelled=cancelled,
    )
    method = "CANCEL" if cancelled else "PUBLISH"
    return build_calendar(
        [entry], name=page.title, language=registration.language, method=method
    ).decode()


def queue(registration: Registration, kind: str, *, was_confirmed=False) -> None:
    """Write the message for ``kind`` to the outbox; send it after the commit."""
    language = registration.language
    page = event_page(registration.event, language)
    if page is None:
        return
    with translation.override(language):
        url = page_url(page, language)
        context = {
            "kind": kind,
            "registration": registration,
            "page": page,
            "event_url": url,
            "detail_url": registration_url(registration),
            "cancel_url": registration_url(registration, "registration-cancel"),
            "show_online": kind in WITH_CALENDAR and bool(page.online_url),
        }
        if kind == Kind.CONFIRM_EMAIL:
            path = reverse(
                "events:registration-confirm", args=[confirm_token(registration.pk)]
            )
            context["confirm_url"] = absolute(path)
        subject = gettext(SUBJECTS[kind]) % {"title": page.title}
        body = render_to_string("events/mail/registration.txt", context)
        ics = ""
        if kind in WITH_CALENDAR:
            ics = _calendar(registration, page, url)
        elif kind == Kind.CANCELLED and was_confirmed:
            ics = _calendar(registration, page, url, cancelled=True)
    dedupe = f"reminder:{registration.pk}" if kind == Kind.REMINDER else None
    _write(registration, kind, subject, body, ics, dedupe)


def queue_staff_message(registration: Registration, *, subject: str, body: str):
    page = event_page(registration.event, registration.language)
    with translation.override(registration.language):
        text = render_to_string(
            "events/mail/staff_message.txt",
            {
                "registration": registration,
                "page": page,
                "body": body,
                "detail_url": registration_url(registration),
            },
        )
    _write(registration, Kind.STAFF_MESSAGE, subject, text, "", None)


def _write(registration, kind, subject, body, ics, dedupe) -> OutboxMessage:
    message = OutboxMessage.objects.create(
        registration=registration,
        kind=kind,
        to=registration.email,
        subject=subject[:300],
        body=body,
        ics=ics,
        dedupe_key=dedupe,
    )
    transaction.on_commit(lambda: enqueue_delivery(message.pk))
    return message


def enqueue_delivery(message_id: int, run_after=None) -> None:
    from events.tasks import deliver_outbox_message

    task = deliver_outbox_message
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return  # the cron job (send_event_mail) picks it up when due
        task = task.using(run_after=run_after)
    task.enqueue(message_id)


def send(message: OutboxMessage) -> None:
    """Hand one message to the mail backend (anymail in production)."""
    email = EmailMessage(
        subject=message.subject,
        body=message.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to],
    )
    if message.ics:
        method = "CANCEL" if "METHOD:CANCEL" in message.ics else "PUBLISH"
        email.attach(
            "event.ics", message.ics, f"text/calendar; charset=utf-8; method={method}"
        )
    email.send()


def deliver(message_id: int) -> str:
    """Send one outbox message if it is still pending; record the outcome."""
    with transaction.atomic():
        message = (
            OutboxMessage.objects.select_for_update()
            .filter(pk=message_id, status=OutboxMessage.Status.PENDING)
            .first()
        )
        if message is None:
            return "skipped"
        try:
            send(message)
        except Exception as error:  # noqa: BLE001 - any provider failure is retried
            message.attempts += 1
            message.last_error = f"{type(error).__name__}: {error}"[:2000]
            message.next_attempt_at = timezone.now() + OutboxMessage.backoff(
                message.attempts
            )
            if message.attempts >= MAX_ATTEMPTS:
                message.status = OutboxMessage.Status.FAILED
            message.save()
            logger.warning("Event mail %s failed: %s", message.pk, message.last_error)
            if message.status == OutboxMessage.Status.PENDING:
                run_after = message.next_attempt_at
                transaction.on_commit(lambda: enqueue_delivery(message_id, run_after))
            return "failed"
        message.status = OutboxMessage.Status.SENT
        message.sent_at = timezone.now()
        message.attempts += 1
        message.save()
    return "sent"


def deliver_due(now=None) -> int:
    """Send every pending message whose time has come; the number sent."""
    ids = list(OutboxMessage.objects.due(now).values_list("pk", flat=True)[:500])
    return sum(deliver(pk) == "sent" for pk in ids)
