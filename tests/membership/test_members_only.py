"""Members-only pages and documents reach members and nobody else, by any channel:
the page address, listings, site search, the API, the sitemap and document URLs."""

from django.test import TestCase
from wagtail.models import PageViewRestriction

from membership.members_area import members_collection, restrict_to_members
from membership.models import OrganisationState
from tests.factories.core import japanese_home, publish
from tests.factories.home import StandardPageFactory
from tests.factories.knowledge import NewsIndexPageFactory, NewsPageFactory
from tests.factories.membership import UserFactory, make_member, members_document
from tests.helpers import parse_html

SECRET_WORD = "Zerofeeminutes"


class MembersOnlyContent(TestCase):
    """A members-only page (with a child), a members-only news item beside a public
    one, and a document in the members' collection."""

    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        cls.private = StandardPageFactory(
            parent=home,
            title=f"Working group {SECRET_WORD}",
            slug="working-group",
            body_text=f"{SECRET_WORD} of the zero-fee working group",
        )
        cls.child = StandardPageFactory(
            parent=cls.private,
            title=f"Minutes {SECRET_WORD} child",
            slug="minutes",
            body_text=SECRET_WORD,
        )
        restrict_to_members(cls.private)
        news_index = NewsIndexPageFactory(parent=home, slug="news")
        cls.public_news = NewsPageFactory(parent=news_index, title="Public seminar")
        cls.private_news = NewsPageFactory(
            parent=news_index, title=f"Members news {SECRET_WORD}", slug="members-news"
        )
        restrict_to_members(cls.private_news)
        for page in (cls.private, cls.child, cls.public_news, cls.private_news):
            publish(page)
        cls.document = members_document()
        cls.member = make_member()
        cls.applicant = make_member(state=OrganisationState.APPLIED)
        cls.suspended = make_member(state=OrganisationState.SUSPENDED)
        cls.outsider = UserFactory()


class TestNotShownToOthers(MembersOnlyContent):
    def visitors(self):
        yield "anonymous", None
        for name in ("outsider", "applicant", "suspended"):
            yield name, getattr(self, name)

    def as_visitor(self, user):
        self.client.logout()
        if user is not None:
            self.client.force_login(user)

    def test_page_urls_refused_to_non_members(self):
        for name, user in self.visitors():
            self.as_visitor(user)
            for page in (self.private, self.child, self.private_news):
                with self.subTest(visitor=name, page=page.slug):
                    response = self.client.get(page.url)
                    self.assertEqual(response.status_code, 302)
                    self.assertIn("/accounts/login/", response["Location"])
                    self.assertNotIn(SECRET_WORD, response.content.decode())

    def test_listings_never_show_members_only_news(self):
        for name, user in self.visitors():
            self.as_visitor(user)
            for url in ("/ja/", "/ja/news/"):
                with self.subTest(visitor=name, url=url):
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 200)
                    self.assertContains(response, "Public seminar")
                    self.assertNotContains(response, SECRET_WORD)

    def test_search_never_finds_members_only_pages(self):
        for name, user in self.visitors():
            self.as_visitor(user)
            with self.subTest(visitor=name):
                response = self.client.get("/ja/search/", {"q": SECRET_WORD})
                self.assertEqual(response.status_code, 200)
                main = parse_html(response).find(".//main")
                # The query is echoed back; no result (a link) may carry it.
                for link in main.iter("a"):
                    self.assertNotIn(SECRET_WORD, "".join(link.itertext()))
                    self.assertNotIn("/working-group/", link.get("href", ""))
                    self.assertNotIn("/members-news/", link.get("href", ""))

    def test_api_never_lists_or_returns_members_only_pages(self):
        for name, user in self.visitors():
            self.as_visitor(user)
            with self.subTest(visitor=name):
                listing = self.client.get("/api/v3/pages/", {"limit": 20})
                self.assertEqual(listing.status_code, 200)
                ids = {item["id"] for item in listing.json()["items"]}
                self.assertIn(self.public_news.pk, ids)
                for page in (self.private, self.child, self.private_news):
                    self.assertNotIn(page.pk, ids)
                    # Django's LocaleMiddleware turns the API's 404 into a redirect
                    # to /ja/api/…, which is not found either.
                    detail = self.client.get(f"/api/v3/pages/{page.pk}/", follow=True)
                    self.assertEqual(detail.status_code, 404)
                    self.assertNotIn(SECRET_WORD, detail.content.decode())
                searched = self.client.get("/api/v3/pages/", {"search": SECRET_WORD})
                self.assertNotIn(SECRET_WORD, searched.content.decode())
                for html_path in ("/working-group/", "/ja/working-group/"):
                    found = self.client.get(
                        "/api/v3/pages/find/", {"html_path": html_path}, follow=True
                    )
                    # Not found (404) or a refused lookup (422): never the page.
                    self.assertIn(found.status_code, (404, 422))
                    self.assertNotIn(SECRET_WORD, found.content.decode())

    def test_sitemap_never_lists_members_only_pages(self):
        for name, user in self.visitors():
            self.as_visitor(user)
            with self.subTest(visitor=name):
                body = self.client.get("/sitemap.xml").content.decode()
                self.assertIn("/ja/news/", body)
                self.assertNotIn("/working-group/", body)
                self.assertNotIn("/members-news/", body)

    def test_document_urls_refused_to_non_members(self):
        for name, user in self.visitors():
            self.as_visitor(user)
            with self.subTest(visitor=name):
                response = self.client.get(self.document.url)
                self.assertEqual(response.status_code, 302)
                self.assertIn("/accounts/login/", response["Location"])

    def test_member_directory_lists_only_active_members(self):
        from membership.models import Organisation

        listed = set(Organisation.objects.in_directory())
        self.assertEqual(listed, {self.member.memberships.get().organisation})


class TestShownToMembers(MembersOnlyContent):
    def setUp(self):
        self.client.force_login(self.member)

    def test_page_urls_served_to_members(self):
        for page in (self.private, self.child, self.private_news):
            with self.subTest(page=page.slug):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, SECRET_WORD)

    def test_document_served_to_members(self):
        response = self.client.get(self.document.url)
        self.assertEqual(response.status_code, 200)
        # Reading the stream to its end closes the file (the test client's wrapper).
        self.assertEqual(b"".join(response.streaming_content), b"members only")

    def test_account_page_lists_members_only_material(self):
        response = self.client.get("/ja/members/")
        self.assertContains(response, self.private.title)
        self.assertNotContains(response, self.child.title)

    def test_restriction_is_for_the_members_group(self):
        restriction = PageViewRestriction.objects.get(page=self.private)
        self.assertEqual(
            list(restriction.groups.values_list("name", flat=True)), ["Members"]
        )
        self.assertTrue(members_collection().get_view_restrictions().exists())


class TestMembershipEndsAccess(MembersOnlyContent):
    def test_suspended_member_loses_access(self):
        from membership import services

        self.client.force_login(self.member)
        self.assertEqual(self.client.get(self.private.url).status_code, 200)
        services.suspend_membership(self.member.memberships.get().organisation)
        self.assertEqual(self.client.get(self.private.url).status_code, 302)
        self.assertEqual(self.client.get(self.document.url).status_code, 302)


class TestTranslationsOfMembersOnlyPages(TestCase):
    """Each language has its own tree: a translation must be private too."""

    @classmethod
    def setUpTestData(cls):
        from tests.factories.core import translate_page

        home = japanese_home()
        translate_page(home, "en", title="JP-MIRAI")
        cls.private = publish(
            StandardPageFactory(
                parent=home, title="作業部会", slug="wg", body_text=SECRET_WORD
            )
        )
        cls.before = translate_page(cls.private, "en", title=f"WG {SECRET_WORD}")
        restrict_to_members(cls.private)
        cls.child = publish(
            StandardPageFactory(parent=cls.private, title="議事録", slug="minutes")
        )
        cls.after = translate_page(cls.child, "en", title=f"Minutes {SECRET_WORD}")
        cls.member = make_member()

    def test_translation_made_before_the_restriction_is_private(self):
        restriction = PageViewRestriction.objects.get(page=self.before)
        self.assertEqual([g.name for g in restriction.groups.all()], ["Members"])
        self.assertEqual(self.client.get("/en/wg/").status_code, 302)

    def test_translation_below_a_private_page_is_private(self):
        self.assertEqual(self.client.get("/en/wg/minutes/").status_code, 302)
        self.client.force_login(self.member)
        self.assertEqual(self.client.get("/en/wg/minutes/").status_code, 200)

    def test_english_search_api_and_sitemap_do_not_show_translations(self):
        response = self.client.get("/en/search/", {"q": SECRET_WORD})
        for link in parse_html(response).find(".//main").iter("a"):
            self.assertNotIn("/wg/", link.get("href", ""))
        api = self.client.get("/api/v3/pages/", {"locale": "en"}).content.decode()
        self.assertNotIn(SECRET_WORD, api)
        self.assertNotIn("/en/wg/", self.client.get("/sitemap.xml").content.decode())
