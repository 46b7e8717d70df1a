"""The public member directory page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import TranslatableField

from core.models import BasePage
from core.taxonomy import Industry, Prefecture
from membership.models.organisations import Organisation, OrganisationType

FILTERS = {
    "type": OrganisationType,
    "industry": Industry,
    "prefecture": Prefecture,
}


class MemberDirectoryPage(BasePage):
    """The public list of member organisations that chose to be listed.

    One per language tree, under the home page. Only active organisations that opted
    in appear; readers filter by type, industry and prefecture with plain links, so
    the page works without JavaScript and each filtered list has its own address.
    """

    introduction = models.TextField(
        verbose_name=_("Introduction"), max_length=600, blank=True
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Member directory")

    @staticmethod
    def selected_filters(params) -> dict[str, str]:
        """The valid filters in the query string; unknown values are ignored."""
        return {
            name: params[name]
            for name, choices in FILTERS.items()
            if params.get(name) in choices.values
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        selected = self.selected_filters(request.GET)
        organisations = Organisation.objects.in_directory().filter(**selected)
        context["organisations"] = list(
            organisations.only(
                "name_ja", "name_en", "type", "industry", "prefecture", "website"
            ).order_by("name_en")
        )
        context["filter_groups"] = directory_filter_groups(selected)
        context["selected_filters"] = selected
        return context


def directory_filter_groups(selected: dict[str, str]) -> list[dict]:
    """For each filter: its label and links, each keeping the other filters."""
    labels = {
        "type": _("Type"),
        "industry": _("Industry"),
        "prefecture": _("Prefecture"),
    }
    groups = []
    for name, choices in FILTERS.items():
        others = {k: v for k, v in selected.items() if k != name}
        options = [
            {
                "label": _("All"),
                "query": _query(others),
                "current": name not in selected,
            }
        ]
        for value, label in choices.choices:
            options.append(
                {
                    "label": label,
                    "query": _query({**others, name: value}),
                    "current": selected.get(name) == value,
                }
            )
        groups.append({"name": name, "label": labels[name], "options": options})
    return groups


def _query(params: dict[str, str]) -> str:
    from urllib.parse import urlencode

    return "?" + urlencode(sorted(params.items())) if params else "?"
