"""The e2e suite's browser fixture (tests/e2e/conftest.py), for the events journey."""

from tests.e2e.conftest import browser  # noqa: F401 - a pytest fixture
