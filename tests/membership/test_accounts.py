"""Accounts: two-factor required for staff, and bad input answered with a clear,
translated message and a 4xx status (never a 500)."""

from datetime import timedelta

from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone, translation

from membership import services
from membership.models import Invitation
from tests.factories.membership import PASSWORD, UserFactory, make_member
from tests.helpers import translated


def url(name: str, language: str = "en", *args) -> str:
    with translation.override(language):
        return reverse(name, args=args or None)


@override_settings(STAFF_REQUIRE_TWO_FACTOR=True)
class TestStaffTwoFactor(TestCase):
    def setUp(self):
        self.staff = get_user_model().objects.create_superuser(
            username="staff", email="staff@example.com", password=PASSWORD
        )
        EmailAddress.objects.create(
            user=self.staff, email=self.staff.email, verified=True, primary=True
        )
        self.client.force_login(self.staff)

    def test_staff_without_authenticator_sent_to_totp_setup(self):
        response = self.client.get("/admin/pages/", HTTP_ACCEPT_LANGUAGE="en")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith("/en/accounts/2fa/totp/"))

    def test_staff_with_totp_reaches_admin(self):
        TOTP.activate(self.staff, generate_totp_secret())
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_members_are_not_forced(self):
        member = make_member()
        self.client.force_login(member)
        response = self.client.get("/en/members/")
        self.assertEqual(response.status_code, 200)

    def test_sign_in_asks_for_the_code_once_totp_is_on(self):
        self.client.logout()
        TOTP.activate(self.staff, generate_totp_secret())
        response = self.client.post(
            url("account_login"), {"login": self.staff.email, "password": PASSWORD}
        )
        self.assertRedirects(response, url("mfa_authenticate"))
        response = self.client.post(url("mfa_authenticate"), {"code": "000000"})
        self.assertEqual(response.status_code, 400)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_totp_setup_with_a_computed_code_activates_it(self):
        from allauth.mfa.totp.internal.auth import (
            format_hotp_value,
            hotp_value,
            yield_hotp_counters_from_time,
        )

        self.client.logout()
        login = self.client.post(
            url("account_login"), {"login": self.staff.email, "password": PASSWORD}
        )
        self.assertEqual(login.status_code, 302)
        # allauth asks for the password again before a second factor is added.
        self.client.post(url("account_reauthenticate"), {"password": PASSWORD})
        page = self.client.get(url("mfa_activate_totp"))
        self.assertEqual(page.status_code, 200)
        secret = page.context["form"].secret
        wrong = self.client.post(url("mfa_activate_totp"), {"code": "123456"})
        self.assertEqual(wrong.status_code, 400)
        # The code of the current 30-second period, as an authenticator app shows it;
        # a tolerance of one period keeps a slow run from crossing a boundary.
        counter = list(yield_hotp_counters_from_time())[0]
        code = format_hotp_value(hotp_value(secret, counter))
        with override_settings(MFA_TOTP_TOLERANCE=1):
            response = self.client.post(url("mfa_activate_totp"), {"code": code})
        self.assertEqual(response.status_code, 302)
        self.assertTrue(
            Authenticator.objects.filter(user=self.staff, type="totp").exists()
        )


class TestBadInput(TestCase):
    def test_duplicate_email_sign_up_does_not_reveal_the_account(self):
        existing = UserFactory()
        response = self.client.post(
            url("account_signup", "vi"),
            {"email": existing.email, "password1": PASSWORD, "password2": PASSWORD},
        )
        # Enumeration is prevented: the same answer as a new sign-up, and a mail
        # telling the owner someone tried.
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            get_user_model().objects.filter(email=existing.email).count(), 1
        )
        self.assertEqual(mail.outbox[0].to, [existing.email])

    def test_mismatched_passwords_answered_400_with_translated_message(self):
        response = self.client.post(
            url("account_signup", "vi"),
            {"email": "new@example.com", "password1": PASSWORD, "password2": "other"},
        )
        self.assertEqual(response.status_code, 400)
        with translation.override("vi"):
            self.assertContains(
                response,
                translation.gettext("You must type the same password each time."),
                status_code=400,
            )

    def test_expired_verification_link_answered_404_with_explanation(self):
        user = UserFactory(verified=False)
        address = EmailAddress.objects.create(user=user, email=user.email)
        key = EmailConfirmationHMAC(address).key
        with override_settings(ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS=0):
            response = self.client.get(url("account_confirm_email", "th", key))
        self.assertEqual(response.status_code, 404)
        response = self.client.get(url("account_confirm_email", "th", "nonsense"))
        self.assertEqual(response.status_code, 404)
        self.assertIn("th", response.content.decode()[:200])

    def test_wrong_password_sign_in_answered_400(self):
        user = UserFactory()
        response = self.client.post(
            url("account_login", "id"), {"login": user.email, "password": "wrong"}
        )
        self.assertEqual(response.status_code, 400)

    def test_expired_invitation_answered_400_with_translated_message(self):
        admin = make_member()
        invitation = services.invite_colleague(admin, "c@example.com", language="ja")
        Invitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - timedelta(days=1)
        )
        self.client.force_login(UserFactory())
        response = self.client.post(
            url("membership:invitation-accept", "vi", invitation.token)
        )
        self.assertEqual(response.status_code, 400)
        self.assertContains(
            response,
            translated(
                "vi",
                "This invitation has expired or has already been used. "
                "Ask for a new one.",
            ),
            status_code=400,
        )

    def test_application_without_code_of_conduct_answered_400(self):
        self.client.force_login(UserFactory())
        response = self.client.post(
            url("membership:apply", "my"),
            {"name_ja": "x", "name_en": "x", "type": "ngo", "country": "JP"},
        )
        self.assertEqual(response.status_code, 400)
        self.assertContains(
            response,
            translated("my", "Membership requires agreeing to the code of conduct."),
            status_code=400,
        )
        self.assertContains(
            response,
            translated("my", "Choose the prefecture of an organisation in Japan."),
            status_code=400,
        )

    def test_plan_for_a_far_year_is_not_found(self):
        self.client.force_login(make_member())
        self.assertEqual(self.client.get("/en/members/plans/1999/").status_code, 404)
        response = self.client.get("/en/members/plans/2026/report/3/")
        self.assertEqual(response.status_code, 404)
