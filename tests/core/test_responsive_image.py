"""Pictures in AVIF and WebP at several widths: the image block and listing cards."""

from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils import WagtailPageTestCase
from wagtail_factories import ImageFactory

from core.cache import bump_content_version
from tests.factories.core import japanese_home, publish
from tests.factories.home import StandardPageFactory
from tests.factories.knowledge import NewsIndexPageFactory, NewsPageFactory
from tests.helpers import assert_valid_html


class TestResponsiveImages(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        cls.image = ImageFactory(
            file__from_file=get_test_image_file(size=(1600, 900)), title="写真"
        )

    def test_image_block_offers_avif_and_webp_in_several_widths(self):
        about = StandardPageFactory(parent=self.home, slug="about")
        about.body = [
            (
                "image",
                {
                    "image": self.image,
                    "alt_text": "会議の様子",
                    "decorative": False,
                    "caption": "",
                },
            )
        ]
        publish(about)
        response = self.client.get("/ja/about/")
        html = response.content.decode()
        self.assertIn('type="image/avif"', html)
        # WebP is the <img>'s own srcset: every browser the site supports reads it.
        self.assertIn(".webp 400w", html)
        self.assertIn(".webp 800w", html)
        self.assertIn(".avif 1200w", html)
        self.assertIn('alt="会議の様子"', html)
        self.assertIn('loading="lazy"', html)
        assert_valid_html(response.content)

    def test_news_card_shows_the_listing_image_without_a_query_per_item(self):
        news = NewsIndexPageFactory(parent=self.home)
        NewsPageFactory(parent=news, listing_image=self.image)
        url = "/ja/news/"
        self.client.get(url)
        # The page's row and its breadcrumbs; the page of items is cached.
        with self.assertNumQueries(2):
            response = self.client.get(url)
        for _n in range(5):
            NewsPageFactory(parent=news, listing_image=self.image)
        bump_content_version()  # as publishing them would
        self.client.get(url)
        with self.assertNumQueries(2):
            response = self.client.get(url)
        self.assertContains(response, 'type="image/avif"', count=6)
        assert_valid_html(response.content)
