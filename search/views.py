"""Site search at /<lang>/search/?q=: live pages of the reader's language that the
reader may see, filterable by type (``type=app_label.model``)."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from search.hits import record_hit
from search.results import PER_PAGE, search_site

MAX_QUERY_LENGTH = 200

__all__ = ["MAX_QUERY_LENGTH", "PER_PAGE", "search"]


@require_GET
def search(request):
    # PostgreSQL refuses NUL bytes, and the SQLite full-text backend does not escape
    # double quotes (wagtail/wagtail#13227); neither means anything in a plain query.
    raw = request.GET.get("q", "").replace("\x00", "").replace('"', " ")
    query_string = raw.strip()[:MAX_QUERY_LENGTH]
    context = {"search_query": query_string, "search_results": None}
    if query_string:
        outcome = search_site(request, query_string, request.GET.get("type", ""))
        context.update(
            search_results=outcome.results,
            search_types=outcome.types,
            active_type=outcome.active_type,
            promotions=outcome.promotions,
        )
        record_hit(query_string)
    return render(request, "search/search.html", context)
