"""Pagination for listings whose count is known already (search's type counts) or
kept in the cache with the page of items (events/listing.py)."""

from django.core.paginator import Page, Paginator


class CountedPaginator(Paginator):
    """A paginator told its count, so it does not ask the database."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self._known_count = count

    @property
    def count(self) -> int:
        return self._known_count


def page_from(items: list, number: int, count: int, per_page: int) -> Page:
    """A paginator page holding ``items``, page ``number`` of ``count`` items."""
    return Page(items, number, CountedPaginator([], per_page, count=count))
