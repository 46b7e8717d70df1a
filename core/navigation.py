"""Header and footer links, resolved into the reader's language in one query.

NavigationSettings stores chosen pages; each link must show the page's translation
in the active language when there is one. Resolving them one by one would cost a
query per link, so all links are looked up by translation key at once, and the
result is cached per site and language until a page or the settings change
(see core/signals.py).
"""

from django.core.cache import cache
from wagtail.models import Site

from core.cache import versioned_key
from core.i18n import ReaderLink, active_language, reader_links
from core.models import NavigationSettings


def resolve_links(request, which: str) -> list[ReaderLink]:
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


def _build(request, site: Site, language: str, which: str) -> list[ReaderLink]:
    settings = NavigationSettings.for_site(site)
    field = settings.primary_links if which == "primary" else settings.footer_links
    chosen = [block.value for block in field if block.value is not None]
    resolved = reader_links(request, chosen)
    return [resolved[page.pk] for page in chosen if page.pk in resolved]
