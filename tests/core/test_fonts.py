"""The sliced CJK fonts' blank stand-in (scripts/font_metrics.py) and its preload."""

import unittest
from pathlib import Path
from tempfile import TemporaryDirectory

from django.test import TestCase
from fontTools.ttLib import TTFont

from scripts.font_metrics import FIRST_CJK, build_metrics_font
from tests.factories.core import japanese_home, translate_page

SLICES = Path(__file__).resolve().parents[2] / "node_modules" / "@fontsource"
JAPANESE = [
    SLICES / "noto-sans-jp" / "files" / f"noto-sans-jp-{n}-400-normal.woff2"
    for n in (118, 119)
]


@unittest.skipUnless(JAPANESE[0].exists(), "needs the fonts' npm packages (npm ci)")
class TestMetricsFont(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with TemporaryDirectory() as tmp:
            path = build_metrics_font(JAPANESE, "Test", Path(tmp) / "m.woff2")
            cls.font = TTFont(path)
            cls.font.ensureDecompiled()

    def test_every_cjk_character_of_the_slices_keeps_its_advance(self):
        cmap = self.font["cmap"].tables[0].cmap
        checked = 0
        for source in JAPANESE:
            original = TTFont(source)
            for codepoint, glyph in original.getBestCmap().items():
                advance = original["hmtx"][glyph][0]
                if codepoint < FIRST_CJK or not advance:
                    continue  # combining marks (゙ ゚) take no room of their own
                self.assertEqual(
                    self.font["hmtx"][cmap[codepoint]][0], advance, hex(codepoint)
                )
                checked += 1
        self.assertGreater(checked, 100)

    def test_latin_is_left_to_the_system_font(self):
        self.assertFalse(
            [cp for cp in self.font["cmap"].tables[0].cmap if cp < FIRST_CJK]
        )

    def test_glyphs_are_blank_and_vertical_metrics_match(self):
        glyf = self.font["glyf"]
        blanks = [name for name in self.font.getGlyphOrder() if name != ".notdef"]
        self.assertTrue(blanks)
        self.assertTrue(all(glyf[name].numberOfContours == 0 for name in blanks))
        original = TTFont(JAPANESE[0])
        for attribute in ("ascent", "descent", "lineGap"):
            self.assertEqual(
                getattr(self.font["hhea"], attribute),
                getattr(original["hhea"], attribute),
            )


class TestMetricsFontPreload(TestCase):
    @classmethod
    def setUpTestData(cls):
        translate_page(japanese_home(), "en", title="JP-MIRAI")

    def test_japanese_page_preloads_its_stand_in(self):
        self.assertContains(self.client.get("/ja/"), "jpan-metrics.woff2")

    def test_latin_page_preloads_none(self):
        self.assertNotContains(self.client.get("/en/"), "-metrics.woff2")
