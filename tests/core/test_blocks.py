"""Validation of the shared body blocks (core/blocks.py)."""

from django.test import TestCase
from django.utils.translation import override
from wagtail.blocks import StructBlockValidationError
from wagtail.images.tests.utils import get_test_image_file
from wagtail_factories import ImageFactory

from core.blocks import FigureBlock, LinkBlock
from tests.factories.core import japanese_home, translate_page
from tests.factories.home import StandardPageFactory


class TestLinkBlock(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.page = StandardPageFactory(
            parent=japanese_home(), title="私たちについて", slug="about"
        )

    def clean(self, **value):
        block = LinkBlock()
        data = {"page": None, "external_url": "", "label": "", **value}
        return block.clean(
            block.to_python({**data, "page": data["page"] and data["page"].pk})
        )

    def assert_invalid(self, field, **value):
        with self.assertRaises(StructBlockValidationError) as raised:
            self.clean(**value)
        self.assertEqual(list(raised.exception.block_errors), [field])

    def test_rejects_both_a_page_and_a_web_address(self):
        self.assert_invalid(
            "page", page=self.page, external_url="https://example.org", label="Example"
        )

    def test_rejects_neither_a_page_nor_a_web_address(self):
        self.assert_invalid("page")
        self.assert_invalid("page", label="Text without a target")

    def test_rejects_a_web_address_without_link_text(self):
        self.assert_invalid("label", external_url="https://example.org")

    def test_accepts_a_page_without_link_text(self):
        value = self.clean(page=self.page)
        self.assertEqual(value.text(), "私たちについて")
        self.assertEqual(value.url(), "/ja/about/")

    def test_accepts_a_web_address_with_link_text(self):
        value = self.clean(external_url="https://example.org", label="Example")
        self.assertEqual(
            (value.url(), value.text()), ("https://example.org", "Example")
        )

    def test_page_link_follows_the_reader_into_their_language(self):
        translate_page(japanese_home(), "en", title="JP-MIRAI")
        translate_page(self.page, "en", title="About us")
        value = self.clean(page=self.page)
        with override("en"):
            self.assertEqual((value.url(), value.text()), ("/en/about/", "About us"))


class TestFigureBlock(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.image = ImageFactory(file__from_file=get_test_image_file(), title="写真")

    def clean(self, **value):
        block = FigureBlock()
        data = {
            "image": self.image.pk,
            "alt_text": "",
            "decorative": False,
            "caption": "",
            **value,
        }
        return block.clean(block.to_python(data))

    def test_requires_alt_text_unless_decorative(self):
        with self.assertRaises(StructBlockValidationError) as raised:
            self.clean()
        self.assertEqual(list(raised.exception.block_errors), ["alt_text"])

    def test_accepts_alt_text(self):
        self.assertEqual(self.clean(alt_text="会議の様子")["alt_text"], "会議の様子")

    def test_accepts_a_decorative_image_without_alt_text(self):
        self.assertTrue(self.clean(decorative=True)["decorative"])

    def test_requires_an_image(self):
        with self.assertRaises(StructBlockValidationError) as raised:
            self.clean(image=None, alt_text="会議の様子")
        self.assertIn("image", raised.exception.block_errors)
