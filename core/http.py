"""Request helpers for forms that anonymous readers post from cached pages.

A page in the page cache (core/page_cache.py) must not read the session or set a CSRF
cookie. Forms that anonymous readers send from such pages (the guidance "was this
helpful?" answer, a guest's event registration) therefore carry no CSRF token; their
views check where the POST came from instead (docs/decisions/0005), and check the
token as usual for signed-in readers, whose pages are never cached.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.middleware.csrf import CsrfViewMiddleware


def has_session_cookie(request) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def reader(request):
    """``request.user`` without reading the session when there is no session
    cookie: such a reader is anonymous, and the page stays cacheable."""
    if not has_session_cookie(request):
        return AnonymousUser()
    return request.user


def is_same_origin(request) -> bool:
    """The form was posted from a page of this site.

    Browsers send ``Origin`` (or at least ``Referer``) with every form POST, and
    another site can forge neither, so a page elsewhere cannot post in a reader's
    name.
    """
    source = request.headers.get("Origin") or request.headers.get("Referer") or ""
    parts = urlsplit(source)
    return bool(parts.netloc) and parts.netloc == request.get_host()


def csrf_refusal(request):
    """Django's CSRF check, for a view that is exempt from the middleware's: the
    refusal response, or None when the token is good."""
    return CsrfViewMiddleware(lambda _request: None).process_view(request, None, (), {})
