"""Guidance blocks: validation and presentation helpers."""

from django.test import SimpleTestCase
from wagtail.blocks import StructBlockValidationError

from knowledge.blocks import ContactCardBlock, TableBlock, VideoLinkBlock


class TestTableBlock(SimpleTestCase):
    def value(self, *rows):
        block = TableBlock()
        return block, block.to_python(
            {
                "caption": "有給休暇",
                "header": ["期間", "日数"],
                "rows": [{"cells": list(row)} for row in rows],
            }
        )

    def test_rows_as_wide_as_the_header_are_valid(self):
        block, value = self.value(["6か月", "10日"], ["1年6か月", "11日"])
        self.assertEqual(len(block.clean(value)["rows"]), 2)

    def test_a_row_with_a_missing_cell_is_refused(self):
        block, value = self.value(["6か月", "10日"], ["1年6か月"])
        with self.assertRaises(StructBlockValidationError) as caught:
            block.clean(value)
        self.assertIn("rows", caught.exception.block_errors)

    def test_renders_a_caption_and_header_cells(self):
        block, value = self.value(["6か月", "10日"])
        html = block.render(value)
        self.assertIn("<caption>有給休暇</caption>", html)
        self.assertIn('<th scope="col">日数</th>', html)
        self.assertIn('<th scope="row">6か月</th>', html)


class TestContactCardBlock(SimpleTestCase):
    def test_phone_link_keeps_only_digits_and_plus(self):
        block = ContactCardBlock()
        value = block.to_python({"organisation": "OTIT", "phone": "+81 (3) 0000-0001"})
        self.assertEqual(value.phone_href(), "tel:+81300000001")
        self.assertEqual(block.to_python({"organisation": "x"}).phone_href(), "")


class TestVideoLinkBlock(SimpleTestCase):
    def test_names_the_site_the_video_opens_on_and_embeds_nothing(self):
        block = VideoLinkBlock()
        value = block.to_python(
            {"title": "最低賃金の説明", "url": "https://www.youtube.com/watch?v=x"}
        )
        self.assertEqual(value.host(), "www.youtube.com")
        html = block.render(value)
        self.assertIn('href="https://www.youtube.com/watch?v=x"', html)
        self.assertNotIn("<iframe", html)
        self.assertNotIn("<script", html)
