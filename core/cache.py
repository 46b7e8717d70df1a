"""A site-wide content version for small caches that depend on published pages.

Menus and language links are derived from the page tree. Rather than track which page
affects which cached entry, every publish, unpublish, move or settings change bumps one
version number (core/signals.py), and cache keys include it. Publishing is rare next to
reading, so a miss after each publish costs little.

The version starts from the clock (microseconds), not from 1: if a full cache ever
evicts the version key, the new version is still larger than any number used
before (bumps are far fewer than microseconds), so no entry of an old version can
be read again.
"""

import time

from django.core.cache import cache

VERSION_KEY = "content:version"


def _fresh_version() -> int:
    return time.time_ns() // 1_000


def content_version() -> int:
    return cache.get_or_set(VERSION_KEY, _fresh_version, timeout=None)


def bump_content_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.add(VERSION_KEY, _fresh_version(), timeout=None)


def versioned_key(*parts) -> str:
    return ":".join(["content", str(content_version()), *map(str, parts)])


def remember(key: str, build, timeout: int | None = 300):
    """The value cached under ``key`` (a ``versioned_key``), or ``build()``'s, stored
    for ``timeout`` seconds at most. ``build`` must not return None."""
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value
