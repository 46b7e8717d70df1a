"""Wagtail's serve path without its lookups: the site and the route, cached.

Serving a page costs Wagtail a query for the site, one for the active locale, one for
the home page's translation, one for its specific row, then a query per path segment
and one more for each page's specific row; the view-restriction check adds two. All of
that depends only on the host, the path, the language and the page tree, which change
only when the content version does (core/cache.py). So:

- ``SiteRouteMiddleware`` stores the request's Site (``request._wagtail_site``, which
  ``Site.find_for_request`` reads first) and, for Wagtail's page view, the route
  result's page id, type and arguments (``request._wagtail_route_for_request``, which
  ``Page.route_for_request`` reads first). A cached route costs one query: the page's
  own row, fresh from the database (so a saved draft never shows, and a page that
  stopped being live falls back to Wagtail's own routing).
- ``restricted_paths`` lists the tree paths that carry a view restriction (a handful
  of rows, cached), so ``BasePage.get_view_restrictions`` can answer "none" without a
  query for every page outside those subtrees.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils.translation import get_language_from_path
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from core.cache import versioned_key
from core.i18n import active_language

NOT_FOUND = "not-found"
TIMEOUT = 60 * 60
SERVE_VIEW = "wagtail.views.serve"


def cached_site(request) -> Site | None:
    key = versioned_key("site", request._get_raw_host(), request.get_port())
    entry = cache.get(key)
    if entry is None:
        site = Site._find_for_request(request)
        cache.set(key, site or NOT_FOUND, TIMEOUT)
        return site
    return None if entry == NOT_FOUND else entry


def restricted_paths() -> tuple[str, ...]:
    key = versioned_key("restricted-paths")
    paths = cache.get(key)
    if paths is None:
        paths = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(key, paths, TIMEOUT)
    return paths


class SiteRouteMiddleware:
    """Fill Wagtail's per-request site and route attributes from the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Pages, search and accounts live under a language prefix; /healthz and the
        # admin do not, and keep Wagtail's own lookups.
        if get_language_from_path(request.path_info):
            request._wagtail_site = cached_site(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if f"{view_func.__module__}.{view_func.__name__}" != SERVE_VIEW:
            return
        site = getattr(request, "_wagtail_site", None)
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        if site is None:
            return
        key = versioned_key("route", site.pk, active_language(), path)
        entry = cache.get(key)
        if entry is None:
            # Not-found paths are not stored: anyone can make up endless ones.
            result = Page.route_for_request(request, path)
            if result is not None:
                page, args, kwargs = result
                entry = (page.pk, page.content_type_id, list(args), dict(kwargs))
                cache.set(key, entry, TIMEOUT)
        else:
            page_id, content_type_id, args, kwargs = entry
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            page = model.objects.filter(pk=page_id, live=True).first()
            if page is not None:
                request._wagtail_route_for_request = RouteResult(page, args, kwargs)
