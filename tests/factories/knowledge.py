"""News index and news items. Pass ``parent=``: a home page, then the news index."""

import datetime

import factory
import wagtail_factories

from knowledge.models import NewsIndexPage, NewsPage
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
