"""Admin registration for the knowledge app's snippets and reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from knowledge.models import LawReference, Stage, Topic
from knowledge.views import TranslationStatusView


class LawReferenceViewSet(SnippetViewSet):
    model = LawReference
    icon = "doc-full"
    menu_label = LawReference._meta.verbose_name_plural
    list_display = ["law", "article", "summary"]
    list_filter = ["locale"]
    search_fields = ["law", "article", "summary"]


register_snippet(LawReferenceViewSet)


# ---------------------------------------------------------------- Guidance
# Topics and stages are snippets; the translation status board is a report.


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]
    list_filter = ["locale"]


class StageViewSet(SnippetViewSet):
    model = Stage
    icon = "time"
    list_display = ["name", "slug", "sort_order"]
    list_filter = ["locale"]


register_snippet(TopicViewSet)
register_snippet(StageViewSet)


@hooks.register("register_admin_urls")
def guidance_admin_urls():
    return [
        path(
            "reports/guidance-translations/",
            TranslationStatusView.as_view(),
            name="guidance-translation-status",
        )
    ]


@hooks.register("register_reports_menu_item")
def guidance_translation_status_menu_item():
    return MenuItem(
        _("Guidance translations"),
        reverse("guidance-translation-status"),
        icon_name="site",
        order=800,
    )
