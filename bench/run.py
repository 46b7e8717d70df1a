"""Page benchmarks: SQL queries, response size and render time per page and language.

Runs in-process against a throwaway SQLite database filled by `load_demo`, with the
production-like template loader and no DEBUG. It prints figures; it asserts nothing.
Usage: `make bench` (or `python bench/run.py --repeat 50`).
"""

import argparse
import gzip
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

PAGES = [
    ("home", "/{lang}/"),
    ("about", "/{lang}/about/"),
    ("news index", "/{lang}/news/"),
    ("search", "/{lang}/search/?q=JP-MIRAI"),
    ("events", "/{lang}/events/"),
    ("event", "/{lang}/events/introductory-seminar-autumn/"),
    ("not found", "/{lang}/no-such-page/"),
]
LANGUAGES = ["ja", "en", "vi", "my", "km"]


def setup(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.DEBUG = False
    import logging

    logging.getLogger("django.request").setLevel(logging.ERROR)  # the 404 rows
    call_command("migrate", verbosity=0)
    call_command("load_demo", quiet=True)


def measure(url: str, repeat: int) -> dict:
    import brotli
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    client.get(url)  # warm caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    # Read now: every request start resets Django's query log (reset_queries).
    query_count = len(queries.captured_queries)
    body = response.content
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return {
        "status": response.status_code,
        "queries": query_count,
        "html": len(body),
        "gzip": len(gzip.compress(body, 9)),
        "brotli": len(brotli.compress(body)),
        "p50": statistics.median(timings),
        "p90": statistics.quantiles(timings, n=10)[-1]
        if repeat >= 10
        else max(timings),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        setup(Path(tmp) / "bench.sqlite3")
        columns = ["status", "queries", "html B", "gzip B", "br B", "p50 ms", "p90 ms"]
        widths = [6, 7, 8, 7, 6, 7, 7]
        header = f"{'page':<12} {'lang':<5} " + " ".join(
            f"{column:>{width}}" for column, width in zip(columns, widths, strict=True)
        )
        print(header)
        print("-" * len(header))
        for name, pattern in PAGES:
            for lang in LANGUAGES:
                r = measure(pattern.format(lang=lang), args.repeat)
                print(
                    f"{name:<12} {lang:<5} {r['status']:>6} {r['queries']:>7} "
                    f"{r['html']:>8} {r['gzip']:>7} {r['brotli']:>6} "
                    f"{r['p50']:>7.1f} {r['p90']:>7.1f}"
                )


if __name__ == "__main__":
    main()
