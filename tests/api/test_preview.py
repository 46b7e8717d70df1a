"""Headless preview: signed, expiring tokens that show the latest revision."""

from unittest import mock

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import signing
from django.test import override_settings
from wagtail.models import GroupPagePermission

from api.preview import SALT, make_preview_token
from tests.api.common import API, ApiTestCase
from tests.factories.core import make_private
from tests.factories.home import StandardPageFactory, paragraph_body


class TestPreviewEndpoint(ApiTestCase):
    def preview(self, token: str):
        return self.client.get(f"{API}/preview/", {"token": token})

    def test_valid_token_shows_latest_revision(self):
        self.about.title = "About (draft)"
        self.about.body = paragraph_body("Words still in review.")
        self.about.save_revision()
        response = self.preview(make_preview_token(self.about))
        self.assertEqual(response.status_code, 200)
        data = response.json()
        self.assertEqual(data["title"], "About (draft)")
        self.assertIn("Words still in review.", data["fields"]["body"][0]["value"])
        self.assertEqual(response["Cache-Control"], "private, no-store")
        # The public endpoint still shows the live page.
        self.assertEqual(self.get_json(f"/pages/{self.about.pk}/")["title"], "About")

    def test_never_published_and_private_pages_previewable(self):
        draft = StandardPageFactory(parent=self.home, title="Coming soon", live=False)
        draft.save_revision()
        make_private(self.news)
        self.assertEqual(
            self.preview(make_preview_token(draft)).json()["title"], "Coming soon"
        )
        self.assertEqual(self.preview(make_preview_token(self.news)).status_code, 200)

    def test_expired_token_is_403_saying_so(self):
        token = make_preview_token(self.about)
        with override_settings(HEADLESS_PREVIEW_MAX_AGE=60):
            with mock.patch(
                "django.core.signing.time.time", return_value=9_999_999_999
            ):
                response = self.preview(token)
        self.assertEqual(response.status_code, 403)
        self.assertIn("expired", response.json()["detail"])

    def test_forged_or_garbled_token_is_403(self):
        forged = signing.TimestampSigner(salt="another-salt").sign_object(
            {"page": self.about.pk}
        )
        for token in (forged, "garbage", make_preview_token(self.about) + "x", ""):
            response = self.preview(token)
            self.assertIn(response.status_code, (403, 422), token)
        self.assertEqual(
            self.preview(forged).json()["detail"], "The preview token is not valid."
        )

    def test_token_with_wrong_payload_is_403(self):
        token = signing.TimestampSigner(salt=SALT).sign_object({"page": "4"})
        self.assertEqual(self.preview(token).status_code, 403)

    def test_token_for_deleted_page_is_404(self):
        token = make_preview_token(self.news)
        self.news.delete()
        self.assertEqual(self.preview(token).status_code, 404)


class TestPreviewLink(ApiTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        User = get_user_model()
        cls.editor = User.objects.create_user(
            username="editor", email="e@example.com", password="x"
        )
        editors = Group.objects.create(name="API editors")
        editors.permissions.add(Permission.objects.get(codename="access_admin"))
        GroupPagePermission.objects.create(
            group=editors,
            page=cls.about,
            permission=Permission.objects.get(codename="change_page"),
        )
        cls.editor.groups.add(editors)
        cls.stranger = User.objects.create_user(
            username="stranger", email="s@example.com", password="x"
        )
        cls.stranger.groups.add(Group.objects.create(name="Admin only"))
        cls.stranger.groups.get().permissions.add(
            Permission.objects.get(codename="access_admin")
        )

    def link(self, page):
        return f"/admin/headless-preview/{page.pk}/"

    def test_editor_sent_to_api_preview_by_default(self):
        self.client.force_login(self.editor)
        response = self.client.get(self.link(self.about))
        self.assertEqual(response.status_code, 302)
        self.assertTrue(
            response["Location"].startswith("http://testserver/api/v3/preview/?token=")
        )
        self.client.logout()
        preview = self.client.get(response["Location"])
        self.assertEqual(preview.json()["id"], self.about.pk)

    @override_settings(
        HEADLESS_PREVIEW_URL="https://app.example/preview/{locale}/{page_id}?token={token}"
    )
    def test_editor_sent_to_configured_front_end(self):
        self.client.force_login(self.editor)
        location = self.client.get(self.link(self.about))["Location"]
        self.assertTrue(
            location.startswith(
                f"https://app.example/preview/ja/{self.about.pk}?token="
            )
        )

    @override_settings(HEADLESS_PREVIEW_URL="https://app.example/p?t={token}&x={other}")
    def test_unknown_placeholder_left_alone(self):
        self.client.force_login(self.editor)
        location = self.client.get(self.link(self.about))["Location"]
        self.assertTrue(location.startswith("https://app.example/p?t="))
        self.assertTrue(location.endswith("&x=%7Bother%7D"))  # percent-encoded

    def test_user_who_cannot_edit_refused(self):
        # Wagtail's admin turns PermissionDenied into a redirect to the dashboard.
        self.client.force_login(self.stranger)
        response = self.client.get(self.link(self.about))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], "/admin/")

    def test_anonymous_sent_to_login(self):
        response = self.client.get(self.link(self.about))
        self.assertEqual(response.status_code, 302)
        self.assertNotIn("token=", response["Location"])

    def test_menu_item_in_page_editor(self):
        self.client.force_login(self.editor)
        response = self.client.get(f"/admin/pages/{self.about.pk}/edit/")
        self.assertContains(response, self.link(self.about))
