"""`manage.py load_demo`: the demo site that `make run` loads on every start."""

import os
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
from home.demo.accounts import ADMIN_EMAIL, DEFAULT_PASSWORD
from home.models import HomePage, StandardPage
from knowledge.models import NewsPage

EVERY_PAGE_LANGUAGES = {"en", "vi", "id"}
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


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
        cls.output = StringIO()
        # Every page save queues a search-index and a reference-index task, which the
        # test settings run inline: hundreds here, most of the load's time, and
        # nothing these tests look at.
        with override_settings(TASKS=DUMMY_TASKS), mock.patch.dict(os.environ):
            os.environ.pop("DEMO_ADMIN_PASSWORD", None)
            call_command("load_demo", stdout=cls.output)
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
        for page in self.japanese:
            languages = set(
                self._translations_of(page).values_list(
                    "locale__language_code", flat=True
                )
            )
            self.assertLessEqual(EVERY_PAGE_LANGUAGES, languages, page.url_path)

    def test_translates_home_and_privacy_into_every_language_when_loaded(self):
        privacy = self.japanese.get(slug="privacy")
        for page in (self.home, privacy):
            languages = set(
                self._translations_of(page).values_list(
                    "locale__language_code", flat=True
                )
            )
            self.assertEqual(set(LANGUAGE_CODES) - {"ja"}, languages, page.url_path)

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
        output = StringIO()
        with override_settings(TASKS=DUMMY_TASKS), mock.patch.dict(os.environ):
            os.environ.pop("DEMO_ADMIN_PASSWORD", None)
            call_command("load_demo", stdout=output)
        self.assertEqual(before, _counts())
        self.assertIn("nothing was added", output.getvalue())

    def test_fills_navigation_and_contact_settings_when_empty(self):
        site = Site.objects.get(is_default_site=True)
        navigation = NavigationSettings.for_site(site)
        header = [block.value.slug for block in navigation.primary_links]
        footer = [block.value.slug for block in navigation.footer_links]
        self.assertIn("about", header)
        self.assertEqual(["about", "privacy", "terms"], footer)
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
        output = self.output.getvalue()
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

    def test_renders_myanmar_home_and_japanese_about_when_untranslated(self):
        home = self.client.get("/my/")
        self.assertContains(home, "JP-MIRAI Assist ကို ဆက်သွယ်ရန်")
        about = self.client.get("/my/about/")
        self.assertEqual(about.status_code, 200)
        self.assertEqual(about.context["page"].locale.language_code, "ja")
