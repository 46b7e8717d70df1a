"""Limit/offset pagination with a maximum: asking for more is a 400, not a silent cut.

A client that asked for 500 items and silently got 100 would believe it had them all;
an error naming the maximum tells its developer at once. (Wagtail's v2 and v3 APIs
behave the same way, with ``WAGTAILAPI_LIMIT_MAX``; ours is ``API_LIMIT_MAX``.)
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.http import http_date
from ninja import Field, Schema
from ninja.errors import HttpError

from core.cache import versioned_key

MAX_OFFSET = 1_000_000
COUNT_TIMEOUT = 60 * 60


class Pagination(Schema):
    limit: int = Field(
        20, ge=1, description="How many items (at most API_LIMIT_MAX, 100)."
    )
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="How many to skip.")


def paginate(queryset, pagination: Pagination, count=None):
    """``(count, page of the queryset)``; 400 when ``limit`` is over the maximum.
    ``count`` counts the queryset (default: ``queryset.count()``)."""
    maximum = settings.API_LIMIT_MAX
    if pagination.limit > maximum:
        raise HttpError(
            400,
            f"limit cannot be higher than {maximum}; fetch further items with offset.",
        )
    start = pagination.offset
    total = count(queryset) if count else queryset.count()
    return total, queryset[start : start + pagination.limit]


def versioned_count(queryset) -> int:
    """The count of a queryset of live pages, cached under the content version.

    Which pages are live and public changes only by what bumps the version (publish,
    unpublish, move, deletion, a privacy restriction): a count over 10,000 pages is
    the costliest query of a warm list otherwise. The key is the query's SQL, so every
    filter is part of it. Not for rows that change without a bump (registrations,
    snippets) or queries that read the clock."""
    sql = str(queryset.order_by().query).encode()
    key = versioned_key("api-count", hashlib.sha256(sql).hexdigest())
    total = cache.get(key)
    if total is None:
        total = queryset.count()
        cache.set(key, total, COUNT_TIMEOUT)
    return total


def set_last_modified(response, timestamps) -> None:
    """Last-Modified from the newest of ``timestamps`` (None entries ignored)."""
    newest = max((stamp for stamp in timestamps if stamp), default=None)
    if newest is not None:
        response.headers["Last-Modified"] = http_date(newest.timestamp())
