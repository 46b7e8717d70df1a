"""What the guidance templates show, read with a fixed number of queries.

Topic, stage and law names are shown in the reader's language: guidance pages point
at the Japanese rows, and each row's translation (same translation key) replaces it
where there is one. The names change only when an editor saves a term or publishes
a page, both of which bump the content version (core/cache.py), so they are cached
with it and a warm page reads none of them from the database.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.cache import cache
from django.urls import reverse

from config.languages import DEFAULT_LANGUAGE, SITE_LANGUAGES
from core.cache import versioned_key
from core.i18n import (
    active_language,
    in_language,
    language_of,
    prefer_translations,
    reader_url,
    shows_untranslated,
    source_page,
)
from core.visibility import public
from knowledge.models.taxonomy import Stage, Topic

CACHE_SECONDS = 60 * 60
THANKS_PARAM = "helpful"
THANKS_VALUE = "thanks"


@dataclass(frozen=True)
class Term:
    """A topic or stage as a reader sees it: its name in their language if it has
    one (``language`` says which), and the slug filter links use."""

    slug: str
    name: str
    language: str
    translation_key: str


@dataclass(frozen=True)
class FilterLink:
    term: Term
    url: str
    is_current: bool


@dataclass(frozen=True)
class LanguageChoice:
    code: str
    own_name: str
    url: str
    is_current: bool


def in_reader_language(rows: list, language: str) -> list:
    """``rows`` (translatable snippets) each replaced by its translation in
    ``language``, else its Japanese version, else itself. One query."""
    if not rows:
        return []
    model = type(rows[0])
    found = {}
    for row in model.objects.filter(
        translation_key__in={row.translation_key for row in rows},
        locale__language_code__in={language, DEFAULT_LANGUAGE},
    ).select_related("locale"):
        versions = found.setdefault(row.translation_key, {})
        versions[row.locale.language_code] = row
    result = []
    for row in rows:
        versions = found.get(row.translation_key, {})
        result.append(versions.get(language) or versions.get(DEFAULT_LANGUAGE) or row)
    return result


def terms(model, language: str) -> list[Term]:
    """Every topic (or stage) in order, named in ``language`` where translated."""
    key = versioned_key("guidance-terms", model.__name__, language)
    value = cache.get(key)
    if value is None:
        originals = list(model.objects.filter(locale__language_code=DEFAULT_LANGUAGE))
        value = [
            Term(
                row.slug,
                row.name,
                language_of(row.locale_id),
                str(row.translation_key),
            )
            for row in in_reader_language(originals, language)
        ]
        cache.set(key, value, CACHE_SECONDS)
    return value


def _filter_links(all_terms, param, selected, other_params) -> list[FilterLink]:
    links = []
    for term in all_terms:
        params = {**other_params, param: term.slug}
        links.append(FilterLink(term, "?" + urlencode(params), term.slug == selected))
    return links


def language_choices(request, page) -> list[LanguageChoice]:
    """The same page in every language: its translation, or the original at that
    language's address with a notice (the slug is the same in every tree)."""
    url = page.get_url(request) or ""
    current = active_language()
    return [
        LanguageChoice(code, own_name, in_language(url, code), code == current)
        for code, _name, own_name, _script in SITE_LANGUAGES
    ]


def _cached(request, key_parts, build):
    """``build()``, cached until the next publish or term change (not in previews)."""
    if getattr(request, "is_preview", False):
        return build()
    key = versioned_key(*key_parts)
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CACHE_SECONDS)
    return value


def breadcrumbs(request, page) -> list[tuple[str, str]]:
    """(address, title) of the page's ancestors below the site root, in order."""
    return [
        (reader_url(request, ancestor), ancestor.title)
        for ancestor in page.get_ancestors().live()[1:]
    ]


def index_context(index, request) -> dict:
    language = active_language()
    topics = terms(Topic, language)
    stages = terms(Stage, language)
    topic = _selected(request.GET.get("topic"), topics)
    stage = _selected(request.GET.get("stage"), stages)
    listing = _cached(
        request,
        ("guidance-index", request.get_host(), index.pk, language, topic, stage),
        lambda: _listing(index, request, language, topic, stage),
    )
    keep_stage = {"stage": stage} if stage else {}
    keep_topic = {"topic": topic} if topic else {}
    return {
        **listing,
        "language_choices": language_choices(request, index),
        "topic_links": _filter_links(topics, "topic", topic, keep_stage),
        "stage_links": _filter_links(stages, "stage", stage, keep_topic),
        "selection": " · ".join(
            term.name for term in [*topics, *stages] if term.slug in (topic, stage)
        ),
    }


def _listing(index, request, language, topic, stage) -> dict:
    """The index's pages (the Japanese tree, translations swapped in) and what the
    template needs around them."""
    from knowledge.models.guidance import GuidancePage

    pages = public(GuidancePage.objects.child_of(source_page(index)).live())
    if topic:
        pages = pages.filter(topics__slug=topic)
    if stage:
        pages = pages.filter(stages__slug=stage)
    pages = list(pages.order_by("path"))
    if pages:
        pages = prefer_translations(pages, index.locale_id)
    return {
        "guidance_index_url": reader_url(request, index),
        "breadcrumbs": breadcrumbs(request, index),
        "guidance_pages": pages,
        # Untranslated pages are listed with their Japanese titles: their font too.
        "shows_japanese": shows_untranslated(pages, index.locale_id),
    }


def _selected(slug, all_terms) -> str:
    """A filter slug the index knows, or '' (an unknown one filters nothing)."""
    return slug if slug and any(term.slug == slug for term in all_terms) else ""


def page_context(page, request) -> dict:
    language = active_language()
    about = _cached(
        request,
        ("guidance-about", request.get_host(), page.pk, language),
        lambda: _about(page, request, language),
    )
    return {
        **about,
        "feedback_url": reverse("guidance-feedback", args=[page.pk]),
        "feedback_thanks": request.GET.get(THANKS_PARAM) == THANKS_VALUE,
    }


def _about(page, request, language) -> dict:
    """Topics, stages, laws and the index address of a guidance page."""
    topic_keys = {str(k) for k in page.topics.values_list("translation_key", flat=True)}
    stage_keys = {str(k) for k in page.stages.values_list("translation_key", flat=True)}
    laws = in_reader_language(list(page.law_references.all()), language)
    trail = breadcrumbs(request, page)
    index_url = trail[-1][0] if trail else ""
    return {
        "guidance_index_url": index_url,
        "breadcrumbs": trail,
        "topics": [
            FilterLink(t, f"{index_url}?topic={t.slug}", False)
            for t in terms(Topic, language)
            if t.translation_key in topic_keys
        ],
        "stages": [
            FilterLink(s, f"{index_url}?stage={s.slug}", False)
            for s in terms(Stage, language)
            if s.translation_key in stage_keys
        ],
        "law_references": laws,
    }
