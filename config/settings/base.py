"""Settings shared by every environment. No secrets here, and DEBUG stays off.

Environment variables are read through config.env; README.md lists each one.
"""

from pathlib import Path

import dj_database_url

from config.env import env_int, env_list, env_str
from config.languages import DEFAULT_LANGUAGE, LANGUAGES

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", required=True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# ---------------------------------------------------------------- Apps
INSTALLED_APPS = [
    # project apps first, so their templates and translations win
    "core",
    "home",
    "knowledge",
    "events",
    "membership",
    "search",
    "api",
    "selfcheck",
    # wagtail-localize
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    # wagtail
    "wagtail.api.v3",
    "ninja",  # the API docs' Swagger UI from our static files, not from a CDN
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # mail, background tasks, security headers
    "anymail",
    "django_tasks",
    "django_tasks_db",
    "csp",
    # django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous readers' pages from the shared cache, then gzip for what holds no
    # secret (core/page_cache.py, docs/decisions/0011-page-cache.md).
    "core.page_cache.PageCacheMiddleware",
    "core.page_cache.SafeGZipMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "core.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.routing.SiteRouteMiddleware",  # the site and page routes, cached
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "membership.middleware.StaffTwoFactorMiddleware",
    "membership.middleware_status.AccountErrorStatusMiddleware",
    # Last, so it sees the signed-in user and replaces it: /api/ ignores sessions.
    "api.middleware.ApiMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.site_languages",
            ],
        },
    },
]

# ---------------------------------------------------------------- Database
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Immediate transactions: a writer takes the lock at BEGIN, so two signups cannot
    # both count the same free seat (see events/services.py).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# ---------------------------------------------------------------- Cache and sessions
# allauth's rate limits live here, so all app servers share it: Redis in production.
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "jpmirai",
            # Fail fast when Redis is down: /healthz answers 503 instead of hanging.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    # Image renditions' URLs and sizes, so a page's pictures cost no query warm.
    CACHES["renditions"] = {**CACHES["default"], "KEY_PREFIX": "jpmirai-renditions"}
    # Written through to the database: a Redis restart signs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # Local memory (one per process): room for the pages, listings and API
    # summaries of a demo or bench site (Django's default is 300 entries).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
    }
# Whole pages for anonymous readers (core/page_cache.py): kept until the content
# version changes or PAGE_CACHE_TIMEOUT passes; browsers may reuse them for
# PAGE_CACHE_MAX_AGE seconds.
PAGE_CACHE_ENABLED = True
PAGE_CACHE_TIMEOUT = 300
PAGE_CACHE_MAX_AGE = 60
PAGE_CACHE_STALE_WHILE_REVALIDATE = 300

# ---------------------------------------------------------------- Authentication
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "JP-MIRAI"
# Staff must set up two-factor authentication before the admin opens
# (membership.middleware). The test settings turn it off for other apps' admin tests.
STAFF_REQUIRE_TWO_FACTOR = True

# ---------------------------------------------------------------- Internationalisation
LANGUAGE_CODE = DEFAULT_LANGUAGE
LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ja", "日本語"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Tokyo"

# ---------------------------------------------------------------- Wagtail
WAGTAIL_SITE_NAME = "JP-MIRAI"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend", "AUTO_UPDATE": True}}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party requests from the admin
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "xlsx",
    "pptx",
    "odt",
    "ods",
    "odp",
    "csv",
    "txt",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # privacy rules checked on every download
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILAPI_DOCS_ENABLED = True
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": [
                "h2",
                "h3",
                "bold",
                "italic",
                "ol",
                "ul",
                "link",
                "document-link",
            ]
        },
    }
}

# ---------------------------------------------------------------- Headless API
API_LIMIT_MAX = 100  # most items one list request may ask for (docs/api.md)
API_CACHE_MAX_AGE = 60  # seconds shared caches and apps may reuse a public answer
# Front ends on other origins that may read the API from a browser (CORS).
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS", [])
# Where an editor's "Preview in the app" goes; {token} is replaced by a signed token.
HEADLESS_PREVIEW_URL = env_str("HEADLESS_PREVIEW_URL", "")
HEADLESS_PREVIEW_MAX_AGE = env_int("HEADLESS_PREVIEW_MAX_AGE", 60 * 60)

# ---------------------------------------------------------------- Background tasks
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# ---------------------------------------------------------------- E-mail
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "JP-MIRAI <no-reply@jp-mirai.example>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# ---------------------------------------------------------------- Static and media
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {  # hashed names: WhiteNoise serves them with a one-year max-age
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Uploaded files over 2.5 MB go to a temporary file; a form without files may be 5 MB.
# Per-file limits: WAGTAIL*_MAX_UPLOAD_SIZE above; the proxy caps whole requests.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# ---------------------------------------------------------------- Security
# Old keys that still verify sessions and reset links while SECRET_KEY rotates.
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS", [])
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
WAGTAIL_PASSWORD_RESET_ENABLED = False  # allauth's reset is the rate-limited one
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the dashboard would fetch releases.wagtail.org
# Strict on every page: no inline script or style, nothing from other hosts, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "frame-src": ["'none'"],
    }
}
# Wagtail's admin still writes inline <script> and <style> elements and frames its own
# previews: core.middleware swaps these directives in under PATH_PREFIXES, and lets the
# admin frame previews (docs/decisions/0002-content-security-policy.md).
CONTENT_SECURITY_POLICY_ADMIN = {
    "PATH_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "script-src-elem": ["'self'", "'unsafe-inline'"],
        "style-src-elem": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
    "PREVIEW_DIRECTIVES": {"frame-ancestors": ["'self'"]},
}
# Browser features no page uses, denied to the site and to anything it embeds.
PERMISSIONS_POLICY = (
    "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), "
    "geolocation=(), gyroscope=(), interest-cohort=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)

# ---------------------------------------------------------------- Logging
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "plain",
        },
    },
    "filters": {
        # runserver's request lines without query strings: they can carry a
        # self-check's answers or search terms (gunicorn's format leaves them out too)
        "no_query_string": {"()": "selfcheck.logging.StripQueryString"},
    },
    "root": {"handlers": ["stdout"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "WARNING"},
        "django.server": {"level": "INFO", "filters": ["no_query_string"]},
        # A line per task run (every search-index update, every mail) drowns the
        # rest; failures are still logged.
        "django_tasks": {"level": env_str("TASKS_LOG_LEVEL", "WARNING")},
    },
}

# ---------------------------------------------------------------- Worker self-check
# Counts under this are never published (docs/decisions/0008-self-check-privacy.md).
SELFCHECK_MIN_CELL = env_int("SELFCHECK_MIN_CELL", 10)
# Responses are deleted this many days after submission, closed consultation requests
# this many days after their last change (`manage.py purge_selfcheck`, daily).
SELFCHECK_RESPONSE_RETENTION_DAYS = env_int("SELFCHECK_RESPONSE_RETENTION_DAYS", 1095)
SELFCHECK_REQUEST_RETENTION_DAYS = env_int("SELFCHECK_REQUEST_RETENTION_DAYS", 180)
# Who is told of a new consultation request (comma-separated addresses).
SELFCHECK_DESK_EMAILS = env_list("SELFCHECK_DESK_EMAILS", [])
