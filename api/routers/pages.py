"""Public pages: a filterable list and each page's detail."""

from typing import Literal

from django.http import Http404, HttpRequest, HttpResponse
from ninja import Field, Query, Router, Schema
from wagtail.models import Page

from api.page_types import registry
from api.pagination import Pagination, paginate, set_last_modified, versioned_count
from api.schemas import ERRORS, Id, LocaleCode, PageDetail, PageList
from api.serializers.context import SerializeContext
from api.serializers.pages import page_detail
from api.serializers.summaries import cached_summaries
from api.visibility import public_pages
from core.i18n import locale_ids
from core.routing import cached_site
from core.visibility import public_q

router = Router(tags=["pages"])

TypeLabel = Literal[tuple(registry.labels())]  # ty: ignore[invalid-type-form]
ORDERINGS = {
    "tree": ("path",),
    "title": ("title", "pk"),
    "-title": ("-title", "-pk"),
    "first_published_at": ("first_published_at", "pk"),
    "-first_published_at": ("-first_published_at", "-pk"),
    "last_published_at": ("last_published_at", "pk"),
    "-last_published_at": ("-last_published_at", "-pk"),
}
Ordering = Literal[tuple(ORDERINGS)]  # ty: ignore[invalid-type-form]


class PageFilters(Schema):
    locale: LocaleCode | None = Field(None, description="Only pages in this language.")
    type: list[TypeLabel] = Field(
        [], description="Only pages of these types (app_label.ModelName)."
    )
    child_of: Id | None = Field(None, description="Only children of this page.")
    descendant_of: Id | None = Field(None, description="Only pages below this one.")
    translation_of: Id | None = Field(
        None, description="Only the other translations of this page."
    )
    order: Ordering = Field("tree", description="Sort order; 'tree' is menu order.")


def _public_page(page_id: int) -> Page:
    page = public_pages().filter(pk=page_id).first()
    if page is None:
        raise Http404(f"No public page has the id {page_id}.")
    return page


def _filter(queryset, filters: PageFilters):
    if filters.locale:
        queryset = queryset.filter(locale_id=locale_ids().get(filters.locale))
    if filters.child_of:
        queryset = queryset.child_of(_public_page(filters.child_of))
    if filters.descendant_of:
        queryset = queryset.descendant_of(_public_page(filters.descendant_of))
    if filters.translation_of:
        source = _public_page(filters.translation_of)
        queryset = queryset.filter(translation_key=source.translation_key).exclude(
            pk=source.pk
        )
    return queryset.order_by(*ORDERINGS[filters.order])


@router.get(
    "/",
    response={200: PageList, **ERRORS},
    url_name="pages-list",
    operation_id="pages_list",
    summary="List public pages",
)
def list_pages(
    request: HttpRequest,
    response: HttpResponse,
    filters: Query[PageFilters],
    pagination: Query[Pagination],
):
    models = [registry.get(label).model for label in filters.type] or None
    queryset = _filter(public_pages(models), filters)
    count, pages = paginate(queryset, pagination, versioned_count)
    rows = pages.values_list("pk", "content_type_id")
    items = cached_summaries(rows, SerializeContext(request))
    set_last_modified(response, (item["last_published_at"] for item in items))
    return {"count": count, "items": items}


class FindParams(Schema):
    path: str = Field(
        ...,
        min_length=1,
        max_length=500,
        pattern=r"^/[^\x00?#]*$",
        description="A page's path on the site, e.g. /en/news/annual-report/.",
    )


def _page_at_path(request: HttpRequest, path: str) -> Page:
    """The public page a site path shows in its own language (no fallback to the
    Japanese original: an untranslated path is a 404 here, decision 0004 is the
    site's)."""
    segments = [segment for segment in path.split("/") if segment]
    locale_id = locale_ids().get(segments[0]) if segments else None
    site = cached_site(request)
    home = None
    if locale_id and site is not None:
        # The language's home may be an alias (wagtail-localize's placeholder for an
        # untranslated home); the pages below it can still be real translations.
        home = (
            Page.objects.live()
            .filter(public_q())
            .filter(translation_key=site.root_page.translation_key, locale_id=locale_id)
            .first()
        )
    if home is None:
        raise Http404(f"No public page is at {path}.")
    url_path = home.url_path + "".join(f"{segment}/" for segment in segments[1:])
    page = public_pages().filter(url_path=url_path).first()
    if page is None:
        raise Http404(f"No public page is at {path}.")
    return page


@router.get(
    "/find/",
    response={200: PageDetail, 404: ERRORS[404], 422: ERRORS[422]},
    url_name="pages-find",
    operation_id="pages_find",
    summary="The public page at a path of the site",
)
def find_page(request: HttpRequest, response: HttpResponse, params: Query[FindParams]):
    page = _page_at_path(request, params.path).specific
    set_last_modified(response, [page.last_published_at])
    return page_detail(page, SerializeContext(request))


@router.get(
    "/{page_id}/",
    response={200: PageDetail, 404: ERRORS[404], 422: ERRORS[422]},
    url_name="pages-detail",
    operation_id="pages_detail",
    summary="One public page with its fields and translations",
)
def get_page(request: HttpRequest, response: HttpResponse, page_id: Id):
    page = _public_page(page_id).specific
    set_last_modified(response, [page.last_published_at])
    return page_detail(page, SerializeContext(request))
