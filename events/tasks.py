"""Background tasks (django-tasks): send event mail after the commit, send reminders."""

from django_tasks import task

from events import mail, reminders


@task()
def deliver_outbox_message(message_id: int) -> str:
    return mail.deliver(message_id)


@task()
def deliver_due_mail() -> int:
    return mail.deliver_due()


@task()
def send_event_reminders() -> int:
    return reminders.queue_reminders()
