"""Staff tools in the Wagtail admin: events with counts, an event's registrations and
waiting list (status, answers, check-in, actions), CSV export, messages to attendees.

Every action calls a service (events/services.py), as the public views do.
"""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from events import services
from events.exceptions import RegistrationError
from events.forms import RegistrationForm, StaffMessageForm
from events.models import Event, Registration

PERMISSION = "events.change_registration"
ACTIONS = {
    "accept": lambda r: services.decide(r, accept=True),
    "decline": lambda r: services.decide(r, accept=False),
    "promote": services.promote,
    "cancel": services.cancel,
    "check_in": services.check_in,
    "undo_check_in": lambda r: services.check_in(r, undo=True),
}
STATUS_ORDER = [
    "confirmed",
    "waiting",
    "applied",
    "unconfirmed",
    "declined",
    "cancelled",
]


@permission_required(PERMISSION)
def event_list(request):
    events = Event.objects.with_counts().order_by("-starts_at")
    page = Paginator(events, 50).get_page(request.GET.get("p"))
    return TemplateResponse(request, "events/admin/event_list.html", {"events": page})


def _event(key) -> Event:
    return get_object_or_404(Event.objects.with_counts(), translation_key=key)


@permission_required(PERMISSION)
def registrations(request, key):
    event = _event(key)
    rows = list(event.registrations.order_by("waiting_position", "created_at", "pk"))
    rows.sort(key=lambda r: STATUS_ORDER.index(r.status))
    return TemplateResponse(
        request,
        "events/admin/registrations.html",
        {
            "event": event,
            "registrations": rows,
            "answer_names": _answer_names(rows),
            "message_form": StaffMessageForm(),
        },
    )


def _answer_names(rows) -> list[str]:
    names = {name for row in rows for name in row.answers}
    return [name for name in RegistrationForm.ANSWER_FIELDS if name in names]


@permission_required(PERMISSION)
@require_POST
def registration_action(request, key, pk):
    registration = get_object_or_404(Registration, pk=pk, event__translation_key=key)
    action = ACTIONS.get(request.POST.get("action", ""))
    if action is None:
        messages.error(request, _("Unknown action."))
    else:
        try:
            action(registration)
            messages.success(request, _("Saved."))
        except RegistrationError as error:
            messages.error(request, error.message)
    return redirect("events_admin:registrations", key=key)


@permission_required(PERMISSION)
@require_POST
def send_message(request, key):
    event = _event(key)
    form = StaffMessageForm(request.POST)
    if form.is_valid():
        count = services.message_attendees(event, **form.cleaned_data)
        messages.success(
            request, _("Message queued for %(count)d people.") % {"count": count}
        )
    else:
        messages.error(request, _("Please fill in the subject and the message."))
    return redirect("events_admin:registrations", key=key)


@permission_required(PERMISSION)
def export_csv(request, key):
    """UTF-8 with a byte-order mark, so Excel in Japan opens it with the right
    characters; one column per question asked."""
    event = _event(key)
    rows = list(event.registrations.order_by("created_at", "pk"))
    answer_names = _answer_names(rows)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y%m%d")
    response["Content-Disposition"] = (
        f'attachment; filename="registrations-{stamp}-{event.pk}.csv"'
    )
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Name"),
            _("E-mail"),
            _("Status"),
            _("Waiting position"),
            _("Language"),
            _("Registered at"),
            _("Checked in at"),
            *answer_names,
        ]
    )
    for row in rows:
        writer.writerow(
            [
                row.name,
                row.email,
                row.get_status_display(),
                row.waiting_position or "",
                row.language,
                timezone.localtime(row.created_at).strftime("%Y-%m-%d %H:%M"),
                timezone.localtime(row.checked_in_at).strftime("%Y-%m-%d %H:%M")
                if row.checked_in_at
                else "",
                *(row.answers.get(name, "") for name in answer_names),
            ]
        )
    return response
