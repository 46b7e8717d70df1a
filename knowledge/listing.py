"""Filtered listings with counts (links, no JavaScript) in a constant number of queries.

An archive reads the few columns it filters on for all its items in one query, works
out every option's count in Python (the count an option would give with the other
active filters kept), then fetches only the page of items shown. The archives hold
hundreds of items at most, so reading their filter columns is cheap, and the number
of queries never grows with the number of items.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator

from core.i18n import shows_untranslated
from core.taxonomy import Country, Industry, Principle

PER_PAGE = 12


@dataclass
class FilterOption:
    value: str
    label: str
    count: int
    url: str
    active: bool


@dataclass
class Facet:
    """One filter: its query parameter, label and the options that match something."""

    name: str
    label: str
    options: list[FilterOption] = field(default_factory=list)
    clear_url: str = ""

    @property
    def active(self) -> bool:
        return any(option.active for option in self.options)


@dataclass(frozen=True)
class FacetSpec:
    name: str
    label: str
    values: Callable[[dict], Iterable[str]]  # the values one item has for this filter
    labels: dict


def _url(params: dict[str, str]) -> str:
    return "?" + urlencode(sorted((k, v) for k, v in params.items() if v))


def filter_items(rows: list[dict], specs: list[FacetSpec], request):
    """(matching rows, facets) for the request's active filters."""
    active = {
        spec.name: request.GET.get(spec.name, "")
        for spec in specs
        if request.GET.get(spec.name, "") in {str(k) for k in spec.labels}
    }

    def matches(row, skip=None):
        return all(
            value in {str(v) for v in spec.values(row)}
            for spec in specs
            if spec.name != skip and (value := active.get(spec.name))
        )

    facets = []
    for spec in specs:
        others = [row for row in rows if matches(row, skip=spec.name)]
        counts: dict[str, int] = {}
        for row in others:
            for value in {str(v) for v in spec.values(row)}:
                counts[value] = counts.get(value, 0) + 1
        facet = Facet(spec.name, spec.label, clear_url=_url({**active, spec.name: ""}))
        for value, label in spec.labels.items():
            value = str(value)
            if counts.get(value) or active.get(spec.name) == value:
                facet.options.append(
                    FilterOption(
                        value,
                        str(label),
                        counts.get(value, 0),
                        _url({**active, spec.name: value}),
                        active.get(spec.name) == value,
                    )
                )
        facets.append(facet)
    return [row for row in rows if matches(row)], facets, active


def _page_of(index_page, queryset, rows, request):
    """The requested page of ``rows``, as translated pages, in the rows' order."""
    paginator = Paginator(rows, PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    ids = [row["pk"] for row in page.object_list]
    by_id = {item.pk: item for item in queryset.filter(pk__in=ids)}
    page.object_list = index_page.translated([by_id[pk] for pk in ids if pk in by_id])
    return page


def publication_listing(index_page, request) -> dict:
    from knowledge.models import PublicationPage

    publications = index_page.publications()
    rows = list(publications.values("pk", "kind", "year"))
    years = sorted({row["year"] for row in rows}, reverse=True)
    specs = [
        FacetSpec(
            "kind",
            PublicationPage._meta.get_field("kind").verbose_name,
            lambda row: [row["kind"]],
            dict(PublicationPage.Kind.choices),
        ),
        FacetSpec(
            "year",
            PublicationPage._meta.get_field("year").verbose_name,
            lambda row: [row["year"]],
            {year: str(year) for year in years},
        ),
    ]
    matching, facets, active = filter_items(rows, specs, request)
    items = _page_of(index_page, publications, matching, request)
    return {
        "facets": facets,
        "active_filters": active,
        "items": items,
        "shows_japanese": shows_untranslated(items.object_list, index_page.locale_id),
    }


def best_practice_listing(index_page, request) -> dict:
    from knowledge.models import BestPracticePage

    practices = index_page.practices().order_by("-year", "title", "pk")
    rows = list(practices.values("pk", "industry", "sending_country", "themes", "year"))
    years = sorted({row["year"] for row in rows}, reverse=True)
    meta = BestPracticePage._meta
    specs = [
        FacetSpec(
            "theme",
            meta.get_field("themes").verbose_name,
            lambda row: row["themes"] or [],
            dict(Principle.choices),
        ),
        FacetSpec(
            "industry",
            meta.get_field("industry").verbose_name,
            lambda row: [row["industry"]],
            dict(Industry.choices),
        ),
        FacetSpec(
            "country",
            meta.get_field("sending_country").verbose_name,
            lambda row: [row["sending_country"]] if row["sending_country"] else [],
            dict(Country.choices),
        ),
        FacetSpec(
            "year",
            meta.get_field("year").verbose_name,
            lambda row: [row["year"]],
            {year: str(year) for year in years},
        ),
    ]
    matching, facets, active = filter_items(rows, specs, request)
    items = _page_of(index_page, practices, matching, request)
    return {
        "facets": facets,
        "active_filters": active,
        "items": items,
        "shows_japanese": shows_untranslated(items.object_list, index_page.locale_id),
    }
