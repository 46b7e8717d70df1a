"""The security baseline seen from outside: headers, the admin's login, rate limits,
the health check and upload limits.

Production settings themselves (required variables, check --deploy) are tested in
tests/config/, in subprocesses.
"""

from unittest import mock

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory, TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Site

PASSWORD = "correct-horse-battery-staple"


def csp_directives(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [sources]}."""
    policy = response.headers["Content-Security-Policy"]
    directives = {}
    for part in policy.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def make_editor(email: str = "editor@example.com"):
    """A superuser whose e-mail address is verified, so allauth lets them sign in."""
    user = get_user_model().objects.create_superuser(
        username=email.split("@")[0], email=email, password=PASSWORD
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def login_url(language: str = "en") -> str:
    with translation.override(language):
        return reverse("account_login")


class TestPublicSecurityHeaders(TestCase):
    def setUp(self):
        self.response = self.client.get("/ja/")

    def test_page_renders_for_header_checks(self):
        self.assertEqual(self.response.status_code, 200)

    def test_csp_strict_on_public_page(self):
        directives = csp_directives(self.response)
        self.assertEqual(directives["default-src"], ["'self'"])
        self.assertEqual(directives["script-src"], ["'self'"])
        self.assertEqual(directives["style-src"], ["'self'"])
        self.assertEqual(directives["object-src"], ["'none'"])
        self.assertEqual(directives["frame-ancestors"], ["'none'"])
        self.assertNotIn(
            "unsafe-inline", self.response.headers["Content-Security-Policy"]
        )
        self.assertNotIn("script-src-elem", directives)

    def test_framing_denied_on_public_page(self):
        self.assertEqual(self.response.headers["X-Frame-Options"], "DENY")

    def test_browser_hardening_headers_on_public_page(self):
        headers = self.response.headers
        self.assertEqual(headers["X-Content-Type-Options"], "nosniff")
        self.assertEqual(headers["Referrer-Policy"], "strict-origin-when-cross-origin")
        self.assertEqual(headers["Cross-Origin-Opener-Policy"], "same-origin")

    def test_permissions_policy_denies_unused_features(self):
        policy = self.response.headers["Permissions-Policy"]
        for feature in ("camera", "microphone", "geolocation", "interest-cohort"):
            self.assertIn(f"{feature}=()", policy)

    def test_public_page_strict_for_signed_in_editor(self):
        self.client.force_login(make_editor())
        response = self.client.get("/ja/")
        self.assertNotIn("unsafe-inline", response.headers["Content-Security-Policy"])


class TestAdminContentSecurityPolicy(TestCase):
    def setUp(self):
        self.client.force_login(make_editor())

    def test_admin_allows_inline_elements_only(self):
        response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 200)
        directives = csp_directives(response)
        self.assertIn("'unsafe-inline'", directives["script-src-elem"])
        self.assertIn("'unsafe-inline'", directives["style-src-elem"])
        # Inline event handlers (onclick=…) and style attributes stay blocked.
        self.assertEqual(directives["script-src"], ["'self'"])
        self.assertEqual(directives["style-src"], ["'self'"])
        self.assertEqual(directives["frame-ancestors"], ["'self'"])
        self.assertEqual(directives["object-src"], ["'none'"])

    def test_admin_dashboard_no_update_check_to_wagtail_org(self):
        response = self.client.get("/admin/")
        self.assertNotContains(response, 'data-controller="w-upgrade')

    def test_preview_frameable_by_admin_under_public_policy(self):
        page = Site.objects.get(is_default_site=True).root_page.specific
        request = RequestFactory().get(f"/admin/pages/{page.pk}/edit/preview/")
        response = page.make_preview_request(request)
        self.assertEqual(response.status_code, 200)
        directives = csp_directives(response)
        self.assertEqual(directives["frame-ancestors"], ["'self'"])
        self.assertEqual(directives["script-src"], ["'self'"])
        self.assertNotIn("unsafe-inline", response.headers["Content-Security-Policy"])

    def test_api_docs_strict_policy_local_assets(self):
        response = self.client.get("/api/v3/docs/")
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("unsafe-inline", response.headers["Content-Security-Policy"])
        self.assertContains(response, "/static/ninja/swagger-ui-bundle.js")
        self.assertNotContains(response, "cdn.jsdelivr.net")


class TestAdminLoginRedirect(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_editor()

    def next_of(self, response) -> str:
        from urllib.parse import parse_qs, urlsplit

        return parse_qs(urlsplit(response["Location"]).query)["next"][0]

    def test_get_redirects_to_allauth_login(self):
        response = self.client.get("/admin/login/?next=/admin/pages/")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(login_url("ja")))
        self.assertEqual(self.next_of(response), "/admin/pages/")

    def test_post_with_right_password_does_not_log_in(self):
        for data in (
            {"username": self.editor.username, "password": PASSWORD},
            {"login": self.editor.email, "password": PASSWORD},
        ):
            response = self.client.post("/admin/login/", data)
            self.assertEqual(response.status_code, 302)
            self.assertNotIn("_auth_user_id", self.client.session)
        self.assertRedirects(
            self.client.get("/admin/"), "/admin/login/?next=/admin/", 302, 302
        )

    def test_offsite_next_replaced_by_admin_home(self):
        for next_url in (
            "https://evil.example/",
            "//evil.example/admin/",
            "/\\evil.example/",
            "javascript:alert(1)",
        ):
            response = self.client.get("/admin/login/", {"next": next_url})
            self.assertEqual(self.next_of(response), "/admin/", next_url)

    def test_missing_next_defaults_to_admin_home(self):
        response = self.client.get("/admin/login/")
        self.assertEqual(self.next_of(response), "/admin/")

    def test_redirect_in_visitor_language_when_english(self):
        response = self.client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en")
        self.assertTrue(response["Location"].startswith(login_url("en")))

    def test_admin_password_reset_disabled(self):
        # LocaleMiddleware first tries the path under /ja/, where no page matches.
        response = self.client.get("/admin/password_reset/", follow=True)
        self.assertEqual(response.status_code, 404)


class TestLoginRateLimit(TestCase):
    """allauth's limits (ACCOUNT_RATE_LIMITS) on the one login everyone uses.

    ``login_failed`` refuses further attempts with a form error, even with the right
    password; ``login`` answers 429 Too Many Requests to any further POST.
    """

    address = "203.0.113.9"

    @classmethod
    def setUpTestData(cls):
        cls.editor = make_editor()

    def setUp(self):
        cache.clear()  # the limits live in the cache
        self.addCleanup(cache.clear)
        self.url = login_url("en")

    def attempt(self, login: str, password: str, address: str | None = None):
        return self.client.post(
            self.url,
            {"login": login, "password": password},
            REMOTE_ADDR=address or self.address,
        )

    def assert_refused_as_too_many(self, response):
        # A refused sign-in is bad input: 400 (membership.middleware_status).
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Too many failed login attempts", status_code=400)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_right_password_refused_after_ten_failures_from_one_address(self):
        for number in range(10):
            response = self.attempt(f"guess{number}@example.com", "wrong")
            self.assertNotContains(
                response, "Too many failed login attempts", status_code=400
            )
        self.assert_refused_as_too_many(self.attempt(self.editor.email, PASSWORD))

    def test_right_password_refused_after_five_failures_for_one_account(self):
        for number in range(5):
            self.attempt(self.editor.email, "wrong", address=f"198.51.100.{number}")
        response = self.attempt(self.editor.email, PASSWORD, address="198.51.100.99")
        self.assert_refused_as_too_many(response)

    def test_login_posts_answered_429_over_limit(self):
        for number in range(30):
            response = self.attempt(f"guess{number}@example.com", "wrong")
            self.assertEqual(response.status_code, 400)
        with self.assertLogs("django.request", "WARNING"):
            response = self.attempt(self.editor.email, PASSWORD)
        self.assertEqual(response.status_code, 429)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_other_address_unaffected_by_limit(self):
        for number in range(10):
            self.attempt(f"guess{number}@example.com", "wrong")
        response = self.attempt(self.editor.email, PASSWORD, address="192.0.2.1")
        self.assertEqual(response.status_code, 302)
        self.assertIn("_auth_user_id", self.client.session)


class TestHealthz(TestCase):
    def test_healthz_ok_when_database_and_cache_answer(self):
        response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.json(),
            {"status": "ok", "checks": {"database": "ok", "cache": "ok"}},
        )

    def test_healthz_503_when_cache_raises(self):
        broken = mock.Mock()
        broken.set.side_effect = ConnectionError("Redis is down")
        with (
            mock.patch("core.views.cache", broken),
            self.assertLogs("core.views", "ERROR") as logs,
        ):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(
            response.json(),
            {"status": "error", "checks": {"database": "ok", "cache": "error"}},
        )
        self.assertNotIn("Redis is down", response.content.decode())
        self.assertIn("Redis is down", "\n".join(logs.output))

    def test_healthz_503_when_database_raises(self):
        with (
            mock.patch("core.views.connection.cursor", side_effect=OSError("no db")),
            self.assertLogs("core.views", "ERROR"),
        ):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json()["checks"]["database"], "error")

    def test_healthz_never_cached(self):
        response = self.client.get("/healthz")
        self.assertIn("no-store", response.headers["Cache-Control"])
        self.assertIn("max-age=0", response.headers["Cache-Control"])

    def test_healthz_head_answered_without_body(self):
        response = self.client.head("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, b"")

    def test_healthz_post_not_allowed(self):
        self.assertEqual(self.client.post("/healthz").status_code, 405)

    def test_healthz_needs_no_login(self):
        self.client.logout()
        self.assertEqual(self.client.get("/healthz").status_code, 200)


class TestUploadLimits(TestCase):
    """The admin's upload endpoints (the multiple-upload views editors use) enforce the
    extension and size settings; documents are served through Django."""

    def setUp(self):
        self.client.force_login(make_editor())

    def upload(self, kind: str, name: str, content: bytes):
        response = self.client.post(
            reverse(f"wagtail{kind}:add_multiple"),
            {"files[]": SimpleUploadedFile(name, content)},
            HTTP_ACCEPT_LANGUAGE="en",
        )
        self.assertEqual(response.status_code, 200)
        return response.json()

    def remove_uploaded_documents(self):
        for document in get_document_model().objects.all():
            document.file.delete(save=False)

    def test_document_with_allowed_extension_accepted(self):
        self.addCleanup(self.remove_uploaded_documents)
        result = self.upload("docs", "minutes.txt", b"Meeting minutes\n")
        self.assertTrue(result["success"])

    def test_document_with_disallowed_extension_rejected(self):
        for name in ("page.html", "drawing.svg", "run.exe", "macro.docm"):
            result = self.upload("docs", name, b"<script>alert(1)</script>")
            self.assertFalse(result["success"], name)
            self.assertIn("extension", result["error_message"])
        self.assertFalse(get_document_model().objects.exists())

    def test_document_over_size_limit_rejected(self):
        size = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1
        result = self.upload("docs", "big.pdf", b"%PDF-1.4\n" + b"0" * size)
        self.assertFalse(result["success"])
        self.assertIn("too big", result["error_message"])
        self.assertFalse(get_document_model().objects.exists())

    def test_image_with_disallowed_extension_rejected(self):
        for name in ("logo.svg", "anim.gif", "photo.tiff"):
            result = self.upload("images", name, b"GIF89a")
            self.assertFalse(result["success"], name)

    def test_image_over_size_limit_rejected(self):
        size = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + 1
        result = self.upload("images", "huge.png", b"\x89PNG\r\n\x1a\n" + b"0" * size)
        self.assertFalse(result["success"])
        self.assertIn("too big", result["error_message"])

    def test_image_over_pixel_limit_rejected(self):
        import io

        from PIL import Image

        buffer = io.BytesIO()
        # One-bit pixels keep this 40-megapixel image small in memory and on disk.
        Image.new("1", (8000, 5001)).save(buffer, format="PNG")
        result = self.upload("images", "wide.png", buffer.getvalue())
        self.assertFalse(result["success"])
        self.assertIn("pixels", result["error_message"])

    def test_document_served_through_django_as_attachment(self):
        self.addCleanup(self.remove_uploaded_documents)
        document = get_document_model().objects.create(
            title="Members", file=SimpleUploadedFile("members.csv", b"name\nA\n")
        )
        self.client.logout()
        response = self.client.get(document.url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Disposition"].startswith("attachment"))
        self.assertEqual(response["Content-Security-Policy"], "default-src 'none'")
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        # Reading the stream to its end closes the file (calling close() directly
        # would also close the test's database connection).
        self.assertEqual(b"".join(response.streaming_content), b"name\nA\n")

    def test_upload_size_limits_sensible(self):
        self.assertLessEqual(settings.FILE_UPLOAD_MAX_MEMORY_SIZE, 5 * 1024 * 1024)
        self.assertLessEqual(settings.DATA_UPLOAD_MAX_MEMORY_SIZE, 10 * 1024 * 1024)
