"""Background tasks (django-tasks): scheduled once a day, see docs/production.md."""

from django_tasks import task

from membership.reminders import send_due_reminders


@task()
def send_report_reminders() -> int:
    return send_due_reminders()
