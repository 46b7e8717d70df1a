"""The translation status board: every guidance page × language, with its state."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from wagtail.models import Page

from knowledge.guidance_services import record_helpful_answer
from knowledge.translation_status import (
    DRAFT,
    FALLBACK,
    MACHINE,
    MISSING,
    SOURCE_CHANGED,
    UP_TO_DATE,
    translation_status,
)
from tests.factories.core import (
    LocaleFactory,
    japanese_home,
    localize_page,
    publish,
    translate_page,
)
from tests.factories.guidance import GuidanceIndexPageFactory, GuidancePageFactory


def states(rows, title) -> dict[str, str]:
    row = next(row for row in rows if row.source.title == title)
    return {cell.language: cell.state for cell in row.cells}


class TestTranslationStatus(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        for code in ("en", "vi", "my"):
            translate_page(cls.home, code, title=f"JP-MIRAI [{code}]")
        cls.index = GuidanceIndexPageFactory(parent=cls.home)
        for code in ("en", "vi", "my"):
            translate_page(cls.index, code, title=f"Guidance [{code}]")
        cls.page = publish(
            GuidancePageFactory(parent=cls.index, title="最低賃金", body_text="本文")
        )

    def test_states_change_after_a_source_edit(self):
        localize_page(self.page, "en", {"最低賃金": "Minimum wage", "本文": "Text"})
        localize_page(self.page, "vi", {"最低賃金": "Lương tối thiểu"})
        translate_page(self.page, "my", live=False)
        before = states(translation_status(), "最低賃金")
        self.assertEqual(before["en"], UP_TO_DATE)
        self.assertEqual(before["vi"], UP_TO_DATE)
        self.assertEqual(before["my"], DRAFT)
        self.assertEqual(before["th"], MISSING)

        page = Page.objects.get(pk=self.page.pk).specific
        page.title = "最低賃金（改訂）"
        publish(page)

        after = states(translation_status(), "最低賃金（改訂）")
        self.assertEqual(after["en"], SOURCE_CHANGED)
        self.assertEqual(after["vi"], SOURCE_CHANGED)
        self.assertEqual(after["my"], DRAFT)
        self.assertEqual(after["th"], MISSING)

    def test_translation_made_by_hand_is_outdated_after_a_source_edit(self):
        translate_page(self.page, "en", title="Minimum wage")
        self.assertEqual(states(translation_status(), "最低賃金")["en"], UP_TO_DATE)
        page = Page.objects.get(pk=self.page.pk).specific
        page.title = "最低賃金（改訂）"
        publish(page)
        self.assertEqual(
            states(translation_status(), "最低賃金（改訂）")["en"], SOURCE_CHANGED
        )

    def test_alias_is_a_fallback_copy(self):
        child = GuidancePageFactory(parent=self.index, title="子")
        child.copy_for_translation(LocaleFactory(language_code="en"), alias=True)
        self.assertEqual(states(translation_status(), "子")["en"], FALLBACK)

    def test_machine_translated_strings_are_flagged(self):
        from wagtail_localize.models import StringTranslation

        localize_page(self.page, "en", {"最低賃金": "Minimum wage", "本文": "Text"})
        StringTranslation.objects.filter(locale__language_code="en").update(
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
        )
        self.assertEqual(states(translation_status(), "最低賃金")["en"], MACHINE)

    def test_filters_by_language_state_and_audience(self):
        GuidancePageFactory(parent=self.index, title="企業向け", audience="employer")
        translate_page(self.page, "en", title="Minimum wage")
        rows = translation_status(language="en")
        self.assertTrue(
            all([cell.language for cell in row.cells] == ["en"] for row in rows)
        )
        self.assertEqual(
            [
                row.source.title
                for row in translation_status(language="en", state=UP_TO_DATE)
            ],
            ["最低賃金"],
        )
        self.assertEqual(
            [row.source.title for row in translation_status(audience="employer")],
            ["企業向け"],
        )

    def test_helpful_counts_are_shown_per_language_and_in_total(self):
        record_helpful_answer(self.page.translation_key, "en", helpful=True)
        record_helpful_answer(self.page.translation_key, "en", helpful=False)
        record_helpful_answer(self.page.translation_key, "ja", helpful=True)
        row = translation_status()[0]
        self.assertEqual((row.helpful, row.not_helpful), (2, 1))
        en = next(cell for cell in row.cells if cell.language == "en")
        self.assertEqual((en.helpful, en.not_helpful), (1, 1))


class TestTranslationStatusBoard(TestCase):
    @classmethod
    def setUpTestData(cls):
        index = GuidanceIndexPageFactory(parent=japanese_home())
        GuidancePageFactory(parent=index, title="最低賃金")
        cls.editor = get_user_model().objects.create_superuser(
            "editor", "editor@jp-mirai.example", "password"
        )

    def test_board_lists_pages_and_filters_in_the_admin(self):
        self.client.force_login(self.editor)
        response = self.client.get(
            "/admin/reports/guidance-translations/",
            {"state": "missing", "language": "km"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "最低賃金")
        self.assertContains(response, 'data-language="km" data-state="missing"')
        self.assertNotContains(response, 'data-language="th"')

    def test_board_ignores_unknown_filters(self):
        self.client.force_login(self.editor)
        response = self.client.get(
            "/admin/reports/guidance-translations/",
            {"state": "x", "language": "zz", "audience": "?"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'data-language="th"')

    def test_board_needs_an_admin_login(self):
        response = self.client.get("/admin/reports/guidance-translations/")
        self.assertEqual(response.status_code, 302)

    def test_board_is_in_the_reports_menu(self):
        self.client.force_login(self.editor)
        response = self.client.get("/admin/")
        self.assertContains(response, "/admin/reports/guidance-translations/")
