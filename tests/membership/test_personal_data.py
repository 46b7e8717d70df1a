"""A member's data: the JSON export holds every table with their data; deleting the
account leaves nothing that names them, and anonymous counts stay right."""

import json

from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.test import TestCase

from membership import privacy, services
from membership.models import (
    ActivityPlan,
    Invitation,
    Organisation,
    OrganisationState,
    ProgressReport,
)
from tests.factories.membership import PASSWORD, UserFactory, make_member

TEXT_FIELDS = (models.CharField, models.TextField)


def rows_mentioning(needle: str) -> dict[str, int]:
    """For every model in every app: how many rows hold ``needle`` in a text field
    (JSON fields, StreamFields included)."""
    found = {}
    for model in apps.get_models():
        if model._meta.proxy:
            continue
        text = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, TEXT_FIELDS) and not f.choices
        ]
        json_fields = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, models.JSONField)
        ]
        count = 0
        if text:
            query = models.Q()
            for name in text:
                query |= models.Q(**{f"{name}__icontains": needle})
            count += model._base_manager.filter(query).count()
        for name in json_fields:
            for value in model._base_manager.values_list(name, flat=True):
                if needle.lower() in json.dumps(value, ensure_ascii=False).lower():
                    count += 1
        if count:
            found[model._meta.label] = count
    return found


def rows_referencing(user) -> set[str]:
    """Models with a row pointing at ``user`` by a foreign key (or many-to-many)."""
    holders = set()
    User = get_user_model()
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is User:
                if model._base_manager.filter(**{field.name: user.pk}).exists():
                    holders.add(model._meta.label)
    return holders


class PersonWithData(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = make_member()
        cls.user.first_name, cls.user.last_name = "Quynh", "Vuongtestperson"
        cls.user.save()
        organisation = cls.user.memberships.get().organisation
        cls.organisation = organisation
        Organisation.objects.filter(pk=organisation.pk).update(
            contact_name="Quynh Vuongtestperson", contact_email=cls.user.email
        )
        cls.colleague = UserFactory()
        services.accept_invitation(
            cls.colleague,
            services.invite_colleague(
                cls.user, cls.colleague.email, language="ja"
            ).token,
        )
        Invitation.objects.create(organisation=organisation, email=cls.user.email)
        plan = services.file_plan(cls.user, 2026, {"zero_fee": "No fees."})
        services.file_report(cls.user, plan, 1, {"zero_fee": "Done."}, "Good half.")
        TOTP.activate(cls.user, generate_totp_secret())
        cls.event = cls.register_for_an_event(cls.user)

    @staticmethod
    def register_for_an_event(user):
        """A registration through events' own service, when events is installed."""
        try:
            from events import services as event_services
            from tests.events.helpers import make_event
        except ImportError:
            return None
        _page, event = make_event(title="Introductory seminar")
        event_services.register(
            event,
            email=user.email,
            name=user.get_full_name(),
            language="en",
            user=user,
        )
        return event


class TestExport(PersonWithData):
    # Each table that can hold a member's data, and where the export shows it.
    COVERED = {
        "auth.User": ("account", "email"),
        "auth.User_groups": ("account", "groups"),
        "account.EmailAddress": ("account", "email_addresses"),
        "mfa.Authenticator": ("account", "two_factor_methods"),
        "membership.Membership": ("membership", "organisation_roles"),
        "membership.Organisation": ("membership", "organisations_applied_for"),
        "membership.Invitation": ("membership", "invitations_received"),
        "membership.ActivityPlan": ("membership", "activity_plans"),
        "membership.ProgressReport": ("membership", "progress_reports"),
        "membership.ReminderLog": None,  # names no person
        "events.Registration": ("events", "event_registrations"),
        "events.OutboxMessage": ("events", "event_registrations"),  # their mail
    }

    def test_export_covers_every_table_holding_the_persons_data(self):
        data = privacy.export_personal_data(self.user)
        holders = rows_referencing(self.user) | set(rows_mentioning(self.user.email))
        holders |= set(rows_mentioning(self.user.last_name))
        holders.discard("wagtailusers.UserProfile")  # admin preferences only
        for label in sorted(holders):
            with self.subTest(table=label):
                self.assertIn(label, self.COVERED)
                section, key = self.COVERED[label]
                self.assertTrue(data[section][key], f"{section}.{key} is empty")

    def test_export_download_is_json_with_the_persons_records(self):
        self.client.force_login(self.user)
        response = self.client.get("/en/members/data/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("attachment", response["Content-Disposition"])
        data = json.loads(response.content)
        self.assertEqual(data["account"]["email"], self.user.email)
        self.assertEqual(data["account"]["two_factor_methods"], ["totp"])
        self.assertEqual(
            data["membership"]["progress_reports"][0]["summary"], "Good half."
        )

    def test_export_requires_sign_in(self):
        response = self.client.get("/en/members/data/")
        self.assertEqual(response.status_code, 302)


class TestDeleteAccount(PersonWithData):
    def delete(self, **data):
        self.client.force_login(self.user)
        return self.client.post("/en/members/delete/", data)

    def test_deletion_leaves_no_trace_of_email_or_name(self):
        email, last_name = self.user.email, self.user.last_name
        self.assertTrue(rows_mentioning(email))
        response = self.delete(password=PASSWORD, confirm="on")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(rows_mentioning(email), {})
        self.assertEqual(rows_mentioning(last_name), {})
        self.assertFalse(get_user_model().objects.filter(pk=self.user.pk).exists())

    def test_deletion_keeps_anonymous_plans_reports_and_the_organisation(self):
        self.delete(password=PASSWORD, confirm="on")
        self.organisation.refresh_from_db()
        self.assertEqual(self.organisation.state, OrganisationState.ACTIVE)
        self.assertEqual(self.organisation.memberships.count(), 1)  # the colleague
        if self.event is not None:  # attendance numbers stay right
            self.assertEqual(self.event.registrations.count(), 1)
        plan = ActivityPlan.objects.get(organisation=self.organisation)
        self.assertIsNone(plan.submitted_by)
        self.assertEqual(ProgressReport.objects.filter(plan=plan).count(), 1)

    def test_wrong_password_keeps_the_account(self):
        response = self.delete(password="not it", confirm="on")
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "The password is not correct.", status_code=400)
        self.assertTrue(get_user_model().objects.filter(pk=self.user.pk).exists())

    def test_other_apps_personal_data_modules_are_called(self):
        modules = privacy.personal_data_modules()
        self.assertIn("membership", modules)
        for module in modules.values():
            self.assertTrue(callable(module.export) and callable(module.erase))

    def test_sole_applicant_deletion_removes_the_application(self):
        applicant = make_member(state=OrganisationState.APPLIED)
        organisation = applicant.memberships.get().organisation
        privacy.delete_account(applicant)
        self.assertFalse(Organisation.objects.filter(pk=organisation.pk).exists())
