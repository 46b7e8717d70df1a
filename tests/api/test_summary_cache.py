"""The pages list's cached summaries (api.serializers.summaries) and count
(api.pagination.versioned_count): a publish shows at once, and nothing that stopped
being public is served from the cache."""

from wagtail.models import CollectionViewRestriction

from tests.api.common import ApiTestCase
from tests.factories.api import ImageFactory, private_collection, root_collection
from tests.factories.core import make_private, publish
from tests.factories.knowledge import NewsPageFactory

LIST = "/pages/?type=knowledge.NewsPage"


class TestCachedSummaries(ApiTestCase):
    def items(self, **headers) -> dict[int, dict]:
        return {item["id"]: item for item in self.get_json(LIST, **headers)["items"]}

    def warm(self) -> dict[int, dict]:
        """The list twice: the second answer comes from the cache."""
        self.items()
        return self.items()

    def test_publish_shows_the_new_title(self):
        self.assertEqual(self.warm()[self.news.pk]["title"], "Seminar report")
        self.news.title = "Seminar report (corrected)"
        publish(self.news)
        self.assertEqual(
            self.items()[self.news.pk]["title"], "Seminar report (corrected)"
        )

    def test_draft_changes_stay_out(self):
        self.warm()
        self.news.title = "Not ready"
        self.news.save_revision()
        self.assertEqual(self.items()[self.news.pk]["title"], "Seminar report")

    def test_unpublished_page_leaves_the_list(self):
        self.warm()
        self.news.unpublish()
        self.assertNotIn(self.news.pk, self.items())

    def test_page_made_private_leaves_the_list(self):
        self.warm()
        make_private(self.news_index)
        self.assertNotIn(self.news.pk, self.items())

    def test_image_of_a_collection_made_private_is_null(self):
        folder = root_collection().add_child(name="Photos")
        page = NewsPageFactory(
            parent=self.news_index, listing_image=ImageFactory(collection=folder)
        )
        self.assertIsNotNone(self.warm()[page.pk]["listing_image"])
        CollectionViewRestriction.objects.create(
            collection=folder, restriction_type=CollectionViewRestriction.LOGIN
        )
        self.assertIsNone(self.items()[page.pk]["listing_image"])

    def test_image_of_a_collection_moved_below_a_private_one_is_null(self):
        """A move sends no signal and bumps nothing: the list checks the cached
        summaries' collections itself."""
        private = private_collection()
        folder = root_collection().add_child(name="Photos")
        image = ImageFactory(collection=folder)
        page = NewsPageFactory(parent=self.news_index, listing_image=image)
        self.assertIsNotNone(self.warm()[page.pk]["listing_image"])
        folder.move(private, "sorted-child")
        self.assertIsNone(self.items()[page.pk]["listing_image"])
        self.assertNotIn(image.title, str(self.items()))

    def test_each_host_gets_its_own_urls(self):
        self.warm()
        item = self.items(host="localhost")[self.news.pk]
        self.assertTrue(item["api_url"].startswith("http://localhost/"), item)

    def test_count_follows_publish_and_unpublish(self):
        self.get_json(LIST)
        before = self.get_json(LIST)["count"]
        page = publish(NewsPageFactory(parent=self.news_index, live=False))
        self.assertEqual(self.get_json(LIST)["count"], before + 1)
        page.unpublish()
        self.assertEqual(self.get_json(LIST)["count"], before)
        make_private(self.news_index)
        self.assertEqual(self.get_json(LIST)["count"], 0)
