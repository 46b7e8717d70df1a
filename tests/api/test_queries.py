"""List endpoints cost the same number of queries for 5 items as for 50."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from knowledge.models import LawReference
from tests.api.common import API, ApiTestCase
from tests.factories.api import DocumentFactory, ImageFactory
from tests.factories.core import LocaleFactory, translate_page
from tests.factories.home import StandardPageFactory
from tests.factories.knowledge import NewsPageFactory


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

    def test_pages_list_of_one_type(self):
        shared = ImageFactory()
        for n in range(50):
            image = shared if n % 2 else ImageFactory()
            NewsPageFactory(parent=self.news_index, listing_image=image)
        path = f"{API}/pages/?type=knowledge.NewsPage&limit="
        few = self.count_queries(f"{path}5")
        many = self.count_queries(f"{path}50")
        self.assertEqual(few, many)
        self.assertLessEqual(many, 8)

    def test_pages_list_of_all_types(self):
        """Loading the specific pages costs one query per page type in the list
        (Wagtail's ``.specific()``), never one per page."""
        for _ in range(30):
            NewsPageFactory(parent=self.news_index, listing_image=ImageFactory())
        for _ in range(20):
            StandardPageFactory(parent=self.about, listing_image=ImageFactory())
        translate_page(self.about, "en", title="About us")
        few = self.count_queries(f"{API}/pages/?limit=5")
        many = self.count_queries(f"{API}/pages/?limit=50")
        types_in_many = 4
        self.assertLessEqual(many - few, types_in_many - 1)
        self.assertLessEqual(many, 12)

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
