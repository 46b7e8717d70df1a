"""Lighthouse's four mobile scores per page, on the production-like server.

Builds the demo on a throwaway PostgreSQL database and serves it with gunicorn as
`make bench` does (bench/serve.py), then runs Lighthouse (npm, pinned in
bench/lighthouse/package.json) with Debian's Chromium (CHROME_PATH, the flags of
tests/e2e/chromium.py) against each page in ``PAGES``, and prints performance,
accessibility, best practices and SEO. Reports land in bench/out/lighthouse/.

To add a page type: add (name, path) to ``PAGES``; ``{news}`` and the like are
filled in from the demo by bench/serve.py's ``discover`` step.
Usage: ``make lighthouse`` (or ``python bench/lighthouse.py``).
"""

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.serve import (  # noqa: E402
    HOST,
    Server,
    create_database,
    drop_database,
    get,
    prepare,
)
from tests.e2e.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

PAGES = [
    ("home", "/ja/"),
    ("home (my)", "/my/"),
    ("standard page", "/en/about/"),
    ("news page", "{news}"),
    ("guidance page", "/en/guidance/minimum-wage/"),
    ("guidance (ja)", "/ja/guidance/minimum-wage/"),
    ("event page", "/en/events/introductory-seminar-autumn/"),
    ("event (ja)", "/ja/events/introductory-seminar-autumn/"),
    ("publication page", "/en/publications/annual-report-2023/"),
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
LIGHTHOUSE = ROOT / "bench" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
OUT = ROOT / "bench" / "out" / "lighthouse"


def lighthouse(url: str, report: Path, attempts: int = 2) -> dict:
    for attempt in range(1, attempts + 1):
        # Lighthouse now and then fails to record the trace ("NO_NAVSTART") on a
        # busy machine; the next attempt usually works.
        done = subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                f"--only-categories={','.join(CATEGORIES)}",
                f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
            ],
            env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
            check=attempt == attempts,
        )
        if done.returncode == 0:
            break
    data = json.loads(report.read_text())
    scores = {
        name: round((data["categories"][name]["score"] or 0) * 100)
        for name in CATEGORIES
    }
    failing = [
        audit["id"]
        for audit in data["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") in {"binary", "numeric"}
    ]
    return {"scores": scores, "failing": failing}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8108)))
    parser.add_argument("--database", default=os.environ.get("BENCH_DB", "perfbench"))
    parser.add_argument(
        "--postgres",
        default=os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432"),
    )
    parser.add_argument("--pages", type=int, default=0, help="generated pages")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is missing: cd bench/lighthouse && npm ci")
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="jp-mirai-lighthouse-"))
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
    results = {}
    try:
        create_database(args.database, f"{args.postgres}/postgres")
        pages = prepare(env, args, PAGES)
        server.start()
        for name, path in pages:
            # Lighthouse scores a 404 page as happily as any other.
            status = get(args.port, path)[0].status
            if status != 200:
                raise SystemExit(f"{name}: {path} answers {status}, not 200")
            slug = name.replace(" ", "-").replace("(", "").replace(")", "")
            results[name] = lighthouse(
                f"http://{HOST}:{args.port}{path}", OUT / f"{slug}.json"
            )
    finally:
        server.stop()
        drop_database(args.database, f"{args.postgres}/postgres")
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nLighthouse (mobile), {time.perf_counter() - started:.0f} s")
    print(f"{'page':<16} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5}  not passed")
    for name, result in results.items():
        s = result["scores"]
        print(
            f"{name:<16} {s['performance']:>5} {s['accessibility']:>5} "
            f"{s['best-practices']:>5} {s['seo']:>5}  {', '.join(result['failing'])}"
        )
    print(f"Reports: {OUT.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
