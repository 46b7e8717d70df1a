"""No seat is sold twice under concurrency; every freed seat is promoted exactly once.

On PostgreSQL, real threads (each with its own database connection) are released
together by a barrier and race for the seats; the event row lock serialises them.
On SQLite the same flow runs one signup after another (SQLite allows one writer at a
time, and threads on the in-memory test database would share one connection), and
must give the same exact result.
"""

import threading
import time
import unittest

from django.db import connection
from django.test import TestCase, TransactionTestCase

from events import services
from events.models import OutboxMessage, Registration
from tests.events.helpers import make_event, statuses, waiting_positions

Status = Registration.Status
SEATS = 50
SIGNUPS = 200
CANCELLATIONS = 20
# PostgreSQL allows 100 connections by default and other suites may share the server:
# 40 threads, each with its own connection, make the 200 signups (5 each).
THREADS = 40

ON_POSTGRES = connection.vendor == "postgresql"


def run_together(jobs, threads: int) -> tuple[list[Exception], float]:
    """Run ``jobs`` (callables) on ``threads`` threads released by one barrier."""
    barrier = threading.Barrier(threads)
    errors: list[Exception] = []
    chunks = [jobs[i::threads] for i in range(threads)]

    def work(chunk):
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            for job in chunk:
                try:
                    job()
                except Exception as error:  # noqa: BLE001 - counted and reported
                    errors.append(error)
        finally:
            thread_connection.close()

    workers = [threading.Thread(target=work, args=(chunk,)) for chunk in chunks]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return errors, time.perf_counter() - started


def signup(event, n):
    return lambda: services.register(
        event, email=f"racer{n}@example.com", name=f"Racer {n}", language="ja"
    )


class RaceAssertions:
    def assert_signups_exact(self, event):
        self.assertEqual(
            statuses(event),
            {Status.CONFIRMED: SEATS, Status.WAITING: SIGNUPS - SEATS},
        )
        self.assertEqual(waiting_positions(event), list(range(1, SIGNUPS - SEATS + 1)))

    def assert_cancellations_exact(self, event, head_of_queue: set[int]):
        remaining = SIGNUPS - SEATS - CANCELLATIONS
        self.assertEqual(
            statuses(event),
            {
                Status.CONFIRMED: SEATS,
                Status.WAITING: remaining,
                Status.CANCELLED: CANCELLATIONS,
            },
        )
        self.assertEqual(waiting_positions(event), list(range(1, remaining + 1)))
        promoted = OutboxMessage.objects.filter(kind=OutboxMessage.Kind.PROMOTED)
        self.assertEqual(
            sorted(promoted.values_list("registration_id", flat=True)),
            sorted(head_of_queue),
            "each freed seat goes to the head of the queue, told exactly once",
        )


@unittest.skipUnless(
    ON_POSTGRES,
    "needs PostgreSQL: SQLite cannot run concurrent writers on the in-memory test "
    "database; TestSerialisedSignups checks the same flow there",
)
class TestConcurrentSignups(RaceAssertions, TransactionTestCase):
    serialized_rollback = True  # keep the locales and home page migrations made

    def test_race_for_seats_sells_each_seat_once(self):
        _page, event = make_event(capacity=SEATS)
        errors, seconds = run_together(
            [signup(event, n) for n in range(SIGNUPS)], THREADS
        )
        self.assertEqual(errors, [])
        self.assert_signups_exact(event)
        print(f"\n{SIGNUPS} concurrent signups: {seconds:.2f} s")  # noqa: T201

        confirmed = list(
            event.registrations.filter(status=Status.CONFIRMED)[:CANCELLATIONS]
        )
        head = set(
            event.registrations.filter(
                status=Status.WAITING, waiting_position__lte=CANCELLATIONS
            ).values_list("pk", flat=True)
        )
        errors, seconds = run_together(
            [lambda r=r: services.cancel(r) for r in confirmed], CANCELLATIONS
        )
        self.assertEqual(errors, [])
        self.assert_cancellations_exact(event, head)
        print(f"{CANCELLATIONS} concurrent cancellations: {seconds:.2f} s")  # noqa: T201


class TestSerialisedSignups(RaceAssertions, TestCase):
    def test_signups_one_after_another_are_exact(self):
        _page, event = make_event(capacity=SEATS)
        for n in range(SIGNUPS):
            signup(event, n)()
        self.assert_signups_exact(event)
        confirmed = list(
            event.registrations.filter(status=Status.CONFIRMED)[:CANCELLATIONS]
        )
        head = set(
            event.registrations.filter(
                status=Status.WAITING, waiting_position__lte=CANCELLATIONS
            ).values_list("pk", flat=True)
        )
        for registration in confirmed:
            services.cancel(registration)
        self.assert_cancellations_exact(event, head)
