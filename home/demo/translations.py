"""Translate the demo pages the way wagtail-localize stores an editor's translations.

For each page and language this does what "Translate this page" and the translation
editor do: take a TranslationSource of the Japanese page (its frozen segments), open a
synced Translation into the target locale, store one StringTranslation per source
string, and let ``Translation.save_target`` create and publish the translated page
under the translated parent. The admin then lists the page as a synced translation,
and shows a later edit of the Japanese page as a changed source to sync.

Strings are paired by position: the spec builds the page in Japanese and in the target
language with the same block ids, wagtail-localize's own extractor cuts both into
segments, and the n-th string at a content path in one is the translation of the n-th
string at that path in the other.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from config.languages import DEFAULT_LANGUAGE
from home.demo.pages import DemoPages
from home.demo.spec import DemoContentError, PageSpec


@dataclass
class TranslationReport:
    created: Counter = field(default_factory=Counter)  # language code -> pages
    incomplete: list[str] = field(default_factory=list)


def translate_pages(
    specs: list[PageSpec], pages: DemoPages, locales: dict[str, Locale]
) -> TranslationReport:
    """Translate every demo page into each of its languages where it is not yet."""
    report = TranslationReport()
    for spec in specs:  # tree order: a parent is translated before its children
        page = pages.get(spec.key)
        if page is None:
            continue
        japanese = None
        for language in spec.languages:
            locale = locales.get(language)
            if locale is None:
                raise DemoContentError(
                    f"There is no locale {language!r}; run migrate first."
                )
            if Page.objects.filter(
                translation_key=page.translation_key, locale=locale
            ).exists():
                continue
            if japanese is None:
                japanese = _strings_by_path(spec.build(DEFAULT_LANGUAGE, pages.page_id))
            total, translated = translate_page(spec, page, locale, pages, japanese)
            report.created[language] += 1
            if translated < total:
                report.incomplete.append(
                    f"{page.url_path} ({language}): {total - translated} of {total} "
                    "strings are not translated (was the Japanese page edited?)"
                )
    return report


def translate_page(
    spec: PageSpec,
    page: Page,
    locale: Locale,
    pages: DemoPages,
    japanese: dict[str, list[str]],
) -> tuple[int, int]:
    """Translate one page; return its strings in total and translated.

    ``japanese`` holds the spec's Japanese strings by content path, to recognise the
    source strings the spec has a translation for.
    """
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    _store_string_translations(spec, source, locale, pages, japanese)
    # wagtail-localize publishes in transaction.on_commit, with the page as it was when
    # saved. The demo loads in one transaction, so by commit time the page has gained
    # translated children, and publishing that stale copy would reset its child count
    # (``numchild``) to zero and hide them. So save the translation as a draft and
    # publish it at once, as an editor who saves and then publishes does.
    translation.save_target(publish=False)
    translation.get_target_instance().get_latest_revision().publish()
    return translation.get_progress()


def _store_string_translations(
    spec: PageSpec,
    source: TranslationSource,
    locale: Locale,
    pages: DemoPages,
    japanese: dict[str, list[str]],
) -> None:
    translated = _strings_by_path(spec.build(locale.language_code, pages.page_id))
    _check_same_shape(spec, locale, japanese, translated)

    segments = list(
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    )
    stored = set(
        StringTranslation.objects.filter(
            locale=locale, context__in={segment.context_id for segment in segments}
        ).values_list("translation_of_id", "context_id")
    )
    position: Counter = Counter()
    for segment in segments:
        path = segment.context.path
        index = position[path]
        position[path] += 1
        originals = japanese.get(path, [])
        if index >= len(originals) or originals[index] != segment.string.data:
            continue  # the Japanese page was edited since the demo was loaded
        if (segment.string_id, segment.context_id) in stored:
            continue  # translated before (by an editor, or for a page since deleted)
        # One save per string, as the translation editor does: save() checks the HTML
        # and links of the translation and flags it if they do not match the source.
        StringTranslation(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=translated[path][index],
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        ).save()
        stored.add((segment.string_id, segment.context_id))


def _strings_by_path(instance: Page) -> dict[str, list[str]]:
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings


def _check_same_shape(
    spec: PageSpec,
    locale: Locale,
    japanese: dict[str, list[str]],
    translated: dict[str, list[str]],
) -> None:
    """A translated text must split into as many strings as the Japanese one."""
    for path in japanese.keys() | translated.keys():
        expected, found = len(japanese.get(path, [])), len(translated.get(path, []))
        if expected != found:
            raise DemoContentError(
                f"Page {spec.key!r} in {locale.language_code!r}: {path} has {found} "
                f"strings where the Japanese has {expected} (compare the paragraphs "
                "and list items of both)."
            )
