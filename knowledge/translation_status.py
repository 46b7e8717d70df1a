"""Which guidance page needs translating next: every page × language, with its state.

States, from what wagtail-localize and the page tree record:

- *up to date*: a live translation made from the source as it is now;
- *source changed*: the Japanese page has a revision newer than the text the
  translation was made from (wagtail-localize's last sync of its TranslationSource,
  or, for a copy translated by hand, the translation's own latest revision);
- *machine translated*: some strings were filled in by machine translation;
- *draft*: a translation exists but is not published;
- *fallback copy*: an alias (an untranslated copy of the Japanese page that
  wagtail-localize puts in a tree); readers see the Japanese text with a notice;
- *missing*: nothing in that language; readers see the Japanese page with a notice.

A fixed number of queries, whatever the number of pages and languages.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from config.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES, OWN_NAMES
from knowledge.models import GuidanceFeedback, GuidancePage

UP_TO_DATE = "up_to_date"
SOURCE_CHANGED = "source_changed"
MACHINE = "machine"
DRAFT = "draft"
FALLBACK = "fallback"
MISSING = "missing"

STATES = [
    (SOURCE_CHANGED, _("Source changed since translation")),
    (MISSING, _("Missing")),
    (FALLBACK, _("Fallback copy")),
    (MACHINE, _("Machine translated")),
    (DRAFT, _("Draft")),
    (UP_TO_DATE, _("Up to date")),
]
STATE_LABELS = dict(STATES)


@dataclass
class Cell:
    language: str
    state: str
    page_id: int | None
    helpful: int = 0
    not_helpful: int = 0

    @property
    def label(self):
        return STATE_LABELS[self.state]


@dataclass
class Row:
    source: Page
    cells: list[Cell]
    helpful: int = 0
    not_helpful: int = 0


def translation_status(
    language: str = "", state: str = "", audience: str = ""
) -> list[Row]:
    """One row per Japanese guidance page; cells for ``language`` (or all but
    Japanese), keeping only rows that have a cell in ``state`` when given."""
    locales = dict(Locale.objects.values_list("language_code", "pk"))
    language_ids = {
        code: locales[code]
        for code in LANGUAGE_CODES
        if code != DEFAULT_LANGUAGE
        and code in locales
        and (not language or code == language)
    }
    sources = GuidancePage.objects.filter(
        locale_id=locales.get(DEFAULT_LANGUAGE)
    ).order_by("path")
    if audience:
        sources = sources.filter(audience=audience)
    sources = list(
        sources.only(
            "id",
            "title",
            "translation_key",
            "live",
            "path",
            "locale_id",
            "latest_revision_created_at",
        )
    )
    facts = _Facts([page.translation_key for page in sources])
    rows = [facts.row(source, language_ids) for source in sources]
    return [
        row
        for row in rows
        if not state or any(cell.state == state for cell in row.cells)
    ]


class _Facts:
    """What the page tree, wagtail-localize and the counters say about the pages
    with ``keys`` (their translation keys), read in four queries."""

    def __init__(self, keys):
        self.copies = _copies(keys)
        self.synced = _last_synced(keys)
        self.machine = set(
            StringTranslation.objects.filter(
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                context__object_id__in=keys,
            ).values_list("context__object_id", "locale_id")
        )
        self.feedback = {
            (row.translation_key, row.language): row
            for row in GuidanceFeedback.objects.filter(translation_key__in=keys)
        }

    def row(self, source, language_ids: dict[str, int]) -> Row:
        key = source.translation_key
        cells = []
        for code, locale_id in language_ids.items():
            copy = self.copies.get((key, locale_id))
            state = _state(
                source,
                copy,
                self.synced.get((key, locale_id)),
                (key, locale_id) in self.machine,
            )
            cell = Cell(code, state, copy["id"] if copy else None)
            counts = self.feedback.get((key, code))
            if counts:
                cell.helpful, cell.not_helpful = counts.helpful, counts.not_helpful
            cells.append(cell)
        row = Row(source, cells)
        for (page_key, _language), counts in self.feedback.items():
            if page_key == key:
                row.helpful += counts.helpful
                row.not_helpful += counts.not_helpful
        return row


def _copies(keys) -> dict:
    pages = Page.objects.filter(translation_key__in=keys).values(
        "id",
        "translation_key",
        "locale_id",
        "alias_of_id",
        "live",
        "has_unpublished_changes",
        "latest_revision_created_at",
        "last_published_at",
    )
    return {(page["translation_key"], page["locale_id"]): page for page in pages}


def _last_synced(keys) -> dict:
    """(translation key, target locale id) → when the translation's source text was
    last taken from the Japanese page (wagtail-localize's sync)."""
    translations = Translation.objects.filter(
        source__in=TranslationSource.objects.filter(object_id__in=keys)
    ).values_list("source__object_id", "target_locale_id", "source__last_updated_at")
    return {(key, locale_id): when for key, locale_id, when in translations}


def _state(source, copy, synced_at, machine: bool) -> str:
    if copy is None:
        return MISSING
    if copy["alias_of_id"] is not None:
        return FALLBACK
    if not copy["live"]:
        return DRAFT
    made_from = (
        synced_at or copy["latest_revision_created_at"] or copy["last_published_at"]
    )
    changed = source.latest_revision_created_at
    if changed and made_from and changed > made_from:
        return SOURCE_CHANGED
    if machine:
        return MACHINE
    return UP_TO_DATE


def language_names() -> dict[str, str]:
    return dict(OWN_NAMES)
