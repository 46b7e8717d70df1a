"""HTTP behaviour of the API: caching headers, conditional GET, CORS, errors."""

from django.test import override_settings

from tests.api.common import API, ApiTestCase
from tests.factories.core import publish

APP = "https://app.jp-mirai.example"


class TestCaching(ApiTestCase):
    def test_public_answer_cacheable_with_etag_and_last_modified(self):
        publish(self.about)
        response = self.client.get(f"{API}/pages/{self.about.pk}/")
        self.assertEqual(response["Cache-Control"], "public, max-age=60")
        self.assertTrue(response["ETag"].startswith('"'))
        self.assertIn("GMT", response["Last-Modified"])

    def test_matching_etag_gives_304_without_body(self):
        first = self.client.get(f"{API}/pages/")
        again = self.client.get(
            f"{API}/pages/", headers={"If-None-Match": first["ETag"]}
        )
        self.assertEqual(again.status_code, 304)
        self.assertEqual(again.content, b"")

    def test_etag_changes_after_publish(self):
        first = self.client.get(f"{API}/pages/{self.about.pk}/")
        self.about.title = "About the platform"
        publish(self.about)
        again = self.client.get(
            f"{API}/pages/{self.about.pk}/", headers={"If-None-Match": first["ETag"]}
        )
        self.assertEqual(again.status_code, 200)
        self.assertEqual(again.json()["title"], "About the platform")

    def test_if_modified_since_gives_304(self):
        publish(self.about)
        first = self.client.get(f"{API}/pages/{self.about.pk}/")
        again = self.client.get(
            f"{API}/pages/{self.about.pk}/",
            headers={"If-Modified-Since": first["Last-Modified"]},
        )
        self.assertEqual(again.status_code, 304)

    def test_head_answers_like_get_without_body(self):
        get = self.client.get(f"{API}/pages/")
        head = self.client.head(f"{API}/pages/")
        self.assertEqual(head.status_code, 200)
        self.assertEqual(head["ETag"], get["ETag"])
        self.assertEqual(head.content, b"")

    def test_errors_not_marked_cacheable(self):
        response = self.client.get(f"{API}/pages/999999/")
        self.assertEqual(response.status_code, 404)
        self.assertFalse(response.has_header("ETag"))
        self.assertNotIn("public", response.get("Cache-Control", ""))


@override_settings(CORS_ALLOWED_ORIGINS=[APP])
class TestCors(ApiTestCase):
    def test_allowed_origin_may_read(self):
        response = self.client.get(f"{API}/pages/", headers={"Origin": APP})
        self.assertEqual(response["Access-Control-Allow-Origin"], APP)
        self.assertIn("ETag", response["Access-Control-Expose-Headers"])
        self.assertIn("Origin", response["Vary"])
        self.assertFalse(response.has_header("Access-Control-Allow-Credentials"))

    def test_preflight_from_allowed_origin(self):
        response = self.client.options(
            f"{API}/pages/",
            headers={"Origin": APP, "Access-Control-Request-Method": "GET"},
        )
        self.assertEqual(response.status_code, 204)
        self.assertEqual(response["Access-Control-Allow-Origin"], APP)
        self.assertIn("GET", response["Access-Control-Allow-Methods"])
        self.assertIn("If-None-Match", response["Access-Control-Allow-Headers"])

    def test_disallowed_origin_gets_no_cors_headers(self):
        evil = "https://evil.example"
        response = self.client.get(f"{API}/pages/", headers={"Origin": evil})
        self.assertEqual(response.status_code, 200)
        self.assertFalse(response.has_header("Access-Control-Allow-Origin"))
        preflight = self.client.options(
            f"{API}/pages/",
            headers={"Origin": evil, "Access-Control-Request-Method": "GET"},
        )
        self.assertFalse(preflight.has_header("Access-Control-Allow-Origin"))
        self.assertFalse(preflight.has_header("Access-Control-Allow-Methods"))

    def test_site_pages_get_no_cors_headers(self):
        response = self.client.get("/ja/about/", headers={"Origin": APP})
        self.assertFalse(response.has_header("Access-Control-Allow-Origin"))


class TestCorsUnconfigured(ApiTestCase):
    def test_no_origin_allowed_by_default(self):
        response = self.client.get(f"{API}/pages/", headers={"Origin": APP})
        self.assertFalse(response.has_header("Access-Control-Allow-Origin"))


class TestBadInput(ApiTestCase):
    def assert_problem(self, path: str, status: int, text: str):
        response = self.client.get(f"{API}{path}")
        self.assertEqual(response.status_code, status, path)
        self.assertEqual(response["Content-Type"], "application/problem+json", path)
        self.assertIn(text, response.content.decode(), path)

    def test_limit_over_maximum_is_400_naming_it(self):
        self.assert_problem("/pages/?limit=101", 400, "limit cannot be higher than 100")
        self.assert_problem(
            "/images/?limit=1000", 400, "limit cannot be higher than 100"
        )

    def test_invalid_parameters_are_422_naming_them(self):
        self.assert_problem("/pages/?limit=0", 422, "limit")
        self.assert_problem("/pages/?offset=-1", 422, "offset")
        self.assert_problem("/pages/?type=wagtailcore.Page", 422, "type")
        self.assert_problem("/pages/?locale=xx", 422, "locale")
        self.assert_problem("/pages/?child_of=abc", 422, "child_of")
        self.assert_problem("/pages/?order=owner", 422, "order")
        self.assert_problem("/pages/99999999999999999999/", 422, "page_id")
        self.assert_problem("/documents/0/", 422, "document_id")

    def test_unknown_ids_are_404(self):
        self.assert_problem("/pages/424242/", 404, "No public page has the id 424242")
        self.assert_problem("/pages/?descendant_of=424242", 404, "No public page")
        self.assert_problem("/images/424242/", 404, "No public image")
        self.assert_problem("/law-references/424242/", 404, "No law reference")

    def test_unknown_path_is_404_not_a_redirect(self):
        response = self.client.get(f"{API}/nothing-here/")
        self.assertEqual(response.status_code, 404)


class TestEncoding(ApiTestCase):
    def test_text_sent_as_utf8_not_escapes(self):
        self.about.title = "私たちについて"
        publish(self.about)
        response = self.client.get(f"{API}/pages/{self.about.pk}/")
        self.assertEqual(response["Content-Type"], "application/json; charset=utf-8")
        self.assertIn("私たちについて".encode(), response.content)
        self.assertNotIn(b"\\u79c1", response.content)


class TestSchema(ApiTestCase):
    def test_openapi_lists_the_endpoints(self):
        schema = self.client.get(f"{API}/openapi.json").json()
        self.assertEqual(
            sorted(schema["paths"]),
            [
                "/api/v3/documents/",
                "/api/v3/documents/{document_id}/",
                "/api/v3/events/",
                "/api/v3/events/{page_id}/",
                "/api/v3/events/{page_id}/registration/",
                "/api/v3/images/",
                "/api/v3/images/{image_id}/",
                "/api/v3/law-references/",
                "/api/v3/law-references/{reference_id}/",
                "/api/v3/pages/",
                "/api/v3/pages/find/",
                "/api/v3/pages/{page_id}/",
                "/api/v3/preview/",
                "/api/v3/self-checks/{page_id}/",
                "/api/v3/self-checks/{page_id}/responses/",
            ],
        )
        self.assertEqual(set(schema["paths"]["/api/v3/pages/"]), {"get"})

    def test_docs_page_served(self):
        response = self.client.get(f"{API}/docs/")
        self.assertEqual(response.status_code, 200)
