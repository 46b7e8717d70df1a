"""Staff must use two-factor authentication before they reach the Wagtail admin.

Members may turn it on; staff (anyone who can open the admin) must. A staff account
without an authenticator that asks for an admin page is sent to allauth's TOTP set-up
page, in the reader's language, and comes back afterwards. Once an authenticator
exists, allauth asks for a code at every sign-in.
"""

from urllib.parse import urlencode

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from config.languages import LANGUAGE_CODES

ADMIN_PREFIX = "/admin/"


def needs_two_factor_setup(user) -> bool:
    if not (user.is_authenticated and (user.is_staff or user.is_superuser)):
        return False
    return not Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).exists()


class StaffTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.STAFF_REQUIRE_TWO_FACTOR:
            return self.get_response(request)
        if request.path.startswith(ADMIN_PREFIX) and needs_two_factor_setup(
            request.user
        ):
            language = getattr(request, "LANGUAGE_CODE", None)
            with override(language if language in LANGUAGE_CODES else None):
                url = reverse("mfa_activate_totp")
                messages.warning(
                    request,
                    _(
                        "Staff accounts need two-factor authentication. Set it up "
                        "to continue to the admin."
                    ),
                )
            return HttpResponseRedirect(f"{url}?{urlencode({'next': request.path})}")
        return self.get_response(request)
