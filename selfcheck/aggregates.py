"""Counting responses into tables that are safe to publish.

Every table is a row of counts that add up to a published total (the answers to one
question, the nationalities of the respondents, the months of submission). A count
under k (``SELFCHECK_MIN_CELL``, default 10) is never shown: primary suppression.
Since the total is shown, one hidden count could be worked out by subtraction, and so
could several hidden counts that add up to less than k (all of them are then under k,
and if they add up to zero each of them is zero). Secondary suppression therefore
hides the smallest visible counts too, until at least two counts are hidden and the
hidden counts add up to k or more. A table whose total is under k is not shown at all.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.taxonomy import Country, Industry, Prefecture
from selfcheck.choices import Indicator, MonthsInJapan, ResidenceStatus, RiskLevel
from selfcheck.questionnaire import Questionnaire

NOT_SAID = "", _("Not given")


def min_cell() -> int:
    return settings.SELFCHECK_MIN_CELL


def suppress(counts: Sequence[int], k: int) -> list[int | None]:
    """The counts to publish, None where a count is hidden (see the module)."""
    if sum(counts) < k:
        return [None] * len(counts)
    hidden = {index for index, count in enumerate(counts) if count < k}
    while hidden and (len(hidden) == 1 or sum(counts[i] for i in hidden) < k):
        visible = [index for index in range(len(counts)) if index not in hidden]
        hidden.add(min(visible, key=lambda index: (counts[index], index)))
    return [None if index in hidden else count for index, count in enumerate(counts)]


@dataclass(frozen=True)
class Cell:
    key: str
    label: str
    count: int | None  # None: hidden

    @property
    def hidden(self) -> bool:
        return self.count is None


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    total: int | None  # None: the whole table is hidden
    cells: tuple[Cell, ...]
    risks: tuple[str, ...] = ()  # per cell, for questions: the option's risk level

    @property
    def hidden(self) -> bool:
        return self.total is None

    @property
    def any_hidden(self) -> bool:
        return any(cell.hidden for cell in self.cells)


def make_table(
    key: str, title: str, labels: Sequence[tuple[str, str]], counts: Counter, k: int
) -> Table:
    raw = [counts.get(value, 0) for value, _label in labels]
    published = suppress(raw, k)
    total = sum(raw)
    return Table(
        key=key,
        title=str(title),
        total=total if total >= k else None,
        cells=tuple(
            Cell(value, str(label), count)
            for (value, label), count in zip(labels, published, strict=True)
        ),
    )


@dataclass(frozen=True)
class Report:
    total: int
    k: int
    questions: tuple[tuple[object, Table], ...]  # (question, table)
    context: tuple[Table, ...]
    months: Table | None

    @property
    def published(self) -> bool:
        return self.total >= self.k

    @property
    def context_and_months(self) -> tuple[Table, ...]:
        return (*self.context, self.months)


CONTEXT_TABLES = (
    ("nationality", _("Nationality"), Country.choices),
    ("residence_status", _("Residence status"), ResidenceStatus.choices),
    ("industry", _("Industry"), Industry.choices),
    ("prefecture", _("Prefecture"), Prefecture.choices),
    ("months_in_japan", _("Time in Japan"), MonthsInJapan.choices),
)


def build_report(questionnaire: Questionnaire, rows: Iterable[dict], k: int) -> Report:
    """Tables for one check from response rows (dicts of the Response fields
    ``answers``, the context fields and ``submitted_on``)."""
    rows = list(rows)
    k = max(k, 2)
    questions = []
    for question in questionnaire.questions:
        counts = Counter(row["answers"].get(question.id) for row in rows)
        labels = [(option.id, option.label) for option in question.options]
        table = make_table(question.id, question.text, labels, counts, k)
        questions.append(
            (
                question,
                Table(
                    table.key,
                    table.title,
                    table.total,
                    table.cells,
                    tuple(option.risk for option in question.options),
                ),
            )
        )
    context = tuple(
        make_table(
            name,
            title,
            [NOT_SAID, *choices],
            Counter(row[name] for row in rows),
            k,
        )
        for name, title, choices in CONTEXT_TABLES
    )
    month_counts = Counter(row["submitted_on"].strftime("%Y-%m") for row in rows)
    months = make_table(
        "month",
        _("Month of submission"),
        [(month, month) for month in sorted(month_counts)],
        month_counts,
        k,
    )
    return Report(len(rows), k, tuple(questions), context, months)


def indicator_table(
    questionnaires: Iterable[Questionnaire], rows: Iterable[dict], k: int
) -> list[Table]:
    """Per ILO indicator: how many responses gave a serious, a cautionary or no
    concerning answer to the questions tagged with it (the employer report)."""
    risk_of: dict[str, tuple[str, tuple[str, ...]]] = {}
    for questionnaire in questionnaires:
        for question in questionnaire.questions:
            for option in question.options:
                risk_of[option.id] = (option.risk, question.indicators)
    rows = list(rows)
    levels = [
        (RiskLevel.SERIOUS.value, RiskLevel.SERIOUS.label),
        (RiskLevel.CAUTION.value, RiskLevel.CAUTION.label),
        (RiskLevel.NONE.value, RiskLevel.NONE.label),
    ]
    tables = []
    for indicator in Indicator:
        counts: Counter = Counter()
        for row in rows:
            worst = RiskLevel.NONE.value
            for option_id in row["answers"].values():
                risk, indicators = risk_of.get(option_id, (RiskLevel.NONE, ()))
                if indicator.value in indicators and _worse(risk, worst):
                    worst = risk
            counts[worst] += 1
        tables.append(make_table(indicator.value, indicator.label, levels, counts, k))
    return tables


def _worse(risk: str, than: str) -> bool:
    order = [RiskLevel.NONE, RiskLevel.CAUTION, RiskLevel.SERIOUS]
    return order.index(risk) > order.index(than)
