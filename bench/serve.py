"""Production-like benchmark: a large demo on PostgreSQL behind gunicorn, under load.

1. Creates a throwaway PostgreSQL database, migrates, loads the demo and adds
   ``--pages`` generated pages across page types and locales (bench/demo.py).
2. Collects static files (hashed, compressed: WhiteNoise's manifest storage) and
   starts gunicorn as in production (config/gunicorn.py, 2 sync workers, DEBUG off,
   settings config/settings/bench.py), first with the page cache off, then on.
3. Loads each page with bench/load.py and prints requests/s, p50/p99 latency, SQL
   queries per render (the server's X-Queries header), first-load bytes compressed
   (HTML gzip + stylesheets + preloaded fonts as WhiteNoise sends them) and each
   page's throughput as a share of the hello-world view's.
4. Stops gunicorn and drops the database, whatever happened.

Pages are listed in ``PAGES`` (name, path); a path with ``{news}`` etc. is filled in
from the demo (``discover``). Usage: ``make bench`` or
``python bench/serve.py --pages 10000 --seconds 5``.
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import load  # noqa: E402

HOST = "127.0.0.1"
PAGES = [
    ("hello world", "/bench/hello"),
    ("home ja", "/ja/"),
    ("home en", "/en/"),
    ("home my", "/my/"),
    ("standard page", "/en/about/"),
    ("news index", "/en/news/"),
    ("news page", "{news}"),
    ("search", "/en/search/?q=JP-MIRAI"),
    ("not found", "/en/no-such-page/"),
    ("API pages", "/api/v3/pages/?limit=20"),
    ("guidance page", "/en/guidance/minimum-wage/"),
    ("event index", "/en/events/"),
    ("event page", "/en/events/introductory-seminar-autumn/"),
    ("calendar feed", "/en/events/calendar.ics"),
    ("publications", "/en/publications/"),
]
DISCOVER = """
import json, django
django.setup()
from knowledge.models import NewsPage
news = NewsPage.objects.live().filter(locale__language_code="en").first()
news = news or NewsPage.objects.live().first()
print(json.dumps({"news": news.get_url() if news else "/en/news/"}))
"""
GENERATE = """
import sys, time, django
django.setup()
from bench.demo import generate, generate_events, generate_responses
pages, events, registrations, responses = map(int, sys.argv[1:5])
start = time.perf_counter()
made = generate(pages)
print(f"{made} pages generated in {time.perf_counter() - start:.1f} s")
start = time.perf_counter()
made, signed_up = generate_events(events, registrations)
took = time.perf_counter() - start
print(f"{made} events, {signed_up} registrations in {took:.1f} s")
start = time.perf_counter()
made = generate_responses(responses)
print(f"{made} self-check responses in {time.perf_counter() - start:.1f} s")
# Planner statistics, as autovacuum keeps them on a live database: without them
# PostgreSQL guesses row counts from before the bulk inserts and scans whole tables.
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("ANALYZE")
"""


def run(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, check=True, **kwargs
    )


def create_database(name: str, admin_url: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_database(name: str, admin_url: str) -> None:
    import psycopg

    try:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except psycopg.Error as error:
        print(f"Could not drop {name}: {error}", file=sys.stderr)


def get(port: int, path: str, headers: dict | None = None):
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


class Server:
    """gunicorn -c config/gunicorn.py config.wsgi, in its own process group."""

    def __init__(self, env: dict, port: int, log: Path):
        self.env, self.port, self.log = env, port, log
        self.process = None

    def start(self, **extra_env) -> None:
        env = {**self.env, **extra_env, "PORT": str(self.port), "HOST": HOST}
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "-c",
                "config/gunicorn.py",
                "config.wsgi:application",
                # At these rates production's max_requests would restart a worker
                # every second or two, each restart a pause of its own.
                "--max-requests",
                "0",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("a"),
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(self.log.read_text()[-3000:])
            try:
                get(self.port, "/healthz")
                return
            except OSError:
                time.sleep(0.2)
        raise SystemExit("gunicorn did not answer within 60 s")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


ASSET_RE = re.compile(
    r'<link rel="(?:stylesheet|preload)" href="(/static/[^"]+)"[^>]*>', re.S
)


def first_load_bytes(port: int, path: str, assets: dict) -> int:
    """HTML as sent gzipped, plus each stylesheet and preloaded font as WhiteNoise
    sends it (brotli where the browser takes it). Images are not counted."""
    response, body = get(port, path, {"Accept-Encoding": "gzip"})
    total = len(body)
    if "html" not in (response.getheader("Content-Type") or ""):
        return total
    html, _raw = get(port, path)
    text = _raw.decode("utf-8", "replace")
    for href in ASSET_RE.findall(text):
        if href not in assets:
            _response, asset = get(port, href, {"Accept-Encoding": "br, gzip"})
            assets[href] = len(asset)
        total += assets[href]
    return total


def measure(port: int, pages, args, assets) -> dict:
    figures = {}
    for name, path in pages:
        # Warm every worker (each has its own connection and, without Redis, its own
        # local-memory cache): a warm render's queries are the fewest any of the
        # last requests made.
        counts = []
        for _n in range(8):
            response, _body = get(port, path)
            counts.append(int(response.getheader("X-Queries") or 0))
        result = load.run(
            HOST,
            port,
            path,
            seconds=args.seconds,
            processes=args.processes,
            threads=args.threads,
        )
        figures[name] = {
            "status": response.status,
            "queries": min(counts[-4:]),
            "bytes": first_load_bytes(port, path, assets),
            "rps": result.per_second,
            "p50": result.p50,
            "p99": result.percentile(0.99),
            "errors": result.errors,
        }
    return figures


def print_table(pages, uncached, cached) -> None:
    hello_u = uncached["hello world"]["rps"] or 1
    hello_c = cached["hello world"]["rps"] or 1
    header = (
        f"{'page':<14} {'path':<26} {'st':>3} {'SQL':>3} {'1st KB':>6} │ "
        f"{'uncached r/s':>12} {'p50':>5} {'p99':>6} {'ceil':>6} │ "
        f"{'cached r/s':>10} {'p50':>5} {'p99':>6} {'ceil':>6}"
    )
    print(header)
    print("─" * len(header))
    for name, path in pages:
        u, c = uncached[name], cached[name]
        print(
            f"{name:<14} {path[:26]:<26} {u['status']:>3} {u['queries']:>3} "
            f"{u['bytes'] / 1024:>6.1f} │ {u['rps']:>12.1f} {u['p50']:>5.1f} "
            f"{u['p99']:>6.1f} {u['rps'] / hello_u:>6.1%} │ {c['rps']:>10.1f} "
            f"{c['p50']:>5.1f} {c['p99']:>6.1f} {c['rps'] / hello_c:>6.1%}"
        )
    errors = sum(f["errors"] for f in [*uncached.values(), *cached.values()])
    print(f"\nErrors (5xx or refused): {errors}. Latencies in ms; 'ceil' = share of")
    print("the hello-world view's requests/s on the same server in the same pass.")


def check_static_headers(port: int, assets: dict) -> None:
    for href in list(assets)[:1]:
        response, _body = get(port, href, {"Accept-Encoding": "br"})
        print(
            f"Static {href}: Cache-Control: {response.getheader('Cache-Control')}; "
            f"Content-Encoding: {response.getheader('Content-Encoding')}"
        )


def prepare(env: dict, args, pages=PAGES) -> list:
    """Migrate, load the demo, add generated pages, collect static; return ``pages``
    with their placeholders filled in."""
    step = time.perf_counter()
    run(env, "manage.py", "migrate", "--noinput", "-v", "0")
    run(env, "manage.py", "load_demo", "--quiet", stdout=subprocess.DEVNULL)
    print(f"Migrated and loaded the demo in {time.perf_counter() - step:.0f} s.")
    counts = [
        getattr(args, name, 0)  # bench/lighthouse.py generates pages only
        for name in ("pages", "events", "registrations", "responses")
    ]
    if any(counts):
        run(env, "-c", GENERATE, *map(str, counts))
    run(env, "manage.py", "collectstatic", "--noinput", "-v", "0")
    found = json.loads(run(env, "-c", DISCOVER, capture_output=True).stdout)
    return [(name, path.format(**found)) for name, path in pages]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=1_000)
    parser.add_argument("--registrations", type=int, default=100_000)
    parser.add_argument("--responses", type=int, default=50_000)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8107)))
    parser.add_argument("--database", default=os.environ.get("BENCH_DB", "perfbench"))
    parser.add_argument(
        "--postgres",
        default=os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432"),
    )
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="jp-mirai-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.bench",
        "DATABASE_URL": f"{args.postgres}/{args.database}",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "WEB_CONCURRENCY": "2",
        "PYTHONPATH": str(ROOT),
    }
    server = Server(env, args.port, tmp / "gunicorn.log")
    started = time.perf_counter()
    try:
        create_database(args.database, f"{args.postgres}/postgres")
        pages = prepare(env, args)
        print(f"Demo ready in {time.perf_counter() - started:.0f} s.")
        assets: dict = {}
        server.start(PAGE_CACHE_ENABLED="false")
        uncached = measure(args.port, pages, args, assets)
        server.stop()
        server.start(PAGE_CACHE_ENABLED="true")
        cached = measure(args.port, pages, args, assets)
        check_static_headers(args.port, assets)
        print(
            f"\ngunicorn, 2 sync workers, PostgreSQL, {args.pages} generated pages; "
            f"load: {args.processes} processes × {args.threads} threads, "
            f"{args.seconds:.0f} s per page and pass.\n"
        )
        print_table(pages, uncached, cached)
    finally:
        server.stop()
        drop_database(args.database, f"{args.postgres}/postgres")
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nDone in {time.perf_counter() - started:.0f} s; database dropped.")


if __name__ == "__main__":
    main()
