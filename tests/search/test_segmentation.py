"""Segmenting unspaced scripts into character pairs, the same way on both sides."""

from django.test import SimpleTestCase

from search.segmentation import (
    join_broken_lines,
    segment_for_index,
    segment_query,
)


class TestSegmentation(SimpleTestCase):
    def test_query_pairs_are_all_in_the_indexed_sentence(self):
        sentences = {
            "行動規範": "外国人労働者の受入れに関する行動規範を策定しました。",
            "ค่าจ้าง": "แรงงานข้ามชาติควรได้รับค่าจ้างที่เป็นธรรม",
        }
        for word, sentence in sentences.items():
            with self.subTest(word=word):
                indexed = set(segment_for_index(sentence).split())
                self.assertTrue(set(segment_query(word).split()) <= indexed)

    def test_a_word_absent_from_the_sentence_has_a_pair_not_indexed(self):
        indexed = set(segment_for_index("外国人労働者の行動規範").split())
        self.assertFalse(set(segment_query("賃金").split()) <= indexed)

    def test_latin_and_devanagari_text_is_unchanged(self):
        for text in ("Zero-fee recruitment", "श्रमिकको अधिकार", "Ажилчдын эрх"):
            with self.subTest(text=text):
                self.assertEqual(segment_for_index(text), text)
                self.assertEqual(segment_query(text), text)

    def test_latin_word_next_to_japanese_stays_a_word_of_its_own(self):
        self.assertIn("JP-MIRAI", segment_for_index("JP-MIRAIの年次報告書").split())

    def test_tokens_are_ascii_so_no_tokenizer_splits_them(self):
        for token in segment_for_index("ម្ចាស់ကုမ္ပဏီที่ทำงาน").split():
            with self.subTest(token=token):
                self.assertTrue(token.isascii() and token.isalnum())

    def test_punctuation_splits_runs(self):
        pairs = segment_query("共有・共助").split()
        self.assertEqual(len(pairs), 2)  # 共有, 共助; no pair across the dot

    def test_single_character_query_is_one_token(self):
        self.assertEqual(len(segment_query("寮").split()), 1)

    def test_half_width_katakana_matches_full_width(self):
        self.assertEqual(segment_query("ｾﾙﾌﾁｪｯｸ"), segment_query("セルフチェック"))

    def test_line_breaks_inside_japanese_words_are_joined(self):
        self.assertEqual(
            join_broken_lines("外国\n人労働者\nand\nmore"), "外国人労働者\nand\nmore"
        )
