"""Guidance endpoints that are not pages: the helpfulness answer, and the offline
reading files (web manifest and service worker) served from the site root."""

from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from config.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES, LANGUAGES
from core.http import is_same_origin
from core.i18n import active_language, reader_url
from core.visibility import public
from knowledge.guidance import THANKS_PARAM, THANKS_VALUE
from knowledge.guidance_services import record_helpful_answer
from knowledge.models import Audience, GuidancePage

ANSWERS = {"yes": True, "no": False}
SERVICE_WORKER = Path(settings.BASE_DIR) / "static" / "js" / "guidance_sw.js"


@csrf_exempt  # the origin is checked instead (core.http, decision 0005)
@require_POST
def guidance_feedback(request, page_id: int):
    page = public(GuidancePage.objects.live()).filter(pk=page_id).first()
    if page is None:
        raise Http404
    if not is_same_origin(request):
        return _refused(
            request, page, _("This answer did not come from our site."), 403
        )
    answer = request.POST.get("helpful", "")
    if answer not in ANSWERS:
        return _refused(request, page, _("Please choose yes or no."), 400)
    record_helpful_answer(
        page.translation_key, active_language(), helpful=ANSWERS[answer]
    )
    url = f"{reader_url(request, page)}?{THANKS_PARAM}={THANKS_VALUE}#helpful"
    return HttpResponseRedirect(url, status=303)


def _refused(request, page, message: str, status: int):
    return render(
        request,
        "knowledge/guidance_feedback_refused.html",
        {"message": message, "back_url": reader_url(request, page)},
        status=status,
    )


@require_safe
@never_cache
def service_worker(request):
    """The offline-reading service worker, from the site root so that it may keep
    pages of every language (its scope is the folder it is served from)."""
    response = HttpResponse(
        SERVICE_WORKER.read_bytes(), content_type="text/javascript; charset=utf-8"
    )
    return response


@require_safe
@cache_control(max_age=60 * 60 * 24)
def web_manifest(request):
    """What a phone needs to add the site to its home screen."""
    language = active_language()
    data = {
        "name": _("JP-MIRAI guidance"),
        "short_name": "JP-MIRAI",
        "lang": language,
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b4a7f",
        "icons": [
            {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"}
        ],
    }
    return JsonResponse(
        data,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """The admin's translation status board for guidance (knowledge/wagtail_hooks)."""

    template_name = "knowledge/admin/translation_status.html"
    page_title = gettext_lazy("Guidance translations")
    header_icon = "site"
    breadcrumbs_items = [
        *WagtailAdminTemplateMixin.breadcrumbs_items,
        {"url": "", "label": gettext_lazy("Guidance translations")},
    ]

    def get_context_data(self, **kwargs):
        from knowledge.translation_status import STATES, translation_status

        context = super().get_context_data(**kwargs)
        language = self.request.GET.get("language", "")
        state = self.request.GET.get("state", "")
        audience = self.request.GET.get("audience", "")
        language = language if language in LANGUAGE_CODES else ""
        state = state if state in dict(STATES) else ""
        audience = audience if audience in Audience.values else ""
        rows = translation_status(language, state, audience)
        context.update(
            rows=rows,
            languages=[
                (code, name)
                for code, name in LANGUAGES
                if code != DEFAULT_LANGUAGE and (not language or code == language)
            ],
            all_languages=[(c, n) for c, n in LANGUAGES if c != DEFAULT_LANGUAGE],
            states=STATES,
            audiences=Audience.choices,
            selected={"language": language, "state": state, "audience": audience},
        )
        return context
