"""config.env: typed reading of the environment, with errors that name the variable."""

from types import SimpleNamespace
from unittest import mock

from django.core.exceptions import ImproperlyConfigured
from django.test import SimpleTestCase

from config.env import env_bool, env_int, env_list, env_str


def environment(**variables: str):
    """Give config.env its own environment, leaving the test process's untouched."""
    return mock.patch("config.env.os", SimpleNamespace(environ=variables))


class TestEnvStr(SimpleTestCase):
    def test_value_returned_when_set(self):
        with environment(SITE_NAME="JP-MIRAI"):
            self.assertEqual(env_str("SITE_NAME", "default"), "JP-MIRAI")

    def test_default_returned_when_missing_or_empty(self):
        for variables in ({}, {"SITE_NAME": ""}):
            with environment(**variables):
                self.assertEqual(env_str("SITE_NAME", "default"), "default")

    def test_required_missing_names_variable(self):
        with (
            environment(),
            self.assertRaisesMessage(
                ImproperlyConfigured,
                "The environment variable SECRET_KEY is required but not set.",
            ),
        ):
            env_str("SECRET_KEY", required=True)

    def test_required_empty_counts_as_missing(self):
        with environment(SECRET_KEY=""), self.assertRaises(ImproperlyConfigured):
            env_str("SECRET_KEY", required=True)

    def test_no_default_means_required(self):
        with environment(), self.assertRaisesMessage(ImproperlyConfigured, "TOKEN"):
            env_str("TOKEN")

    def test_required_ignores_default(self):
        with environment(), self.assertRaises(ImproperlyConfigured):
            env_str("SECRET_KEY", "fallback", required=True)


class TestEnvBool(SimpleTestCase):
    def test_true_spellings_parsed(self):
        for value in ("1", "true", "True", "YES", "on", " true "):
            with environment(FLAG=value):
                self.assertIs(env_bool("FLAG"), True, value)

    def test_false_spellings_parsed(self):
        for value in ("0", "false", "No", "OFF"):
            with environment(FLAG=value):
                self.assertIs(env_bool("FLAG", True), False, value)

    def test_default_when_missing_or_empty(self):
        for variables in ({}, {"FLAG": ""}):
            with environment(**variables):
                self.assertIs(env_bool("FLAG", True), True)

    def test_unparseable_names_variable_and_value(self):
        with (
            environment(SECURE_HSTS_PRELOAD="maybe"),
            self.assertRaisesMessage(
                ImproperlyConfigured,
                "SECURE_HSTS_PRELOAD must be true or false, not 'maybe'.",
            ),
        ):
            env_bool("SECURE_HSTS_PRELOAD")


class TestEnvInt(SimpleTestCase):
    def test_value_parsed(self):
        with environment(PORT="8300"):
            self.assertEqual(env_int("PORT", 8000), 8300)

    def test_default_when_missing_or_empty(self):
        for variables in ({}, {"PORT": ""}):
            with environment(**variables):
                self.assertEqual(env_int("PORT", 8000), 8000)

    def test_unparseable_names_variable_and_value(self):
        for value in ("eighty", "8.5", "1e3"):
            with (
                environment(PORT=value),
                self.assertRaisesMessage(
                    ImproperlyConfigured, f"PORT must be a whole number, not {value!r}."
                ),
            ):
                env_int("PORT", 8000)


class TestEnvList(SimpleTestCase):
    def test_comma_separated_values_trimmed(self):
        with environment(ALLOWED_HOSTS=" jp-mirai.example, www.jp-mirai.example ,"):
            self.assertEqual(
                env_list("ALLOWED_HOSTS", []),
                ["jp-mirai.example", "www.jp-mirai.example"],
            )

    def test_default_copied_when_missing(self):
        default = ["localhost"]
        with environment():
            value = env_list("ALLOWED_HOSTS", default)
        self.assertEqual(value, ["localhost"])
        self.assertIsNot(value, default)

    def test_required_missing_names_variable(self):
        with (
            environment(),
            self.assertRaisesMessage(ImproperlyConfigured, "ALLOWED_HOSTS is required"),
        ):
            env_list("ALLOWED_HOSTS", required=True)

    def test_required_listing_nothing_names_variable(self):
        with (
            environment(ALLOWED_HOSTS=" , "),
            self.assertRaisesMessage(
                ImproperlyConfigured, "ALLOWED_HOSTS is required but lists nothing"
            ),
        ):
            env_list("ALLOWED_HOSTS", required=True)
