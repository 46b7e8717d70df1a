"""Which page types the API shows, and which of their fields.

A page type that is not registered here is not in the API at all (not listed, not
found), so a new page type stays private until someone decides what it exposes.
Adding one is a few lines at the end of this module (docs/api.md, "Adding a page
type"): name the fields of the detail view and, optionally, the few cheap fields a
listing shows. Fields are serialised by their kind (``api.serializers.fields``):
StreamFields as typed blocks, rich text as HTML with links resolved, images as
renditions, choices as value and label, dates as ISO 8601.

Never name a field that holds personal data (an owner, an e-mail address). Listing
fields are cached with each page's summary until the content version changes
(api/serializers/summaries.py): one whose value changes without a publish must bump
the version when it does.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from events.models import EventIndexPage, EventPage, EventSeriesPage
from home.models import HomePage, StandardPage
from knowledge.models import (
    BestPracticeIndexPage,
    BestPracticePage,
    GuidanceIndexPage,
    GuidancePage,
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    PublicationPage,
    WorkingGroupMaterialPage,
    WorkingGroupPage,
)
from selfcheck.models import SelfCheckPage


@dataclass(frozen=True)
class PageType:
    model: type[Page]
    fields: tuple[str, ...]
    listing_fields: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.model._meta.label


class PageTypeRegistry:
    def __init__(self):
        self._types: dict[str, PageType] = {}

    def register(self, model, *, fields=(), listing_fields=()) -> None:
        page_type = PageType(model, tuple(fields), tuple(listing_fields))
        self._types[page_type.label] = page_type

    def labels(self) -> list[str]:
        return list(self._types)

    def get(self, label: str) -> PageType | None:
        return self._types.get(label)

    def for_model(self, model) -> PageType | None:
        return self._types.get(model._meta.label)

    def models(self) -> list[type[Page]]:
        return [page_type.model for page_type in self._types.values()]

    def content_type_ids(self, models=None) -> list[int]:
        """Content type ids of ``models`` (default: every registered type). Django
        caches content types, so this costs no query after the first."""
        models = [m for m in (models or self.models()) if self.for_model(m)]
        return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


registry = PageTypeRegistry()

registry.register(HomePage, fields=["intro", "pillars", "featured", "body"])
registry.register(StandardPage, fields=["introduction", "body"])
registry.register(NewsIndexPage, fields=["introduction"])
registry.register(
    NewsPage,
    fields=["date", "category", "body"],
    listing_fields=["date", "category"],
)

registry.register(GuidanceIndexPage, fields=["introduction", "audience", "documents"])
registry.register(
    GuidancePage,
    fields=[
        "audience",
        "topics",
        "stages",
        "last_reviewed",
        "law_references",
        "body",
        "related",
    ],
    listing_fields=["audience", "last_reviewed"],
)
registry.register(PublicationIndexPage, fields=["introduction"])
registry.register(
    PublicationPage,
    fields=["kind", "year", "cover_image", "summary_text", "contents", "editions"],
    listing_fields=["kind", "year"],
)
registry.register(BestPracticeIndexPage, fields=["introduction"])
registry.register(
    BestPracticePage,
    fields=[
        "organisation_name",
        "industry",
        "sending_country",
        "themes",
        "year",
        "selected_at",
        "body",
    ],
    listing_fields=["industry", "sending_country", "year"],
)
registry.register(WorkingGroupPage, fields=["introduction", "chair", "body"])
# Members-only (restricted to the Members group): the API's visibility rules keep
# it out for everyone; registered so that a material made public is not lost.
registry.register(WorkingGroupMaterialPage, fields=["date", "body"])
registry.register(EventIndexPage, fields=["introduction"])
registry.register(EventSeriesPage, fields=["introduction", "body"])
# Never the online link: only confirmed attendees see it (their mail and their
# registration page).
registry.register(
    EventPage,
    fields=[
        "event_type",
        "start",
        "end",
        "spoken_languages",
        "speakers",
        "attendance",
        "venue_name",
        "venue_address",
        "map_url",
        "audience",
        "capacity",
        "waiting_list",
        "registration_opens",
        "registration_closes",
        "fee_note",
        "requires_approval",
        "destination_country",
        "itinerary",
        "pre_study",
        "body",
        "materials",
    ],
    listing_fields=["event_type", "start", "end", "attendance", "audience"],
)
registry.register(
    SelfCheckPage,
    fields=["kind", "introduction", "sections", "results_introduction"],
    listing_fields=["kind"],
)
