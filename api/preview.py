"""Headless preview: a signed, expiring token that shows a page's latest revision.

An editor asks the admin for a preview link ("Preview in the app"). The admin checks
that they may edit the page and signs its id with Django's TimestampSigner; the
front end passes the token to ``GET /api/v3/preview/?token=…`` and gets the page as
the API shows it, but built from the latest revision — draft changes included.
Anyone holding the token can read that draft until it expires
(``HEADLESS_PREVIEW_MAX_AGE``, one hour by default), so links are short-lived and
answered with ``Cache-Control: private, no-store``. Rotating ``SECRET_KEY`` (without
keeping the old one in ``SECRET_KEY_FALLBACKS``) voids every token at once.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse

SALT = "api.headless-preview"


class PreviewTokenError(Exception):
    """The token is malformed, forged, expired or for a page that is gone."""


def make_preview_token(page) -> str:
    return signing.TimestampSigner(salt=SALT).sign_object({"page": page.pk})


def read_preview_token(token: str) -> int:
    """The page id a token was made for; PreviewTokenError with a clear reason."""
    signer = signing.TimestampSigner(salt=SALT)
    try:
        payload = signer.unsign_object(token, max_age=settings.HEADLESS_PREVIEW_MAX_AGE)
    except signing.SignatureExpired as error:
        raise PreviewTokenError(
            "The preview token has expired. Open the preview again from the admin."
        ) from error
    except (signing.BadSignature, ValueError, UnicodeDecodeError) as error:
        raise PreviewTokenError("The preview token is not valid.") from error
    page_id = payload.get("page") if isinstance(payload, dict) else None
    if not isinstance(page_id, int):
        raise PreviewTokenError("The preview token is not valid.")
    return page_id


def preview_url(request, page) -> str:
    """Where the editor's preview link goes: the front end's preview address
    (``HEADLESS_PREVIEW_URL`` with ``{token}``, ``{page_id}`` and ``{locale}``), or,
    when none is configured, the API's own preview endpoint."""
    token = make_preview_token(page)
    template = settings.HEADLESS_PREVIEW_URL
    if template:
        # Plain replacement, not str.format: a stray brace in the setting must not
        # break the editor's link.
        values = {
            "{token}": token,
            "{page_id}": str(page.pk),
            "{locale}": page.locale.language_code,
        }
        for placeholder, value in values.items():
            template = template.replace(placeholder, value)
        return template
    api_url = reverse("content_api:preview")
    return request.build_absolute_uri(f"{api_url}?token={token}")
