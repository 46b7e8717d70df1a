"""Site search at /<lang>/search/?q=: live, public pages of the reader's language."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from core.i18n import active_language, locale_ids
from core.visibility import public

MAX_QUERY_LENGTH = 200
PER_PAGE = 10


@require_GET
def search(request):
    # PostgreSQL refuses NUL bytes, and the SQLite full-text backend does not escape
    # double quotes (wagtail/wagtail#13227); neither means anything in a plain query.
    raw = request.GET.get("q", "").replace("\x00", "").replace('"', " ")
    query_string = raw.strip()[:MAX_QUERY_LENGTH]
    results = None
    if query_string:
        pages = (
            public(Page.objects.live())
            .filter(
                locale_id=locale_ids().get(active_language()), alias_of__isnull=True
            )
            .specific()
        )
        results = Paginator(pages.search(query_string), PER_PAGE).get_page(
            request.GET.get("page")
        )
        Query.get(query_string).add_hit()
    return render(
        request,
        "search/search.html",
        {"search_query": query_string, "search_results": results},
    )
