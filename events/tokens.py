"""Signed links in event mail: view or cancel a registration, confirm an e-mail.

The links carry the registration's id signed with the site's secret key
(django.core.signing), so they need no table and cannot be guessed or altered. The
guest confirmation link expires after a few days; the others last until the event.
"""

from django.core import signing

from events.exceptions import ExpiredLinkError, InvalidLinkError

REGISTRATION_SALT = "events.registration"
CONFIRM_SALT = "events.confirm-email"
CONFIRM_MAX_AGE = 3 * 24 * 60 * 60
REGISTRATION_MAX_AGE = 2 * 365 * 24 * 60 * 60


def registration_token(registration_id: int) -> str:
    return signing.dumps(registration_id, salt=REGISTRATION_SALT, compress=True)


def confirm_token(registration_id: int) -> str:
    return signing.dumps(registration_id, salt=CONFIRM_SALT, compress=True)


def _load(token: str, salt: str, max_age: int) -> int:
    try:
        value = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredLinkError() from error
    except signing.BadSignature as error:
        raise InvalidLinkError() from error
    if not isinstance(value, int):
        raise InvalidLinkError()
    return value


def read_registration_token(token: str) -> int:
    return _load(token, REGISTRATION_SALT, REGISTRATION_MAX_AGE)


def read_confirm_token(token: str) -> int:
    return _load(token, CONFIRM_SALT, CONFIRM_MAX_AGE)
