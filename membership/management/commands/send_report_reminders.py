"""`manage.py send_report_reminders`: remind members who have not filed (idempotent).

Run it once a day from cron or a systemd timer (docs/production.md); with
``--enqueue`` it queues the task for the database worker instead.
"""

from django.core.management.base import BaseCommand

from membership.reminders import send_due_reminders


class Command(BaseCommand):
    help = "Remind active members to file their activity plan and progress reports."

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue", action="store_true", help="Queue the task for the worker."
        )

    def handle(self, *args, enqueue=False, **options):
        if enqueue:
            from membership.tasks import send_report_reminders

            send_report_reminders.enqueue()
            self.stdout.write("Reminder task queued.")
            return
        sent = send_due_reminders()
        self.stdout.write(f"Reminders sent: {sent}")
