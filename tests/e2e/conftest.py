"""Real-browser journeys: Debian's Chromium driven by Playwright against live_server.

Chromium comes from the system (apt-get install chromium), never from
`playwright install`. These tests run only with `make e2e` (`pytest -m e2e`).
"""

import pytest
from playwright.sync_api import sync_playwright

from tests.e2e.chromium import CHROMIUM, CHROMIUM_ARGS


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the e2e session.

    Playwright's sync API runs an event loop in this thread, and Django refuses
    database calls from a thread with a running loop (SynchronousOnlyOperation); the
    tests' own factory calls are synchronous and safe, so the guard is lifted while
    the browser runs, and only then.
    """
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
            )
            yield browser
            browser.close()
