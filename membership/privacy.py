"""A person's data across the site: export it as JSON, or delete the account.

Every installed app may provide ``<app>.personal_data`` with ``export(user) -> dict``
and ``erase(user) -> None``. Apps are discovered from the app registry, so an app
that lands later (events, with its registrations) joins in without a change here,
and membership never imports it.
"""

from importlib import import_module
from importlib.util import find_spec

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.db import transaction

MODULE_NAME = "personal_data"


def personal_data_modules() -> dict:
    modules = {}
    for config in apps.get_app_configs():
        name = f"{config.name}.{MODULE_NAME}"
        try:
            spec = find_spec(name)
        except ModuleNotFoundError:
            spec = None
        if spec is not None:
            modules[config.label] = import_module(name)
    return modules


def account_data(user) -> dict:
    return {
        "username": user.get_username(),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user)
        ],
        "two_factor_methods": sorted(
            Authenticator.objects.filter(user=user).values_list("type", flat=True)
        ),
        "groups": sorted(user.groups.values_list("name", flat=True)),
    }


def export_personal_data(user) -> dict:
    data = {"account": account_data(user)}
    for label, module in personal_data_modules().items():
        data[label] = module.export(user)
    return data


@transaction.atomic
def delete_account(user) -> None:
    """Each app erases its part (keeping anonymous counts), then the user row goes,
    and with it e-mail addresses, two-factor keys, sessions and admin profile."""
    for module in personal_data_modules().values():
        module.erase(user)
    from django.contrib.sessions.models import Session

    user_id = str(user.pk)
    for session in Session.objects.all().iterator():
        if session.get_decoded().get("_auth_user_id") == user_id:
            session.delete()
    user.delete()
