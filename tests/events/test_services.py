"""Signup services: seats, waiting list, cancellation, approval, check-in, sync."""

import datetime

from django.test import TestCase
from django.utils import timezone

from core.cache import content_version
from events import services
from events.exceptions import (
    AlreadyRegisteredError,
    EventFullError,
    InvalidTransitionError,
    MembersOnlyError,
    RegistrationClosedError,
    RegistrationNotOpenError,
)
from events.models import Event, OutboxMessage, Registration
from tests.events.helpers import make_event, statuses, waiting_positions
from tests.factories.core import translate_page
from tests.factories.events import in_days, make_user

Status = Registration.Status


def sign_up(event, n, **extra):
    return services.register(
        event,
        email=f"person{n}@example.com",
        name=f"Person {n}",
        language="ja",
        **extra,
    )


class TestRegister(TestCase):
    def test_register_confirms_while_seats_are_left(self):
        _page, event = make_event(capacity=2)
        registration = sign_up(event, 1)
        self.assertEqual(registration.status, Status.CONFIRMED)
        self.assertIsNone(registration.waiting_position)

    def test_register_takes_the_last_seat_then_waits_in_order(self):
        _page, event = make_event(capacity=1)
        self.assertEqual(sign_up(event, 1).status, Status.CONFIRMED)
        second, third = sign_up(event, 2), sign_up(event, 3)
        self.assertEqual((second.status, second.waiting_position), (Status.WAITING, 1))
        self.assertEqual((third.status, third.waiting_position), (Status.WAITING, 2))

    def test_register_unlimited_when_capacity_is_empty(self):
        _page, event = make_event(capacity=None)
        for n in range(30):
            sign_up(event, n)
        self.assertEqual(statuses(event), {Status.CONFIRMED: 30})

    def test_register_raises_when_full_without_waiting_list(self):
        _page, event = make_event(capacity=1, waiting_list=False)
        sign_up(event, 1)
        with self.assertRaises(EventFullError):
            sign_up(event, 2)
        self.assertEqual(event.registrations.count(), 1)

    def test_register_raises_for_the_same_email_twice(self):
        _page, event = make_event()
        sign_up(event, 1)
        with self.assertRaises(AlreadyRegisteredError):
            services.register(
                event, email="PERSON1@example.com ", name="Again", language="ja"
            )

    def test_register_allowed_again_after_cancelling(self):
        _page, event = make_event()
        services.cancel(sign_up(event, 1))
        self.assertEqual(sign_up(event, 1).status, Status.CONFIRMED)

    def test_register_raises_after_registration_closes(self):
        _page, event = make_event(registration_closes=in_days(-1))
        with self.assertRaises(RegistrationClosedError):
            sign_up(event, 1)

    def test_register_raises_once_the_event_has_started(self):
        start = timezone.now() - datetime.timedelta(minutes=5)
        _page, event = make_event(start=start, end=start + datetime.timedelta(hours=2))
        with self.assertRaises(RegistrationClosedError):
            sign_up(event, 1)

    def test_register_raises_before_registration_opens(self):
        _page, event = make_event(registration_opens=in_days(2))
        with self.assertRaises(RegistrationNotOpenError):
            sign_up(event, 1)

    def test_register_members_only_refuses_non_members(self):
        _page, event = make_event(audience="members")
        outsider = make_user("outsider@example.com", member=False)
        with self.assertRaises(MembersOnlyError):
            sign_up(event, 1, user=outsider)
        with self.assertRaises(MembersOnlyError):
            sign_up(event, 2)

    def test_register_members_only_accepts_members(self):
        _page, event = make_event(audience="members")
        member = make_user("member@example.com")
        registration = services.register(
            event, email=member.email, name="M", language="en", user=member
        )
        self.assertEqual(registration.status, Status.CONFIRMED)
        self.assertEqual(registration.user, member)

    def test_register_guest_holds_no_seat_until_confirmed(self):
        _page, event = make_event(capacity=1)
        guest = sign_up(event, 1, guest=True)
        self.assertEqual(guest.status, Status.UNCONFIRMED)
        member = sign_up(event, 2)
        self.assertEqual(member.status, Status.CONFIRMED)
        guest = services.confirm_guest(guest)
        self.assertEqual((guest.status, guest.waiting_position), (Status.WAITING, 1))

    def test_confirm_guest_twice_changes_nothing(self):
        _page, event = make_event()
        guest = services.confirm_guest(sign_up(event, 1, guest=True))
        again = services.confirm_guest(guest)
        self.assertEqual(again.status, Status.CONFIRMED)
        self.assertEqual(OutboxMessage.objects.filter(kind="confirmed").count(), 1)

    def test_register_approval_event_makes_an_application(self):
        _page, event = make_event(requires_approval=True, capacity=1)
        application = sign_up(event, 1, answers={"organisation": "NPO"})
        self.assertEqual(application.status, Status.APPLIED)
        self.assertEqual(application.answers, {"organisation": "NPO"})


class TestCancel(TestCase):
    def test_cancel_promotes_the_first_waiting_person(self):
        _page, event = make_event(capacity=1)
        first = sign_up(event, 1)
        second, third = sign_up(event, 2), sign_up(event, 3)
        services.cancel(first)
        second.refresh_from_db()
        third.refresh_from_db()
        self.assertEqual(second.status, Status.CONFIRMED)
        self.assertEqual((third.status, third.waiting_position), (Status.WAITING, 1))
        promoted = OutboxMessage.objects.filter(kind="promoted")
        self.assertEqual([m.to for m in promoted], [second.email])

    def test_cancel_from_the_waiting_list_closes_the_gap(self):
        _page, event = make_event(capacity=1)
        sign_up(event, 1)
        waiting = [sign_up(event, n) for n in range(2, 6)]
        services.cancel(waiting[1])
        self.assertEqual(waiting_positions(event), [1, 2, 3])
        self.assertEqual(statuses(event)[Status.CONFIRMED], 1)

    def test_cancel_twice_raises(self):
        _page, event = make_event()
        registration = services.cancel(sign_up(event, 1))
        with self.assertRaises(InvalidTransitionError):
            services.cancel(registration)

    def test_cancel_of_last_seat_bumps_the_content_version(self):
        _page, event = make_event(capacity=1)
        registration = sign_up(event, 1)
        before = content_version()
        with self.captureOnCommitCallbacks(execute=True):
            services.cancel(registration)
        self.assertGreater(content_version(), before)


class TestStaffActions(TestCase):
    def test_promote_moves_a_waiting_person_beyond_capacity(self):
        _page, event = make_event(capacity=1)
        sign_up(event, 1)
        second, third = sign_up(event, 2), sign_up(event, 3)
        services.promote(third)
        third.refresh_from_db()
        self.assertEqual(third.status, Status.CONFIRMED)
        self.assertEqual(waiting_positions(event), [1])
        second.refresh_from_db()
        self.assertEqual(second.waiting_position, 1)

    def test_promote_refuses_a_confirmed_person(self):
        _page, event = make_event()
        with self.assertRaises(InvalidTransitionError):
            services.promote(sign_up(event, 1))

    def test_accept_application_confirms_or_waits(self):
        _page, event = make_event(requires_approval=True, capacity=1)
        first, second = sign_up(event, 1), sign_up(event, 2)
        self.assertEqual(services.decide(first, accept=True).status, Status.CONFIRMED)
        second = services.decide(second, accept=True)
        self.assertEqual((second.status, second.waiting_position), (Status.WAITING, 1))

    def test_decline_application_mails_the_decision(self):
        _page, event = make_event(requires_approval=True)
        declined = services.decide(sign_up(event, 1), accept=False)
        self.assertEqual(declined.status, Status.DECLINED)
        self.assertTrue(OutboxMessage.objects.filter(kind="declined").exists())

    def test_check_in_and_undo(self):
        _page, event = make_event()
        registration = services.check_in(sign_up(event, 1))
        self.assertIsNotNone(registration.checked_in_at)
        registration = services.check_in(registration, undo=True)
        self.assertIsNone(registration.checked_in_at)

    def test_check_in_refuses_waiting_people(self):
        _page, event = make_event(capacity=1)
        sign_up(event, 1)
        with self.assertRaises(InvalidTransitionError):
            services.check_in(sign_up(event, 2))

    def test_message_attendees_writes_one_mail_each(self):
        _page, event = make_event(capacity=2)
        for n in range(4):
            sign_up(event, n)
        count = services.message_attendees(
            event, group="waiting", subject="Room change", body="Room 3."
        )
        self.assertEqual(count, 2)
        self.assertEqual(OutboxMessage.objects.filter(kind="staff_message").count(), 2)


class TestSyncEvent(TestCase):
    def test_translations_share_one_event_row(self):
        page, event = make_event(capacity=1)
        english = translate_page(page, "en", title="Seminar in English")
        self.assertEqual(Event.objects.count(), 1)
        self.assertEqual(services.event_for_page(english).pk, event.pk)
        sign_up(event, 1)
        self.assertEqual(
            sign_up(services.event_for_page(english), 2).status, Status.WAITING
        )

    def test_more_seats_promote_the_waiting_list(self):
        page, event = make_event(capacity=1)
        sign_up(event, 1)
        sign_up(event, 2)
        page.capacity = 2
        page.save()
        self.assertEqual(statuses(event), {Status.CONFIRMED: 2})

    def test_time_change_bumps_the_sequence(self):
        page, event = make_event()
        page.start += datetime.timedelta(hours=1)
        page.end += datetime.timedelta(hours=1)
        page.save()
        event.refresh_from_db()
        self.assertEqual(event.sequence, 1)
        page.listing_summary = "A new summary"
        page.save()
        event.refresh_from_db()
        self.assertEqual(event.sequence, 1)

    def test_stale_translation_does_not_overwrite_the_source(self):
        page, event = make_event(capacity=5)
        english = translate_page(page, "en", title="Seminar in English")
        english.capacity = 99
        english.save()
        event.refresh_from_db()
        self.assertEqual(event.capacity, 5)
