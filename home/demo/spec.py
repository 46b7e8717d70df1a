"""Read the demo content files into page specs, and build a page in one language.

A content file (``content/*.toml``) holds ``[[page]]`` tables in tree order, a parent
before its children. In a page:

- ``key`` is the page's slug path below the language's home page (``"about/workers"``;
  empty for the home page itself), ``type`` its model (``"home.StandardPage"``) and
  ``languages`` the locales it is translated into besides Japanese;
- a table of language codes is one text in those languages
  (``title.ja = "…"``, ``title.en = "…"``);
- an array of tables is a StreamField, one table per block: ``type`` names the block,
  ``value`` holds the value of a simple block (a paragraph) and the other keys the
  fields of a struct block. A ``page`` field holds the key of another demo page;
- ``days_ago`` dates a news item relative to the day the demo is loaded, and
  ``starts_in_days``, ``at`` and ``hours`` an event (events.toml); any other
  plain value (``category``) is copied as it is.
"""

import tomllib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from django.apps import apps
from django.utils import timezone
from wagtail import blocks
from wagtail.models import Page

from config.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES

CONTENT_DIR = Path(__file__).resolve().parent / "content"
CONTENT_FILES = [
    "home.toml",
    "about.toml",
    "privacy.toml",
    "terms.toml",
    "news.toml",
    "members.toml",
    "guidance.toml",
    "more_news.toml",
    "publications.toml",
    "best_practices.toml",
    "working_groups.toml",
    "events.toml",
]

# Block ids are derived from the page key, field and position, so a page built in any
# language has the same ids as its Japanese original; wagtail-localize's content paths
# (``body.<block id>.text``) then match between the two.
BLOCK_ID_NAMESPACE = uuid.UUID("0f3c8a52-6a0e-4d55-9a55-2f4f5b1f8e21")
PAGE_FIELD = "page"
META_KEYS = {"key", "type", "languages", "days_ago", "starts_in_days", "at", "hours"}
# Many-to-many choices (``topics = ["wages"]``): kept on the spec for the app that
# owns them to set (knowledge.demo_guidance), since a plain list would read as a
# StreamField.
RELATION_KEYS = {"topics", "stages", "law_references"}
TEXT_BLOCKS = (
    blocks.CharBlock,
    blocks.TextBlock,
    blocks.URLBlock,
    blocks.RichTextBlock,
)

Resolver = Callable[["PageRef"], int | None]


class DemoContentError(Exception):
    """A content file is inconsistent, or the site is not set up for the demo."""


class Text(dict):
    """One text in several languages, keyed by language code."""


@dataclass(frozen=True)
class PageRef:
    """A link to another demo page, by its key."""

    key: str


@dataclass(frozen=True)
class PageSpec:
    key: str
    model: type[Page]
    languages: tuple[str, ...]
    content: dict[str, Any]
    relations: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def is_home(self) -> bool:
        return self.key == ""

    @property
    def slug(self) -> str:
        return self.key.rpartition("/")[2]

    @property
    def parent_key(self) -> str:
        return self.key.rpartition("/")[0]

    def block_id(self, field_name: str, index: int) -> str:
        return str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{self.key}:{field_name}:{index}"))

    def values(self, language: str, resolve: Resolver) -> dict[str, Any]:
        """The page's field values in ``language``; ``resolve`` gives link targets."""
        values = {}
        for name, value in self.content.items():
            if isinstance(value, list):
                child_blocks = self.model._meta.get_field(
                    name
                ).stream_block.child_blocks
                values[name] = [
                    {
                        "type": block_type,
                        "value": _complete(
                            child_blocks[block_type],
                            _localise(block_value, language, resolve),
                            self.block_id(name, index),
                        ),
                        "id": self.block_id(name, index),
                    }
                    for index, (block_type, block_value) in enumerate(value)
                ]
            else:
                values[name] = _localise(value, language, resolve)
        return values

    def build(self, language: str, resolve: Resolver) -> Page:
        """An unsaved page of the spec's type holding its content in ``language``."""
        return self.model(**self.values(language, resolve))


def load_specs() -> list[PageSpec]:
    """Every demo page, in tree order."""
    specs = []
    for name in CONTENT_FILES:
        with (CONTENT_DIR / name).open("rb") as file:
            data = tomllib.load(file)
        specs.extend(_page_spec(page, name) for page in data["page"])
    return specs


def _page_spec(data: dict[str, Any], filename: str) -> PageSpec:
    try:
        model = apps.get_model(data["type"])
    except (KeyError, LookupError, ValueError) as error:
        raise DemoContentError(
            f"{filename}: a page has no valid type ({error})."
        ) from error
    content: dict[str, Any] = {}
    if "days_ago" in data:
        content["date"] = timezone.localdate() - timedelta(days=data["days_ago"])
    if "starts_in_days" in data:
        content["start"], content["end"] = _event_times(data)
    for name, value in data.items():
        if name in META_KEYS or name in RELATION_KEYS:
            continue
        if isinstance(value, list):
            content[name] = [_block(item) for item in value]
        else:
            content[name] = _value(value)
    spec = PageSpec(
        key=data.get("key", ""),
        model=model,
        languages=tuple(data.get("languages", ())),
        content=content,
        relations={name: tuple(data[name]) for name in RELATION_KEYS if name in data},
    )
    _check_languages(spec, filename)
    return spec


def _event_times(data: dict[str, Any]) -> tuple[datetime, datetime]:
    """An event ``starts_in_days`` from the load day, ``at`` "HH:MM" Japan time, for
    ``hours`` hours (events.toml)."""
    day = timezone.localdate() + timedelta(days=data["starts_in_days"])
    hour, minute = (int(part) for part in data.get("at", "14:00").split(":"))
    start = timezone.make_aware(datetime.combine(day, time(hour, minute)))
    return start, start + timedelta(hours=data.get("hours", 2))


def _block(item: dict[str, Any]) -> tuple[str, Any]:
    if "value" in item:
        return item["type"], _value(item["value"])
    value = {name: _value(field) for name, field in item.items() if name != "type"}
    if isinstance(value.get(PAGE_FIELD), str):
        value[PAGE_FIELD] = PageRef(value[PAGE_FIELD])
    return item["type"], value


def _value(value: Any) -> Any:
    if isinstance(value, dict):
        if value and set(value) <= set(LANGUAGE_CODES):
            return Text(value)
        return {name: _value(field) for name, field in value.items()}
    if isinstance(value, list):
        return [_value(item) for item in value]
    return value


def _texts(value: Any) -> Iterator[Text]:
    if isinstance(value, Text):
        yield value
    elif isinstance(value, dict):
        for field in value.values():
            yield from _texts(field)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


def _check_languages(spec: PageSpec, filename: str) -> None:
    unknown = set(spec.languages) - set(LANGUAGE_CODES)
    if unknown:
        raise DemoContentError(
            f"{filename}: page {spec.key!r} names unknown languages {unknown}."
        )
    required = {DEFAULT_LANGUAGE, *spec.languages}
    for text in _texts(spec.content):
        missing = required - set(text)
        if missing:
            first = next(iter(text.values()))
            raise DemoContentError(
                f"{filename}: page {spec.key!r} lacks {sorted(missing)} "
                f"for {first[:60]!r}."
            )


def _complete(block: blocks.Block, value: Any, seed: str) -> Any:
    """Fill in the struct fields a content file leaves out, as the admin form would.

    List items get ids derived from ``seed`` (the block's id) and their position, so
    that, like block ids, they are the same in every language.
    """
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        return [
            {
                "type": "item",
                "value": _complete(block.child_block, item, f"{seed}:{index}"),
                "id": str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{seed}:{index}")),
            }
            for index, item in enumerate(value)
        ]
    if not isinstance(block, blocks.StructBlock):
        return value
    for name, child in block.child_blocks.items():
        if name in value:
            value[name] = _complete(child, value[name], f"{seed}:{name}")
        else:
            default = child.get_default()
            if default is None and isinstance(child, TEXT_BLOCKS):
                value[name] = ""
            else:
                value[name] = child.get_prep_value(default)
    return value


def _localise(value: Any, language: str, resolve: Resolver) -> Any:
    if isinstance(value, Text):
        return value[language]
    if isinstance(value, PageRef):
        return resolve(value)
    if isinstance(value, dict):
        return {
            name: _localise(field, language, resolve) for name, field in value.items()
        }
    if isinstance(value, list):
        return [_localise(item, language, resolve) for item in value]
    return value
