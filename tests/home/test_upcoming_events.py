"""The home page lists the next events, in the reader's language where translated."""

from django.test import TestCase

from tests.factories.core import japanese_home, translate_page
from tests.factories.events import EventIndexPageFactory, EventPageFactory, in_days


class TestUpcomingEventsOnHomePage(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        index = EventIndexPageFactory(parent=home)
        cls.soon = EventPageFactory(
            parent=index, title="入門セミナー", start=in_days(3)
        )
        EventPageFactory(
            parent=index,
            title="終わった勉強会",
            start=in_days(-10),
            end=in_days(-10) + (in_days(1) - in_days(0)) / 12,
        )
        translate_page(home, "en", title="JP-MIRAI")
        translate_page(home, "my", title="JP-MIRAI")
        translate_page(cls.soon, "en", title="Introductory seminar")

    def test_next_events_are_listed_and_past_ones_are_not(self):
        response = self.client.get("/ja/")
        self.assertContains(response, "入門セミナー")
        self.assertNotContains(response, "終わった勉強会")

    def test_translation_is_shown_in_its_language(self):
        response = self.client.get("/en/")
        self.assertContains(response, "Introductory seminar")
        self.assertNotContains(response, "入門セミナー")

    def test_untranslated_event_loads_the_japanese_font(self):
        """On a Myanmar page the event's Japanese title needs the Japanese font."""
        self.assertContains(self.client.get("/my/"), "jpan-fallback.css")

    def test_translated_listing_loads_no_japanese_font(self):
        self.assertNotContains(self.client.get("/en/"), "jpan-fallback.css")
