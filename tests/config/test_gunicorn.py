"""config/gunicorn.py, read in a subprocess with a controlled environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.test import SimpleTestCase
from gunicorn.glogging import SafeAtoms

REPO = Path(__file__).resolve().parents[2]
READ_CONFIG = """
import json, runpy
names = ["bind", "workers", "worker_tmp_dir", "timeout", "graceful_timeout",
         "forwarded_allow_ips", "accesslog", "access_log_format",
         "control_socket_disable"]
namespace = runpy.run_path("config/gunicorn.py")
print(json.dumps({name: namespace[name] for name in names}))
"""


def gunicorn_config(**variables: str) -> dict:
    environment = {"PATH": os.environ.get("PATH", ""), **variables}
    result = subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "-c", READ_CONFIG],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if result.returncode:
        raise AssertionError(result.stderr)
    return json.loads(result.stdout)


class TestGunicornConfig(SimpleTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.defaults = gunicorn_config()

    def test_bind_loopback_by_default(self):
        self.assertEqual(self.defaults["bind"], ["127.0.0.1:8000"])

    def test_bind_from_host_and_port(self):
        config = gunicorn_config(HOST="0.0.0.0", PORT="8300")  # noqa: S104
        self.assertEqual(config["bind"], ["0.0.0.0:8300"])

    def test_gunicorn_bind_wins_over_host_and_port(self):
        config = gunicorn_config(
            GUNICORN_BIND="unix:/run/jp-mirai.sock,127.0.0.1:8301", PORT="8300"
        )
        self.assertEqual(config["bind"], ["unix:/run/jp-mirai.sock", "127.0.0.1:8301"])

    def test_workers_from_web_concurrency(self):
        self.assertEqual(gunicorn_config(WEB_CONCURRENCY="3")["workers"], 3)

    def test_default_workers_two_per_core_plus_one_capped(self):
        expected = min(2 * os.cpu_count() + 1, 9)
        self.assertEqual(self.defaults["workers"], expected)

    def test_unparseable_port_named_in_error(self):
        with self.assertRaisesMessage(AssertionError, "PORT must be a whole number"):
            gunicorn_config(PORT="http")

    def test_forwarded_allow_ips_from_environment(self):
        self.assertEqual(self.defaults["forwarded_allow_ips"], "127.0.0.1,::1")
        config = gunicorn_config(FORWARDED_ALLOW_IPS="10.0.0.5")
        self.assertEqual(config["forwarded_allow_ips"], "10.0.0.5")

    def test_timeouts_graceful(self):
        self.assertEqual(self.defaults["timeout"], 30)
        self.assertEqual(self.defaults["graceful_timeout"], 30)
        config = gunicorn_config(GUNICORN_TIMEOUT="60", GUNICORN_GRACEFUL_TIMEOUT="20")
        self.assertEqual((config["timeout"], config["graceful_timeout"]), (60, 20))

    def test_worker_heartbeat_in_memory(self):
        if Path("/dev/shm").is_dir():  # noqa: S108
            self.assertEqual(self.defaults["worker_tmp_dir"], "/dev/shm")  # noqa: S108

    def test_no_control_socket(self):
        self.assertIs(self.defaults["control_socket_disable"], True)

    def test_access_log_to_stdout_without_query_string_or_referer(self):
        self.assertEqual(self.defaults["accesslog"], "-")
        atoms = {
            "t": "[27/Nov/2026:10:00:00 +0900]",
            "m": "GET",
            "U": "/ja/selfcheck/result/",
            "q": "answer=private",
            "r": "GET /ja/selfcheck/result/?answer=private HTTP/1.1",
            "H": "HTTP/1.1",
            "s": "200",
            "b": "512",
            "M": 12,
            "f": "https://jp-mirai.example/ja/selfcheck/?answer=private",
            "h": "198.51.100.7",
            "a": "Mozilla/5.0",
            "{x-request-id}i": "abc123",
        }
        line = self.defaults["access_log_format"] % SafeAtoms(atoms)
        self.assertEqual(
            line,
            '[27/Nov/2026:10:00:00 +0900] "GET /ja/selfcheck/result/ HTTP/1.1" 200 512 '
            "12ms abc123",
        )
