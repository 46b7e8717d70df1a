"""Which pages everyone may see, without a query per listing.

Wagtail's ``PageQuerySet.public()`` reads every PageViewRestriction each time it is
called, which costs one query per listing, menu or link lookup on a page. The set of
restricted subtrees changes only when an editor adds or removes a restriction, which
bumps the content version (core/signals.py); so it is cached with that version and
turned into a path filter: a page is public when no restricted page is its ancestor
(or itself).
"""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import PageViewRestriction

from core.cache import versioned_key


def restricted_paths() -> list[str]:
    key = versioned_key("restricted-paths")
    paths = cache.get(key)
    if paths is None:
        paths = sorted(
            set(PageViewRestriction.objects.values_list("page__path", flat=True))
        )
        cache.set(key, paths, timeout=60 * 60)
    return paths


def public_q() -> Q:
    """A filter for pages outside every restricted subtree."""
    restricted = Q()
    for path in restricted_paths():
        restricted |= Q(path__startswith=path)
    return ~restricted if restricted else Q()


def public(queryset):
    """``queryset`` without private pages, like ``.public()`` but from the cache."""
    return queryset.filter(public_q())
