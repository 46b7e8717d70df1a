"""Shared set-up for the whole suite."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings


@pytest.fixture(scope="session", autouse=True)
def compiled_messages():
    """Compile locale/*.po when a .mo is missing or older than its .po.

    Django only activates a language whose catalog it can find, and it ships none for
    Tagalog: without locale/tl/LC_MESSAGES/django.mo every /tl/ URL is a 404. `make
    test` compiles first; this keeps a bare `pytest` run honest too.
    """
    for locale_path in settings.LOCALE_PATHS:
        for po in Path(locale_path).glob("*/LC_MESSAGES/django.po"):
            mo = po.with_suffix(".mo")
            if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
                call_command(
                    "compilemessages",
                    locale=[po.parent.parent.name],
                    ignore_patterns=[".venv", "node_modules", "static"],
                    verbosity=0,
                )


@pytest.fixture(scope="session", autouse=True)
def static_root():
    """WhiteNoise warns (an error here) when STATIC_ROOT is missing, as on a clean
    clone where collectstatic never ran. The tests serve no collected files, so an
    empty directory will do."""
    Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)


@pytest.fixture(scope="session", autouse=True)
def media_root(tmp_path_factory):
    """Uploaded test images and documents go to a temporary directory."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: menus, language links and Wagtail's site
    root paths are cached, and the rows they describe are rolled back after a test."""
    cache.clear()
    yield
    cache.clear()
