"""Signing up on an event page: what the page shows, and the ``register/`` route."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from core.http import csrf_refusal, is_same_origin, reader
from core.i18n import reader_url
from core.members import is_member
from events import services
from events.exceptions import MembersOnlyError, RegistrationError
from events.forms import RegistrationForm
from events.listing import Seats
from events.models import Event, Registration
from events.tokens import registration_token


def _event_with_counts(page) -> Event | None:
    return (
        Event.objects.with_counts().filter(translation_key=page.translation_key).first()
    )


def webcal(request, url: str) -> str:
    return "webcal://" + request.get_host() + url


def event_page_context(request, page) -> dict:
    """What the event page shows about seats and the reader's own registration."""
    event = _event_with_counts(page)
    # Without a session cookie the reader is anonymous: the page then reads no
    # session and writes no CSRF token, so the page cache may keep it.
    user = reader(request)
    mine = None
    if event is not None and user.is_authenticated:
        mine = (
            event.registrations.filter(user=user, status__in=Registration.ACTIVE)
            .order_by("-pk")
            .first()
        )
    seats = None
    if event is not None:
        seats = Seats(
            event.capacity,
            event.confirmed_count,
            event.waiting_count,
            event.registration_state(),
        )
    blocked = page.audience == "members" and not is_member(user)
    calendar_url = reader_url(request, page) + "calendar.ics"
    return {
        "event": event,
        "seats": seats,
        "my_registration": mine,
        "my_registration_url": _detail_path(mine),
        "members_only_blocked": blocked,
        "signup_form": None
        if blocked or mine
        else RegistrationForm(page=page, user=user),
        "signed_in": user.is_authenticated,
        "register_url": reader_url(request, page) + "register/",
        "calendar_url": calendar_url,
        "webcal_url": webcal(request, calendar_url),
    }


def _detail_path(registration) -> str:
    if registration is None:
        return ""
    from django.urls import reverse

    return reverse(
        "events:registration-detail", args=[registration_token(registration.pk)]
    )


def _render_error(request, page, message, status, form=None):
    overrides = {"signup_error": message}
    if form is not None:
        overrides["signup_form"] = form
    response = page.render(request, context_overrides=overrides)
    response.status_code = status
    return response


def register(request, page):
    """POST from the event page: validate, call the service, say what happened."""
    if request.method != "POST":
        return redirect(reader_url(request, page))
    user = request.user
    if page.audience == "members" and not is_member(user):
        error = MembersOnlyError()
        return _render_error(request, page, error.message, error.status_code)
    form = RegistrationForm(request.POST, page=page, user=user)
    if not form.is_valid():
        return _render_error(
            request, page, _("Please correct the errors below."), 400, form
        )
    signed_in = user.is_authenticated
    try:
        registration = services.register(
            services.event_for_page(page),
            email=user.email if signed_in else form.cleaned_data["email"],
            name=form.cleaned_data["name"],
            language=get_language(),
            user=user if signed_in else None,
            answers=form.answers(),
            guest=not signed_in,
        )
    except RegistrationError as error:
        return _render_error(request, page, error.message, error.status_code, form)
    if not signed_in:
        return page.render(
            request,
            template="events/registration_check_email.html",
            context_overrides={"registration": registration},
        )
    messages.success(request, _status_message(registration))
    return redirect(_detail_path(registration))


def _status_message(registration) -> str:
    Status = Registration.Status
    if registration.status == Status.CONFIRMED:
        return _("You are registered. A confirmation e-mail is on its way.")
    if registration.status == Status.WAITING:
        return _(
            "The event is full. You are number %(position)s on the waiting list. "
            "We will e-mail you if a seat becomes free."
        ) % {"position": registration.waiting_position}
    return _("Your application has been received. We will e-mail you our decision.")


@csrf_exempt  # checked here: the token for signed-in readers, the origin for guests
def page_register(request, path: str):
    """``<event page url>register/``, before Wagtail's router.

    A guest's form sits on a cached event page and carries no CSRF token (a token
    needs a cookie, core/http.py); a guest's registration only counts once they
    confirm it from their mailbox. So guests' POSTs must come from this site, and
    signed-in readers' POSTs carry the token as everywhere else. Then the page's
    ``register/`` route handles the POST as usual.
    """
    from wagtail.views import serve

    if request.method == "POST":
        if reader(request).is_authenticated:
            refusal = csrf_refusal(request)
            if refusal is not None:
                return refusal
        elif not is_same_origin(request):
            return render(
                request,
                "events/registration_error.html",
                {"message": _("This registration did not come from our site.")},
                status=403,
            )
    return serve(request, f"{path}register/")
