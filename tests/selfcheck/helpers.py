"""Taking a check through the test client."""

import re

from django.core import signing

from selfcheck.state import SALT

STATE = re.compile(r'name="state" value="([^"]+)"')


def state_of(response) -> str:
    return STATE.search(response.content.decode()).group(1)


def read_state(response) -> dict:
    return signing.loads(state_of(response), salt=SALT)


def answer(question_ids, option_ids) -> dict:
    return {f"q-{q}": o for q, o in zip(question_ids, option_ids, strict=True)}


class CheckClient:
    """Posts the check's screens in order, as a browser without script does."""

    def __init__(self, client, page, language="ja"):
        self.client, self.page, self.language = client, page, language
        self.base = f"/{language}/self-check/{page.pk}"

    def start(self, **extra):
        return self.client.post(f"{self.base}/start/", {"consent": "on"}, **extra)

    def step(self, response, data=None, action="next", **extra):
        payload = {"state": state_of(response), "action": action, **(data or {})}
        return self.client.post(f"{self.base}/step/", payload, **extra)
