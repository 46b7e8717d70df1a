"""A self-check page's questions as plain values, identified by block ids.

Views, forms, the result and the aggregates read the questionnaire through these
classes rather than through StreamField values, so each knows one shape.
"""

from dataclasses import dataclass, field

from selfcheck.choices import RISK_ORDER, RiskLevel


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    risk: str
    explanation: str
    action: str
    laws: tuple = ()
    page: object = None
    desk: bool = False
    organisation: object = None

    @property
    def is_serious(self) -> bool:
        return self.risk == RiskLevel.SERIOUS

    @property
    def has_referral(self) -> bool:
        return bool(self.page or self.desk or self.organisation)


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    help_text: str
    indicators: tuple[str, ...]
    options: tuple[Option, ...]

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Finding:
    """One answer on the result page, with what it means."""

    question: Question
    option: Option

    @property
    def risk(self) -> str:
        return self.option.risk


@dataclass
class Questionnaire:
    sections: tuple[Section, ...]
    _questions: dict[str, Question] = field(default_factory=dict)

    def __post_init__(self):
        self._questions = {q.id: q for s in self.sections for q in s.questions}

    @classmethod
    def from_stream(cls, stream) -> "Questionnaire":
        """Everything, with the chosen laws, organisations and pages (the result)."""
        return cls(tuple(_section(child) for child in stream))

    @classmethod
    def from_raw(cls, raw: list) -> "Questionnaire":
        """Texts, ids and risks only, read from the stored JSON without a query:
        enough for the screens of the check and for the aggregates."""
        return cls(
            tuple(
                Section(
                    id=section["id"],
                    title=section["value"]["title"],
                    intro=section["value"].get("intro", ""),
                    questions=tuple(
                        _raw_question(item) for item in section["value"]["questions"]
                    ),
                )
                for section in raw
            )
        )

    @property
    def questions(self) -> list[Question]:
        return list(self._questions.values())

    def question(self, question_id: str) -> Question | None:
        return self._questions.get(question_id)

    def is_valid_answer(self, question_id: str, option_id: str) -> bool:
        question = self.question(question_id)
        return question is not None and question.option(option_id) is not None

    def findings(self, answers: dict[str, str]) -> list[Finding]:
        """Answered questions with a concern, the serious ones first, then in the
        order of the questionnaire."""
        found = []
        for position, question in enumerate(self.questions):
            option = question.option(answers.get(question.id, ""))
            if option is not None and option.risk != RiskLevel.NONE:
                found.append(
                    (RISK_ORDER[option.risk], position, Finding(question, option))
                )
        return [finding for *_order, finding in sorted(found, key=lambda f: f[:2])]


def _section(child) -> Section:
    value = child.value
    return Section(
        id=child.id,
        title=value["title"],
        intro=value["intro"],
        questions=tuple(
            _question(item.id, item.value) for item in value["questions"].bound_blocks
        ),
    )


def _question(question_id: str, value) -> Question:
    return Question(
        id=question_id,
        text=value["text"],
        help_text=value["help_text"],
        indicators=tuple(value["indicators"] or ()),
        options=tuple(
            _option(item.id, item.value) for item in value["options"].bound_blocks
        ),
    )


def _raw_question(item: dict) -> Question:
    value = item["value"]
    return Question(
        id=item["id"],
        text=value["text"],
        help_text=value.get("help_text", ""),
        indicators=tuple(value.get("indicators") or ()),
        options=tuple(
            Option(
                id=option["id"],
                label=option["value"]["label"],
                risk=option["value"]["risk"],
                explanation=option["value"].get("explanation", ""),
                action=option["value"].get("action", ""),
            )
            for option in value["options"]
        ),
    )


def _option(option_id: str, value) -> Option:
    referral = value["referral"] or {}
    return Option(
        id=option_id,
        label=value["label"],
        risk=value["risk"],
        explanation=value["explanation"],
        action=value["action"],
        laws=tuple(law for law in value["laws"] if law is not None),
        page=referral.get("page"),
        desk=bool(referral.get("desk")),
        organisation=referral.get("organisation"),
    )
