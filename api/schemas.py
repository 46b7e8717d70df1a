"""Response and parameter schemas: what the OpenAPI document promises."""

from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Field, Schema

from config.languages import LANGUAGE_CODES

# Largest id the databases can compare without overflowing (SQLite, PostgreSQL int).
MAX_ID = 2_147_483_647
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
LocaleCode = Literal[tuple(LANGUAGE_CODES)]  # ty: ignore[invalid-type-form]


class Problem(Schema):
    """An error, as RFC 9457 problem details (``application/problem+json``)."""

    type: str
    title: str
    status: int
    detail: str = ""
    errors: list[dict[str, Any]] | None = None


class Rendition(Schema):
    spec: str
    url: str
    width: int
    height: int


class Image(Schema):
    id: int
    title: str
    alt: str
    width: int
    height: int
    renditions: list[Rendition]


class Document(Schema):
    id: int
    title: str
    url: str
    file_extension: str
    file_size: int | None
    api_url: str


class PageLink(Schema):
    id: int
    type: str
    locale: str
    title: str
    url: str | None
    api_url: str


class PageSummary(Schema):
    id: int
    type: str
    locale: str
    title: str
    slug: str
    url: str | None
    api_url: str
    summary: str
    first_published_at: datetime | None
    last_published_at: datetime | None
    listing_image: Image | None
    fields: dict[str, Any] = Field(
        description="The page type's listing fields (docs/api.md)."
    )


class PageDetail(PageSummary):
    seo_title: str
    search_description: str
    parent: PageLink | None
    translations: list[PageLink]
    fields: dict[str, Any] = Field(
        description="The page type's fields: StreamFields as lists of typed blocks, "
        "rich text as HTML, images with renditions (docs/api.md)."
    )


class PageList(Schema):
    count: int
    items: list[PageSummary]


class ImageList(Schema):
    count: int
    items: list[Image]


class DocumentList(Schema):
    count: int
    items: list[Document]


class LawReference(Schema):
    id: int
    locale: str
    translation_key: str
    law: str
    article: str
    url: str
    summary: str


class LawReferenceList(Schema):
    count: int
    items: list[LawReference]


ERRORS = {400: Problem, 404: Problem, 422: Problem}
