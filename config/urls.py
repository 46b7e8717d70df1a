from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api import views as api_views
from api.api import api
from core import views as core_views
from events.views import calendars as event_calendars
from events.views import signup as event_signup
from knowledge import views as knowledge_views
from search import views as search_views

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots-txt"),
    path("", core_views.root_redirect, name="root"),
    # Offline reading of guidance: the service worker's scope is the folder it is
    # served from, so it is served at the root (docs/decisions/0005).
    path("sw.js", knowledge_views.service_worker, name="service-worker"),
    # One login for everyone: the admin's login goes through allauth, so its rate
    # limits and (for staff) two-factor authentication apply to the admin too.
    path(
        "admin/login/",
        core_views.admin_login_redirect,
        name="admin-login-redirect",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v3/", api.urls),
    path(
        "favicon.ico",
        RedirectView.as_view(url=settings.STATIC_URL + "img/favicon.svg"),
    ),
]

# Uploaded images in development; in production the reverse proxy serves /media/images/
# (docs/production.md). `static()` adds nothing when DEBUG is off. Only images:
# documents go through /documents/, so members-only ones stay private under `make run`.
urlpatterns += static(
    settings.MEDIA_URL + "images/", document_root=settings.MEDIA_ROOT / "images"
)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("accounts/", include("allauth.urls")),
    path("members/", include("membership.urls")),
    path("members/api-tokens/", api_views.api_tokens, name="api-tokens"),
    path("self-check/", include("selfcheck.urls")),
    path("manifest.webmanifest", knowledge_views.web_manifest, name="web-manifest"),
    path(
        "feedback/guidance/<int:page_id>/",
        knowledge_views.guidance_feedback,
        name="guidance-feedback",
    ),
    path("registrations/", include("events.urls")),
    re_path(
        r"^(?P<path>(?:[\w\-]+/)*)calendar\.ics$",
        event_calendars.page_calendar,
        name="page-calendar",
    ),
    re_path(
        r"^(?P<path>(?:[\w\-]+/)+)register/$",
        event_signup.page_register,
        name="page-register",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
