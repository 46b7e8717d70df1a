"""The Atom feed of a news index, in the index's language."""

import datetime

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from core.i18n import active_language, reader_url


def news_feed(index_page, request) -> str:
    feed = Atom1Feed(
        title=f"{index_page.title} | {_('JP-MIRAI')}",
        link=request.build_absolute_uri(reader_url(request, index_page)),
        description=index_page.introduction or index_page.summary,
        language=active_language(),
        feed_url=request.build_absolute_uri(),
    )
    for item in index_page.feed_items():
        link = request.build_absolute_uri(reader_url(request, item))
        published = timezone.make_aware(
            datetime.datetime.combine(item.date, datetime.time(9))
        )
        feed.add_item(
            title=item.title,
            link=link,
            description=item.summary,
            pubdate=published,
            updateddate=item.last_published_at or published,
            unique_id=link,
            categories=[str(item.get_category_display())],
        )
    return feed.writeString("utf-8")
