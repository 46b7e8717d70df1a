"""News index and news items. Pass ``parent=``: a home page, then the news index."""

import datetime

import factory
import wagtail_factories

from knowledge.models import (
    BestPracticeIndexPage,
    BestPracticePage,
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    PublicationPage,
    WorkingGroupMaterialPage,
    WorkingGroupPage,
)
from tests.factories.home import paragraph_body


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"
    introduction = "What is new at the platform."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    date = factory.Sequence(
        lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n)
    )
    category = NewsPage.Category.NEWS
    listing_summary = "A short summary of the news item."
    body = factory.LazyAttribute(lambda page: paragraph_body(page.body_text))

    class Params:
        body_text = "The news in full."

    class Meta:
        model = NewsPage


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Publications"
    slug = "publications"

    class Meta:
        model = PublicationIndexPage


class PublicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Publication {n}")
    kind = PublicationPage.Kind.ANNUAL_REPORT
    year = 2023
    summary_text = "What the platform did in the year."

    class Meta:
        model = PublicationPage


class BestPracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Best practices"
    slug = "best-practices"

    class Meta:
        model = BestPracticeIndexPage


class BestPracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Best practice {n}")
    organisation_name = "Example Manufacturing Co."
    industry = "manufacturing"
    sending_country = "VN"
    themes = factory.LazyFunction(lambda: ["zero_fee"])
    year = 2023
    selected_at = "2023 autumn activity report meeting"
    body = factory.LazyAttribute(lambda page: paragraph_body(page.body_text))

    class Params:
        body_text = "How the practice works."

    class Meta:
        model = BestPracticePage


class WorkingGroupPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Working group {n}")
    introduction = "What the group works on."

    class Meta:
        model = WorkingGroupPage


class WorkingGroupMaterialPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Minutes {n}")
    body = factory.LazyAttribute(lambda page: paragraph_body(page.body_text))

    class Params:
        body_text = "Minutes of the meeting."

    class Meta:
        model = WorkingGroupMaterialPage


def pdf_document(title: str, paragraphs: list[str], *, japanese: bool):
    """An uploaded PDF document; its text is extracted as on an editor's upload."""
    from django.core.files.base import ContentFile
    from django.test import TestCase
    from wagtail.documents import get_document_model

    from knowledge.pdf import make_pdf

    data = make_pdf(title, paragraphs, japanese=japanese)
    with TestCase.captureOnCommitCallbacks(execute=True):
        document = get_document_model().objects.create(
            title=title,
            file=ContentFile(data, name=f"{title[:20]}.pdf"),
            file_size=len(data),
        )
    return document


def editions(*pairs) -> list[tuple[str, dict]]:
    """An editions StreamField value from (language, document) pairs."""
    return [("edition", {"language": lang, "document": doc}) for lang, doc in pairs]
