"""Read the environment in one place, with a type and a default for each variable.

Every variable the site reads is listed in README.md ("Environment") and in
docs/production.md. A variable declared ``required`` has no default: when it is missing,
start-up stops with a message naming it, instead of running with an unsafe fallback.
A value that does not parse (``DEBUG=maybe``, ``PORT=eighty``) stops start-up too.
"""

import os

from django.core.exceptions import ImproperlyConfigured

_MISSING = object()


def _raw(name: str, default: object, required: bool) -> object:
    value = os.environ.get(name)
    if value is None or value == "":
        if required or default is _MISSING:
            raise ImproperlyConfigured(
                f"The environment variable {name} is required but not set. "
                "See the 'Environment' table in README.md or docs/production.md."
            )
        return default
    return value


def env_str(
    name: str, default: str | object = _MISSING, *, required: bool = False
) -> str:
    return str(_raw(name, default, required))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ImproperlyConfigured(
            f"{name} must be a whole number, not {value!r}."
        ) from error


def env_list(
    name: str, default: list[str] | object = _MISSING, *, required: bool = False
) -> list[str]:
    value = _raw(name, default, required)
    if isinstance(value, list):
        return list(value)
    items = [item.strip() for item in str(value).split(",") if item.strip()]
    if required and not items:
        raise ImproperlyConfigured(
            f"The environment variable {name} is required but lists nothing: give "
            "one or more values separated by commas."
        )
    return items
