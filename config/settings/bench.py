"""The production-like benchmark server (`make bench`, bench/serve.py).

Production's behaviour without its required services: DEBUG off, hashed static files
served by WhiteNoise, persistent database connections, the page cache; plain HTTP on
127.0.0.1 and a throwaway SECRET_KEY (bench/serve.py makes one per run). The URLs add
a hello-world view, the ceiling the pages are compared with, and a header with each
response's SQL query count: bench/urls.py, never part of config/urls.py.
"""

import os

from config.env import env_bool

os.environ.setdefault("SECRET_KEY", "bench-only-throwaway-key-never-use-in-production")

from .base import *  # noqa: F403
from .base import DATABASES, MIDDLEWARE

ROOT_URLCONF = "bench.urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
DATABASES["default"]["CONN_MAX_AGE"] = 60
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
MIDDLEWARE = ["bench.middleware.QueryCountMiddleware", *MIDDLEWARE]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"handlers": [], "level": "WARNING"},
}
