"""`manage.py load_demo`: the demo site `make run` loads on every start.

It adds what is missing and leaves alone what exists, so running it again changes
nothing. See home/demo/ for the content and how it is translated.
"""

import logging
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.demo.accounts import DEFAULT_PASSWORD
from home.demo.loader import DemoReport, load_demo
from home.demo.spec import DemoContentError


class Command(BaseCommand):
    help = (
        "Build the JP-MIRAI demo site: Japanese pages from the activity plan, their "
        "translations, navigation and contact settings, and an administrator. Only "
        "adds what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--quiet", action="store_true", help="Print nothing unless something fails."
        )

    def handle(self, *args, quiet=False, verbosity=1, **options):
        started = time.monotonic()
        try:
            with _wagtail_log_quieted(verbosity < 2), transaction.atomic():
                report = load_demo()
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        for problem in report.incomplete:
            self.stderr.write(self.style.WARNING(f"Incomplete translation: {problem}"))
        if quiet or verbosity == 0:
            return
        self._print_changes(report)
        self._print_login(report, time.monotonic() - started)

    def _print_changes(self, report: DemoReport) -> None:
        if not report.changed:
            self.stdout.write("Demo content is already in place; nothing was added.")
            return
        if report.created_pages:
            self.stdout.write(
                f"Japanese pages created or filled: {len(report.created_pages)}"
            )
        if report.translations:
            counts = ", ".join(f"{code} {n}" for code, n in report.translations.items())
            self.stdout.write(f"Translated pages created: {counts}")
        if report.settings:
            self.stdout.write(f"Settings filled: {', '.join(report.settings)}")
        if report.members.organisations_created:
            self.stdout.write(
                f"Member organisations created: {report.members.organisations_created}"
            )
        if report.selfcheck.changed:
            self.stdout.write(
                f"Self-checks: {len(report.selfcheck.pages)} created, "
                f"{report.selfcheck.translations} translations, "
                f"{report.selfcheck.responses} demo responses"
            )
        if report.admin.created:
            self.stdout.write(f"Administrator created: {report.admin.email}")
        elif report.admin.password_set:
            self.stdout.write("Administrator password set from DEMO_ADMIN_PASSWORD.")

    def _print_login(self, report: DemoReport, seconds: float) -> None:
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        if report.admin.password is None:
            shown = "(changed since it was created; not shown)"
        else:
            shown = (
                f"{report.admin.password}  (demo only; DEMO_ADMIN_PASSWORD changes it)"
            )
        lines = [
            "",
            "JP-MIRAI demo site",
            f"  Site:      {base}/ja/   (also /en/, /vi/, /id/ …)",
            f"  Admin:     {base}/admin/",
            f"  E-mail:    {report.admin.email}",
            f"  Password:  {shown}",
            "  (the admin asks staff to set up two-factor authentication first)",
            "",
            "  Member logins (password for each):",
            *(
                f"    {email}  {password}  ({state})"
                for email, password, state in report.members.logins
            ),
            f"  ({report.pages} Japanese demo pages; took {seconds:.1f} s)",
            "",
        ]
        self.stdout.write("\n".join(lines))
        if not settings.DEBUG and report.admin.password == DEFAULT_PASSWORD:
            self.stdout.write(
                self.style.WARNING(
                    "DEBUG is off: do not keep an administrator with the demo password "
                    "on a site others can reach."
                )
            )


@contextmanager
def _wagtail_log_quieted(quieted: bool):
    """Wagtail logs every page it publishes, dozens here; -v 2 shows them."""
    logger = logging.getLogger("wagtail")
    level = logger.level
    if quieted:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)
