"""Which translations of a page exist, and where the language switcher should go.

A page's translations share a ``translation_key``. The switcher keeps the reader on
the same page when a live, public translation exists in the chosen language, and
otherwise takes them to that language's home page with a notice (``?untranslated=``).
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from config.languages import DEFAULT_LANGUAGE, OWN_NAMES, SCRIPTS, SITE_LANGUAGES
from core.cache import versioned_key
from core.visibility import public_q

# Browsers send codes that Django does not know for two of the site's languages.
ACCEPT_LANGUAGE_ALIASES = {"fil": "tl", "zh": "zh-hans", "bur": "my", "mya": "my"}
UNTRANSLATED_PARAM = "untranslated"


@dataclass(frozen=True)
class LanguageLink:
    code: str
    own_name: str
    url: str
    is_current: bool
    is_translation: bool  # False: the link leads to that language's home page


def active_language() -> str:
    return get_language() or DEFAULT_LANGUAGE


def language_script(code: str) -> str:
    return SCRIPTS.get(code, "latn")


def _live_translations(page: Page) -> dict[str, Page]:
    """The live, public translations of ``page`` (itself included), by language code."""
    pages = (
        Page.objects.live()
        .filter(public_q())
        .filter(translation_key=page.translation_key, alias_of__isnull=True)
        .select_related("locale")
        .only("id", "url_path", "locale__language_code", "translation_key", "depth")
    )
    return {p.locale.language_code: p for p in pages}


def _homes(request) -> dict[str, Page]:
    site = Site.find_for_request(request)
    if site is None:
        return {}
    root = site.root_page
    homes = (
        Page.objects.live()
        .filter(translation_key=root.translation_key)
        .select_related("locale")
    )
    return {p.locale.language_code: p for p in homes}


def _cached(request, name: str, page: Page, build):
    """Cache a page's language data until the next publish (see core/cache.py)."""
    key = versioned_key(name, request.get_host(), page.pk, active_language())
    value = cache.get(key)
    if value is None:
        value = build(request, page)
        cache.set(key, value, timeout=60 * 60)
    return value


def page_language_links(request, page: Page) -> list[LanguageLink]:
    """Links for the switcher on a Wagtail page, in the order of SITE_LANGUAGES."""
    return _cached(request, "language-links", page, _build_language_links)


def _build_language_links(request, page: Page) -> list[LanguageLink]:
    current = active_language()
    translations = _live_translations(page)
    homes = None
    links = []
    for code, _name, own_name, _script in SITE_LANGUAGES:
        target = translations.get(code)
        if target is not None:
            url = target.get_url(request)
            is_translation = True
        else:
            if homes is None:
                homes = _homes(request)
            home = homes.get(code)
            # No home page in that language yet: /<code>/ is then served by the
            # Japanese home, which shows the notice all the same.
            home_url = home.get_url(request) if home else f"/{code}/"
            url = f"{home_url}?{UNTRANSLATED_PARAM}={page.pk}"
            is_translation = False
        links.append(LanguageLink(code, own_name, url, code == current, is_translation))
    return links


def view_language_links(request) -> list[LanguageLink]:
    """Switcher links on a view that is not a page (search, accounts, errors)."""
    current = active_language()
    path = request.get_full_path()
    return [
        LanguageLink(code, own_name, translate_url(path, code), code == current, True)
        for code, _name, own_name, _script in SITE_LANGUAGES
    ]


def alternate_links(request, page: Page) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) for every live translation, plus x-default."""
    return _cached(request, "alternates", page, _build_alternate_links)


def _build_alternate_links(request, page: Page) -> list[tuple[str, str]]:
    translations = _live_translations(page)
    links = [
        (code, translations[code].get_full_url(request))
        for code, *_rest in SITE_LANGUAGES
        if code in translations
    ]
    default = translations.get(DEFAULT_LANGUAGE)
    if default is not None:
        links.append(("x-default", default.get_full_url(request)))
    return links


LOCALE_IDS_KEY = "locale-ids"


def locale_ids() -> dict[str, int]:
    """Language code → Locale id. Locales are created by migration and never change
    while the site runs, so the mapping is cached without expiry."""
    ids = cache.get(LOCALE_IDS_KEY)
    if ids is None:
        ids = dict(Locale.objects.values_list("language_code", "pk"))
        cache.set(LOCALE_IDS_KEY, ids, timeout=None)
    return ids


def is_fallback(request, page: Page) -> bool:
    """True when ``page`` is shown in a language it has not been translated into:
    the Japanese original served at another language's address, or an alias, the
    placeholder wagtail-localize puts in a tree for an untranslated parent page."""
    return page.alias_of_id is not None or page.locale_id != locale_ids().get(
        active_language()
    )


def content_language(page: Page) -> str:
    """The language a page's text is written in (an alias shows its source's text)."""
    if page.alias_of_id is not None:
        return (
            Page.objects.filter(pk=page.alias_of_id)
            .values_list("locale__language_code", flat=True)
            .first()
            or DEFAULT_LANGUAGE
        )
    return language_of(page.locale_id) or DEFAULT_LANGUAGE


def language_of(locale_id: int | None) -> str:
    """The language code of a Locale id, from the cached mapping ('' if unknown)."""
    return next((code for code, pk in locale_ids().items() if pk == locale_id), "")


@dataclass(frozen=True)
class ReaderLink:
    """Where a link to a page takes a reader of the active language; what it says."""

    url: str
    title: str
    page_id: int
    language: (
        str  # the title's language: not the reader's when the page is untranslated
    )


def in_language(url: str, language: str) -> str:
    """The same address under another language prefix (`/ja/about/` → `/vi/about/`).

    Untranslated pages are served from the Japanese tree at the reader's language's
    address (HomePage.route), so links to them keep the reader in their language.
    """
    parts = url.split("/", 2)
    if len(parts) == 3 and parts[0] == "" and parts[1] in SCRIPTS:
        return f"/{language}/{parts[2]}"
    return url


def reader_url(request, page: Page) -> str:
    """A page's address in the reader's language, translated or not (no queries)."""
    url = page.get_url(request) or ""
    return in_language(url, active_language())


def reader_links(request, pages) -> dict[int, ReaderLink]:
    """For each chosen page (by pk), its live translation in the reader's language, or
    else the Japanese original at the reader's-language address. One query in all."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    language = active_language()
    keys = {page.pk: page.translation_key for page in pages}
    versions: dict = {}
    candidates = (
        Page.objects.live()
        .filter(public_q())
        .filter(translation_key__in=set(keys.values()), alias_of__isnull=True)
        .filter(locale__language_code__in={language, DEFAULT_LANGUAGE})
        .select_related("locale")
        .only(
            "id",
            "title",
            "url_path",
            "translation_key",
            "depth",
            "locale__language_code",
        )
    )
    for candidate in candidates:
        versions.setdefault(candidate.translation_key, {})[
            candidate.locale.language_code
        ] = candidate
    links = {}
    for page_id, key in keys.items():
        found = versions.get(key, {})
        target = found.get(language) or found.get(DEFAULT_LANGUAGE)
        if target is None:
            continue
        links[page_id] = ReaderLink(
            url=in_language(target.get_url(request) or "", language),
            title=target.title,
            page_id=target.pk,
            language=target.locale.language_code,
        )
    return links


def source_page(page: Page) -> Page:
    """The default-language page that ``page`` translates (itself if it is one)."""
    default_id = locale_ids().get(DEFAULT_LANGUAGE)
    if page.locale_id == default_id:
        return page
    return page.get_translation_or_none(default_id) or page


def prefer_translations(pages, locale_id: int) -> list[Page]:
    """``pages`` with each one replaced by its live, public translation in ``locale_id``
    where there is one, in one query. Listings built from the Japanese tree then show
    readers every item, translated where possible."""
    pages = list(pages)
    if all(page.locale_id == locale_id for page in pages):
        return pages
    model = type(pages[0])
    translated = model.objects.live().filter(public_q())
    if any(field.name == "listing_image" for field in model._meta.fields):
        translated = translated.select_related("listing_image")
    translations = {
        translation.translation_key: translation
        for translation in translated.filter(
            locale_id=locale_id,
            translation_key__in=[p.translation_key for p in pages],
            alias_of__isnull=True,
        )
    }
    return [translations.get(page.translation_key, page) for page in pages]


def own_name(code: str) -> str:
    return OWN_NAMES.get(code, code)


def shows_untranslated(items, locale_id) -> bool:
    """True when a listing on a ``locale_id`` page shows an item of another language
    (a Japanese original not translated yet): the page then loads the Japanese
    fallback font too (core_tags.needs_japanese_font)."""
    return any(getattr(item, "locale_id", locale_id) != locale_id for item in items)


def first_in_reader_language(queryset, locale_id, count: int) -> list:
    """The first ``count`` live, public pages of ``queryset`` in the Japanese tree (the
    source of listings), each swapped for its ``locale_id`` translation where one
    exists: the home page's latest news and upcoming events."""
    items = queryset.live().filter(
        public_q(), locale_id=locale_ids().get(DEFAULT_LANGUAGE)
    )
    return prefer_translations(items[:count], locale_id)
