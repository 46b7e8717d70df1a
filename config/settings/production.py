"""Production: PostgreSQL (DATABASE_URL), Redis (REDIS_URL), real mail, HTTPS only.

SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS and the mail provider have no defaults here:
a missing one stops start-up with a message naming it.
"""

from config.env import env_bool, env_int, env_list, env_str

from .base import *  # noqa: F403

DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
env_str("DATABASE_URL", required=True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", required=True)

# ---------------------------------------------------------------- HTTPS
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
if not SECURE_HSTS_PRELOAD:
    # Preloading is a one-way commitment made by the operator, not by a default.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]

# ---------------------------------------------------------------- Mail (anymail)
EMAIL_BACKEND = env_str("EMAIL_BACKEND", required=True)
ANYMAIL = {
    key: value
    for key, value in {
        "MAILGUN_API_KEY": env_str("MAILGUN_API_KEY", ""),
        "MAILGUN_SENDER_DOMAIN": env_str("MAILGUN_SENDER_DOMAIN", ""),
        "POSTMARK_SERVER_TOKEN": env_str("POSTMARK_SERVER_TOKEN", ""),
        "SENDGRID_API_KEY": env_str("SENDGRID_API_KEY", ""),
        "AMAZON_SES_CLIENT_PARAMS": {},
    }.items()
    if value
}
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", required=True)
