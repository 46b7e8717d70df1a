"""What every /api/ response gets: no session, CORS for listed origins, caching.

- **Anonymous.** The API ignores the session cookie: ``request.user`` is anonymous,
  so a signed-in editor's browser sees what everyone sees, and one cached answer
  fits all (api.visibility). Endpoints that need a person authenticate with a token.
- **CORS.** Only origins in ``CORS_ALLOWED_ORIGINS`` (from the environment) get
  ``Access-Control-Allow-Origin``; a preflight from them is answered here with 204.
  No credentials: cookies are never needed. Other origins get no CORS headers, so
  browsers refuse to hand the answer to their scripts.
- **Caching.** A successful GET gets ``Cache-Control: public, max-age=…`` (unless the
  view set its own, as the preview does), a strong ETag of the body, and conditional
  GET: ``If-None-Match`` / ``If-Modified-Since`` that still match give 304.
- **404s stay 404s** (not redirects to a language prefix; see ``__call__``).
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.utils.cache import (
    get_conditional_response,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import parse_http_date_safe

API_PREFIX = "/api/"
ALLOWED_METHODS = "GET, HEAD, OPTIONS, POST, DELETE"
ALLOWED_HEADERS = (
    "Accept, Accept-Language, Authorization, Content-Type, If-Modified-Since, "
    "If-None-Match"
)
EXPOSED_HEADERS = "ETag, Last-Modified"


class ApiMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        request.user = AnonymousUser()
        origin = request.headers.get("Origin")
        allowed = origin in settings.CORS_ALLOWED_ORIGINS
        if request.method == "OPTIONS" and "Access-Control-Request-Method" in (
            request.headers
        ):
            response = HttpResponse(status=204)
            if allowed:
                response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
                response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
                response.headers["Access-Control-Max-Age"] = "3600"
        else:
            response = self._get_or_head(request)
        # Django's LocaleMiddleware answers a 404 with a redirect to /<language>/<path>
        # whenever that path resolves, and Wagtail's catch-all page route resolves
        # everything. From here on, the request reads a URLconf without language
        # prefixes, so an API 404 stays a 404 (the view has already been resolved).
        request.urlconf = "api.urls"
        if allowed:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        if settings.CORS_ALLOWED_ORIGINS:
            patch_vary_headers(response, ("Origin",))
        return response

    def _get_or_head(self, request):
        """django-ninja routes GET only; HEAD is the same answer without a body."""
        if request.method != "HEAD":
            return self._cacheable(request, self.get_response(request))
        request.method = "GET"
        response = self.get_response(request)
        request.method = "HEAD"
        response = self._cacheable(request, response)
        if not response.streaming:
            length = len(response.content)
            response.content = b""
            response.headers["Content-Length"] = str(length)
        return response

    def _cacheable(self, request, response):
        if (
            request.method not in ("GET", "HEAD")
            or response.status_code != 200
            or response.streaming
        ):
            return response
        if not response.has_header("Cache-Control"):
            response.headers["Cache-Control"] = (
                f"public, max-age={settings.API_CACHE_MAX_AGE}"
            )
        if not response.has_header("ETag"):
            set_response_etag(response)
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        return get_conditional_response(
            request,
            etag=response["ETag"],
            last_modified=last_modified,
            response=response,
        )
