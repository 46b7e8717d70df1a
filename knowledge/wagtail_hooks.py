"""Admin registration for the knowledge app's snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from knowledge.models import LawReference


class LawReferenceViewSet(SnippetViewSet):
    model = LawReference
    icon = "doc-full"
    menu_label = LawReference._meta.verbose_name_plural
    list_display = ["law", "article", "summary"]
    list_filter = ["locale"]
    search_fields = ["law", "article", "summary"]


register_snippet(LawReferenceViewSet)
