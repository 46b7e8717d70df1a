"""Model fields and StreamField blocks as JSON, by their kind.

StreamFields become lists of ``{"type", "id", "value"}``, where ``type`` is the block's
name in its StreamBlock (a data contract: docs/api.md) and ``value`` is serialised by
the block's kind: structs as objects, lists as arrays, rich text as HTML, chosen
images as renditions, chosen documents and pages as links (``None`` when private).
"""

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import translation
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.models import AbstractDocument
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail.snippets.blocks import SnippetChooserBlock

from api.serializers.context import SerializeContext


def serialize_stream(value, ctx: SerializeContext) -> list[dict]:
    return [
        {
            "type": child.block_type,
            "id": child.id,
            "value": serialize_block(child.block, child.value, ctx),
        }
        for child in value
    ]


def serialize_block(block, value, ctx: SerializeContext):
    if isinstance(block, blocks.StreamBlock):
        return serialize_stream(value or [], ctx)
    if isinstance(block, blocks.ListBlock):
        return [serialize_block(block.child_block, item, ctx) for item in value or []]
    if isinstance(block, ImageBlock):
        image = ctx.image(value)
        if image is not None:
            image["alt"] = getattr(value, "contextual_alt_text", image["alt"]) or ""
        return image
    if isinstance(block, blocks.StructBlock):
        value = value or {}
        return {
            name: serialize_block(child, value.get(name), ctx)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.RichTextBlock):
        return ctx.rich_text(value.source if value else "")
    if isinstance(block, ImageChooserBlock):
        return ctx.image(value)
    if isinstance(block, DocumentChooserBlock):
        return ctx.document(value)
    if isinstance(block, blocks.PageChooserBlock):
        return ctx.page_link(value)
    if isinstance(block, SnippetChooserBlock):
        return None if value is None else {"type": value._meta.label, "id": value.pk}
    return block.get_api_representation(value, context={"request": ctx.request})


def serialize_field(instance, name: str, ctx: SerializeContext):
    """One field of a page (or any model) by its kind; see the module docstring."""
    try:
        field = instance._meta.get_field(name)
    except FieldDoesNotExist:
        return getattr(instance, name)
    value = getattr(instance, name)
    if isinstance(field, StreamField):
        return serialize_stream(value, ctx)
    if isinstance(field, RichTextField):
        return ctx.rich_text(value)
    if isinstance(field, models.ForeignKey):
        return _related(field, instance, ctx)
    if isinstance(field, models.ManyToManyField):
        return [
            {"type": obj._meta.label, "id": obj.pk, "title": str(obj)}
            for obj in value.all()
        ]
    if field.choices:
        return {"value": value, "label": _choice_label(instance, name, ctx)}
    if isinstance(value, models.Model):
        return value.pk
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _related(field, instance, ctx: SerializeContext):
    related = field.related_model
    pk = getattr(instance, field.attname)
    if issubclass(related, AbstractImage):
        return ctx.image_by_id(pk)
    if issubclass(related, AbstractDocument):
        return ctx.document(getattr(instance, field.name))
    if issubclass(related, Page):
        return ctx.page_link(getattr(instance, field.name))
    return pk


def _choice_label(instance, name: str, ctx: SerializeContext) -> str:
    """The choice's label in the page's own language."""
    language = ctx.language(instance) if hasattr(instance, "locale_id") else None
    with translation.override(language or translation.get_language()):
        return str(getattr(instance, f"get_{name}_display")())
