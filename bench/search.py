"""Search benchmark: p50/p95 of /<lang>/search/?q= over 10,000 generated pages on
PostgreSQL (Wagtail's database backend with the unspaced-script segmentation).

Creates a throwaway database next to the one in BENCH_POSTGRES_URL (default: the local
server's `postgres` database), migrates it, inserts the pages in bulk, indexes them,
times the search view in-process, and drops the database again.
Usage: `make bench` (or `python bench/search.py --pages 10000 --repeat 20`).
"""

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

SERVER_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
QUERIES = [
    ("ja", "外国人労働者"),  # in most pages
    ("ja", "セルフチェック"),
    ("ja", "送出し国"),
    ("ja", "認証制度の設計"),
    ("ja", "事例123番"),  # about 25 pages: ranked by relevance
    ("ja", "存在しない語句"),  # no hits
    # English words on the same (Japanese-tree) pages, and in the English tree
    ("ja", "migrant workers"),
    ("ja", "study tour"),
    ("ja", "certification"),
    ("en", "certification"),
]
JA_SENTENCES = [
    "外国人労働者との情報共有・共助を進めます。",
    "外国人労働者セルフチェックシートを導入し、現状を把握します。",
    "企業の人事・労務・調達担当者向けの研修を行います。",
    "送出し国スタディーツアーで事前学習と現地訪問を行います。",
    "相談窓口JP-MIRAIアシストが母国語で相談を受け付けます。",
    "認証業務に関心を有する会員による分科会で認証制度の設計を行います。",
    "会員が行動原則に則った活動計画を作成し、半期に一度進捗を報告します。",
    "自治体や民間のアプリとの連動により利便性の向上をめざします。",
]
EN_SENTENCES = [
    "We share information with migrant workers and help each other.",
    "The self-check sheet helps workers understand their rights.",
    "Training for the human resources and procurement staff of companies.",
    "A study tour to a sending country with preparation before the visit.",
    "JP-MIRAI Assist takes consultations in workers' own languages.",
    "A working group designs the certification scheme with experts.",
    "Members write activity plans and report progress twice a year.",
]


def _database_url(name: str) -> str:
    parts = urlsplit(SERVER_URL)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(SERVER_URL, autocommit=True) as connection:
        connection.execute(sql)


def _exists(name: str) -> bool:
    import psycopg

    with psycopg.connect(SERVER_URL, autocommit=True) as connection:
        row = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
    return row is not None


def setup(name: str, create: bool = True) -> None:
    if create:
        _admin(f'DROP DATABASE IF EXISTS "{name}"')
        _admin(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = _database_url(name)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    import logging

    from django.conf import settings
    from django.core.management import call_command

    settings.DEBUG = False
    logging.disable(logging.INFO)
    call_command("migrate", verbosity=0)


def _path(base: str, number: int) -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    digits = ""
    for _ in range(4):
        number, rest = divmod(number, 36)
        digits = alphabet[rest] + digits
    return base + digits


def generate(count: int) -> None:
    """``count`` standard pages under the Japanese home, in bulk, then indexed."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from home.models import StandardPage
    from tests.factories.core import japanese_home

    home = japanese_home()
    content_type = ContentType.objects.get_for_model(StandardPage)
    now = timezone.now()
    rng = random.Random(7)
    start = home.numchild + 1
    with transaction.atomic():
        pages = []
        for n in range(count):
            slug = f"bench-{n}"
            pages.append(
                Page(
                    path=_path(home.path, start + n),
                    depth=home.depth + 1,
                    numchild=0,
                    title=f"ページ {n} {rng.choice(EN_SENTENCES)[:30]}",
                    draft_title=f"ページ {n}",
                    slug=slug,
                    content_type=content_type,
                    live=True,
                    has_unpublished_changes=False,
                    url_path=f"{home.url_path}{slug}/",
                    locale_id=home.locale_id,
                    translation_key=uuid.uuid4(),
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        Page.objects.bulk_create(pages, batch_size=1000)
        Page.objects.filter(pk=home.pk).update(numchild=home.numchild + count)
        rows = []
        for page in pages:
            text = " ".join(rng.sample(JA_SENTENCES, 3) + rng.sample(EN_SENTENCES, 2))
            text += f" 事例{page.pk % 400}番"
            body = (
                '[{"type": "paragraph", "value": "<p>' + text + '</p>", '
                f'"id": "{uuid.uuid4()}"}}]'
            )
            rows.append((page.pk, text[:200], "", body))
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO home_standardpage "
                "(page_ptr_id, listing_summary, introduction, body) "
                "VALUES (%s, %s, %s, %s)",
                rows,
            )
    backend = get_search_backend()
    index = backend.get_index_for_model(StandardPage)
    queryset = StandardPage.objects.filter(slug__startswith="bench-")
    ids = list(queryset.values_list("pk", flat=True))
    for chunk in range(0, len(ids), 500):
        index.add_items(
            StandardPage, list(queryset.filter(pk__in=ids[chunk : chunk + 500]))
        )


def analyse() -> None:
    """Statistics for the planner, as autovacuum keeps them on a live site."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def measure(repeat: int) -> list[float]:
    from django.test import Client

    from search import results

    # Readers who are not signed in share cached results (search/results.py): this
    # measures the search itself, as the first reader of a query meets it.
    results.FOUND_TIMEOUT = 0
    client = Client(HTTP_HOST="localhost")
    for language, query in QUERIES:  # warm caches
        client.get(f"/{language}/search/", {"q": query})
    timings = []
    by_query: dict[tuple[str, str], list[float]] = {}
    for _ in range(repeat):
        for language, query in QUERIES:
            start = time.perf_counter()
            response = client.get(f"/{language}/search/", {"q": query})
            elapsed = (time.perf_counter() - start) * 1000
            timings.append(elapsed)
            by_query.setdefault((language, query), []).append(elapsed)
            assert response.status_code == 200  # noqa: S101
    for (language, query), values in by_query.items():
        median = statistics.median(values)
        print(f"  /{language}/search/?q={query}: median {median:.1f} ms")
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--keep", metavar="NAME", help="keep (or reuse) the database NAME"
    )
    args = parser.parse_args()
    name = args.keep or f"bench_search_{os.getpid()}"
    try:
        reuse = bool(args.keep) and _exists(name)
        setup(name, create=not reuse)
    except Exception as error:  # noqa: BLE001 (no server: say so, do not fail make bench)
        print(f"search benchmark skipped: no PostgreSQL at {SERVER_URL} ({error})")
        return
    try:
        started = time.perf_counter()
        if not reuse:
            generate(args.pages)
            analyse()
        print(
            f"search: {args.pages} pages generated and indexed in "
            f"{time.perf_counter() - started:.0f} s"
        )
        timings = measure(args.repeat)
        p95 = statistics.quantiles(timings, n=20)[-1]
        print(
            f"search over {args.pages} pages on PostgreSQL, {len(timings)} requests "
            f"({len(QUERIES)} queries, Japanese and English words): "
            f"p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, "
            f"max {max(timings):.1f} ms (budget: p95 <= 100 ms)"
        )
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            _admin(f'DROP DATABASE IF EXISTS "{name}"')


if __name__ == "__main__":
    main()
