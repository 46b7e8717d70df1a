"""The answers given so far, carried from screen to screen in a signed hidden field.

Nothing about a worker is kept on the server or in a cookie while they take the
check: each screen's form holds the whole state so far, signed with the site's key,
and posts it back with the next answers. A state that was altered, is too old, or
belongs to another check is refused (docs/decisions/0008-self-check-privacy.md).
"""

from dataclasses import dataclass, field

from django.core import signing

SALT = "selfcheck.state.v1"
MAX_AGE = 6 * 60 * 60  # seconds: time enough to take the check, short enough to expire


class StateError(Exception):
    """The hidden state is missing, altered, expired or for another check."""


@dataclass
class CheckState:
    check: str  # the page's translation key: the same in every language
    step: int = 0  # 0: the context screen; n: the n-th section
    context: dict[str, str] = field(default_factory=dict)
    answers: dict[str, str] = field(default_factory=dict)

    def dumps(self) -> str:
        payload = {
            "k": self.check,
            "s": self.step,
            "c": self.context,
            "a": self.answers,
        }
        return signing.dumps(payload, salt=SALT, compress=True)

    @classmethod
    def loads(cls, token: str, check: str) -> "CheckState":
        try:
            payload = signing.loads(token or "", salt=SALT, max_age=MAX_AGE)
        except signing.BadSignature as error:  # SignatureExpired is a subclass
            raise StateError(str(error)) from error
        if not isinstance(payload, dict) or payload.get("k") != check:
            raise StateError("The state belongs to another check.")
        step, context, answers = payload.get("s"), payload.get("c"), payload.get("a")
        if not (
            isinstance(step, int)
            and isinstance(context, dict)
            and isinstance(answers, dict)
            and all(isinstance(v, str) for v in [*context.values(), *answers.values()])
        ):
            raise StateError("The state is malformed.")
        return cls(check=check, step=step, context=context, answers=answers)
