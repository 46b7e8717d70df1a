"""A small site for the API tests: the Japanese home, a standard page, news."""

from django.test import TestCase

from tests.factories.core import japanese_home
from tests.factories.home import StandardPageFactory
from tests.factories.knowledge import NewsIndexPageFactory, NewsPageFactory

API = "/api/v3"


class ApiTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        cls.about = StandardPageFactory(parent=cls.home, title="About", slug="about")
        cls.news_index = NewsIndexPageFactory(parent=cls.home)
        cls.news = NewsPageFactory(parent=cls.news_index, title="Seminar report")

    def get_json(self, path: str, status: int = 200, **headers):
        response = self.client.get(f"{API}{path}", headers=headers)
        self.assertEqual(response.status_code, status, response.content[:500])
        return response.json()

    def listed_ids(self, path: str = "/pages/?limit=100") -> set[int]:
        return {item["id"] for item in self.get_json(path)["items"]}
