"""A registration from its e-mail link, cancelling it, confirming a guest's e-mail,
and a member's list of their registrations with their private calendar address."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from events import mail, services
from events.exceptions import RegistrationError
from events.models import CalendarFeed, Registration
from events.tokens import (
    read_confirm_token,
    read_registration_token,
    registration_token,
)


def link_error(request, error: RegistrationError):
    return render(
        request,
        "events/registration_error.html",
        {"message": error.message},
        status=error.status_code,
    )


def _registration(pk: int) -> Registration:
    from events.exceptions import InvalidLinkError

    registration = Registration.objects.select_related("event").filter(pk=pk).first()
    if registration is None or registration.erased:
        raise InvalidLinkError()
    return registration


def _context(request, registration) -> dict:
    from django.utils.translation import get_language

    page = mail.event_page(registration.event, get_language())
    token = registration_token(registration.pk)
    return {
        "registration": registration,
        "event_page": page,
        "cancel_url": reverse("events:registration-cancel", args=[token]),
        "show_online": registration.status == Registration.Status.CONFIRMED
        and page is not None
        and bool(page.online_url),
    }


def detail(request, token):
    try:
        registration = _registration(read_registration_token(token))
    except RegistrationError as error:
        return link_error(request, error)
    return render(
        request, "events/registration_detail.html", _context(request, registration)
    )


def cancel(request, token):
    try:
        registration = _registration(read_registration_token(token))
        if request.method == "POST":
            registration = services.cancel(registration)
            messages.success(request, _("Your registration has been cancelled."))
            return redirect(reverse("events:registration-detail", args=[token]))
    except RegistrationError as error:
        return link_error(request, error)
    return render(
        request, "events/registration_cancel.html", _context(request, registration)
    )


def confirm(request, token):
    """A guest's double opt-in: the page has a button, so that mail scanners that
    open links do not confirm on the guest's behalf."""
    try:
        registration = _registration(read_confirm_token(token))
        if request.method == "POST":
            registration = services.confirm_guest(registration)
            messages.success(request, _("Thank you: your e-mail address is confirmed."))
            detail_token = registration_token(registration.pk)
            return redirect(reverse("events:registration-detail", args=[detail_token]))
    except RegistrationError as error:
        return link_error(request, error)
    context = _context(request, registration)
    context["confirm_url"] = request.path
    return render(request, "events/registration_confirm.html", context)


def feed_for(user, language: str) -> CalendarFeed:
    feed, _created = CalendarFeed.objects.get_or_create(
        user=user, defaults={"token": CalendarFeed.new_token(), "language": language}
    )
    return feed


@login_required
def my_registrations(request):
    from django.utils.translation import get_language

    from events.views.calendars import my_registration_rows

    feed = feed_for(request.user, get_language())
    feed_path = reverse("events:member-calendar", args=[feed.token])
    return render(
        request,
        "events/my_registrations.html",
        {
            "rows": my_registration_rows(request.user, get_language()),
            "feed_url": request.build_absolute_uri(feed_path),
            "webcal_url": "webcal://" + request.get_host() + feed_path,
        },
    )


@login_required
@require_POST
def reset_calendar(request):
    from django.utils.translation import get_language

    feed = feed_for(request.user, get_language())
    feed.token = CalendarFeed.new_token()
    feed.language = get_language()
    feed.save(update_fields=["token", "language"])
    messages.success(
        request,
        _("Your calendar address has been changed. The old address no longer works."),
    )
    return redirect("events:my-registrations")
