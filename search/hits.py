"""Counting searches for the admin's "popular searches" report, in one statement.

Wagtail's ``Query.get(q).add_hit()`` costs four round trips and, outside a
transaction, two commits per search (find or create the query, find or create
today's counter, update it). The same rows are written here with upserts: one
statement on PostgreSQL (a data-modifying WITH), two on SQLite, which has no such
statement and whose commits are cheap. Concurrent searches cannot lose a count:
each upsert is atomic.
"""

from django.db import connection
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string


def normalised(query_string: str) -> str:
    """The form Wagtail stores a query in (and editors' promotions are keyed by)."""
    return normalise_query_string(query_string)[
        : Query._meta.get_field("query_string").max_length
    ]


def record_hit(query_string: str, date=None) -> None:
    text = normalised(query_string)
    if not text:
        return
    date = date or timezone.localdate()
    query = connection.ops.quote_name(Query._meta.db_table)
    hits = connection.ops.quote_name(QueryDailyHits._meta.db_table)
    count = f"ON CONFLICT (query_id, date) DO UPDATE SET hits = {hits}.hits + 1"
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The no-op update makes RETURNING give the id of an existing query.
            cursor.execute(
                f"WITH found AS (INSERT INTO {query} (query_string) VALUES (%s) "  # noqa: S608 (names quoted)
                "ON CONFLICT (query_string) DO UPDATE "
                "SET query_string = EXCLUDED.query_string RETURNING id) "
                f"INSERT INTO {hits} (query_id, date, hits) "
                f"SELECT id, %s, 1 FROM found {count}",
                [text, date],
            )
            return
        cursor.execute(
            f"INSERT INTO {query} (query_string) VALUES (%s) "  # noqa: S608 (names quoted)
            "ON CONFLICT (query_string) DO NOTHING",
            [text],
        )
        cursor.execute(
            f"INSERT INTO {hits} (query_id, date, hits) "  # noqa: S608 (names quoted)
            f"SELECT id, %s, 1 FROM {query} WHERE query_string = %s {count}",
            [date, text],
        )
