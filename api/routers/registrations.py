"""A member registers for an event, or cancels, with a personal API token.

The same rules and messages as the event page: the registration form's validation
(events.forms.RegistrationForm) and the services (events.services), which lock the
event's seats row. Tokens are Wagtail's ``APIToken``s, created and revoked by the
member on their account (api.views.api_tokens); ``Authorization: Bearer <token>``.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import override
from ninja import Field, Router, Schema
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError
from wagtail.api.v3.auth import BearerTokenAuth

from api.routers.events import language_of, public_events
from api.schemas import Id, Problem
from core.members import is_member
from events import services
from events.exceptions import MembersOnlyError, RegistrationError
from events.forms import RegistrationForm
from events.models import Registration

router = Router(tags=["events"], auth=BearerTokenAuth())

ERRORS = {
    400: Problem,
    401: Problem,
    403: Problem,
    404: Problem,
    409: Problem,
    422: Problem,
}


class RegistrationIn(Schema):
    name: str = Field("", max_length=200, description="Defaults to the account's name.")
    organisation: str = Field("", max_length=200)
    role: str = Field("", max_length=200)
    motivation: str = Field("", max_length=2000)
    dietary: str = Field("", max_length=300)
    accessibility: str = Field("", max_length=300)
    interpretation: str = Field("", max_length=20)


class RegistrationOut(Schema):
    status: str = Field(description="confirmed, waiting, applied or cancelled")
    waiting_position: int | None


def _event_page(page_id: int):
    page = public_events().filter(pk=page_id).first()
    if page is None:
        raise Http404(f"No public event has the id {page_id}.")
    return page


def _member(request: HttpRequest):
    if not is_member(request.user):
        raise HttpError(403, str(MembersOnlyError().message))
    return request.user


def _out(registration: Registration) -> dict:
    return {
        "status": registration.status,
        "waiting_position": registration.waiting_position,
    }


@router.post(
    "/{page_id}/registration/",
    response={200: RegistrationOut, **ERRORS},
    url_name="events-register",
    operation_id="events_register",
    summary="Register the token's member for an event",
)
def register(
    request: HttpRequest,
    response: HttpResponse,
    page_id: Id,
    payload: RegistrationIn,
):
    response.headers["Cache-Control"] = "no-store"
    page = _event_page(page_id)
    with override(language_of(page)):
        user = _member(request)
        data = payload.dict()
        data["name"] = data["name"] or user.get_full_name() or user.email
        form = RegistrationForm(data, page=page, user=user)
        if not form.is_valid():
            raise NinjaValidationError(
                [
                    {"type": "value_error", "loc": ["body", name], "msg": str(msg)}
                    for name, messages in form.errors.items()
                    for msg in messages
                ]
            )
        try:
            registration = services.register(
                services.event_for_page(page),
                email=user.email,
                name=form.cleaned_data["name"],
                language=language_of(page),
                user=user,
                answers=form.answers(),
            )
        except RegistrationError as error:
            raise HttpError(error.status_code, str(error.message)) from error
        return _out(registration)


@router.delete(
    "/{page_id}/registration/",
    response={200: RegistrationOut, **ERRORS},
    url_name="events-cancel",
    operation_id="events_cancel",
    summary="Cancel the token's member's registration for an event",
)
def cancel(request: HttpRequest, response: HttpResponse, page_id: Id):
    response.headers["Cache-Control"] = "no-store"
    page = _event_page(page_id)
    with override(language_of(page)):
        user = _member(request)
        registration = (
            Registration.objects.filter(
                event__translation_key=page.translation_key,
                status__in=Registration.ACTIVE,
            )
            .filter(user=user)
            .first()
        )
        if registration is None:
            raise Http404("You have no active registration for this event.")
        try:
            registration = services.cancel(registration)
        except RegistrationError as error:
            raise HttpError(error.status_code, str(error.message)) from error
        return _out(registration)
