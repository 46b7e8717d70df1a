"""Pages as JSON: the summary every listing shows, and the detail of one page."""

from wagtail.models import Page

from api.page_types import registry
from api.serializers.context import SerializeContext
from api.serializers.fields import serialize_field
from api.visibility import public_pages


def _fields(page: Page, names, ctx: SerializeContext) -> dict:
    return {name: serialize_field(page, name, ctx) for name in names}


def page_summary(page: Page, ctx: SerializeContext) -> dict:
    """``page`` must be specific (``.specific()``): listing fields live on its type."""
    page_type = registry.for_model(type(page))
    ctx.locale_id = page.locale_id
    return {
        "id": page.pk,
        "type": page_type.label,
        "locale": ctx.language(page),
        "title": page.title,
        "slug": page.slug,
        "url": ctx.page_url(page),
        "api_url": ctx.api_url("pages-detail", page_id=page.pk),
        "summary": getattr(page, "summary", "") or "",
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
        "listing_image": ctx.image_by_id(getattr(page, "listing_image_id", None)),
        "fields": _fields(page, page_type.listing_fields, ctx),
    }


def page_detail(page: Page, ctx: SerializeContext) -> dict:
    """Everything the API shows of one page. ``page`` may be a live page or, for a
    preview, the latest revision's object: its fields are read, never the database's
    live row."""
    data = page_summary(page, ctx)
    page_type = registry.for_model(type(page))
    ctx.locale_id = page.locale_id
    data.update(
        seo_title=page.seo_title,
        search_description=page.search_description,
        parent=_parent(page, ctx),
        translations=_translations(page, ctx),
        fields=_fields(page, page_type.fields, ctx),
    )
    return data


def _parent(page: Page, ctx: SerializeContext) -> dict | None:
    parent = (
        public_pages()
        .filter(path=page.path[: -Page.steplen], depth=page.depth - 1)
        .first()
    )
    return None if parent is None else _link(parent, ctx)


def _translations(page: Page, ctx: SerializeContext) -> list[dict]:
    others = (
        public_pages()
        .filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .order_by("locale_id")
    )
    return [_link(other, ctx) for other in others]


def _link(page: Page, ctx: SerializeContext) -> dict:
    return {
        "id": page.pk,
        "type": page.specific_class._meta.label,
        "locale": ctx.language(page),
        "title": page.title,
        "url": ctx.page_url(page),
        "api_url": ctx.api_url("pages-detail", page_id=page.pk),
    }
