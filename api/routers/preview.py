"""The headless preview endpoint (api.preview explains the token)."""

from django.http import HttpRequest, HttpResponse
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from wagtail.models import Page

from api.page_types import registry
from api.preview import PreviewTokenError, read_preview_token
from api.schemas import PageDetail, Problem
from api.serializers.context import SerializeContext
from api.serializers.pages import page_detail

router = Router(tags=["preview"])


class PreviewParams(Schema):
    token: str = Field(..., max_length=500, description="From the admin's link.")


@router.get(
    "/",
    response={200: PageDetail, 403: Problem, 404: Problem, 422: Problem},
    url_name="preview",
    operation_id="preview",
    summary="A page's latest revision (draft included), for a signed preview token",
)
def preview(
    request: HttpRequest,
    response: HttpResponse,
    params: Query[PreviewParams],
):
    # Never stored by a shared cache or kept by the browser: a draft is not public.
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex"
    try:
        page_id = read_preview_token(params.token)
    except PreviewTokenError as error:
        raise HttpError(403, str(error)) from error
    page = Page.objects.filter(pk=page_id).first()
    if page is None or registry.for_model(page.specific_class) is None:
        raise HttpError(404, "The page of this preview no longer exists.")
    latest = page.specific.get_latest_revision_as_object()
    return page_detail(latest, SerializeContext(request))
