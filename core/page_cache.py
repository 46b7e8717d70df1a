"""A shared cache of whole public pages for anonymous readers, and safe compression.

Most readers are anonymous and read the same pages: a Wagtail page rendered once is
stored in the default cache (Redis in production, per-process memory otherwise) and
served from there until the content version changes (core/cache.py, bumped by
core/signals.py on every publish, unpublish, move, delete, privacy or settings
change, and by feature apps through ``core.cache.bump_content_version``).

What is stored, and when (docs/decisions/0011-page-cache.md):
- only GET responses of Wagtail's page view (``wagtail.views.serve``), status 200;
- only for requests without a session or messages cookie: a signed-in member, an
  editor, or a reader who unlocked a password-protected page always gets a fresh page;
- never a response that sets a cookie, varies on Cookie (a CSRF token or the session
  was used while rendering it) or says it is private or not to be stored.
The key is the host, the full path with its query string, the language (from the
path's prefix, or Accept-Language where there is none) and whether the client takes
gzip. Entries also expire after ``PAGE_CACHE_TIMEOUT`` seconds, which bounds how stale
anything that changes without a publish (e.g. "upcoming" lists) can become.

Cache-Control: stored pages say ``public, max-age=60, stale-while-revalidate=…`` and
``Vary: Cookie`` (a browser that later signs in does not reuse them); every other
response without a Cache-Control of its own says ``private, no-cache``.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.translation import get_language_from_path

from core.cache import content_version

PAGE_VIEWS = {"wagtail.views.serve"}
HIT_HEADER = "X-Page-Cache"


def _setting(name: str, default):
    return getattr(settings, name, default)


def _bypass_cookies() -> tuple[str, ...]:
    return (
        settings.SESSION_COOKIE_NAME,
        _setting("MESSAGE_COOKIE_NAME", "messages"),
    )


def is_anonymous_request(request) -> bool:
    """No cookie that makes a page personal: no session (signed in, or a page
    password entered) and no pending messages."""
    return not any(name in request.COOKIES for name in _bypass_cookies())


def request_language(request) -> str:
    from core.views import preferred_language

    return get_language_from_path(request.path_info) or preferred_language(request)


def page_cache_key(request) -> str:
    gzip = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return ":".join(
        [
            "page",
            str(content_version()),
            request_language(request),
            "gz" if gzip else "id",
            digest,
        ]
    )


def _varies_on_cookie(response) -> bool:
    vary = response.get("Vary", "")
    return "cookie" in {v.strip().lower() for v in cc_delim_re.split(vary)} or (
        vary.strip() == "*"
    )


def is_storable(request, response) -> bool:
    cache_control = response.get("Cache-Control", "").lower()
    return (
        getattr(request, "_page_cacheable", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not _varies_on_cookie(response)
        and not any(
            word in cache_control for word in ("private", "no-store", "no-cache")
        )
    )


class PageCacheMiddleware:
    """Serve anonymous readers' Wagtail pages from the shared cache (see above).

    Sits right after WhiteNoise, before sessions, CSRF and authentication: a hit
    skips all of them and the database. Headers written by the middleware inside it
    (CSP, Permissions-Policy, Content-Language, Vary) are stored with the page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cacheable = (
            _setting("PAGE_CACHE_ENABLED", True)
            and request.method == "GET"
            and is_anonymous_request(request)
        )
        key = page_cache_key(request) if cacheable else None
        if key is not None:
            response = cache.get(key)
            if response is not None:
                response.headers[HIT_HEADER] = "hit"
                return response
        response = self.get_response(request)
        if key is not None and is_storable(request, response):
            self._mark_public(response)
            cache.set(key, response, _setting("PAGE_CACHE_TIMEOUT", 300))
            response.headers[HIT_HEADER] = "miss"
        elif not response.has_header("Cache-Control"):
            response.headers["Cache-Control"] = "private, no-cache"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        name = f"{view_func.__module__}.{view_func.__name__}"
        request._page_cacheable = name in PAGE_VIEWS

    @staticmethod
    def _mark_public(response) -> None:
        max_age = _setting("PAGE_CACHE_MAX_AGE", 60)
        stale = _setting("PAGE_CACHE_STALE_WHILE_REVALIDATE", 300)
        response.headers["Cache-Control"] = (
            f"public, max-age={max_age}, stale-while-revalidate={stale}"
        )
        patch_vary_headers(response, ["Cookie"])


class SafeGZipMiddleware(GZipMiddleware):
    """Django's gzip, except for responses that vary on Cookie.

    BREACH needs a secret in a compressed body next to text an attacker controls. A
    response that varies on Cookie is one that read the session or wrote a CSRF
    token, so it may hold a secret: it goes out uncompressed (it is private, small
    and rare). Everything else is the same for every reader and holds no secret.
    Django also pads every gzip stream with random bytes (``max_random_bytes``).
    """

    def process_response(self, request, response):
        if _varies_on_cookie(response):
            return response
        return super().process_response(request, response)
