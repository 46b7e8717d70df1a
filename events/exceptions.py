"""Why a registration could not be made or changed: translated, safe to show."""

from django.utils.translation import gettext_lazy as _


class RegistrationError(Exception):
    """Base of every signup error. ``status_code`` is what the view answers with."""

    status_code = 400
    message = _("The registration could not be completed.")

    def __init__(self, message=None):
        super().__init__(message or self.message)
        self.message = message or self.message


class RegistrationClosedError(RegistrationError):
    status_code = 409
    message = _("Registration for this event is closed.")


class RegistrationNotOpenError(RegistrationError):
    status_code = 409
    message = _("Registration for this event has not opened yet.")


class EventFullError(RegistrationError):
    status_code = 409
    message = _("This event is full, and it has no waiting list.")


class AlreadyRegisteredError(RegistrationError):
    status_code = 409
    message = _("You are already registered for this event.")


class MembersOnlyError(RegistrationError):
    status_code = 403
    message = _(
        "This event is for members only. Please sign in with a member account "
        "to register."
    )


class InvalidLinkError(RegistrationError):
    status_code = 400
    message = _("This link is not valid. Please use the link from your e-mail.")


class ExpiredLinkError(RegistrationError):
    status_code = 410
    message = _("This link has expired. Please register again.")


class InvalidTransitionError(RegistrationError):
    status_code = 409
    message = _("This registration cannot be changed in that way any more.")
