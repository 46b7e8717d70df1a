"""Run a site search: visible live pages of the reader's language, filterable by
page type, with snippets and the editors' promotions for the query.

A warm search costs the same few queries whatever the results hold: the type
counts, the ids of one page of results, and the hit counter (search/hits.py). The
text each snippet is cut from lives on the page's own type, and for publications in
their PDFs, so reading it costs a query per type and more per publication; it is
kept in the cache per page under the content version (bumped on every publish), as
are the editors' promotions for a query (bumped when an editor changes them).

Readers who are not signed in all get the same results for the same words, and
popular words come again and again: their type counts and page of results are kept
too (``_found_for_anyone``), so a repeated search costs the hit counter alone.
"""

import hashlib
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils.safestring import SafeString
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from core.cache import remember, versioned_key
from core.http import reader
from core.i18n import active_language, locale_ids, prefer_translations
from core.pagination import CountedPaginator, page_from, page_number_key
from search.highlight import page_text, snippet
from search.hits import normalised
from search.visibility import visible_q

PER_PAGE = 10
RANKED_RESULTS_LIMIT = 300
# Cached entries are replaced at the next publish anyway; this bounds the memory
# held by pages that nobody finds any more.
TEXT_TIMEOUT = 24 * 60 * 60
FOUND_TIMEOUT = 300


@dataclass
class Hit:
    page: Page  # not specific: what the page's own type holds is in the fields below
    type_label: str
    snippet: SafeString
    summary: str = ""


@dataclass
class TypeOption:
    value: str
    label: str
    count: int
    url: str
    active: bool


@dataclass
class Promotion:
    title: str
    url: str
    description: str
    page: Page | None = None


@dataclass
class SearchOutcome:
    results: object  # django.core.paginator.Page of Hit
    types: list[TypeOption] = field(default_factory=list)
    active_type: str = ""
    promotions: list[Promotion] = field(default_factory=list)


def _type_value(content_type: ContentType) -> str:
    return f"{content_type.app_label}.{content_type.model}"


def _type_label(content_type: ContentType) -> str:
    model = content_type.model_class()
    return str(model._meta.verbose_name_plural) if model else content_type.model


def visible_pages(request):
    return (
        Page.objects.live()
        .filter(locale_id=_locale_id(), alias_of__isnull=True)
        .filter(visible_q(reader(request)))
    )


def _locale_id() -> int | None:
    """The active language's Locale id, from the cached mapping (no query)."""
    return locale_ids().get(active_language())


def _found(request, query_string: str, type_value: str):
    """(type counts, the active type's id or None, the requested page of results
    as base pages, its number, the number of results)."""
    pages = visible_pages(request)
    counts = dict(pages.search(query_string).facet("content_type_id"))
    active_id = next(
        (
            content_type_id
            for content_type_id in counts
            if _type_value(ContentType.objects.get_for_id(content_type_id))
            == type_value
        ),
        None,
    )
    if active_id is not None:
        pages = pages.filter(content_type_id=active_id)
    # The type counts already say how many results there are: no count query.
    total = counts.get(active_id, 0) if active_id else sum(counts.values())
    if total > RANKED_RESULTS_LIMIT:
        # Ranking reads every matching page's whole index entry; for a query that
        # matches most of the site, the newest pages come first instead.
        found = pages.order_by("-first_published_at", "-id")
        found = found.search(query_string, order_by_relevance=False)
    else:
        found = pages.search(query_string)
    # The page number as the cache key has it, so an entry holds what its key says.
    results = CountedPaginator(found, PER_PAGE, count=total).get_page(
        page_number_key(request)
    )
    return counts, active_id, list(results.object_list), results.number, total


def _found_for_anyone(request, query_string: str, type_value: str):
    """``_found``, kept in the cache for readers who are not signed in: they all see
    the same results for the same words, and popular words are searched again and
    again. Under the content version (a publish changes results at once) and for
    FOUND_TIMEOUT seconds at most. Signed-in readers may see members-only pages:
    their searches are never cached."""
    if reader(request).is_authenticated:
        return _found(request, query_string, type_value)
    digest = hashlib.sha256(
        repr((query_string, type_value, page_number_key(request))).encode()
    ).hexdigest()
    return remember(
        versioned_key("search-found", _locale_id(), digest),
        lambda: _found(request, query_string, type_value),
        FOUND_TIMEOUT,
    )


def search_site(request, query_string: str, type_value: str) -> SearchOutcome:
    counts, active_id, pages, number, total = _found_for_anyone(
        request, query_string, type_value
    )
    types = []
    for content_type_id, count in counts.items():
        content_type = ContentType.objects.get_for_id(content_type_id)
        value = _type_value(content_type)
        types.append(
            TypeOption(
                value,
                _type_label(content_type),
                count,
                "?" + urlencode({"q": query_string, "type": value}),
                content_type_id == active_id,
            )
        )
    types.sort(key=lambda option: (-option.count, option.label))
    texts = page_texts(pages)
    hits = [
        Hit(
            page,
            str(page.specific_class._meta.verbose_name),
            snippet(texts[page.pk]["text"], query_string),
            texts[page.pk]["summary"],
        )
        for page in pages
        if page.pk in texts
    ]
    results = page_from(hits, number, total, PER_PAGE)
    promotions = []
    if active_id is None and number == 1:
        promotions = _promotions(request, query_string)
    return SearchOutcome(results, types, type_value if active_id else "", promotions)


def page_texts(pages) -> dict[int, dict]:
    """``{page id: {"text": …, "summary": …}}`` for ``pages``: from the cache, and
    from the specific pages (one query per type) for those it lacks."""
    keys = {page.pk: versioned_key("search-text", page.pk) for page in pages}
    if not keys:
        return {}
    cached = cache.get_many(keys.values())
    texts = {pk: cached[key] for pk, key in keys.items() if key in cached}
    missing = [pk for pk in keys if pk not in texts]
    if missing:
        fresh = {}
        for page in Page.objects.filter(pk__in=missing).specific():
            texts[page.pk] = fresh[keys[page.pk]] = {
                "text": page_text(page),
                "summary": str(getattr(page, "summary", "") or ""),
            }
        cache.set_many(fresh, TEXT_TIMEOUT)
    return texts


def _picks(query_string: str) -> list[SearchPromotion]:
    text = normalised(query_string)
    digest = hashlib.sha256(text.encode()).hexdigest()
    key = versioned_key("search-promotions", digest)
    picks = cache.get(key)
    if picks is None:
        picks = list(
            SearchPromotion.objects.filter(query__query_string=text).order_by(
                "sort_order"
            )
        )
        cache.set(key, picks, TEXT_TIMEOUT)
    return picks


def _promotions(request, query_string: str) -> list[Promotion]:
    """The editors' promoted results for this query: external links, and pages the
    reader may see, in the reader's language where translated."""
    picks = _picks(query_string)
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    allowed = {}
    if page_ids:
        originals = list(
            Page.objects.live().filter(visible_q(request.user)).filter(pk__in=page_ids)
        )
        translated = prefer_translations(originals, _locale_id())
        allowed = {o.pk: t for o, t in zip(originals, translated, strict=True)}
    promotions = []
    for pick in picks:
        if pick.page_id:
            page = allowed.get(pick.page_id)
            if page is not None:
                promotions.append(
                    Promotion(page.title, page.get_url(request), pick.description, page)
                )
        elif pick.external_link_url:
            promotions.append(
                Promotion(
                    pick.external_link_text or pick.external_link_url,
                    pick.external_link_url,
                    pick.description,
                )
            )
    return promotions
