"""Reminders: due ones go out once, whatever how often the job runs."""

import io
from datetime import date

from django.core import mail
from django.core.management import call_command
from django.test import TestCase

from membership import services
from membership.reminders import fiscal_year, last_finished_half, send_due_reminders
from membership.tasks import send_report_reminders
from tests.factories.membership import make_member


class TestPeriods(TestCase):
    def test_fiscal_year_starts_in_april(self):
        self.assertEqual(fiscal_year(date(2026, 3, 31)), 2025)
        self.assertEqual(fiscal_year(date(2026, 4, 1)), 2026)

    def test_last_finished_half(self):
        self.assertEqual(last_finished_half(date(2026, 10, 1)), (2026, 1))
        self.assertEqual(last_finished_half(date(2027, 2, 1)), (2026, 1))
        self.assertEqual(last_finished_half(date(2026, 5, 1)), (2025, 2))


class TestSendDueReminders(TestCase):
    def setUp(self):
        self.late = make_member()
        self.diligent = make_member()
        plan = services.file_plan(self.diligent, 2026, {"zero_fee": "a"})
        services.file_report(self.diligent, plan, 1, {"zero_fee": "b"}, "")
        make_member(state="applied")  # not a member yet: never reminded

    def run_job(self, day=date(2026, 11, 2)):
        with self.captureOnCommitCallbacks(execute=True):
            return send_due_reminders(day)

    def test_only_organisations_that_have_not_filed_are_reminded(self):
        self.assertEqual(self.run_job(), 2)  # the late one: plan and first half
        self.assertEqual({m.to[0] for m in mail.outbox}, {self.late.email})

    def test_second_run_sends_nothing(self):
        self.run_job()
        sent = len(mail.outbox)
        self.assertEqual(self.run_job(), 0)
        self.assertEqual(len(mail.outbox), sent)

    def test_command_and_task_run_the_same_job(self):
        out = io.StringIO()
        with self.captureOnCommitCallbacks(execute=True):
            call_command("send_report_reminders", stdout=out)
        self.assertRegex(out.getvalue(), r"Reminders sent: [1-9]")
        self.assertEqual(send_report_reminders.call(), 0)
