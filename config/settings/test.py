"""The test suite: fast hashing, local-memory cache and mail, immediate tasks."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-fixed-secret-key-for-the-suite")

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.db"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
# Admin tests log in with Wagtail's helpers, without a second factor; the tests of
# membership.middleware turn this back on.
STAFF_REQUIRE_TWO_FACTOR = False
# Most tests count the queries of a render: whole-page caching is switched on only in
# tests/core/test_page_cache.py.
PAGE_CACHE_ENABLED = False
