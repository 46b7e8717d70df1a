"""Build the demo self-check pages and their snippets in each language."""

import tomllib
import uuid
from collections import defaultdict
from functools import cache
from pathlib import Path

from wagtail.models import Locale, Page
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from config.languages import DEFAULT_LANGUAGE
from home.demo.translations import translate_page
from knowledge.models import LawReference
from selfcheck.choices import RiskLevel
from selfcheck.models import HelpOrganisation, SelfCheckPage

CONTENT_DIR = Path(__file__).resolve().parent
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


@cache
def content(name: str) -> dict:
    """A content file of this directory (``laws``, ``after_arrival``, ``periodic``)."""
    with (CONTENT_DIR / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


def ensure_snippets(locales: dict[str, Locale], languages) -> tuple[dict, dict]:
    """The Japanese law references and organisations by key, each translated."""
    data = content("laws")
    japanese = locales[DEFAULT_LANGUAGE]
    every = (DEFAULT_LANGUAGE, *languages)
    laws = {}
    for key, reference in data["reference"].items():
        law = data["law"][reference["law"]]
        values = {
            language: {
                "law": law[language],
                "article": data["article"][language].format(reference["article"]),
                "summary": reference["summary"][language],
            }
            for language in every
        }
        laws[key] = _ensure_translated(
            LawReference,
            {"law": values["ja"]["law"], "article": values["ja"]["article"]},
            {"url": law["url"]},
            values,
            locales,
            japanese,
        )
    organisations = {}
    for key, organisation in data["organisation"].items():
        values = {language: organisation[language] for language in every}
        organisations[key] = _ensure_translated(
            HelpOrganisation,
            {"name": values["ja"]["name"]},
            {"phone": organisation["phone"], "url": organisation["url"]},
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

    def __init__(self, key, kind, laws, organisations):
        self.key = key
        self.kind = kind
        self.content = content(kind)
        self.laws = laws
        self.organisations = organisations

    def build(self, language: str, _resolve=None) -> SelfCheckPage:
        return SelfCheckPage(
            title=self.content["title"][language],
            slug=self.key,
            kind=self.kind,
            introduction=self.content["intro"][language],
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
                            for question in section["question"]
                        ],
                    },
                }
                for section in self.content["section"]
            ],
        )

    def _question(self, section, question, language):
        key, risky, level = question["key"], question["risky"], question["level"]
        explanation = question["explanation"][language]
        laws, organisation = question["laws"], question["organisation"]
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
                "text": question["text"][language],
                "help_text": "",
                "indicators": question["indicators"],
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
