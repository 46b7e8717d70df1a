"""Limit/offset pagination with a maximum: asking for more is a 400, not a silent cut.

A client that asked for 500 items and silently got 100 would believe it had them all;
an error naming the maximum tells its developer at once. (Wagtail's v2 and v3 APIs
behave the same way, with ``WAGTAILAPI_LIMIT_MAX``; ours is ``API_LIMIT_MAX``.)
"""

from django.conf import settings
from django.utils.http import http_date
from ninja import Field, Schema
from ninja.errors import HttpError

MAX_OFFSET = 1_000_000


class Pagination(Schema):
    limit: int = Field(
        20, ge=1, description="How many items (at most API_LIMIT_MAX, 100)."
    )
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="How many to skip.")


def paginate(queryset, pagination: Pagination):
    """``(count, page of the queryset)``; 400 when ``limit`` is over the maximum."""
    maximum = settings.API_LIMIT_MAX
    if pagination.limit > maximum:
        raise HttpError(
            400,
            f"limit cannot be higher than {maximum}; fetch further items with offset.",
        )
    start = pagination.offset
    return queryset.count(), queryset[start : start + pagination.limit]


def set_last_modified(response, timestamps) -> None:
    """Last-Modified from the newest of ``timestamps`` (None entries ignored)."""
    newest = max((stamp for stamp in timestamps if stamp), default=None)
    if newest is not None:
        response.headers["Last-Modified"] = http_date(newest.timestamp())
