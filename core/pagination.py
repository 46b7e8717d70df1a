"""Pagination for listings whose count is known already (search's type counts) or
kept in the cache with the page of items (news, events)."""

from django.core.paginator import Page, Paginator

from core.cache import remember, versioned_key
from core.i18n import prefer_translations


class CountedPaginator(Paginator):
    """A paginator told its count, so it does not ask the database."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self._known_count = count

    @property
    def count(self) -> int:
        return self._known_count


def page_number_key(request) -> str:
    """The requested page number as a cache key part: digits only, so made-up
    values share the entry of page 1 (the paginator shows page 1 for them)."""
    number = request.GET.get("page", "")
    return number if number.isdigit() and len(number) < 7 else ""


def page_from(items: list, number: int, count: int, per_page: int) -> Page:
    """A paginator page holding ``items``, page ``number`` of ``count`` items."""
    return Page(items, number, CountedPaginator([], per_page, count=count))


def cached_page(key_parts, items, request, per_page: int, locale_id, timeout=300):
    """The requested page of ``items()`` (a queryset of the Japanese tree, built only
    when needed), each item in the ``locale_id`` translation where there is one.

    Which items a page lists, in which language, and how many there are in all only
    change with a publish (or, for lists by date, as time passes): the page is kept
    under the content version for ``timeout`` seconds, per ``key_parts`` (what
    selects the items: index, cleaned filters) and page number. Only digits make a
    page number, so made-up parameters share the entry of page 1.
    """
    number = page_number_key(request)

    def build():
        listing = Paginator(items(), per_page).get_page(number)
        pages = list(listing.object_list)
        if pages:
            pages = prefer_translations(pages, locale_id)
        return pages, listing.number, listing.paginator.count

    pages, found, count = remember(
        versioned_key("listing", *key_parts, number), build, timeout
    )
    return page_from(pages, found, count, per_page)
