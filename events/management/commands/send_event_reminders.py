"""Queue event reminders and send due event mail; run it from cron every 15 minutes."""

from django.core.management.base import BaseCommand

from events import mail, reminders


class Command(BaseCommand):
    help = "Queue reminders for events starting soon, then send any due event mail."

    def add_arguments(self, parser):
        parser.add_argument(
            "--hours",
            type=int,
            default=None,
            help="Remind this many hours before the start (default: "
            "EVENTS_REMINDER_HOURS, 24).",
        )

    def handle(self, *args, hours=None, **options):
        queued = reminders.queue_reminders(hours=hours)
        sent = mail.deliver_due()
        self.stdout.write(f"{queued} reminders queued, {sent} messages sent.")
