"""Signup throughput on PostgreSQL: threads race for the seats of one event.

Creates a throwaway test database on the server of ``BENCH_DATABASE_URL`` (default
``postgres://postgres@127.0.0.1:5432/events_bench``; the database itself is created
as ``test_<name>`` and dropped afterwards), then makes ``--signups`` registrations for
``--seats`` seats from ``--threads`` threads released together, and prints the
throughput and the outcome. It prints figures; it asserts nothing. Skips without
PostgreSQL. Usage: `make bench` or `python bench/signups.py --threads 20`.
"""

import argparse
import os
import sys
import threading
import time
import uuid
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/events_bench"


def setup() -> bool:
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    import logging

    logging.disable(logging.WARNING)
    from django.db import connection
    from django.db.utils import OperationalError

    if connection.vendor != "postgresql":
        print("signup bench skipped: BENCH_DATABASE_URL is not PostgreSQL")
        return False
    try:
        with connection._nodb_cursor() as cursor:  # the server, not the database
            cursor.execute("SELECT 1")
    except OperationalError as error:
        print(f"signup bench skipped: no PostgreSQL ({error})")
        return False
    return True


def race(signups: int, seats: int, threads: int) -> None:
    from django.db import connection
    from django.utils import timezone

    from events import services
    from events.models import Event, Registration

    start = timezone.now() + timedelta(days=30)
    event = Event.objects.create(
        translation_key=uuid.uuid4(),
        title="Bench",
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        capacity=seats,
    )
    barrier = threading.Barrier(threads)
    errors = []

    def work(numbers):
        from django.db import connection as own

        try:
            barrier.wait()
            for n in numbers:
                try:
                    services.register(
                        event, email=f"b{n}@example.com", name="B", language="ja"
                    )
                except Exception as error:  # noqa: BLE001 - counted
                    errors.append(error)
        finally:
            own.close()

    workers = [
        threading.Thread(target=work, args=(range(i, signups, threads),))
        for i in range(threads)
    ]
    began = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    seconds = time.perf_counter() - began
    confirmed = event.registrations.filter(status=Registration.Status.CONFIRMED)
    waiting = event.registrations.filter(status=Registration.Status.WAITING)
    print(
        f"PostgreSQL signups: {signups} from {threads} threads for {seats} seats in "
        f"{seconds:.2f} s = {signups / seconds:.0f} signups/s; confirmed "
        f"{confirmed.count()}, waiting {waiting.count()}, errors {len(errors)}"
    )
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--signups", type=int, default=400)
    parser.add_argument("--seats", type=int, default=100)
    parser.add_argument("--threads", type=int, default=20)
    args = parser.parse_args()
    if not setup():
        return
    from django.db import connection

    name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        race(args.signups, args.seats, args.threads)
    finally:
        connection.creation.destroy_test_db(name, verbosity=0)


if __name__ == "__main__":
    main()
