"""config.settings.production, loaded in subprocesses with a controlled environment.

The test process keeps its own settings and os.environ: each case starts Python with
exactly the variables docs/production.md documents, minus or plus the one under test.
"""

import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from django.test import SimpleTestCase, TestCase, override_settings

REPO = Path(__file__).resolve().parents[2]
DOCUMENTED_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres"
# Passed through so the interpreter and its locale behave as in the test process.
PASSED_THROUGH = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT")


def documented_environment(**overrides: str) -> dict[str, str]:
    """The production environment docs/production.md lists, with SQLite for speed."""
    environment = {
        name: os.environ[name] for name in PASSED_THROUGH if name in os.environ
    }
    environment.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": f"sqlite:///{tempfile.gettempdir()}/jp-mirai-check.sqlite3",
            "REDIS_URL": "redis://127.0.0.1:6379/0",
            "ALLOWED_HOSTS": "jp-mirai.example",
            "WAGTAILADMIN_BASE_URL": "https://jp-mirai.example",
            "DEFAULT_FROM_EMAIL": "JP-MIRAI <no-reply@jp-mirai.example>",
            "EMAIL_BACKEND": "anymail.backends.postmark.EmailBackend",
            "POSTMARK_SERVER_TOKEN": "test-server-token",
        }
    )
    environment.update(overrides)
    return environment


def run(args: list[str], environment: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


SETTINGS_AS_JSON = """
import json
from django.conf import settings
names = [
    "DEBUG", "ALLOWED_HOSTS", "SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER",
    "SECURE_REDIRECT_EXEMPT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD", "SILENCED_SYSTEM_CHECKS", "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_NAME", "CSRF_COOKIE_SECURE", "CSRF_COOKIE_NAME", "EMAIL_BACKEND",
    "ANYMAIL", "DEFAULT_FROM_EMAIL", "SERVER_EMAIL", "SESSION_ENGINE",
    "ALLAUTH_TRUSTED_PROXY_COUNT", "WAGTAILADMIN_BASE_URL",
]
values = {name: getattr(settings, name, None) for name in names}
values["CACHE_BACKEND"] = settings.CACHES["default"]["BACKEND"]
values["CONN_MAX_AGE"] = settings.DATABASES["default"]["CONN_MAX_AGE"]
values["CONN_HEALTH_CHECKS"] = settings.DATABASES["default"]["CONN_HEALTH_CHECKS"]
print(json.dumps(values))
"""


def production_settings(**overrides: str) -> dict:
    result = run(["-c", SETTINGS_AS_JSON], documented_environment(**overrides))
    if result.returncode:
        raise AssertionError(result.stderr)
    return json.loads(result.stdout)


def startup_error(environment: dict[str, str]) -> str:
    """The last line of the traceback when the settings module is imported."""
    result = run(["-c", "import config.settings.production"], environment)
    if result.returncode == 0:
        return ""
    return result.stderr.strip().splitlines()[-1]


class TestProductionRequiredVariables(SimpleTestCase):
    required = (
        "SECRET_KEY",
        "DATABASE_URL",
        "REDIS_URL",
        "ALLOWED_HOSTS",
        "WAGTAILADMIN_BASE_URL",
        "DEFAULT_FROM_EMAIL",
        "EMAIL_BACKEND",
        "POSTMARK_SERVER_TOKEN",
    )

    def test_documented_environment_starts(self):
        self.assertEqual(startup_error(documented_environment()), "")

    def test_missing_secret_key_stops_startup(self):
        environment = documented_environment()
        del environment["SECRET_KEY"]
        self.assertEqual(
            startup_error(environment),
            "django.core.exceptions.ImproperlyConfigured: The environment variable "
            "SECRET_KEY is required but not set. See the 'Environment' table in "
            "README.md or docs/production.md.",
        )

    def test_each_missing_variable_named_in_error(self):
        for name in self.required:
            with self.subTest(name):
                environment = documented_environment()
                del environment[name]
                error = startup_error(environment)
                self.assertIn("ImproperlyConfigured", error)
                self.assertIn(f"variable {name} is required", error)

    def test_empty_variable_stops_startup(self):
        error = startup_error(documented_environment(SECRET_KEY=""))
        self.assertIn("SECRET_KEY is required", error)

    def test_non_anymail_backend_stops_startup(self):
        error = startup_error(
            documented_environment(
                EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend"
            )
        )
        self.assertIn("EMAIL_BACKEND must be anymail.backends.<provider>", error)

    def test_provider_key_required_for_chosen_provider(self):
        error = startup_error(
            documented_environment(
                EMAIL_BACKEND="anymail.backends.sendgrid.EmailBackend"
            )
        )
        self.assertIn("SENDGRID_API_KEY is required", error)

    def test_unparseable_flag_stops_startup(self):
        error = startup_error(documented_environment(SECURE_SSL_REDIRECT="sometimes"))
        self.assertIn("SECURE_SSL_REDIRECT must be true or false", error)


class TestProductionSettingsValues(SimpleTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.values = production_settings()

    def test_debug_off_and_hosts_from_environment(self):
        self.assertIs(self.values["DEBUG"], False)
        self.assertEqual(self.values["ALLOWED_HOSTS"], ["jp-mirai.example"])

    def test_https_only_behind_proxy(self):
        self.assertIs(self.values["SECURE_SSL_REDIRECT"], True)
        self.assertEqual(
            self.values["SECURE_PROXY_SSL_HEADER"], ["HTTP_X_FORWARDED_PROTO", "https"]
        )

    def test_hsts_year_with_subdomains_without_preload(self):
        self.assertGreaterEqual(self.values["SECURE_HSTS_SECONDS"], 31_536_000)
        self.assertIs(self.values["SECURE_HSTS_INCLUDE_SUBDOMAINS"], True)
        self.assertIs(self.values["SECURE_HSTS_PRELOAD"], False)
        self.assertEqual(self.values["SILENCED_SYSTEM_CHECKS"], ["security.W021"])

    def test_hsts_preload_when_operator_opts_in(self):
        values = production_settings(SECURE_HSTS_PRELOAD="true")
        self.assertIs(values["SECURE_HSTS_PRELOAD"], True)
        self.assertNotIn("security.W021", values["SILENCED_SYSTEM_CHECKS"] or [])

    def test_cookies_secure_and_host_prefixed(self):
        self.assertIs(self.values["SESSION_COOKIE_SECURE"], True)
        self.assertIs(self.values["CSRF_COOKIE_SECURE"], True)
        self.assertTrue(self.values["SESSION_COOKIE_NAME"].startswith("__Host-"))
        self.assertTrue(self.values["CSRF_COOKIE_NAME"].startswith("__Host-"))

    def test_shared_cache_and_persistent_sessions(self):
        self.assertEqual(
            self.values["CACHE_BACKEND"], "django.core.cache.backends.redis.RedisCache"
        )
        self.assertEqual(
            self.values["SESSION_ENGINE"], "django.contrib.sessions.backends.cached_db"
        )
        self.assertEqual(self.values["CONN_MAX_AGE"], 60)
        self.assertIs(self.values["CONN_HEALTH_CHECKS"], True)

    def test_rate_limits_count_client_behind_one_proxy(self):
        self.assertEqual(self.values["ALLAUTH_TRUSTED_PROXY_COUNT"], 1)

    def test_mail_provider_settings_from_environment(self):
        self.assertEqual(
            self.values["EMAIL_BACKEND"], "anymail.backends.postmark.EmailBackend"
        )
        self.assertEqual(
            self.values["ANYMAIL"], {"POSTMARK_SERVER_TOKEN": "test-server-token"}
        )
        self.assertEqual(self.values["SERVER_EMAIL"], self.values["DEFAULT_FROM_EMAIL"])

    def test_optional_provider_settings_only_when_set(self):
        values = production_settings(
            EMAIL_BACKEND="anymail.backends.mailgun.EmailBackend",
            MAILGUN_API_KEY="key",
            MAILGUN_API_URL="https://api.eu.mailgun.net/v3",
        )
        self.assertEqual(
            values["ANYMAIL"],
            {
                "MAILGUN_API_KEY": "key",
                "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",
            },
        )


class TestProductionHealthzRedirectExemption(TestCase):
    """/healthz answers load balancers over plain HTTP; all else goes to HTTPS."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        values = production_settings()
        cls.https = override_settings(
            SECURE_SSL_REDIRECT=True,
            SECURE_REDIRECT_EXEMPT=values["SECURE_REDIRECT_EXEMPT"],
            SECURE_PROXY_SSL_HEADER=tuple(values["SECURE_PROXY_SSL_HEADER"]),
        )

    def setUp(self):
        self.https.enable()
        self.addCleanup(self.https.disable)

    def test_healthz_answered_over_http(self):
        response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)

    def test_healthz_with_query_answered_over_http(self):
        self.assertEqual(self.client.get("/healthz?probe=1").status_code, 200)

    def test_other_paths_redirected_to_https(self):
        for path in ("/ja/", "/healthz/extra", "/admin/", "/xhealthz"):
            response = self.client.get(path)
            self.assertEqual(response.status_code, 301, path)
            self.assertEqual(urlsplit(response["Location"]).scheme, "https", path)

    def test_request_forwarded_as_https_not_redirected(self):
        response = self.client.get("/robots.txt", HTTP_X_FORWARDED_PROTO="https")
        self.assertEqual(response.status_code, 200)


def postgres_url() -> str | None:
    """The test run's own PostgreSQL, else the documented local one, if it answers."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        url = DOCUMENTED_POSTGRES_URL
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port or 5432), timeout=2):
            return url
    except OSError:
        return None


class TestCheckDeploy(SimpleTestCase):
    def check_deploy(self, *extra: str, **overrides: str):
        return run(
            ["manage.py", "check", "--deploy", "--fail-level", "WARNING", *extra],
            documented_environment(**overrides),
        )

    def test_check_deploy_passes_with_documented_environment(self):
        result = self.check_deploy()
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("System check identified no issues", result.stdout)

    def test_check_deploy_passes_against_postgresql(self):
        url = postgres_url()
        if url is None:
            self.skipTest("PostgreSQL is not reachable")
        result = self.check_deploy("--database", "default", DATABASE_URL=url)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_check_deploy_fails_with_weak_secret_key(self):
        result = self.check_deploy(SECRET_KEY="short")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("security.W009", result.stdout + result.stderr)
