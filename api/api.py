"""The public content API at /api/v3/: read-only, anonymous, cacheable.

We mount our own django-ninja API rather than Wagtail's v3 instance, and reuse
Wagtail's pieces (problem-details errors, the collection-privacy rule); why is in
docs/decisions/0010-headless-api.md. OpenAPI: /api/v3/openapi.json; docs: /api/v3/docs/.
"""

from django.conf import settings
from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.renderers import JSONRenderer
from wagtail.api.v3.errors import problem_response, register_exception_handlers

from api.routers import ROUTERS


def _gate_docs(view):
    """Honour WAGTAILAPI_DOCS_ENABLED like Wagtail's API: off → the docs are a 404."""

    def wrapper(request, *args, **kwargs):
        if not getattr(settings, "WAGTAILAPI_DOCS_ENABLED", True):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


class Utf8JSONRenderer(JSONRenderer):
    """UTF-8 as is, not \\u escapes: Japanese, Burmese or Khmer text is half the
    bytes (3 per character instead of 6), for readers on metered data."""

    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    renderer=Utf8JSONRenderer(),
    title="JP-MIRAI content API",
    version="3.0.0",
    description=(
        "Public, read-only content of the JP-MIRAI site for the portal app: pages "
        "in every language, images, documents and law references. Anonymous and "
        "cacheable (ETag, Last-Modified); see docs/api.md in the repository."
    ),
    urls_namespace="content_api",
    docs_decorator=_gate_docs,
    openapi_url="/openapi.json",
    docs_url="/docs/",
)

register_exception_handlers(api)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    """A missing, revoked or unknown token: problem details like every error."""
    return problem_response(
        status=401, detail="A valid personal API token is required (Bearer)."
    )


for prefix, router in ROUTERS:
    api.add_router(prefix, router)
