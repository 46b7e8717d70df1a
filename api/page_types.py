"""Which page types the API shows, and which of their fields.

A page type that is not registered here is not in the API at all (not listed, not
found), so a new page type stays private until someone decides what it exposes.
Adding one is a few lines at the end of this module (docs/api.md, "Adding a page
type"): name the fields of the detail view and, optionally, the few cheap fields a
listing shows. Fields are serialised by their kind (``api.serializers.fields``):
StreamFields as typed blocks, rich text as HTML with links resolved, images as
renditions, choices as value and label, dates as ISO 8601.

Never name a field that holds personal data (an owner, an e-mail address).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from home.models import HomePage, StandardPage
from knowledge.models import NewsIndexPage, NewsPage


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
