"""Send event mail whose (re)try time has come; run it from cron every 5 minutes."""

from django.core.management.base import BaseCommand

from events import mail


class Command(BaseCommand):
    help = "Send pending event mail that is due, retrying failed attempts."

    def handle(self, *args, **options):
        self.stdout.write(f"{mail.deliver_due()} messages sent.")
