"""Translatable snippets: the law references guidance and the self-check cite."""

from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from api.pagination import Pagination, paginate
from api.schemas import ERRORS, Id, LawReference, LawReferenceList, LocaleCode
from core.i18n import language_of, locale_ids
from knowledge.models import LawReference as LawReferenceModel

law_references_router = Router(tags=["snippets"])


class LawReferenceFilters(Schema):
    locale: LocaleCode | None = Field(None, description="Only this language's.")


def _law_reference(reference: LawReferenceModel) -> dict:
    return {
        "id": reference.pk,
        "locale": language_of(reference.locale_id),
        "translation_key": str(reference.translation_key),
        "law": reference.law,
        "article": reference.article,
        "url": reference.url,
        "summary": reference.summary,
    }


@law_references_router.get(
    "/",
    response={200: LawReferenceList, **ERRORS},
    url_name="law-references-list",
    operation_id="law_references_list",
    summary="List law references",
)
def list_law_references(
    request: HttpRequest,
    filters: Query[LawReferenceFilters],
    pagination: Query[Pagination],
):
    queryset = LawReferenceModel.objects.order_by("law", "article", "pk")
    if filters.locale:
        queryset = queryset.filter(locale_id=locale_ids().get(filters.locale))
    count, references = paginate(queryset, pagination)
    return {"count": count, "items": [_law_reference(ref) for ref in references]}


@law_references_router.get(
    "/{reference_id}/",
    response={200: LawReference, 404: ERRORS[404], 422: ERRORS[422]},
    url_name="law-references-detail",
    operation_id="law_references_detail",
    summary="One law reference",
)
def get_law_reference(request: HttpRequest, reference_id: Id):
    reference = LawReferenceModel.objects.filter(pk=reference_id).first()
    if reference is None:
        raise Http404(f"No law reference has the id {reference_id}.")
    return _law_reference(reference)
