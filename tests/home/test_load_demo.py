"""`manage.py load_demo`: the demo site that `make run` loads on every start."""

import os
import re
from dataclasses import replace
from datetime import timedelta
from io import StringIO
from unittest import mock

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from config.languages import LANGUAGE_CODES
from core.models import ContactSettings, NavigationSettings
from events.models import EventPage, EventSeriesPage
from home.demo.accounts import ADMIN_EMAIL, DEFAULT_PASSWORD
from home.demo.spec import load_specs
from home.models import HomePage, StandardPage
from knowledge.models import GuidanceIndexPage, GuidancePage, NewsPage

EVERY_PAGE_LANGUAGES = {"en", "vi", "id"}
OTHER_LANGUAGES = set(LANGUAGE_CODES) - {"ja"}
NEW_LANGUAGES = OTHER_LANGUAGES - EVERY_PAGE_LANGUAGES
# The pages of the header menu and the footer, and the about page's sub-pages, are in
# every language; news items only in English, Vietnamese and Indonesian.
EVERY_LANGUAGE_SLUGS = {
    "about",
    "workers",
    "private-sector",
    "multi-stakeholders",
    "news",
    "privacy",
    "terms",
}
ABOUT_KEYS = [
    "about",
    "about/workers",
    "about/private-sector",
    "about/multi-stakeholders",
]
FALLBACK_NOTICE = 'class="notice notice--info" role="note"'
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def _load_demo(specs=None) -> str:
    """Run the command as `make run` does; ``specs`` stands in for the content files.

    Every page save queues a search-index and a reference-index task, which the test
    settings run inline: hundreds here, most of the load's time, and nothing these
    tests look at; so they go to a backend that drops them.
    """
    output = StringIO()
    with (
        override_settings(TASKS=DUMMY_TASKS),
        mock.patch.dict(os.environ),
        mock.patch(
            "home.demo.loader.load_specs", side_effect=lambda: specs or load_specs()
        ),
    ):
        os.environ.pop("DEMO_ADMIN_PASSWORD", None)
        call_command("load_demo", stdout=output)
    return output.getvalue()


def _languages_of(page) -> set[str]:
    return set(
        Page.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .values_list("locale__language_code", flat=True)
    )


def _japanese_page(key: str) -> Page:
    page = Site.objects.get(is_default_site=True).root_page
    for slug in key.split("/"):
        page = page.get_children().get(slug=slug)
    return page


def _section(response, pattern: str) -> str:
    match = re.search(pattern, response.content.decode(), re.S)
    assert match, pattern
    return match.group(0)


def _counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "users": get_user_model().objects.count(),
        "addresses": EmailAddress.objects.count(),
    }


class TestLoadDemoCommand(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = _load_demo()
        cls.home = Site.objects.get(is_default_site=True).root_page.specific
        cls.japanese = Page.objects.filter(locale__language_code="ja", depth__gt=1)

    def _translations_of(self, page):
        return Page.objects.filter(translation_key=page.translation_key).exclude(
            pk=page.pk
        )

    def test_creates_japanese_pages_when_database_is_fresh(self):
        about = StandardPage.objects.get(slug="about", locale__language_code="ja")
        self.assertEqual(about.get_parent().pk, self.home.pk)
        self.assertEqual(about.title, "JP-MIRAIについて")
        slugs = set(self.japanese.values_list("slug", flat=True))
        self.assertLessEqual(
            {"about", "workers", "private-sector", "multi-stakeholders"}, slugs
        )
        self.assertLessEqual({"privacy", "terms", "news"}, slugs)
        self.assertEqual(len(self.home.specific.pillars), 3)

    def test_dates_news_over_the_past_year_when_loaded(self):
        news = NewsPage.objects.filter(locale__language_code="ja")
        today = timezone.localdate()
        self.assertGreaterEqual(news.count(), 6)
        self.assertEqual(
            {"news", "press", "report"}, set(news.values_list("category", flat=True))
        )
        for item in news:
            self.assertTrue(today - timedelta(days=365) <= item.date <= today)

    def test_translates_every_page_into_english_vietnamese_indonesian_when_loaded(self):
        # Guidance has its own rule: see the test below.
        for page in self.japanese.not_type(GuidancePage, GuidanceIndexPage):
            languages = set(
                self._translations_of(page).values_list(
                    "locale__language_code", flat=True
                )
            )
            # Events (events.toml) are in Japanese and English; their index in all.
            expected = (
                {"en"}
                if page.specific_class in (EventPage, EventSeriesPage)
                else EVERY_PAGE_LANGUAGES
            )
            self.assertLessEqual(expected, languages, page.url_path)

    def test_translates_guidance_into_english_and_half_of_it_further_when_loaded(self):
        pages = GuidancePage.objects.filter(
            locale__language_code="ja", audience="worker"
        )
        self.assertGreaterEqual(pages.count(), 12)
        languages = [_languages_of(page) for page in pages]
        self.assertTrue(all("en" in found for found in languages))
        further = [found for found in languages if {"vi", "id", "my"} <= found]
        self.assertGreaterEqual(len(further) * 2, len(languages))
        self.assertLess(len(further), len(languages))  # the rest fall back
        self.assertTrue(all(page.topics.exists() for page in pages))

    def test_translates_home_and_navigation_pages_into_every_language_when_loaded(self):
        pages = [self.home, *self.japanese.filter(slug__in=EVERY_LANGUAGE_SLUGS)]
        self.assertEqual(len(pages), 1 + len(EVERY_LANGUAGE_SLUGS))
        for page in pages:
            self.assertEqual(OTHER_LANGUAGES, _languages_of(page), page.url_path)

    def test_translates_news_items_only_into_english_vietnamese_indonesian(self):
        for item in NewsPage.objects.filter(locale__language_code="ja"):
            self.assertEqual(EVERY_PAGE_LANGUAGES, _languages_of(item), item.url_path)

    def test_reports_about_pages_complete_in_every_language_when_loaded(self):
        for key in ABOUT_KEYS:
            source = TranslationSource.objects.get_for_instance(_japanese_page(key))
            translations = Translation.objects.filter(source=source)
            self.assertEqual(
                OTHER_LANGUAGES,
                set(
                    translations.values_list("target_locale__language_code", flat=True)
                ),
            )
            for translation in translations:
                total, translated = translation.get_progress()
                self.assertGreater(total, 0, str(translation))
                self.assertEqual(total, translated, str(translation))

    def test_publishes_translations_with_source_slugs_under_translated_parents(self):
        for page in self.japanese.exclude(pk=self.home.pk):
            for translation in self._translations_of(page):
                self.assertTrue(translation.live)
                self.assertEqual(translation.slug, page.slug)
                parent = translation.get_parent()
                self.assertEqual(parent.locale_id, translation.locale_id)
                self.assertEqual(
                    parent.translation_key, page.get_parent().translation_key
                )

    def test_reports_translations_complete_when_loaded(self):
        translations = Translation.objects.select_related("target_locale")
        self.assertEqual(translations.count(), self._translated_page_count())
        for translation in translations:
            total, translated = translation.get_progress()
            self.assertGreater(total, 0)
            self.assertEqual(total, translated, str(translation))
            self.assertTrue(translation.enabled)
        self.assertFalse(StringTranslation.objects.filter(has_error=True).exists())

    def _translated_page_count(self) -> int:
        return (
            Page.objects.filter(depth__gt=1).exclude(locale__language_code="ja").count()
        )

    def test_rerun_adds_nothing_when_demo_is_loaded(self):
        before = _counts()
        output = _load_demo()
        self.assertEqual(before, _counts())
        self.assertIn("nothing was added", output)

    def test_fills_navigation_and_contact_settings_when_empty(self):
        site = Site.objects.get(is_default_site=True)
        navigation = NavigationSettings.for_site(site)
        header = [block.value.slug for block in navigation.primary_links]
        footer = [block.value.slug for block in navigation.footer_links]
        self.assertIn("about", header)
        self.assertEqual(
            [
                "about",
                "events",
                "publications",
                "best-practices",
                "members-directory",
                "privacy",
                "terms",
            ],
            footer,
        )
        contact = ContactSettings.for_site(site)
        self.assertTrue(contact.organisation_email.endswith(".example"))
        self.assertTrue(
            contact.assist_url.startswith("https://assist.jp-mirai.example")
        )

    def test_creates_admin_with_verified_primary_address_when_missing(self):
        admin = get_user_model().objects.get(username="admin")
        self.assertTrue(admin.is_superuser)
        self.assertTrue(admin.check_password(DEFAULT_PASSWORD))
        address = EmailAddress.objects.get(user=admin)
        self.assertEqual(address.email, ADMIN_EMAIL)
        self.assertTrue(address.verified and address.primary)

    def test_prints_login_details_when_run(self):
        output = self.output
        self.assertIn("/ja/", output)
        self.assertIn("/admin/", output)
        self.assertIn(ADMIN_EMAIL, output)
        self.assertIn(DEFAULT_PASSWORD, output)

    def test_renders_english_about_page_at_en_about(self):
        response = self.client.get("/en/about/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["page"].locale.language_code, "en")
        self.assertContains(response, "<h1>About JP-MIRAI</h1>", html=True)
        self.assertContains(response, "Three pillars of work")
        self.assertContains(response, 'href="/en/about/workers/"')
        self.assertNotContains(response, "参加している人たち")

    def test_renders_vietnamese_home_page_at_vi(self):
        response = self.client.get("/vi/")
        self.assertEqual(response.status_code, 200)
        self.assertIsInstance(response.context["page"], HomePage)
        self.assertContains(response, "Nền tảng tiếp nhận lao động nước ngoài")
        self.assertContains(response, "Chia sẻ thông tin và tương trợ")
        self.assertContains(response, 'href="/vi/about/workers/"')
        self.assertContains(response, "Công bố báo cáo thường niên")  # latest news

    def test_renders_translated_pages_in_the_readers_language(self):
        for url in [
            "/my/about/",
            "/km/about/workers/",
            "/th/news/",
            "/mn/terms/",
            "/tl/about/multi-stakeholders/",
            "/zh-hans/about/",
            "/ne/about/private-sector/",
        ]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                language = url.split("/")[1]
                self.assertEqual(
                    response.context["page"].locale.language_code, language
                )
                self.assertNotContains(response, FALLBACK_NOTICE)

    def test_renders_myanmar_about_page_and_its_menus_in_myanmar(self):
        home = self.client.get("/my/")
        self.assertContains(home, "JP-MIRAI Assist ကို ဆက်သွယ်ရန်")
        about = self.client.get("/my/about/")
        self.assertContains(about, "<h1>JP-MIRAI အကြောင်း</h1>", html=True)
        self.assertNotContains(about, "参加している人たち")
        menus = _section(about, r'<nav class="site-nav".*?</nav>') + _section(
            about, r"<footer.*?</footer>"
        )
        self.assertNotIn('lang="ja"', menus)  # a title shown in Japanese is marked so
        for key in ["about", "about/workers", "news", "privacy", "terms"]:
            title = Page.objects.get(
                translation_key=_japanese_page(key).translation_key,
                locale__language_code="my",
            ).title
            self.assertIn(title, menus, key)

    def test_renders_untranslated_news_item_in_japanese_with_notice(self):
        response = self.client.get("/my/news/annual-report/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["page"].locale.language_code, "ja")
        self.assertContains(response, FALLBACK_NOTICE)


class TestLoadDemoOverEarlierVersion(TestCase):
    """A database an earlier demo filled gains the languages added to the content since.

    The earlier demo translated the about pages and the news index into English,
    Vietnamese and Indonesian only. To keep this quick it loads only the home page, the
    about pages and the news index (which the about page links to).
    """

    KEYS = ["", *ABOUT_KEYS, "news"]

    @classmethod
    def setUpTestData(cls):
        current = [spec for spec in load_specs() if spec.key in cls.KEYS]
        earlier = [
            spec if spec.is_home else replace(spec, languages=("en", "vi", "id"))
            for spec in current
        ]
        cls.current = current
        _load_demo(earlier)
        cls.before = _counts()
        cls.output = _load_demo(current)

    def test_adds_new_languages_to_existing_pages_when_reloaded(self):
        self.assertNotIn("Japanese pages created", self.output)
        new = len(self.KEYS) - 1  # every page but the home page, translated before
        languages = [code for code in LANGUAGE_CODES if code in NEW_LANGUAGES]
        counts = ", ".join(f"{code} {new}" for code in languages)
        self.assertIn(f"Translated pages created: {counts}", self.output)
        self.assertEqual(
            self.before["pages"] + new * len(languages), _counts()["pages"]
        )
        for key in self.KEYS[1:]:
            self.assertEqual(OTHER_LANGUAGES, _languages_of(_japanese_page(key)), key)
        for translation in Translation.objects.all():
            total, translated = translation.get_progress()
            self.assertEqual(total, translated, str(translation))

    def test_rerun_adds_nothing_when_new_languages_are_added(self):
        before = _counts()
        output = _load_demo(self.current)
        self.assertEqual(before, _counts())
        self.assertIn("nothing was added", output)
