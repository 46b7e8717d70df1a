"""List endpoints cost the same number of queries for 5 items as for 50, and the
pages list the same whatever the mix of page types in it."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.cache import bump_content_version
from knowledge.models import LawReference
from tests.api.common import API, ApiTestCase
from tests.factories.api import DocumentFactory, ImageFactory, private_collection
from tests.factories.core import LocaleFactory, translate_page
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.guidance import GuidanceIndexPageFactory, GuidancePageFactory
from tests.factories.home import StandardPageFactory
from tests.factories.knowledge import (
    BestPracticeIndexPageFactory,
    BestPracticePageFactory,
    NewsPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
)

# A warm pages list: the ids with their types (fresh: they decide what is public)
# and the restricted collections (fresh: see api.serializers.summaries). The count
# and the summaries come from the cache.
WARM_PAGES_LIST = 2


class TestListQueries(ApiTestCase):
    def count_queries(self, path: str) -> int:
        self.client.get(path)  # warm: renditions generated, caches filled
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(path)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def assert_flat(self, path: str, expected_items: int = 50):
        few = self.count_queries(f"{path}?limit=5")
        data = self.client.get(f"{path}?limit=50").json()
        self.assertEqual(len(data["items"]), expected_items)
        many = self.count_queries(f"{path}?limit=50")
        self.assertEqual(few, many, path)
        return many

    def test_images_list(self):
        for _ in range(50):
            ImageFactory()
        self.assertLessEqual(self.assert_flat(f"{API}/images/"), 6)

    def test_documents_list(self):
        for _ in range(50):
            DocumentFactory()
        self.assertLessEqual(self.assert_flat(f"{API}/documents/"), 6)

    def test_law_references_list(self):
        locale = LocaleFactory()
        LawReference.objects.bulk_create(
            LawReference(locale=locale, law=f"Act {n}", summary="A rule.")
            for n in range(50)
        )
        self.assertLessEqual(self.assert_flat(f"{API}/law-references/"), 6)


class TestPagesListQueries(ApiTestCase):
    """Six page types, six pages each, titled so that ``order=title`` mixes them:
    the first six items are one of each type."""

    PER_TYPE = 6

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        private_collection()  # as on the real site: the members' collection
        parents = {
            NewsPageFactory: cls.news_index,
            StandardPageFactory: cls.about,
            GuidancePageFactory: GuidanceIndexPageFactory(parent=cls.home),
            PublicationPageFactory: PublicationIndexPageFactory(parent=cls.home),
            BestPracticePageFactory: BestPracticeIndexPageFactory(parent=cls.home),
            EventPageFactory: EventIndexPageFactory(parent=cls.home),
        }
        for n in range(cls.PER_TYPE):
            for kind, (factory, parent) in enumerate(parents.items()):
                factory(
                    parent=parent,
                    title=f"{n:02d}-{kind} item",
                    slug=f"item-{n}-{kind}",
                    listing_image=ImageFactory(),
                )
        cls.types = [factory._meta.model._meta.label for factory in parents]

    def warm_list(self, query: str) -> list[dict]:
        """The list's items, after checking that a warm request costs
        WARM_PAGES_LIST queries."""
        path = f"{API}/pages/?{query}"
        self.client.get(path)  # cold: fills the cache
        with self.assertNumQueries(WARM_PAGES_LIST):
            response = self.client.get(path)
        self.assertEqual(response.status_code, 200)
        return response.json()["items"]

    def test_warm_list_costs_the_same_for_one_type_many_types_and_more_items(self):
        every_type = "".join(f"type={label}&" for label in self.types)
        one_type = self.warm_list("type=knowledge.NewsPage&limit=6")
        mixed = self.warm_list(f"{every_type}order=title&limit=6")
        five_times = self.warm_list(f"{every_type}order=title&limit=30")
        self.assertEqual({item["type"] for item in one_type}, {"knowledge.NewsPage"})
        self.assertEqual({item["type"] for item in mixed}, set(self.types))
        self.assertEqual(len(mixed), 6)
        self.assertEqual(len(five_times), 30)
        self.assertTrue(all(item["listing_image"] for item in five_times))

    def test_warm_list_of_every_type_with_translations(self):
        translate_page(self.about, "en", title="About us")
        items = self.warm_list("limit=100")
        self.assertGreater(len({item["type"] for item in items}), 6)

    def test_cold_list_costs_one_query_per_page_type_not_per_page(self):
        every_type = "".join(f"type={label}&" for label in self.types)
        path = f"{API}/pages/?{every_type}order=title&limit="
        self.client.get(f"{path}30")  # renditions generated once and for all
        # After a publish: the warm list's queries, the count, one per page type, the
        # images and their renditions, the Site and the restricted page paths.
        cold = WARM_PAGES_LIST + 1 + len(self.types) + 4
        for limit in (6, 30):
            bump_content_version()
            with self.assertNumQueries(cold):
                self.client.get(f"{path}{limit}")


class TestPageDetailQueries(ApiTestCase):
    def test_detail_and_find(self):
        """The page with its specific row, its parent and its translations; find
        adds the language's home page. Locales and the Site come from the cache."""
        for path, expected in (
            (f"{API}/pages/{self.news.pk}/", 4),
            (f"{API}/pages/find/?path=/ja/news/seminar-report/", 5),
        ):
            self.client.get(path)
            with self.assertNumQueries(expected):
                data = self.client.get(path).json()
            self.assertEqual(data["id"], self.news.pk)
