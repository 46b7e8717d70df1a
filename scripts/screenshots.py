"""Screenshot the home page at 390 px in every language, and every public page type
in Japanese, English and Myanmar at 390 and 1280 px (`make screenshots`).

Starts its own dev server on a free port (8100-8199) with its own SQLite file and
media folder in a temporary directory, migrates, loads the demo content when
`manage.py load_demo` exists, then drives Debian's Chromium with Playwright (never
`playwright install`: the browser comes from apt). Debian's Chromium has almost no
fonts of its own, so these pictures show the self-hosted webfonts at work.

Each language is loaded in a fresh browser context (empty cache, as on a first
visit); every response is recorded and a table of what a first visit costs is
printed: bytes on the wire as served in production, where whitenoise sends CSS
brotli-compressed and fonts are woff2 (already compressed). The HTML is counted
gzip-compressed, as a front proxy would send it, and raw.

Writes docs/screenshots/home-<code>-390.png and <page>-<code>-<width>.png for the
page types in ``PAGE_TYPES`` (palette PNGs, to keep the repo small). A new page type
is shot by adding its (name, path) there.
"""

import gzip
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import brotli
from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from config.languages import LANGUAGE_CODES  # noqa: E402
from tests.e2e.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
WIDTH = 390
HEIGHT = 844
WIDTHS = [390, 1280]
PORTS = range(8100, 8200)
# (file name, path under the language prefix) of each public page type in the demo.
PAGE_TYPES = [
    ("home", ""),
    ("standard", "about/"),
    ("news-index", "news/"),
    ("news", "news/annual-report/"),
    ("search", "search/?q=JP-MIRAI"),
    ("not-found", "no-such-page/"),
]
PAGE_TYPE_LANGUAGES = ["ja", "en", "my"]


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise SystemExit("No free port in 8100-8199.")


def manage(env: dict[str, str], *args: str, check: bool = True):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=check,
        capture_output=True,
        text=True,
    )


def prepare_database(env: dict[str, str]) -> None:
    manage(env, "migrate", "--noinput", "-v", "0")
    commands = manage(env, "help", "--commands").stdout.split()
    if "load_demo" in commands:
        result = manage(env, "load_demo", "--quiet", check=False)
        if result.returncode:
            # Shoot what migrate made rather than nothing; say so loudly.
            print(result.stderr[-2000:], file=sys.stderr)
            print("WARNING: load_demo failed; pages show only their titles.")
    else:
        print("No load_demo command: pages show only their titles.")


def wait_for(
    url: str, server: subprocess.Popen, log: Path, timeout: float = 60
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            print(log.read_text(encoding="utf-8")[-3000:], file=sys.stderr)
            raise SystemExit("The dev server stopped before it answered.")
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 (local server)
                return
        except urllib.error.HTTPError:
            return  # it answers, even if with an error page
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"No answer from {url} within {timeout:.0f} s.")


def wire_size(kind: str, body: bytes) -> int:
    """Bytes as production sends them (see the module docstring)."""
    if kind == "stylesheet":
        return len(brotli.compress(body))
    if kind == "document":
        return len(gzip.compress(body, compresslevel=6))
    return len(body)


def shoot(
    browser, base: str, code: str, name: str = "home", path: str = "", width=WIDTH
) -> list[tuple[str, str, int, int]]:
    """Screenshot /<code>/<path>; return (kind, path, raw bytes, wire bytes) per
    response."""
    context = browser.new_context(
        viewport={"width": width, "height": HEIGHT},
        device_scale_factor=1,
        reduced_motion="reduce",
    )
    page = context.new_page()
    loaded = []

    def record(response):
        try:
            body = response.body()
        except Exception:  # noqa: BLE001 (redirects have no body)
            return
        kind = response.request.resource_type
        path = response.url.removeprefix(base)
        loaded.append((kind, path, len(body), wire_size(kind, body)))

    page.on("response", record)
    page.goto(f"{base}/{code}/{path}", wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_load_state("networkidle")
    picture = OUT / f"{name}-{code}-{width}.png"
    page.screenshot(path=str(picture), full_page=True)
    context.close()
    shrink(picture)
    return loaded


def shrink(path: Path) -> None:
    """Store as a 256-colour palette PNG: text stays sharp at a third of the size."""
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(
            colors=256, method=Image.Quantize.MEDIANCUT
        )
    small.save(path, optimize=True)


def report(code: str, loaded) -> None:
    raw = sum(item[2] for item in loaded)
    wire = sum(item[3] for item in loaded)
    print(
        f"\n/{code}/  {len(loaded)} responses, {wire:,} bytes on the wire ({raw:,} raw)"
    )
    for kind, path, size, sent in loaded:
        print(f"  {kind:<10} {sent:>8,} {size:>8,}  {path}")


def main() -> None:
    if not (ROOT / "static" / "dist" / "fonts" / "mymr.css").exists():
        raise SystemExit("Fonts are not built: run `make fonts` first.")
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install -y chromium")
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="jp-mirai-screenshots-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
        "MEDIA_ROOT": str(tmp / "media"),
        "PYTHONUNBUFFERED": "1",
    }
    server = None
    try:
        prepare_database(env)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = tmp / "server.log"
        server = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                f"127.0.0.1:{port}",
                "--noreload",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log.open("w"),
            start_new_session=True,
        )
        wait_for(f"{base}/ja/", server, log)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
            )
            for code in LANGUAGE_CODES:
                report(code, shoot(browser, base, code))
            for code in PAGE_TYPE_LANGUAGES:
                for name, path in PAGE_TYPES:
                    for width in WIDTHS:
                        if (name, width) != ("home", WIDTH):
                            shoot(browser, base, code, name, path, width)
            browser.close()
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nScreenshots in {OUT.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
