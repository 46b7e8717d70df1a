"""Guidance indexes and pages: tree rules, every locale, filters, fallbacks, queries."""

import datetime

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText
from wagtail.test.utils import WagtailPageTestCase

from config.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES, OWN_NAMES
from home.models import HomePage, StandardPage
from knowledge.models import GuidanceIndexPage, GuidancePage, NewsIndexPage
from tests.factories.core import japanese_home, publish, set_navigation, translate_page
from tests.factories.guidance import (
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    LawReferenceFactory,
    StageFactory,
    TopicFactory,
    translate_term,
)
from tests.helpers import (
    assert_served_as_fallback,
    assert_served_in,
    assert_valid_html,
    parse_html,
    text_of,
)

OTHER_LANGUAGES = [code for code in LANGUAGE_CODES if code != DEFAULT_LANGUAGE]


def listed_titles(response) -> list[str]:
    return [
        text_of(a)
        for a in parse_html(response).iterfind(
            ".//main//ul[@class='card-list']//*[@class='card__title']/a"
        )
    ]


def every_block_body(image):
    """A body with one block of every kind the guidance body offers."""
    return [
        ("heading", {"text": "見出し", "level": "h2"}),
        ("paragraph", RichText("<p>段落</p>")),
        ("image", {"image": image, "alt_text": "写真", "decorative": False}),
        (
            "callout",
            {"tone": "danger", "title": "注意", "text": RichText("<p>危険</p>")},
        ),
        ("quote", {"text": "引用", "attribution": "JP-MIRAI"}),
        (
            "link",
            {
                "page": None,
                "external_url": "https://www.mhlw.go.jp/",
                "label": "厚労省",
            },
        ),
        (
            "steps",
            {
                "title": "手順",
                "steps": [{"title": "一つ目", "text": RichText("<p>説明</p>")}],
            },
        ),
        (
            "faq",
            {
                "title": "質問",
                "questions": [{"question": "問い", "answer": RichText("<p>答え</p>")}],
            },
        ),
        (
            "contact",
            {
                "organisation": "労働基準監督署",
                "description": "相談",
                "phone": "03-0000-0001",
                "url": "https://www.mhlw.go.jp/",
                "hours": "平日",
                "languages": "日本語",
                "cost": "free",
            },
        ),
        (
            "link_list",
            {
                "title": "リンク",
                "links": [
                    {
                        "title": "厚労省",
                        "url": "https://www.mhlw.go.jp/",
                        "kind": "official",
                    }
                ],
            },
        ),
        (
            "table",
            {
                "caption": "表",
                "header": ["期間", "日数"],
                "rows": [{"cells": ["6か月", "10日"]}],
            },
        ),
        (
            "video",
            {
                "title": "動画",
                "url": "https://video.example/watch?v=1",
                "duration": "4:30",
                "poster": image,
                "poster_alt": "静止画",
            },
        ),
    ]


class TestGuidanceTree(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        cls.index = GuidanceIndexPageFactory(parent=cls.home)

    def test_index_is_created_under_home_pages_only(self):
        self.assertAllowedParentPageTypes(GuidanceIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, GuidanceIndexPage)
        for parent in (StandardPage, NewsIndexPage, GuidancePage):
            with self.subTest(parent=parent.__name__):
                self.assertCanNotCreateAt(parent, GuidanceIndexPage)

    def test_pages_are_created_under_a_guidance_index_only(self):
        self.assertAllowedParentPageTypes(GuidancePage, {GuidanceIndexPage})
        self.assertAllowedSubpageTypes(GuidanceIndexPage, {GuidancePage})
        self.assertAllowedSubpageTypes(GuidancePage, set())

    def test_page_can_be_created_in_the_admin(self):
        from wagtail.test.utils.form_data import (
            nested_form_data,
            rich_text,
            streamfield,
        )

        topic = TopicFactory()
        self.login()
        data = nested_form_data(
            {
                "title": "有給休暇",
                "slug": "paid-leave",
                "audience": "worker",
                "last_reviewed": "2026-10-01",
                "body": streamfield([("paragraph", rich_text("<p>本文</p>"))]),
                "related": streamfield([]),
            }
        )
        data["topics"] = [topic.pk]
        self.assertCanCreate(self.index, GuidancePage, data)
        page = GuidancePage.objects.get(slug="paid-leave")
        self.assertEqual(list(page.topics.all()), [topic])


class TestGuidancePageInEveryLocale(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        image = Image.objects.create(title="写真", file=get_test_image_file())
        cls.index = GuidanceIndexPageFactory(parent=home, title="ガイド")
        cls.page = GuidancePageFactory(
            parent=cls.index,
            title="全部",
            slug="all-blocks",
            body=every_block_body(image),
        )
        cls.untranslated = GuidancePageFactory(
            parent=cls.index, title="未翻訳", slug="ja-only"
        )
        for code in OTHER_LANGUAGES:
            translate_page(home, code, title=f"JP-MIRAI [{code}]")
            translate_page(cls.index, code, title=f"Guidance [{code}]")
            translate_page(cls.page, code, title=f"All blocks [{code}]")

    def test_every_block_renders_in_every_locale(self):
        markers = [
            ".//main//h2",
            ".//main//aside[@class='callout callout--danger']",
            ".//main//blockquote",
            ".//main//ol[@class='steps__list']/li",
            ".//main//details[@class='faq__item']/summary",
            ".//main//section[@class='contact-card']//a[@href='tel:0300000001']",
            ".//main//section[@class='link-list']//a",
            ".//main//table/caption",
            ".//main//figure[@class='video-link']/a[@href='https://video.example/watch?v=1']",
            ".//main//figure[@class='figure']//img[@alt='写真']",
        ]
        for code in LANGUAGE_CODES:
            url = f"/{code}/guidance/all-blocks/"
            title = "全部" if code == DEFAULT_LANGUAGE else f"All blocks [{code}]"
            with self.subTest(language=code):
                document = assert_served_in(self, url, code, title=title)
                for marker in markers:
                    self.assertIsNotNone(document.find(marker), (code, marker))
                assert_valid_html(self.client.get(url).content)

    def test_video_link_loads_nothing_from_the_video_site(self):
        response = self.client.get("/en/guidance/all-blocks/")
        document = parse_html(response)
        for tag, attribute in (("iframe", "src"), ("script", "src"), ("img", "src")):
            for element in document.iter(tag):
                self.assertNotIn("video.example", element.get(attribute) or "")

    def test_untranslated_page_falls_back_with_a_notice_in_every_locale(self):
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                assert_served_as_fallback(
                    self, f"/{code}/guidance/ja-only/", code, title="未翻訳"
                )

    def test_index_lists_translations_and_untranslated_originals(self):
        response = self.client.get("/en/guidance/")
        self.assertEqual(sorted(listed_titles(response)), ["All blocks [en]", "未翻訳"])
        document = parse_html(response)
        self.assertIsNotNone(
            document.find(".//head/link[@href='/static/dist/fonts/jpan-fallback.css']")
        )


class TestGuidanceIndex(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        translate_page(cls.home, "my", title="JP-MIRAI")
        cls.index = GuidanceIndexPageFactory(parent=cls.home, title="ガイド")
        cls.wages = TopicFactory(name="給料", slug="wages")
        cls.leave = TopicFactory(name="休み", slug="leave")
        cls.arrival = StageFactory(name="最初の3か月", slug="arrival")
        translate_term(cls.wages, "my", name="လုပ်ခလစာ")
        pay = GuidancePageFactory(parent=cls.index, title="最低賃金", slug="pay")
        pay.topics.set([cls.wages])
        pay.stages.set([cls.arrival])
        publish(pay)
        holiday = GuidancePageFactory(
            parent=cls.index, title="有給休暇", slug="holiday"
        )
        holiday.topics.set([cls.leave])
        publish(holiday)

    def test_opens_with_every_language_in_its_own_script(self):
        document = parse_html(self.client.get("/ja/guidance/"))
        nav = document.find(".//main//nav[@class='language-grid']")
        links = [(a.get("lang"), text_of(a), a.get("href")) for a in nav.iter("a")]
        self.assertEqual(
            links,
            [(code, OWN_NAMES[code], f"/{code}/guidance/") for code in LANGUAGE_CODES],
        )
        # The chooser comes before the topics and the list of pages.
        sections = [
            element.get("class")
            for element in document.find(".//main/div").iter()
            if element.get("class") in ("language-grid", "term-filter", "card-list")
        ]
        self.assertEqual(sections[0], "language-grid")

    def test_topics_are_named_in_the_reader_language_where_translated(self):
        document = parse_html(self.client.get("/my/guidance/"))
        topics = [
            (text_of(a), a.get("lang"), a.get("href"))
            for a in document.find(
                ".//main//nav[@aria-labelledby='topics-title']"
            ).iter("a")
        ]
        self.assertEqual(
            topics,
            [("လုပ်ခလစာ", None, "?topic=wages"), ("休み", "ja", "?topic=leave")],
        )

    def test_filters_by_topic_and_stage_with_links(self):
        self.assertEqual(
            listed_titles(self.client.get("/ja/guidance/")), ["最低賃金", "有給休暇"]
        )
        self.assertEqual(
            listed_titles(self.client.get("/ja/guidance/", {"topic": "leave"})),
            ["有給休暇"],
        )
        self.assertEqual(
            listed_titles(self.client.get("/ja/guidance/", {"stage": "arrival"})),
            ["最低賃金"],
        )
        response = self.client.get(
            "/ja/guidance/", {"topic": "leave", "stage": "arrival"}
        )
        self.assertEqual(listed_titles(response), [])
        current = parse_html(response).find(".//main//a[@aria-current='true'][@href]")
        self.assertIsNotNone(current)

    def test_unknown_filter_lists_everything(self):
        response = self.client.get("/ja/guidance/", {"topic": "<script>", "stage": "x"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(listed_titles(response), ["最低賃金", "有給休暇"])

    def test_page_shows_its_topics_linking_back_to_the_filtered_index(self):
        document = parse_html(self.client.get("/my/guidance/pay/"))
        facts = document.find(".//main//dl[@class='guidance-facts']")
        links = [(text_of(a), a.get("href")) for a in facts.iter("a")]
        self.assertIn(("လုပ်ခလစာ", "/my/guidance/?topic=wages"), links)
        self.assertIn(("最初の3か月", "/my/guidance/?stage=arrival"), links)

    def test_employer_index_offers_its_guideline_documents(self):
        from django.core.files.base import ContentFile
        from wagtail.documents.models import Document

        document = Document(title="受入れ指針")
        document.file.save("guidelines.pdf", ContentFile(b"%PDF-1.4"), save=False)
        document.save()
        employers = GuidanceIndexPageFactory(
            parent=self.home,
            title="企業のためのガイド",
            slug="employers",
            audience="employer",
            documents=[("document", {"document": document, "label": ""})],
        )
        GuidancePageFactory(parent=employers, title="受入れの確認", audience="employer")
        response = self.client.get("/ja/employers/")
        self.assertEqual(listed_titles(response), ["受入れの確認"])
        links = [a.get("href") for a in parse_html(response).iter("a")]
        self.assertIn(document.url, links)


class TestGuidancePageContent(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        translate_page(home, "en", title="JP-MIRAI")
        index = GuidanceIndexPageFactory(parent=home)
        cls.related = GuidancePageFactory(parent=index, title="相談先", slug="help")
        translate_page(cls.related, "en", title="Who to call")
        cls.page = GuidancePageFactory(
            parent=index,
            title="パスポート",
            slug="passport",
            last_reviewed=datetime.date(2026, 10, 1),
            related=[("page", {"page": cls.related})],
        )
        law = LawReferenceFactory(
            law="技能実習法", article="第48条", summary="預かりは禁止"
        )
        translate_term(
            law,
            "en",
            law="Technical Intern Training Act",
            article="Article 48",
            summary="Keeping it is prohibited.",
        )
        cls.page.law_references.set([law])
        publish(cls.page)

    def test_legal_references_are_shown_in_the_reader_language(self):
        document = parse_html(self.client.get("/en/guidance/passport/"))
        reference = document.find(".//main//li[@class='law-reference']")
        self.assertEqual(
            text_of(reference.find("p[@class='law-reference__name']")),
            "Technical Intern Training Act Article 48",
        )
        self.assertIsNone(reference.get("lang"))
        document = parse_html(self.client.get("/ja/guidance/passport/"))
        self.assertIn(
            "預かりは禁止",
            text_of(document.find(".//main//li[@class='law-reference']")),
        )

    def test_related_guidance_links_to_the_reader_language(self):
        document = parse_html(self.client.get("/en/guidance/passport/"))
        links = [
            (text_of(a), a.get("href"))
            for a in document.find(".//main//nav[@class='related-guidance']").iter("a")
        ]
        self.assertEqual(links, [("Who to call", "/en/guidance/help/")])

    def test_review_date_is_shown_as_a_time(self):
        document = parse_html(self.client.get("/ja/guidance/passport/"))
        self.assertEqual(
            document.find(".//main//dl[@class='guidance-facts']//time").get("datetime"),
            "2026-10-01",
        )

    def test_page_has_print_styles_and_the_offline_script(self):
        document = parse_html(self.client.get("/ja/guidance/passport/"))
        head = document.find("head")
        stylesheets = [
            link.get("href")
            for link in head.iter("link")
            if link.get("rel") == "stylesheet"
        ]
        self.assertIn("/static/css/guidance.css", stylesheets)
        with open("static/css/guidance.css", encoding="utf-8") as file:
            self.assertIn("@media print", file.read())
        scripts = [script.get("src") for script in document.iter("script")]
        self.assertEqual(scripts, ["/static/js/guidance_offline.js"])
        self.assertTrue(
            all(
                script.text is None or not script.text.strip()
                for script in document.iter("script")
            )
        )


class TestGuidanceQueryCounts(WagtailPageTestCase):
    """Guidance pages and the index run a fixed number of queries (warm), however many
    topics, stages, pages, related links and legal references there are."""

    # Measured (Wagtail 8.0.1, SQLite and PostgreSQL). Another language than Japanese
    # costs Wagtail one query more, to find the site root's translation; related
    # links cost one query in all (the StreamField loads the chosen pages together).
    GUIDANCE_PAGE_QUERIES = {"ja": 2, "en": 2}
    GUIDANCE_INDEX_QUERIES = {"ja": 1, "en": 1}

    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        translate_page(cls.home, "en", title="JP-MIRAI")
        cls.index = GuidanceIndexPageFactory(parent=cls.home)
        translate_page(cls.index, "en", title="Guidance")
        first_related = GuidancePageFactory(parent=cls.index, slug="related")
        cls.page = GuidancePageFactory(
            parent=cls.index,
            slug="wages",
            related=[("page", {"page": first_related})],
        )
        translate_page(cls.page, "en", title="Wages")
        set_navigation(primary=[cls.index], footer=[cls.index])

    def add_content(self, count: int):
        topics = [TopicFactory() for _n in range(count)]
        stages = [StageFactory() for _n in range(count)]
        for topic in topics:
            translate_term(topic, "en", name=f"Topic {topic.pk}")
        laws = [LawReferenceFactory() for _n in range(count)]
        pages = [GuidancePageFactory(parent=self.index) for _n in range(count)]
        for page in pages[: count // 2]:
            translate_page(page, "en")
        self.page.topics.set(topics)
        self.page.stages.set(stages)
        self.page.law_references.set(laws)
        self.page.related = [("page", {"page": page}) for page in pages[:6]]
        publish(self.page)
        for page in pages:
            page.topics.set(topics[:2])
            publish(page)

    def assert_warm_queries(self, url: str, expected: dict) -> None:
        self.assertEqual(self.client.get(url).status_code, 200)  # fills the caches
        with self.assertNumQueries(expected[url.split("/")[1]]):
            self.assertEqual(self.client.get(url).status_code, 200)

    def test_guidance_page_query_count_is_fixed(self):
        for url in ("/ja/guidance/wages/", "/en/guidance/wages/"):
            with self.subTest(url=url):
                self.assert_warm_queries(url, self.GUIDANCE_PAGE_QUERIES)
        self.add_content(8)
        for url in ("/ja/guidance/wages/", "/en/guidance/wages/"):
            with self.subTest(url=url, content="more"):
                self.assert_warm_queries(url, self.GUIDANCE_PAGE_QUERIES)

    def test_guidance_index_query_count_is_fixed(self):
        for url in ("/ja/guidance/", "/en/guidance/", "/en/guidance/?topic=x"):
            with self.subTest(url=url):
                self.assert_warm_queries(url, self.GUIDANCE_INDEX_QUERIES)
        self.add_content(8)
        for url in ("/ja/guidance/", "/en/guidance/"):
            with self.subTest(url=url, content="more"):
                self.assert_warm_queries(url, self.GUIDANCE_INDEX_QUERIES)


class TestUntranslatedGuidanceQueryCount(WagtailPageTestCase):
    """A page shown in Japanese at another language's address stays within budget."""

    def test_fallback_page_query_count_is_fixed(self):
        home = japanese_home()
        translate_page(home, "km", title="JP-MIRAI")
        index = GuidanceIndexPageFactory(parent=home)
        translate_page(index, "km", title="ការណែនាំ")
        related = GuidancePageFactory(parent=index)
        GuidancePageFactory(
            parent=index,
            title="賃金",
            slug="wages",
            related=[("page", {"page": related})],
        )
        url = "/km/guidance/wages/"
        assert_served_as_fallback(self, url, "km", title="賃金")
        with self.assertNumQueries(2):
            self.assertEqual(self.client.get(url).status_code, 200)
