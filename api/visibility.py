"""What the public API may show: the anonymous visitor's view, whoever asks.

The API never uses the caller's session (``api.middleware`` makes every request
anonymous), so a signed-in editor or member sees through it exactly what an anonymous
visitor sees, and a shared cache can keep one answer for everyone. Concretely:

- pages: live, of a registered type (``api.page_types``), not an alias (the
  placeholder wagtail-localize puts in a tree for an untranslated parent), outside every
  privacy-restricted subtree (password, login, group — members-only pages are
  group-restricted), and below the root (the tree's technical root page is no content);
- images and documents: not in a collection that has a privacy restriction, nor in any
  collection below one. Wagtail's 2024–26 advisories were about APIs that listed
  documents from private collections; Wagtail's own v3 API filters them per request
  (``wagtail.api.v3.permissions.get_restricted_collection_ids``), we filter them for
  everyone, whatever the request carries.
"""

from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from wagtail.models import Collection, CollectionViewRestriction, Page

from core.visibility import public_q


def public_pages(models=None):
    """Live public pages of the registered types (or of ``models``), base ``Page``s."""
    from api.page_types import registry

    content_types = registry.content_type_ids(models)
    return (
        Page.objects.live()
        .filter(public_q())
        .filter(depth__gt=1, alias_of__isnull=True, content_type_id__in=content_types)
    )


def restricted_collection_ids() -> set[int]:
    """Collections with a privacy restriction and every collection below them, in one
    query, fresh: moving a collection below a restricted one sends no signal that
    could invalidate a cached answer."""
    below_a_restriction = CollectionViewRestriction.objects.filter(
        StartsWith(OuterRef("path"), F("collection__path"))
    )
    return set(
        Collection.objects.filter(Exists(below_a_restriction)).values_list(
            "pk", flat=True
        )
    )


def public_in_collections(queryset):
    """Images or documents outside every restricted collection."""
    restricted = restricted_collection_ids()
    return queryset.exclude(collection_id__in=restricted) if restricted else queryset
