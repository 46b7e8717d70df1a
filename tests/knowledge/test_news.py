"""The news index and news items: tree rules, every locale, listing, query counts."""

import datetime

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from config.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES
from home.models import HomePage, StandardPage
from knowledge.models import NewsIndexPage, NewsPage
from tests.factories.core import (
    LocaleFactory,
    japanese_home,
    make_private,
    set_navigation,
    translate_page,
)
from tests.factories.home import StandardPageFactory
from tests.factories.knowledge import NewsIndexPageFactory, NewsPageFactory
from tests.helpers import (
    assert_served_as_fallback,
    assert_served_in,
    parse_html,
    text_of,
    translated,
)

OTHER_LANGUAGES = [code for code in LANGUAGE_CODES if code != DEFAULT_LANGUAGE]


def listed_titles(response) -> list[str]:
    return [
        text_of(a)
        for a in parse_html(response).iterfind(
            ".//main//ul[@class='card-list']//*[@class='card__title']/a"
        )
    ]


class TestNewsIndexPage(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()

    def test_parent_page_types_are_home_pages_only(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})

    def test_subpage_types_are_news_items_only(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})

    def test_can_not_be_created_elsewhere(self):
        for parent in (Page, StandardPage, NewsIndexPage, NewsPage):
            with self.subTest(parent=parent.__name__):
                self.assertCanNotCreateAt(parent, NewsIndexPage)

    def test_only_one_per_home_page(self):
        self.assertTrue(NewsIndexPage.can_create_at(self.home))
        NewsIndexPageFactory(parent=self.home)
        self.assertFalse(NewsIndexPage.can_create_at(self.home))

    def test_renders_in_default_locale(self):
        news = NewsIndexPageFactory(parent=self.home)
        self.assertPageIsRenderable(news)
        assert_served_in(self, "/ja/news/", "ja", title="News")


class TestNewsPage(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news = NewsIndexPageFactory(parent=japanese_home())

    def test_parent_page_types_are_the_news_index_only(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})

    def test_has_no_subpage_types(self):
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_can_not_be_created_elsewhere(self):
        for parent in (Page, HomePage, StandardPage, NewsPage):
            with self.subTest(parent=parent.__name__):
                self.assertCanNotCreateAt(parent, NewsPage)

    def test_can_be_created_under_the_news_index_in_the_admin(self):
        self.login()
        self.assertCanCreate(
            self.news,
            NewsPage,
            nested_form_data(
                {
                    "title": "セミナーのお知らせ",
                    "slug": "seminar",
                    "date": "2026-04-01",
                    "category": "news",
                    "body": streamfield([("paragraph", rich_text("<p>本文</p>"))]),
                }
            ),
        )
        page = NewsPage.objects.get(slug="seminar")
        self.assertTrue(page.live)
        self.assertEqual(page.date, datetime.date(2026, 4, 1))

    def test_renders_in_default_locale(self):
        item = NewsPageFactory(
            parent=self.news, title="セミナーのお知らせ", slug="seminar"
        )
        self.assertPageIsRenderable(item)
        document = assert_served_in(
            self, "/ja/news/seminar/", "ja", title="セミナーのお知らせ"
        )
        self.assertEqual(
            document.find(".//main//time").get("datetime"), item.date.isoformat()
        )


class TestNewsInEveryLocale(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        cls.news = NewsIndexPageFactory(parent=home)
        cls.item = NewsPageFactory(parent=cls.news, title="お知らせ", slug="notice")
        cls.untranslated = NewsPageFactory(
            parent=cls.news, title="未翻訳", slug="ja-only"
        )
        for code in OTHER_LANGUAGES:
            translate_page(home, code, title=f"JP-MIRAI [{code}]")
            translate_page(cls.news, code, title=f"News [{code}]")
            translate_page(cls.item, code, title=f"Notice [{code}]")

    def test_translations_render_in_their_language_for_every_locale(self):
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                assert_served_in(self, f"/{code}/news/", code, title=f"News [{code}]")
                assert_served_in(
                    self, f"/{code}/news/notice/", code, title=f"Notice [{code}]"
                )

    def test_untranslated_item_is_shown_in_japanese_in_every_locale(self):
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                assert_served_as_fallback(
                    self, f"/{code}/news/ja-only/", code, title="未翻訳"
                )

    def test_translated_index_lists_translations_and_untranslated_originals(self):
        response = self.client.get("/en/news/")
        self.assertEqual(sorted(listed_titles(response)), ["Notice [en]", "未翻訳"])
        document = parse_html(response)
        cards = {
            text_of(card.find(".//*[@class='card__title']/a")): (
                card.get("lang"),
                card.find(".//*[@class='card__title']/a").get("href"),
            )
            for card in document.iterfind(".//main//ul[@class='card-list']/li")
        }
        self.assertEqual(cards["Notice [en]"], (None, "/en/news/notice/"))
        # The Japanese original is marked as Japanese and opened at the English address.
        self.assertEqual(cards["未翻訳"], ("ja", "/en/news/ja-only/"))

    def test_date_and_category_are_synchronised_to_translations(self):
        en_item = self.item.get_translation(LocaleFactory(language_code="en"))
        self.assertEqual(en_item.specific.date, self.item.date)
        self.assertEqual(en_item.specific.category, self.item.category)


class TestNewsNotYetTranslated(WagtailPageTestCase):
    """Every language has a home page; the news exists only in Japanese."""

    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        for code in OTHER_LANGUAGES:
            translate_page(home, code, title=f"JP-MIRAI [{code}]")
        news = NewsIndexPageFactory(parent=home, title="お知らせ")
        NewsPageFactory(parent=news, title="説明会", slug="briefing")

    def test_japanese_news_is_shown_with_a_notice_in_every_locale(self):
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                document = assert_served_as_fallback(
                    self, f"/{code}/news/", code, title="お知らせ"
                )
                self.assertEqual(
                    [
                        text_of(a)
                        for a in document.iterfind(".//main//*[@class='card__title']/a")
                    ],
                    ["説明会"],
                )
                assert_served_as_fallback(
                    self, f"/{code}/news/briefing/", code, title="説明会"
                )


class TestNewsListing(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news = NewsIndexPageFactory(parent=japanese_home())

    def test_lists_newest_first(self):
        for day, title in ((1, "一日"), (3, "三日"), (2, "二日")):
            NewsPageFactory(
                parent=self.news, title=title, date=datetime.date(2026, 5, day)
            )
        self.assertEqual(
            listed_titles(self.client.get("/ja/news/")), ["三日", "二日", "一日"]
        )

    def test_drafts_and_private_items_are_not_listed(self):
        NewsPageFactory(parent=self.news, title="公開")
        NewsPageFactory(parent=self.news, title="下書き").unpublish()
        make_private(NewsPageFactory(parent=self.news, title="会員限定"))
        self.assertEqual(listed_titles(self.client.get("/ja/news/")), ["公開"])

    def test_the_cached_list_follows_publishing_and_privacy_at_once(self):
        kept = NewsPageFactory(parent=self.news, title="残る")
        gone = NewsPageFactory(parent=self.news, title="取り下げ")
        self.assertCountEqual(
            listed_titles(self.client.get("/ja/news/")), ["残る", "取り下げ"]
        )
        gone.unpublish()
        self.assertEqual(listed_titles(self.client.get("/ja/news/")), ["残る"])
        make_private(kept)
        self.assertEqual(listed_titles(self.client.get("/ja/news/")), [])

    def test_paginates_twelve_items_a_page(self):
        for n in range(13):
            NewsPageFactory(
                parent=self.news,
                title=f"お知らせ {n:02d}",
                date=datetime.date(2026, 1, n + 1),
            )
        first = listed_titles(self.client.get("/ja/news/"))
        second = listed_titles(self.client.get("/ja/news/", {"page": 2}))
        self.assertEqual(len(first), 12)
        self.assertEqual(second, ["お知らせ 00"])

    def test_out_of_range_or_invalid_page_number_is_not_an_error(self):
        NewsPageFactory(parent=self.news, title="唯一")
        for page in ("999", "abc", "-1", "0", ""):
            with self.subTest(page=page):
                response = self.client.get("/ja/news/", {"page": page})
                self.assertEqual(response.status_code, 200)
                self.assertEqual(listed_titles(response), ["唯一"])

    def test_empty_index_says_there_is_no_news(self):
        response = self.client.get("/ja/news/")
        self.assertEqual(listed_titles(response), [])
        self.assertContains(response, translated("ja", "There is no news yet."))


class TestNewsIndexQueryCount(WagtailPageTestCase):
    """The news index runs a fixed number of queries, however many items it lists.

    Warm count (second request, caches filled), measured on SQLite and PostgreSQL.
    """

    # 10 before core/routing.py, 4 before the page of items was cached
    NEWS_INDEX_QUERIES = 2

    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        cls.news = NewsIndexPageFactory(parent=cls.home)
        NewsPageFactory(parent=cls.news)
        set_navigation(primary=[cls.news], footer=[cls.news])

    def assert_warm_queries(self, url: str, expected: int) -> None:
        self.assertEqual(self.client.get(url).status_code, 200)  # fills the caches
        with self.assertNumQueries(expected):
            self.assertEqual(self.client.get(url).status_code, 200)

    def test_query_count_does_not_grow_with_news_items_or_menu_links(self):
        self.assert_warm_queries("/ja/news/", self.NEWS_INDEX_QUERIES)
        for _n in range(11):  # a full first page: twelve items
            NewsPageFactory(parent=self.news)
        pages = [StandardPageFactory(parent=self.home) for _n in range(6)]
        set_navigation(primary=[self.news, *pages], footer=[self.news, *pages])
        self.assert_warm_queries("/ja/news/", self.NEWS_INDEX_QUERIES)
