"""How every browser run of the project starts Debian's Chromium.

Shared by the e2e tests and scripts/screenshots.py. Chromium comes from the system
(`apt-get install chromium`), never from `playwright install`; the flags keep it from
reaching for the network, which this project's machines do not have.
"""

import os
from pathlib import Path

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
