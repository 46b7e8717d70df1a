"""Header and footer links, resolved into the reader's language in one query.

NavigationSettings stores chosen pages; each link must show the page's translation
in the active language when there is one. Resolving them one by one would cost a
query per link, so all links are looked up by translation key at once, and the
result is cached per site and language until a page or the settings change
(see core/signals.py).
"""

from dataclasses import dataclass

from django.core.cache import cache
from wagtail.models import Page, Site

from config.languages import DEFAULT_LANGUAGE
from core.cache import versioned_key
from core.i18n import active_language
from core.models import NavigationSettings


@dataclass(frozen=True)
class MenuLink:
    url: str
    title: str
    page_id: int
    language: str  # the title's language: not the reader's when a page is untranslated


def resolve_links(request, which: str) -> list[MenuLink]:
    site = Site.find_for_request(request)
    if site is None:
        return []
    language = active_language()
    key = versioned_key("navigation", site.pk, language, which)
    links = cache.get(key)
    if links is None:
        links = _build(request, site, language, which)
        cache.set(key, links, timeout=60 * 60)
    return links


def _build(request, site: Site, language: str, which: str) -> list[MenuLink]:
    settings = NavigationSettings.for_site(site)
    field = settings.primary_links if which == "primary" else settings.footer_links
    chosen_ids = [block.value.pk for block in field if block.value is not None]
    if not chosen_ids:
        return []
    keys = dict(Page.objects.filter(pk__in=chosen_ids).values_list("pk", "translation_key"))
    candidates = (
        Page.objects.live()
        .public()
        .filter(translation_key__in=keys.values())
        .select_related("locale")
        .only("id", "title", "url_path", "translation_key", "locale__language_code", "depth")
    )
    by_key: dict = {}
    for page in candidates:
        entry = by_key.setdefault(page.translation_key, {})
        entry[page.locale.language_code] = page
    links = []
    for page_id in chosen_ids:
        versions = by_key.get(keys.get(page_id), {})
        # Untranslated pages are served from the Japanese tree (HomePage.route), so the
        # fallback link names the Japanese page, whichever translation was chosen.
        page = (
            versions.get(language)
            or versions.get(DEFAULT_LANGUAGE)
            or next((p for p in versions.values() if p.pk == page_id), None)
        )
        if page is None:
            continue
        url = page.get_url(request)
        if page.locale.language_code != language and url:
            url = _in_language(url, page.locale.language_code, language)
        links.append(
            MenuLink(url=url, title=page.title, page_id=page.pk, language=page.locale.language_code)
        )
    return links


def _in_language(url: str, source: str, target: str) -> str:
    """The fallback address of an untranslated page: same path, reader's language."""
    prefix = f"/{source}/"
    return f"/{target}/{url[len(prefix):]}" if url.startswith(prefix) else url
