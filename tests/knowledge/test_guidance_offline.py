"""Offline reading files: the service worker at the root, the web manifest."""

import json

from django.test import TestCase


class TestOfflineFiles(TestCase):
    def test_service_worker_is_served_from_the_root_scope(self):
        response = self.client.get("/sw.js")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/javascript"))
        self.assertIn("no-cache", response["Cache-Control"])
        body = response.content.decode()
        self.assertIn('addEventListener("fetch"', body)
        # No third-party address anywhere in the worker.
        self.assertNotIn("https://", body)
        self.assertNotIn("http://", body)

    def test_service_worker_refuses_posts(self):
        self.assertEqual(self.client.post("/sw.js").status_code, 405)

    def test_manifest_is_in_the_reader_language(self):
        response = self.client.get("/my/manifest.webmanifest")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/manifest+json")
        manifest = json.loads(response.content)
        self.assertEqual(manifest["lang"], "my")
        self.assertEqual(manifest["start_url"], "/my/")
        self.assertEqual(manifest["scope"], "/")
        self.assertTrue(
            all(icon["src"].startswith("/static/") for icon in manifest["icons"])
        )
