"""Delete self-check data past its retention period; run daily (docs/production.md)."""

from django.core.management.base import BaseCommand

from selfcheck.services import purge_expired


class Command(BaseCommand):
    help = (
        "Delete self-check responses and closed consultation requests past retention."
    )

    def handle(self, *args, **options):
        responses, requests = purge_expired()
        self.stdout.write(
            f"Deleted {responses} responses and {requests} consultation requests."
        )
