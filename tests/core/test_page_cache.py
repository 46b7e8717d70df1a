"""The whole-page cache for anonymous readers (core/page_cache.py)."""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import override_settings
from wagtail.test.utils import WagtailPageTestCase

from core.cache import VERSION_KEY, bump_content_version, content_version
from core.page_cache import HIT_HEADER
from tests.factories.core import (
    japanese_home,
    make_private,
    publish,
    translate_page,
)
from tests.factories.home import StandardPageFactory

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip"}


@override_settings(PAGE_CACHE_ENABLED=True)
class TestPageCache(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = japanese_home()
        cls.about = StandardPageFactory(
            parent=cls.home, title="私たちについて", slug="about"
        )
        cls.other = StandardPageFactory(
            parent=cls.home, title="ほかのページ", slug="other"
        )

    def setUp(self):
        cache.clear()

    def get(self, url, **extra):
        response = self.client.get(url, **extra)
        self.assertEqual(response.status_code, 200)
        return response

    def test_second_anonymous_request_is_a_hit_without_queries(self):
        first = self.get("/ja/about/")
        self.assertEqual(first[HIT_HEADER], "miss")
        with self.assertNumQueries(0):
            second = self.get("/ja/about/")
        self.assertEqual(second[HIT_HEADER], "hit")
        self.assertEqual(second.content, first.content)

    def test_cached_page_says_public_with_a_short_max_age(self):
        response = self.get("/ja/about/")
        self.assertEqual(
            response["Cache-Control"],
            "public, max-age=60, stale-while-revalidate=300",
        )
        self.assertIn("Cookie", response["Vary"])
        # The stored copy keeps the headers written inside the cache (CSP).
        self.assertIn("Content-Security-Policy", self.get("/ja/about/"))

    def test_publish_purges_the_cached_page(self):
        self.get("/ja/about/")
        self.about.title = "新しい題名"
        publish(self.about)
        response = self.get("/ja/about/")
        self.assertEqual(response[HIT_HEADER], "miss")
        self.assertContains(response, "新しい題名")

    def test_unpublish_purges_the_cached_page(self):
        self.get("/ja/about/")
        self.about.unpublish()
        self.assertEqual(self.client.get("/ja/about/").status_code, 404)

    def test_move_purges_the_cached_page(self):
        self.get("/ja/about/")
        self.about.move(self.other, pos="last-child")
        # Wagtail leaves a redirect at the old address.
        self.assertRedirects(
            self.client.get("/ja/about/"),
            "/ja/other/about/",
            status_code=301,
            fetch_redirect_response=False,
        )
        self.assertEqual(self.get("/ja/other/about/")[HIT_HEADER], "miss")

    def test_delete_purges_the_cached_page(self):
        self.get("/ja/about/")
        self.about.delete()
        self.assertEqual(self.client.get("/ja/about/").status_code, 404)

    def test_making_a_page_private_purges_it(self):
        self.get("/ja/about/")
        make_private(self.about)
        response = self.client.get("/ja/about/")
        self.assertEqual(response.status_code, 302)  # to the login page

    def test_translation_publish_bumps_the_content_version(self):
        before = content_version()
        translate_page(self.about, "en", title="About us")
        self.assertGreater(content_version(), before)

    def test_public_hook_purges_every_page(self):
        self.get("/ja/about/")
        bump_content_version()
        self.assertEqual(self.get("/ja/about/")[HIT_HEADER], "miss")

    def test_signed_in_reader_always_gets_a_fresh_page(self):
        self.get("/ja/about/")
        user = get_user_model().objects.create_user("reader", "r@example.com", "pw")
        self.client.force_login(user)
        response = self.get("/ja/about/")
        self.assertNotIn(HIT_HEADER, response)
        self.assertEqual(response["Cache-Control"], "private, no-cache")

    def test_signed_in_render_is_not_stored_for_anonymous_readers(self):
        editor = get_user_model().objects.create_superuser(
            "editor", "e@example.com", "pw"
        )
        self.client.force_login(editor)
        self.assertContains(self.get("/ja/about/"), "wagtail-userbar")
        self.client.logout()
        self.client.cookies.clear()
        response = self.get("/ja/about/")
        self.assertEqual(response[HIT_HEADER], "miss")
        self.assertNotContains(response, "wagtail-userbar")

    def test_languages_are_cached_apart(self):
        translate_page(self.home, "en", title="JP-MIRAI")
        japanese = self.get("/ja/")
        english = self.get("/en/")
        self.assertEqual(english[HIT_HEADER], "miss")
        self.assertEqual(self.get("/ja/").content, japanese.content)
        self.assertEqual(self.get("/en/").content, english.content)
        self.assertContains(english, 'lang="en"')
        self.assertContains(japanese, 'lang="ja"')

    def test_root_redirect_follows_accept_language_and_is_not_stored(self):
        english = self.client.get("/", HTTP_ACCEPT_LANGUAGE="en")
        vietnamese = self.client.get("/", HTTP_ACCEPT_LANGUAGE="vi")
        self.assertEqual(english["Location"], "/en/")
        self.assertEqual(vietnamese["Location"], "/vi/")
        self.assertNotIn(HIT_HEADER, vietnamese)

    def test_not_found_is_not_stored(self):
        self.assertEqual(self.client.get("/ja/no-such-page/").status_code, 404)
        response = self.client.get("/ja/no-such-page/")
        self.assertNotIn(HIT_HEADER, response)
        self.assertEqual(response["Cache-Control"], "private, no-cache")

    def test_search_view_is_not_stored(self):
        response = self.get("/ja/search/?q=about")
        self.assertNotIn(HIT_HEADER, response)

    def test_query_strings_are_cached_apart(self):
        self.get("/ja/about/")
        self.assertEqual(self.get("/ja/about/?x=1")[HIT_HEADER], "miss")

    @override_settings(PAGE_CACHE_ENABLED=False)
    def test_switched_off_nothing_is_stored(self):
        self.get("/ja/about/")
        self.assertNotIn(HIT_HEADER, self.get("/ja/about/"))


@override_settings(PAGE_CACHE_ENABLED=True)
class TestCompression(WagtailPageTestCase):
    def setUp(self):
        cache.clear()

    def test_public_page_is_gzipped_for_clients_that_take_it(self):
        response = self.client.get("/ja/", **GZIP)
        self.assertEqual(response["Content-Encoding"], "gzip")
        self.assertEqual(self.client.get("/ja/", **GZIP)[HIT_HEADER], "hit")
        plain = self.client.get("/ja/")
        self.assertNotIn("Content-Encoding", plain)
        self.assertIn(b"<html", plain.content)

    def test_response_with_a_csrf_token_is_not_compressed(self):
        # The login form holds a CSRF token: no gzip (BREACH), never stored.
        response = self.client.get("/ja/accounts/login/", **GZIP)
        self.assertEqual(response.status_code, 200)
        self.assertIn("Cookie", response["Vary"])
        self.assertNotIn("Content-Encoding", response)
        self.assertNotIn(HIT_HEADER, response)


class TestContentVersion(WagtailPageTestCase):
    def test_a_lost_version_key_never_comes_back_lower(self):
        cache.clear()
        first = content_version()
        for _n in range(3):
            bump_content_version()
        bumped = content_version()
        self.assertEqual(bumped, first + 3)
        cache.delete(VERSION_KEY)  # evicted from a full cache
        self.assertGreater(content_version(), bumped)

    def test_a_bump_with_no_version_key_starts_from_the_clock(self):
        cache.clear()
        before = content_version()
        cache.delete(VERSION_KEY)
        bump_content_version()
        self.assertGreater(content_version(), before)
