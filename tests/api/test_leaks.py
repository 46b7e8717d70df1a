"""Nothing private reaches the API: drafts, unpublished changes, private and
members-only pages (and what is below them), private collections, personal data.

The suite runs on SQLite and PostgreSQL (.ci/run), these tests included."""

from django.contrib.auth import get_user_model
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import RichText

from core.members import members_group
from tests.api.common import ApiTestCase
from tests.factories.api import DocumentFactory, ImageFactory, private_collection
from tests.factories.core import make_private, publish, translate_page
from tests.factories.home import StandardPageFactory, paragraph_body
from tests.factories.knowledge import NewsPageFactory


def restrict_to_members(page: Page) -> PageViewRestriction:
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(members_group())
    return restriction


class TestDrafts(ApiTestCase):
    def test_never_published_page_not_listed_or_found(self):
        draft = StandardPageFactory(parent=self.home, title="Draft", live=False)
        self.assertNotIn(draft.pk, self.listed_ids())
        self.get_json(f"/pages/{draft.pk}/", status=404)

    def test_unpublished_page_not_found(self):
        self.about.unpublish()
        self.assertNotIn(self.about.pk, self.listed_ids())
        self.get_json(f"/pages/{self.about.pk}/", status=404)

    def test_live_page_shows_live_content_not_newer_draft(self):
        self.about.title = "About (draft)"
        self.about.body = paragraph_body("Unpublished words.")
        self.about.save_revision()
        data = self.get_json(f"/pages/{self.about.pk}/")
        self.assertEqual(data["title"], "About")
        self.assertNotIn("Unpublished words", str(data))
        listed = self.get_json("/pages/?type=home.StandardPage")["items"]
        self.assertEqual(listed[0]["title"], "About")

    def test_draft_translation_not_linked(self):
        draft = translate_page(self.about, "en", live=False, title="About us")
        data = self.get_json(f"/pages/{self.about.pk}/")
        self.assertEqual(data["translations"], [])
        self.get_json(f"/pages/{draft.pk}/", status=404)

    def test_link_to_draft_page_is_null(self):
        draft = StandardPageFactory(parent=self.home, title="Draft", live=False)
        self.about.body = [("link", {"page": draft, "external_url": "", "label": ""})]
        publish(self.about)
        body = self.get_json(f"/pages/{self.about.pk}/")["fields"]["body"]
        self.assertIsNone(body[0]["value"]["page"])
        self.assertNotIn("Draft", str(body))

    def test_page_of_unregistered_type_not_exposed(self):
        plain = self.home.add_child(instance=Page(title="Plain", slug="plain"))
        self.assertNotIn(plain.pk, self.listed_ids())
        self.get_json(f"/pages/{plain.pk}/", status=404)

    def test_alias_not_exposed(self):
        alias = self.about.create_alias(update_slug="about-alias")
        self.assertNotIn(alias.pk, self.listed_ids())
        self.get_json(f"/pages/{alias.pk}/", status=404)


class TestPrivatePages(ApiTestCase):
    def assert_hidden_with_descendants(self):
        child = StandardPageFactory(parent=self.about, title="Inside")
        ids = self.listed_ids()
        self.assertNotIn(self.about.pk, ids)
        self.assertNotIn(child.pk, ids)
        self.get_json(f"/pages/{self.about.pk}/", status=404)
        self.get_json(f"/pages/{child.pk}/", status=404)
        self.get_json(f"/pages/?child_of={self.about.pk}", status=404)

    def test_login_restricted_page_and_descendants_hidden(self):
        make_private(self.about)
        self.assert_hidden_with_descendants()

    def test_password_restricted_page_and_descendants_hidden(self):
        PageViewRestriction.objects.create(
            page=self.about, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        self.assert_hidden_with_descendants()

    def test_members_only_page_and_descendants_hidden(self):
        restrict_to_members(self.about)
        self.assert_hidden_with_descendants()

    def test_members_only_page_hidden_from_signed_in_member(self):
        restrict_to_members(self.about)
        member = get_user_model().objects.create_user(
            username="member", email="member@example.com", password="x"
        )
        member.groups.add(members_group())
        self.client.force_login(member)
        self.assertNotIn(self.about.pk, self.listed_ids())
        self.get_json(f"/pages/{self.about.pk}/", status=404)

    def test_session_of_superuser_ignored(self):
        make_private(self.about)
        admin = get_user_model().objects.create_superuser(
            username="admin", email="admin@example.com", password="x"
        )
        self.client.force_login(admin)
        self.get_json(f"/pages/{self.about.pk}/", status=404)

    def test_private_translation_not_linked_and_private_parent_not_shown(self):
        english = translate_page(self.about, "en", title="About us")
        make_private(english)
        self.assertEqual(self.get_json(f"/pages/{self.about.pk}/")["translations"], [])
        news = self.get_json(f"/pages/{self.news.pk}/")
        make_private(self.news_index)
        self.assertEqual(news["parent"]["id"], self.news_index.pk)
        self.get_json(f"/pages/{self.news.pk}/", status=404)

    def test_rich_text_and_link_to_private_page_give_no_title(self):
        secret = StandardPageFactory(parent=self.home, title="Secret plans")
        make_private(secret)
        self.news.body = [
            ("link", {"page": secret, "external_url": "", "label": ""}),
            (
                "paragraph",
                RichText(f'<p><a linktype="page" id="{secret.pk}">x</a></p>'),
            ),
        ]
        publish(self.news)
        data = self.get_json(f"/pages/{self.news.pk}/")
        self.assertIsNone(data["fields"]["body"][0]["value"]["page"])
        self.assertNotIn("Secret plans", str(data))


class TestPrivateCollections(ApiTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.private = private_collection()
        cls.private_child = cls.private.add_child(name="Reports")
        cls.public_image = ImageFactory()
        cls.private_image = ImageFactory(collection=cls.private_child)
        cls.public_document = DocumentFactory()
        cls.private_document = DocumentFactory(collection=cls.private)

    def test_private_images_not_listed_or_found(self):
        ids = {item["id"] for item in self.get_json("/images/")["items"]}
        self.assertEqual(ids, {self.public_image.pk})
        self.get_json(f"/images/{self.private_image.pk}/", status=404)

    def test_private_documents_not_listed_or_found(self):
        ids = {item["id"] for item in self.get_json("/documents/")["items"]}
        self.assertEqual(ids, {self.public_document.pk})
        self.get_json(f"/documents/{self.private_document.pk}/", status=404)

    def test_login_and_password_collections_private_too(self):
        for restriction in ("login", "password"):
            collection = private_collection(restriction, restriction=restriction)
            document = DocumentFactory(collection=collection)
            self.get_json(f"/documents/{document.pk}/", status=404)

    def test_private_documents_hidden_from_signed_in_member(self):
        member = get_user_model().objects.create_user(
            username="member", email="member@example.com", password="x"
        )
        member.groups.add(members_group())
        self.client.force_login(member)
        self.get_json(f"/documents/{self.private_document.pk}/", status=404)
        self.get_json(f"/images/{self.private_image.pk}/", status=404)

    def test_private_media_in_page_fields_are_null(self):
        self.about.listing_image = self.private_image
        self.about.body = [
            (
                "image",
                {
                    "image": self.private_image,
                    "alt_text": "x",
                    "decorative": False,
                    "caption": "",
                },
            ),
            ("document", {"document": self.private_document, "label": "Minutes"}),
        ]
        publish(self.about)
        data = self.get_json(f"/pages/{self.about.pk}/")
        self.assertIsNone(data["listing_image"])
        self.assertIsNone(data["fields"]["body"][0]["value"]["image"])
        self.assertIsNone(data["fields"]["body"][1]["value"]["document"])
        self.assertNotIn(self.private_document.title, str(data))
        listed = self.get_json("/pages/?type=home.StandardPage")["items"][0]
        self.assertIsNone(listed["listing_image"])


class TestPersonalData(ApiTestCase):
    def test_no_editor_or_uploader_details_anywhere(self):
        editor = get_user_model().objects.create_user(
            username="editor-hanako",
            email="hanako@jp-mirai.example",
            first_name="Hanako",
            password="x",
        )
        page = NewsPageFactory(parent=self.news_index, owner=editor)
        page.save_revision(user=editor).publish(
            user=editor, skip_permission_checks=True
        )
        image = ImageFactory(uploaded_by_user=editor)
        document = DocumentFactory(uploaded_by_user=editor)
        paths = [
            "/pages/?limit=100",
            f"/pages/{page.pk}/",
            "/images/",
            f"/images/{image.pk}/",
            "/documents/",
            f"/documents/{document.pk}/",
            "/law-references/",
        ]
        for path in paths:
            body = str(self.get_json(path))
            for secret in ("hanako", "Hanako", "owner", "uploaded_by", "locked_by"):
                self.assertNotIn(secret, body, path)
