"""The browser fixture of the e2e suite, for the events journey (tests/e2e/conftest.py)."""

from tests.e2e.conftest import browser  # noqa: F401 - a pytest fixture
