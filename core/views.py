"""Site-wide endpoints that are not pages: health, sitemap, robots, redirects."""

import logging
from collections import defaultdict
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_supported_language_variant, override
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe
from wagtail.models import Page, Site

from config.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES
from core.i18n import ACCEPT_LANGUAGE_ALIASES
from core.visibility import public_q

logger = logging.getLogger(__name__)


def preferred_language(request) -> str:
    """The first language in Accept-Language that the site has, else Japanese."""
    header = request.headers.get("Accept-Language", "")
    for code, _quality in parse_accept_lang_header(header):
        if code == "*":
            continue
        code = code.lower()
        base = code.split("-")[0]
        code = ACCEPT_LANGUAGE_ALIASES.get(
            code, ACCEPT_LANGUAGE_ALIASES.get(base, code)
        )
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return DEFAULT_LANGUAGE


@require_GET
def root_redirect(request):
    response = HttpResponseRedirect(f"/{preferred_language(request)}/")
    patch_vary_headers(response, ["Accept-Language"])
    return response


@never_cache
def admin_login_redirect(request):
    """Send the Wagtail admin's login to allauth's, which is rate-limited and knows 2FA.

    Every method only redirects, so a password POSTed here never reaches an
    authentication backend. ``next`` is kept only when it points into this site.
    """
    language = request.LANGUAGE_CODE
    with override(language if language in LANGUAGE_CODES else None):
        url = reverse("account_login")
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("wagtailadmin_home")
    return HttpResponseRedirect(f"{url}?{urlencode({'next': next_url})}")


@never_cache
@require_safe
def healthz(request):
    """Readiness for load balancers: database and cache answer, nothing else is said.

    Open to anyone and exempt from the HTTPS redirect (SECURE_REDIRECT_EXEMPT), so it
    names no host, version or error; failures go to the log.
    """
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception:  # any failure means "not ready"
        logger.exception("Health check: database unavailable")
        checks["database"] = "error"
    try:
        cache.set("healthz", "1", timeout=5)
        checks["cache"] = "ok" if cache.get("healthz") == "1" else "error"
    except Exception:
        logger.exception("Health check: cache unavailable")
        checks["cache"] = "error"
    healthy = all(value == "ok" for value in checks.values())
    response = JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks},
        status=200 if healthy else 503,
    )
    if request.method == "HEAD":
        response.content = b""  # gunicorn would drop it, with a warning per probe
    return response


@require_GET
def sitemap(request):
    """Every live, public page of the site in every locale, with hreflang alternates."""
    site = Site.find_for_request(request)
    entries = []
    if site is not None:
        root = site.root_page
        homes = Page.objects.filter(translation_key=root.translation_key)
        home_paths = list(homes.values_list("path", flat=True))
        pages = (
            Page.objects.live()
            .filter(public_q())
            .filter(depth__gte=root.depth, alias_of__isnull=True)
            .select_related("locale")
            .only(
                "id",
                "url_path",
                "path",
                "depth",
                "translation_key",
                "last_published_at",
                "locale__language_code",
            )
            .order_by("path")
        )
        groups = defaultdict(list)
        for page in pages:
            if not any(page.path.startswith(p) for p in home_paths):
                continue
            url = page.get_full_url(request)
            if url:
                entry = {
                    "page": page,
                    "location": url,
                    "lang": page.locale.language_code,
                }
                groups[page.translation_key].append(entry)
                entries.append(entry)
        for entry in entries:
            entry["alternates"] = groups[entry["page"].translation_key]
    response = render(
        request,
        "sitemap.xml",
        {"entries": entries, "default_language": DEFAULT_LANGUAGE},
        content_type="application/xml; charset=utf-8",
    )
    return response


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/accounts/",
        "Disallow: /*/search/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """A 500 page that needs no database: only the template and static files."""
    template = loader.get_template("500.html")
    return HttpResponse(
        template.render({"STATIC_URL": settings.STATIC_URL, "request": None}),
        status=500,
    )
