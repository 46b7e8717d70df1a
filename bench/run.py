"""Page benchmarks: SQL queries, response size and render time per page and language.

Runs in-process against a throwaway SQLite database filled by `load_demo`, with the
production-like template loader, no DEBUG and the whole-page cache off (uncached
renders; bench/serve.py measures the cache). It prints figures; it asserts nothing.
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
    ("guidance ix", "/{lang}/guidance/"),
    ("guidance", "/{lang}/guidance/minimum-wage/"),
    ("pubs index", "/{lang}/publications/"),
    ("publication", "/{lang}/publications/annual-report-2023/"),
    ("bp index", "/{lang}/best-practices/"),
    ("self-check", "/{lang}/self-check-after-arrival/"),
    ("survey res", "/{lang}/self-check-after-arrival/survey-results/"),
    ("members dir", "/{lang}/members-directory/"),
    ("calendar", "/{lang}/events/calendar.ics"),
    ("api list", "/api/v3/pages/?locale={lang}"),
]
# First load of a guidance page (the budget: HTML + CSS + the locale's font
# subset, compressed as served; JavaScript and images not counted).
FIRST_LOAD = [("guidance", "/{lang}/guidance/minimum-wage/")]
FIRST_LOAD_LANGUAGES = ["ja", "en", "vi", "id", "my"]
LANGUAGES = ["ja", "en", "vi", "my", "km"]


def setup(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.DEBUG = False
    # Renders, not cache hits: the whole-page cache is measured by bench/serve.py.
    settings.PAGE_CACHE_ENABLED = False
    import logging

    logging.getLogger("django.request").setLevel(logging.ERROR)  # the 404 rows
    logging.getLogger("django_tasks").setLevel(logging.WARNING)  # load_demo's tasks
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


def first_load(url: str) -> dict:
    """Bytes of a first visit: the HTML (gzip), its stylesheets (brotli, as whitenoise
    serves them) and the woff2 files of the page's script (regular and bold)."""
    import re

    import brotli
    from django.contrib.staticfiles import finders
    from django.test import Client

    from core.i18n import language_script

    response = Client(HTTP_HOST="localhost").get(url)
    html = response.content
    css = 0
    for href in re.findall(rb'<link rel="stylesheet" href="/static/([^"]+)"', html):
        path = finders.find(href.decode())
        if path:
            css += len(brotli.compress(Path(path).read_bytes()))
    fonts = 0
    script = language_script(url.split("/")[1])
    if script not in ("latn", "jpan", "hans"):
        for weight in ("400", "700"):
            path = finders.find(f"dist/fonts/{script}-{weight}.woff2")
            if path:
                fonts += Path(path).stat().st_size
    html_gzip = len(gzip.compress(html, 9))
    return {"html": html_gzip, "css": css, "fonts": fonts}


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
        print()
        print(
            f"{'first load':<12} {'lang':<5} {'html gz':>8} {'css br':>7} "
            f"{'fonts':>7} {'total':>7}"
        )
        for name, pattern in FIRST_LOAD:
            for lang in FIRST_LOAD_LANGUAGES:
                r = first_load(pattern.format(lang=lang))
                total = r["html"] + r["css"] + r["fonts"]
                print(
                    f"{name:<12} {lang:<5} {r['html']:>8} {r['css']:>7} "
                    f"{r['fonts']:>7} {total:>7}"
                )


if __name__ == "__main__":
    main()
