"""Search in scripts written without spaces: a word from the middle of a sentence
finds its page, in the page's own language tree."""

from django.test import TestCase

from tests.factories.core import japanese_home, translate_page
from tests.factories.home import StandardPageFactory
from tests.helpers import parse_html, text_of

# (language, sentence, a word from its middle, a word the sentence does not contain)
SENTENCES = [
    (
        "ja",
        "外国人労働者の受入れに関する行動規範を会員企業と共に策定しました。",
        "行動規範",
        "賃金台帳",
    ),
    (
        "zh-hans",
        "我们与会员企业一起制定了关于接收外国劳动者的行为准则。",
        "外国劳动者",
        "工资单",
    ),
    (
        "th",
        "แรงงานข้ามชาติควรได้รับค่าจ้างที่เป็นธรรมและสัญญาจ้างที่ชัดเจน",
        "ค่าจ้าง",
        "โรงพยาบาล",
    ),
    (
        "my",
        "အလုပ်သမားများသည်မိမိဘာသာစကားဖြင့်တိုင်ကြားနိုင်သောယန္တရားကိုအသုံးပြုနိုင်သည်။",
        "ဘာသာစကား",
        "ဆေးရုံ",
    ),
    (
        "km",
        "កម្មករចំណាកស្រុកគួរទទួលបានប្រាក់ឈ្នួលត្រឹមត្រូវនិងកិច្ចសន្យាច្បាស់លាស់។",
        "ប្រាក់ឈ្នួល",
        "មន្ទីរពេទ្យ",
    ),
]


class TestUnspacedScripts(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        for language, sentence, _word, _absent in SENTENCES:
            parent = home if language == "ja" else translate_page(home, language)
            StandardPageFactory(
                parent=parent,
                title=f"Page in {language}",
                slug=f"rights-{language}",
                body_text=sentence,
            )

    def titles(self, language: str, query: str) -> list[str]:
        response = self.client.get(f"/{language}/search/", {"q": query})
        self.assertEqual(response.status_code, 200)
        return [
            text_of(a)
            for a in parse_html(response).iterfind(
                ".//main//ul[@class='card-list']//*[@class='card__title']/a"
            )
        ]

    def test_word_from_the_middle_of_a_sentence_finds_the_page(self):
        for language, _sentence, word, _absent in SENTENCES:
            with self.subTest(language=language):
                self.assertEqual(self.titles(language, word), [f"Page in {language}"])

    def test_word_not_in_the_sentence_finds_nothing(self):
        for language, _sentence, _word, absent in SENTENCES:
            with self.subTest(language=language):
                self.assertEqual(self.titles(language, absent), [])

    def test_word_is_marked_in_the_snippet(self):
        for language, _sentence, word, _absent in SENTENCES:
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/search/", {"q": word})
                marks = [
                    text_of(mark)
                    for mark in parse_html(response).iterfind(".//main//mark")
                ]
                self.assertIn(word, marks)
