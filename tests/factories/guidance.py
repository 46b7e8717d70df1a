"""Guidance indexes, guidance pages, topics and stages. Pass ``parent=``: a home page,
then a guidance index. Topic and stage factories make the Japanese rows; translate
them with ``translate_term``."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from knowledge.models import GuidanceIndexPage, GuidancePage, LawReference, Stage, Topic
from tests.factories.core import LocaleFactory
from tests.factories.home import paragraph_body


class GuidanceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Guidance"
    slug = "guidance"
    introduction = "Rules and help for working in Japan."

    class Meta:
        model = GuidanceIndexPage


class GuidancePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guidance {n}")
    slug = factory.Sequence(lambda n: f"guidance-{n}")
    listing_summary = "What the rule is and what to do."
    last_reviewed = datetime.date(2026, 10, 1)
    body = factory.LazyAttribute(lambda page: paragraph_body(page.body_text))

    class Params:
        body_text = "The guidance in full."

    class Meta:
        model = GuidancePage


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"トピック {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    sort_order = factory.Sequence(lambda n: n)
    locale = factory.LazyFunction(LocaleFactory)

    class Meta:
        model = Topic


class StageFactory(TopicFactory):
    name = factory.Sequence(lambda n: f"段階 {n}")
    slug = factory.Sequence(lambda n: f"stage-{n}")

    class Meta:
        model = Stage


class LawReferenceFactory(DjangoModelFactory):
    law = "労働基準法"
    article = factory.Sequence(lambda n: f"第{n + 1}条")
    url = "https://laws.e-gov.go.jp/law/322AC0000000049"
    summary = "会社が守るべき働く条件の最低基準です。"
    locale = factory.LazyFunction(LocaleFactory)

    class Meta:
        model = LawReference


def translate_term(term, language_code: str, **changes):
    """A translation of a topic, stage or law reference into ``language_code``."""
    copy = term.copy_for_translation(LocaleFactory(language_code=language_code))
    for field, value in changes.items():
        setattr(copy, field, value)
    copy.save()
    return copy
