"""Build the demo self-check pages and their snippets in each language."""

import uuid
from collections import defaultdict

from wagtail.models import Locale, Page
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from config.languages import DEFAULT_LANGUAGE
from home.demo.translations import translate_page
from knowledge.models import LawReference
from selfcheck.choices import RiskLevel
from selfcheck.demo.laws import ARTICLE, LAW_NAMES, LAW_URLS, LAWS, ORGANISATIONS
from selfcheck.models import HelpOrganisation, SelfCheckPage

NAMESPACE = uuid.UUID("6c1f6f0e-2b0c-4c55-8f71-5d1d3f1d0a08")
ANSWERS = {
    "yes": {"ja": "はい", "en": "Yes", "vi": "Có", "id": "Ya"},
    "no": {"ja": "いいえ", "en": "No", "vi": "Không", "id": "Tidak"},
    "unsure": {
        "ja": "わからない",
        "en": "I am not sure",
        "vi": "Tôi không chắc",
        "id": "Saya tidak yakin",
    },
}
RESULTS_INTRO = {
    "ja": "このチェックの匿名の回答を集計した結果です。",
    "en": "The totals of the anonymous answers to this check.",
    "vi": "Tổng hợp các câu trả lời ẩn danh của bài kiểm tra này.",
    "id": "Rekapitulasi jawaban anonim untuk cek ini.",
}


def block_id(*parts: str) -> str:
    """The same id for the same question or option, in every language and every run."""
    return str(uuid.uuid5(NAMESPACE, ":".join(parts)))


def ensure_snippets(locales: dict[str, Locale], languages) -> tuple[dict, dict]:
    """The Japanese law references and organisations by key, each translated."""
    japanese = locales[DEFAULT_LANGUAGE]
    laws = {}
    for key, (law, article, summaries) in LAWS.items():
        values = {
            language: {
                "law": LAW_NAMES[law][language],
                "article": ARTICLE[language].format(article),
                "summary": summaries[language],
            }
            for language in (DEFAULT_LANGUAGE, *languages)
        }
        laws[key] = _ensure_translated(
            LawReference,
            {"law": values["ja"]["law"], "article": values["ja"]["article"]},
            {"url": LAW_URLS[law]},
            values,
            locales,
            japanese,
        )
    organisations = {}
    for key, (phone, url, texts) in ORGANISATIONS.items():
        values = {
            language: dict(
                zip(("name", "hours", "languages"), texts[language], strict=True)
            )
            for language in (DEFAULT_LANGUAGE, *languages)
        }
        organisations[key] = _ensure_translated(
            HelpOrganisation,
            {"name": values["ja"]["name"]},
            {"phone": phone, "url": url},
            values,
            locales,
            japanese,
        )
    return laws, organisations


def _ensure_translated(model, lookup, shared, values, locales, japanese):
    source = model.objects.filter(locale=japanese, **lookup).first()
    if source is None:
        source = model.objects.create(locale=japanese, **shared, **values["ja"])
    for language, texts in values.items():
        if language == DEFAULT_LANGUAGE or source.has_translation(locales[language]):
            continue
        copy = source.copy_for_translation(locales[language])
        for name, text in texts.items():
            setattr(copy, name, text)
        copy.save()
    return source


class CheckSpec:
    """One demo check, buildable in any of its languages with the same block ids
    (what home.demo.translations expects of a page spec)."""

    def __init__(self, key, kind, content, laws, organisations):
        self.key = key
        self.kind = kind
        self.content = content
        self.laws = laws
        self.organisations = organisations

    def build(self, language: str, _resolve=None) -> SelfCheckPage:
        return SelfCheckPage(
            title=self.content.TITLE[language],
            slug=self.key,
            kind=self.kind,
            introduction=self.content.INTRO[language],
            results_introduction=RESULTS_INTRO[language],
            sections=[
                {
                    "type": "section",
                    "id": block_id(self.key, section["key"]),
                    "value": {
                        "title": section["title"][language],
                        "intro": "",
                        "questions": [
                            self._question(section, question, language)
                            for question in section["questions"]
                        ],
                    },
                }
                for section in self.content.SECTIONS
            ],
        )

    def _question(self, section, question, language):
        key, risky, level, indicators, laws, organisation, texts = question
        text, explanation = texts[language]
        options = []
        for answer in ("yes", "no", "unsure"):
            if answer == risky:
                risk = level
            elif answer == "unsure":
                risk = RiskLevel.CAUTION
            else:
                risk = RiskLevel.NONE
            concern = risk != RiskLevel.NONE
            option_id = block_id(self.key, key, answer)
            options.append(
                {
                    "type": "item",
                    "id": option_id,
                    "value": {
                        "label": ANSWERS[answer][language],
                        "risk": risk,
                        "explanation": explanation if concern else "",
                        "action": section["action"][language] if concern else "",
                        "laws": [
                            {
                                "type": "item",
                                "id": block_id(option_id, law),
                                "value": self.laws[law].pk,
                            }
                            for law in (laws if concern else ())
                        ],
                        "referral": {
                            "page": None,
                            "desk": risk == RiskLevel.SERIOUS,
                            "organisation": self.organisations[organisation].pk
                            if concern and organisation
                            else None,
                        },
                    },
                }
            )
        return {
            "type": "item",
            "id": block_id(self.key, key),
            "value": {
                "text": text,
                "help_text": "",
                "indicators": list(indicators),
                "options": options,
            },
        }


class _NoLinks:
    def page_id(self, _ref):
        return None


def translate_check(spec: CheckSpec, page: SelfCheckPage, locale: Locale) -> int:
    """Translate the check into ``locale`` unless it is; 1 when a page was made."""
    if Page.objects.filter(
        translation_key=page.translation_key, locale=locale
    ).exists():
        return 0
    japanese = _strings_by_path(spec.build(DEFAULT_LANGUAGE))
    translate_page(spec, page, locale, _NoLinks(), japanese)
    return 1


def _strings_by_path(instance: Page) -> dict[str, list[str]]:
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings
