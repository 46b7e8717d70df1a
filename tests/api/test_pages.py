"""Pages through the API: listing, filters, each type's fields, translations."""

from wagtail.rich_text import RichText

from knowledge.models import NewsPage
from tests.api.common import ApiTestCase
from tests.factories.api import DocumentFactory, ImageFactory
from tests.factories.core import publish, translate_page


class TestPageList(ApiTestCase):
    def test_every_public_page_listed_with_links(self):
        data = self.get_json("/pages/")
        by_id = {item["id"]: item for item in data["items"]}
        self.assertEqual(data["count"], 4)
        about = by_id[self.about.pk]
        self.assertEqual(about["type"], "home.StandardPage")
        self.assertEqual(about["locale"], "ja")
        self.assertEqual(about["url"], "http://testserver/ja/about/")
        self.assertEqual(
            about["api_url"], f"http://testserver/api/v3/pages/{self.about.pk}/"
        )

    def test_listing_fields_of_news_items(self):
        data = self.get_json("/pages/?type=knowledge.NewsPage")
        self.assertEqual([item["id"] for item in data["items"]], [self.news.pk])
        fields = data["items"][0]["fields"]
        self.assertEqual(fields["date"], self.news.date.isoformat())
        self.assertEqual(fields["category"]["value"], NewsPage.Category.NEWS)

    def test_several_types_filtered_together(self):
        ids = self.listed_ids("/pages/?type=home.StandardPage&type=knowledge.NewsPage")
        self.assertEqual(ids, {self.about.pk, self.news.pk})

    def test_locale_filter_keeps_one_language(self):
        english = translate_page(self.about, "en", title="About us")
        self.assertEqual(
            self.listed_ids("/pages/?locale=en&type=home.StandardPage"), {english.pk}
        )
        self.assertNotIn(english.pk, self.listed_ids("/pages/?locale=ja&limit=100"))

    def test_child_of_and_descendant_of(self):
        self.assertEqual(
            self.listed_ids(f"/pages/?child_of={self.news_index.pk}"), {self.news.pk}
        )
        below_home = self.listed_ids(f"/pages/?descendant_of={self.home.pk}")
        self.assertEqual(below_home, {self.about.pk, self.news_index.pk, self.news.pk})

    def test_translation_of_lists_the_other_languages(self):
        english = translate_page(self.about, "en", title="About us")
        self.assertEqual(
            self.listed_ids(f"/pages/?translation_of={self.about.pk}"), {english.pk}
        )

    def test_pagination_counts_all_and_returns_a_slice(self):
        data = self.get_json("/pages/?limit=2&offset=1")
        self.assertEqual(data["count"], 4)
        self.assertEqual(len(data["items"]), 2)

    def test_order_by_title(self):
        titles = [
            item["title"] for item in self.get_json("/pages/?order=title")["items"]
        ]
        self.assertEqual(titles, sorted(titles))


class TestPageDetail(ApiTestCase):
    def test_standard_page_body_blocks_structured(self):
        image = ImageFactory()
        document = DocumentFactory()
        self.about.body = [
            ("heading", {"text": "Rights", "level": "h2"}),
            (
                "paragraph",
                RichText(
                    f'<p>See <a linktype="page" id="{self.news.pk}">the news</a>.</p>'
                ),
            ),
            (
                "image",
                {
                    "image": image,
                    "alt_text": "A seminar",
                    "decorative": False,
                    "caption": "",
                },
            ),
            ("document", {"document": document, "label": "Report"}),
            ("link", {"page": self.news, "external_url": "", "label": ""}),
        ]
        publish(self.about)
        data = self.get_json(f"/pages/{self.about.pk}/")
        body = data["fields"]["body"]
        self.assertEqual(
            [block["type"] for block in body],
            ["heading", "paragraph", "image", "document", "link"],
        )
        self.assertEqual(body[0]["value"], {"text": "Rights", "level": "h2"})
        self.assertIn(f'<a href="{self.news.url}">the news</a>', body[1]["value"])
        figure = body[2]["value"]
        self.assertEqual(figure["alt_text"], "A seminar")
        self.assertEqual(figure["image"]["alt"], "Workers at a seminar")
        self.assertEqual(
            [(r["spec"], r["width"]) for r in figure["image"]["renditions"]],
            [("width-400|format-webp", 400), ("width-800|format-webp", 800)],
        )
        self.assertTrue(figure["image"]["renditions"][0]["url"].endswith(".webp"))
        self.assertEqual(
            body[3]["value"]["document"]["url"], f"http://testserver{document.url}"
        )
        self.assertEqual(body[3]["value"]["document"]["file_extension"], "pdf")
        self.assertEqual(body[4]["value"]["page"]["id"], self.news.pk)
        self.assertTrue(all(block["id"] for block in body))

    def test_news_item_fields(self):
        data = self.get_json(f"/pages/{self.news.pk}/")
        self.assertEqual(data["type"], "knowledge.NewsPage")
        self.assertEqual(set(data["fields"]), {"date", "category", "body"})
        self.assertEqual(data["fields"]["body"][0]["value"], "<p>The news in full.</p>")
        self.assertEqual(data["parent"]["id"], self.news_index.pk)

    def test_home_page_fields(self):
        data = self.get_json(f"/pages/{self.home.pk}/")
        self.assertEqual(set(data["fields"]), {"intro", "pillars", "featured", "body"})
        self.assertIsNone(data["parent"])

    def test_news_index_fields(self):
        data = self.get_json(f"/pages/{self.news_index.pk}/")
        self.assertEqual(
            data["fields"], {"introduction": "What is new at the platform."}
        )

    def test_translations_linked_both_ways(self):
        english = translate_page(self.about, "en", title="About us")
        data = self.get_json(f"/pages/{self.about.pk}/")
        self.assertEqual(
            [(t["locale"], t["id"], t["url"]) for t in data["translations"]],
            [("en", english.pk, "http://testserver/en/about/")],
        )
        back = self.get_json(f"/pages/{english.pk}/")["translations"]
        self.assertEqual([t["id"] for t in back], [self.about.pk])
        self.assertEqual(
            back[0]["api_url"], f"http://testserver/api/v3/pages/{self.about.pk}/"
        )

    def test_page_link_follows_into_the_pages_language(self):
        english_news = translate_page(self.news, "en", title="Seminar report (en)")
        english_about = translate_page(self.about, "en", title="About us")
        english_about.body = [
            ("link", {"page": self.news, "external_url": "", "label": ""})
        ]
        publish(english_about)
        body = self.get_json(f"/pages/{english_about.pk}/")["fields"]["body"]
        self.assertEqual(body[0]["value"]["page"]["id"], english_news.pk)
        self.assertEqual(body[0]["value"]["page"]["locale"], "en")

    def test_listing_image_has_renditions(self):
        self.about.listing_image = ImageFactory()
        publish(self.about)
        data = self.get_json(f"/pages/{self.about.pk}/")
        self.assertEqual(data["listing_image"]["id"], self.about.listing_image.pk)
        self.assertEqual(len(data["listing_image"]["renditions"]), 2)


class TestFindPage(ApiTestCase):
    def test_page_found_by_its_site_path(self):
        data = self.get_json("/pages/find/?path=/ja/news/seminar-report/")
        self.assertEqual(data["id"], self.news.pk)
        self.assertEqual(self.get_json("/pages/find/?path=/ja/")["id"], self.home.pk)

    def test_translation_found_by_its_language_prefix(self):
        english = translate_page(self.about, "en", title="About us")
        self.assertEqual(
            self.get_json("/pages/find/?path=/en/about/")["id"], english.pk
        )

    def test_unknown_untranslated_or_private_path_is_404(self):
        from tests.factories.core import make_private

        make_private(self.about)
        for path in ("/ja/nothing/", "/en/about/", "/ja/about/", "/xx/", "/"):
            self.get_json(f"/pages/find/?path={path}", status=404)

    def test_malformed_path_is_422(self):
        self.get_json("/pages/find/?path=about", status=422)
        self.get_json("/pages/find/", status=422)
