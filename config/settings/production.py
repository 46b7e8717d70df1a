"""Production: PostgreSQL, Redis, an Anymail e-mail provider, HTTPS behind a proxy.

No fallbacks here: SECRET_KEY, DATABASE_URL, REDIS_URL, ALLOWED_HOSTS,
WAGTAILADMIN_BASE_URL, DEFAULT_FROM_EMAIL, EMAIL_BACKEND and the provider's key must be
set, or start-up stops with an ImproperlyConfigured naming the missing variable.
docs/production.md describes the processes and lists every variable.
"""

from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_list, env_str

from .base import *  # noqa: F403
from .base import DATABASES

# ---------------------------------------------------------------- Services and hosts
# base.py falls back to SQLite and a per-process cache for development; production does
# not: every app server must share the database and the cache (sessions, rate limits).
env_str("DATABASE_URL", required=True)
env_str("REDIS_URL", required=True)
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", required=True)
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", required=True)

# ---------------------------------------------------------------- HTTPS behind a proxy
# The proxy terminates TLS and sets X-Forwarded-Proto itself, replacing any value the
# client sent (docs/production.md).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers probe over plain HTTP. Django matches these against the path without
# its leading slash.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Preloading is hard to undo, so it is the operator's choice; until it is made,
    # check --deploy's reminder about it (security.W021) stays quiet.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
# The __Host- prefix makes browsers accept these cookies only over HTTPS, for this
# exact host (no Domain attribute) and path "/".
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_NAME = "__Host-csrftoken"
LANGUAGE_COOKIE_SECURE = True
# allauth rate-limits logins per client address. Behind N proxies that each append to
# X-Forwarded-For, the client is the Nth address from the right; REMOTE_ADDR would be
# the proxy's, and every visitor would share one limit.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)

# ---------------------------------------------------------------- E-mail (Anymail)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", required=True)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# EMAIL_BACKEND picks the provider: anymail.backends.<provider>.EmailBackend. Its
# credentials come from the variables below, named like Anymail's own settings; the
# first list is required. Another provider: add a row from its page in Anymail's docs.
_ANYMAIL_PROVIDERS = {
    "brevo": (["BREVO_API_KEY"], []),
    "mailgun": (["MAILGUN_API_KEY"], ["MAILGUN_SENDER_DOMAIN", "MAILGUN_API_URL"]),
    "postmark": (["POSTMARK_SERVER_TOKEN"], []),
    "sendgrid": (["SENDGRID_API_KEY"], []),
}
EMAIL_BACKEND = env_str("EMAIL_BACKEND", required=True)
_provider = EMAIL_BACKEND.removeprefix("anymail.backends.").removesuffix(
    ".EmailBackend"
)
if EMAIL_BACKEND != f"anymail.backends.{_provider}.EmailBackend" or (
    _provider not in _ANYMAIL_PROVIDERS
):
    raise ImproperlyConfigured(
        f"EMAIL_BACKEND must be anymail.backends.<provider>.EmailBackend with one of "
        f"{', '.join(_ANYMAIL_PROVIDERS)} as <provider>, not {EMAIL_BACKEND!r}."
    )
_required, _optional = _ANYMAIL_PROVIDERS[_provider]
ANYMAIL = {name: env_str(name, required=True) for name in _required}
ANYMAIL |= {name: value for name in _optional if (value := env_str(name, ""))}
