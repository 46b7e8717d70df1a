"""From sign-up to members-only material: sign up, verify the address from the
mail, apply, be approved by staff in the admin, then read what members read."""

import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import translation

from core.members import is_member
from membership.members_area import restrict_to_members
from membership.models import Organisation, OrganisationState
from tests.factories.core import japanese_home, publish
from tests.factories.home import StandardPageFactory
from tests.factories.membership import members_document

PASSWORD = "a long and unusual passphrase 42"
EMAIL = "tran.thi.journey@example.com"


def url(name: str, language: str = "vi", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def link_in(message) -> str:
    return re.search(r"https?://[^\s]+", message.body).group(0)


class TestMembershipJourney(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.private = publish(
            StandardPageFactory(
                parent=japanese_home(),
                title="Working group minutes",
                slug="wg-minutes",
                body_text="Minutes of the zero-fee working group.",
            )
        )
        restrict_to_members(cls.private)
        cls.document = members_document()
        cls.staff = get_user_model().objects.create_superuser(
            username="secretariat", email="staff@example.com", password=PASSWORD
        )

    def test_sign_up_verify_apply_approve_then_members_page_visible(self):
        response = self.client.post(
            url("account_signup"),
            {"email": EMAIL, "password1": PASSWORD, "password2": PASSWORD},
        )
        self.assertEqual(response.status_code, 302)
        # Not verified yet: not signed in, the page stays closed.
        self.assertEqual(self.client.get(self.private.url).status_code, 302)
        [message] = mail.outbox
        self.assertEqual(message.to, [EMAIL])
        confirm_path = "/" + link_in(message).split("/", 3)[3]
        self.assertTrue(confirm_path.startswith("/vi/accounts/confirm-email/"))
        response = self.client.post(confirm_path)
        self.assertEqual(response.status_code, 302)
        user = get_user_model().objects.get(email=EMAIL)
        self.assertTrue(user.emailaddress_set.get().verified)

        response = self.client.post(
            url("membership:apply"),
            {
                "name_ja": "ベトナム人材協会",
                "name_en": "Vietnam Talent Association",
                "type": "ngo",
                "industry": "",
                "prefecture": "JP-13",
                "country": "JP",
                "website": "https://vta.example.org",
                "size": "10-49",
                "contact_name": "Tran Thi",
                "contact_email": EMAIL,
                "directory_opt_in": "on",
                "agree_code_of_conduct": "on",
            },
        )
        self.assertRedirects(response, url("membership:account"))
        organisation = Organisation.objects.get(name_en="Vietnam Talent Association")
        self.assertEqual(organisation.state, OrganisationState.APPLIED)
        self.assertEqual(organisation.language, "vi")
        # Applied is not approved: still no access.
        self.assertFalse(is_member(user))
        self.assertEqual(self.client.get(self.private.url).status_code, 302)
        self.assertEqual(self.client.get(self.document.url).status_code, 302)

        staff_client = self.client_class()
        staff_client.force_login(self.staff)
        with self.captureOnCommitCallbacks(execute=True):
            response = staff_client.post(
                f"/admin/membership/{organisation.pk}/approve/", {"reason": ""}
            )
        self.assertEqual(response.status_code, 302)
        organisation.refresh_from_db()
        self.assertEqual(organisation.state, OrganisationState.ACTIVE)
        decision = mail.outbox[-1]
        self.assertEqual(decision.to, [EMAIL])
        with translation.override("vi"):
            self.assertEqual(
                decision.subject,
                translation.gettext("Your JP-MIRAI membership has been approved"),
            )

        response = self.client.get(self.private.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "zero-fee working group")
        document = self.client.get(self.document.url)
        self.assertEqual(document.status_code, 200)
        self.assertEqual(b"".join(document.streaming_content), b"members only")
        account = self.client.get(url("membership:account"))
        self.assertContains(account, "Working group minutes")
