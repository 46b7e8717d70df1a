"""The public member directory: opt-in, active only, filters by link, every locale,
and a query count that does not grow with the number of members."""

from django.test import override_settings
from wagtail.test.utils import WagtailPageTestCase

from config.languages import LANGUAGE_CODES
from home.models import HomePage, StandardPage
from membership import services
from membership.models import MemberDirectoryPage, OrganisationState
from tests.factories.core import japanese_home, publish, translate_page
from tests.factories.membership import OrganisationFactory
from tests.helpers import parse_html, text_of


def make_directory(**kwargs) -> MemberDirectoryPage:
    page = MemberDirectoryPage(title="会員一覧", slug="members-directory", **kwargs)
    japanese_home().add_child(instance=page)
    return publish(page)


def listed(response) -> list[str]:
    return [
        text_of(h2)
        for h2 in parse_html(response).iterfind(
            ".//main//li[@class='directory-item']/h2"
        )
    ]


class TestMemberDirectoryPage(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.page = make_directory()
        cls.builder = OrganisationFactory(
            name_ja="大和建設", name_en="Yamato Construction", industry="construction"
        )
        cls.carer = OrganisationFactory(
            name_ja="さくら介護",
            name_en="Sakura Care",
            type="company",
            industry="nursing_care",
            prefecture="JP-27",
        )
        cls.ngo = OrganisationFactory(
            name_ja="移住者支援ネット",
            name_en="Migrant Support Net",
            type="ngo",
            industry="",
        )
        OrganisationFactory(name_en="Hidden Ltd", directory_opt_in=False)
        OrganisationFactory(name_en="Pending Ltd", state=OrganisationState.APPLIED)
        OrganisationFactory(name_en="Gone Ltd", state=OrganisationState.WITHDRAWN)

    def test_can_be_created_under_the_home_page_only(self):
        self.assertCanCreateAt(HomePage, MemberDirectoryPage)
        self.assertCanNotCreateAt(StandardPage, MemberDirectoryPage)

    def test_lists_only_active_organisations_that_opted_in(self):
        response = self.client.get("/en/members-directory/")
        self.assertEqual(response.status_code, 200)
        names = " ".join(listed(response))
        for name in ("Yamato Construction", "Sakura Care", "Migrant Support Net"):
            self.assertIn(name, names)
        for name in ("Hidden", "Pending", "Gone"):
            self.assertNotIn(name, names)

    def test_japanese_readers_see_japanese_names(self):
        response = self.client.get("/ja/members-directory/")
        self.assertIn("さくら介護", listed(response))

    def test_filters_by_type_industry_and_prefecture(self):
        cases = {
            "?type=ngo": ["Migrant Support Net"],
            "?industry=nursing_care": ["Sakura Care"],
            "?prefecture=JP-27": ["Sakura Care"],
            "?industry=construction&type=company": ["Yamato Construction"],
        }
        for query, expected in cases.items():
            with self.subTest(query=query):
                names = listed(self.client.get(f"/en/members-directory/{query}"))
                self.assertEqual(len(names), len(expected))
                for name, start in zip(names, expected, strict=True):
                    self.assertTrue(name.startswith(start), name)

    def test_unknown_filter_values_are_ignored(self):
        response = self.client.get("/en/members-directory/?type=<script>&prefecture=XX")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(listed(response)), 3)

    def test_filter_links_keep_the_other_filters_and_mark_the_current_one(self):
        response = self.client.get("/en/members-directory/?type=company")
        document = parse_html(response)
        current = [
            a.get("href")
            for a in document.iterfind(".//nav[@class='directory-filters']//a")
            if a.get("aria-current") == "true"
        ]
        self.assertIn("?type=company", current)
        hrefs = [a.get("href") for a in document.iterfind(".//nav//a")]
        self.assertIn("?industry=nursing_care&type=company", hrefs)

    def test_renders_in_every_locale(self):
        for code in LANGUAGE_CODES:
            with self.subTest(language=code):
                response = self.client.get(f"/{code}/members-directory/")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(parse_html(response).get("lang"), code)
                self.assertEqual(len(listed(response)), 3)

    def test_translated_copy_renders(self):
        translate_page(japanese_home(), "en", title="JP-MIRAI")
        translation = translate_page(self.page, "en", title="Member directory")
        response = self.client.get(translation.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Member directory")

    # Warm count (page cache off): the page, the organisations (one query, whatever
    # their number) and the breadcrumbs.
    DIRECTORY_QUERIES = 3

    def assert_warm_queries(self, url: str) -> None:
        self.assertEqual(self.client.get(url).status_code, 200)  # fills the caches
        with self.assertNumQueries(self.DIRECTORY_QUERIES):
            return self.client.get(url)

    def test_query_count_does_not_grow_with_members(self):
        self.assert_warm_queries("/ja/members-directory/")
        for number in range(20):
            OrganisationFactory(name_en=f"Extra {number}")
        response = self.assert_warm_queries("/ja/members-directory/?type=company")
        self.assertEqual(len(listed(response)), 22)


@override_settings(PAGE_CACHE_ENABLED=True)
class TestDirectoryWithPageCache(WagtailPageTestCase):
    def test_newly_approved_member_appears_despite_the_page_cache(self):
        make_directory()
        self.assertEqual(listed(self.client.get("/en/members-directory/")), [])
        organisation = OrganisationFactory(
            name_en="Fresh Member", state=OrganisationState.APPLIED
        )
        with self.captureOnCommitCallbacks(execute=True):
            services.approve_application(organisation)
        names = listed(self.client.get("/en/members-directory/"))
        self.assertEqual(len(names), 1)
        self.assertTrue(names[0].startswith("Fresh Member"))
