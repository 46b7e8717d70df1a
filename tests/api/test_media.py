"""Images, documents and law references through the API."""

from knowledge.models import LawReference
from tests.api.common import ApiTestCase
from tests.factories.api import DocumentFactory, ImageFactory
from tests.factories.core import LocaleFactory


class TestImages(ApiTestCase):
    def test_image_with_alt_and_webp_renditions(self):
        image = ImageFactory(title="Seminar", description="Workers listening")
        data = self.get_json(f"/images/{image.pk}/")
        self.assertEqual(data["alt"], "Workers listening")
        self.assertEqual((data["width"], data["height"]), (1200, 800))
        self.assertEqual(
            [(r["width"], r["height"]) for r in data["renditions"]],
            [(400, 266), (800, 533)],
        )
        self.assertTrue(
            all(r["url"].startswith("http://testserver/") for r in data["renditions"])
        )
        self.assertTrue(all(r["url"].endswith(".webp") for r in data["renditions"]))

    def test_small_image_not_enlarged(self):
        image = ImageFactory(file__width=300, file__height=200)
        widths = [
            r["width"] for r in self.get_json(f"/images/{image.pk}/")["renditions"]
        ]
        self.assertEqual(widths, [300, 300])

    def test_images_listed_in_upload_order(self):
        first, second = ImageFactory(), ImageFactory()
        data = self.get_json("/images/")
        self.assertEqual([item["id"] for item in data["items"]], [first.pk, second.pk])


class TestDocuments(ApiTestCase):
    def test_document_with_download_url_type_and_size(self):
        document = DocumentFactory(title="Annual report")
        data = self.get_json(f"/documents/{document.pk}/")
        self.assertEqual(data["title"], "Annual report")
        self.assertEqual(data["url"], f"http://testserver{document.url}")
        self.assertEqual(data["file_extension"], "pdf")
        self.assertEqual(data["file_size"], len(b"%PDF-1.4 test"))
        download = self.client.get(document.url)
        self.assertEqual(download.status_code, 200)
        download.close()


class TestLawReferences(ApiTestCase):
    def test_locale_filter_and_translation_key(self):
        japanese = LawReference.objects.create(
            locale=LocaleFactory(language_code="ja"),
            law="労働基準法",
            article="第5条",
            summary="強制労働の禁止",
        )
        english = japanese.copy_for_translation(LocaleFactory(language_code="en"))
        english.law, english.summary = "Labour Standards Act", "No forced labour."
        english.save()
        data = self.get_json("/law-references/?locale=en")
        self.assertEqual([item["id"] for item in data["items"]], [english.pk])
        self.assertEqual(
            data["items"][0]["translation_key"], str(japanese.translation_key)
        )
        self.assertEqual(
            self.get_json(f"/law-references/{japanese.pk}/")["law"], "労働基準法"
        )
