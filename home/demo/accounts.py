"""The demo administrator: a superuser who logs in by e-mail (allauth).

The password comes from DEMO_ADMIN_PASSWORD, or is the documented demo password. An
existing administrator keeps the password they have unless DEMO_ADMIN_PASSWORD asks
for another one, so a password changed in the admin survives `make run`.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db.models import Q

from config.env import env_str

ADMIN_USERNAME = "admin"
ADMIN_EMAIL = "admin@jp-mirai.example"
DEFAULT_PASSWORD = "jp-mirai-demo"  # noqa: S105  (a documented demo password)


@dataclass(frozen=True)
class AdminAccount:
    email: str
    password: str | None  # None: changed since, so not known here
    created: bool
    password_set: bool


def ensure_admin() -> AdminAccount:
    requested = env_str("DEMO_ADMIN_PASSWORD", "")
    password = requested or DEFAULT_PASSWORD
    User = get_user_model()
    user = User.objects.filter(
        Q(username=ADMIN_USERNAME) | Q(email__iexact=ADMIN_EMAIL)
    ).first()
    created = user is None
    password_set = False
    if created:
        user = User.objects.create_superuser(
            username=ADMIN_USERNAME, email=ADMIN_EMAIL, password=password
        )
    elif not user.check_password(password):
        if requested:
            user.set_password(password)
            user.save(update_fields=["password"])
            password_set = True
        else:
            password = None
    _ensure_verified_primary_address(user)
    return AdminAccount(ADMIN_EMAIL, password, created, created or password_set)


def _ensure_verified_primary_address(user) -> None:
    """allauth logs in by a verified address; without one the admin could not log in."""
    address = EmailAddress.objects.filter(user=user, email__iexact=ADMIN_EMAIL).first()
    if address is None:
        EmailAddress.objects.filter(user=user, primary=True).update(primary=False)
        EmailAddress.objects.create(
            user=user, email=ADMIN_EMAIL, verified=True, primary=True
        )
    elif not (address.verified and address.primary):
        EmailAddress.objects.filter(user=user, primary=True).exclude(
            pk=address.pk
        ).update(primary=False)
        address.verified = address.primary = True
        address.save(update_fields=["verified", "primary"])
