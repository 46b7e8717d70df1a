"""List summaries from the shared cache: a warm list costs no query per page type.

Listing fields live on the specific models, so building summaries costs a query per
page type among the items (plus images, locales, the site). What a summary says
changes only when its page is published, or when something it shows changes (an
image, the site, another page's move): every one of those bumps the content version
(core/cache.py, core/signals.py). So each page's summary is cached under that version,
keyed by the answer's origin too (its URLs are absolute), and a whole list is read
with one ``get_many``; only the missing ones are built, from the live rows.

What is *public* is never taken from this cache: the list's ids come from the database
on every request (``api.visibility.public_pages``), so a draft, private or
members-only page is not listed whatever the cache holds. The exception would be
images and documents: a collection becomes private without a signal when it is moved
below a restricted one. Each entry keeps the collections its summary shows, and a
list drops (and rebuilds) the entries that show one that is now private.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache

from api.serializers.context import SerializeContext
from api.serializers.pages import page_summary
from core.cache import versioned_key

TIMEOUT = 60 * 60


def cached_summaries(rows, ctx: SerializeContext) -> list[dict]:
    """Summaries of public pages, given as ``(id, content type id)`` rows in the order
    of the list (from ``public_pages``: this function does not check visibility)."""
    rows = list(rows)
    prefix = versioned_key("api-summary", ctx.origin)
    keys = {pk: f"{prefix}:{pk}" for pk, _type in rows}
    found = cache.get_many(list(keys.values()))
    entries = {pk: found[key] for pk, key in keys.items() if key in found}
    _drop_private_media(entries, ctx)
    missing = [(pk, type_id) for pk, type_id in rows if pk not in entries]
    if missing:
        built = _build(missing, ctx)
        cache.set_many({keys[pk]: entry for pk, entry in built.items()}, TIMEOUT)
        entries.update(built)
    return [entries[pk][0] for pk, _type in rows if pk in entries]


def _drop_private_media(entries: dict, ctx: SerializeContext) -> None:
    shown = {pk: collections for pk, (_summary, collections) in entries.items()}
    if not any(shown.values()):
        return
    for pk, collections in shown.items():
        if any(ctx.is_restricted(collection) for collection in collections):
            del entries[pk]


def _build(rows, ctx: SerializeContext) -> dict[int, tuple[dict, frozenset[int]]]:
    """``(summary, collections shown)`` by page id, the pages loaded with one query
    per page type (as ``.specific()`` would, without its query for the types)."""
    ids_by_type = defaultdict(list)
    for pk, type_id in rows:
        ids_by_type[type_id].append(pk)
    pages = []
    for type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        # Bodies are not needed for lists.
        pages.extend(model.objects.filter(pk__in=ids).defer_streamfields())
    ctx.prefetch_images(getattr(page, "listing_image_id", None) for page in pages)
    built = {}
    for page in pages:
        ctx.shown_collections = set()
        summary = page_summary(page, ctx)
        built[page.pk] = (summary, frozenset(ctx.shown_collections))
    return built
