"""Suppression: no published count under k, directly or by subtraction."""

from collections import Counter
from datetime import date

from django.test import SimpleTestCase
from hypothesis import given, settings
from hypothesis import strategies as st

from selfcheck.aggregates import build_report, indicator_table, suppress
from selfcheck.questionnaire import Option, Question, Questionnaire, Section

counts_lists = st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=8)
ks = st.integers(min_value=2, max_value=20)


def assert_safe(counts, published, k):
    """What a reader of the table (cells and total) can learn reveals no count < k."""
    total = sum(counts)
    if total < k:
        assert all(value is None for value in published)
        return
    hidden = [c for c, p in zip(counts, published, strict=True) if p is None]
    for count, value in zip(counts, published, strict=True):
        assert value is None or value == count
        assert value is None or value >= k
    if hidden:
        # total minus the visible cells is the sum of the hidden ones: it must not
        # pin down a single cell (one hidden), nor bound them all under k.
        assert len(hidden) >= 2
        assert total - sum(p for p in published if p is not None) >= k


class TestSuppress(SimpleTestCase):
    @given(counts=counts_lists, k=ks)
    @settings(max_examples=400, deadline=None)
    def test_no_cell_under_k_is_published_or_derivable(self, counts, k):
        assert_safe(counts, suppress(counts, k), k)

    @given(counts=counts_lists, k=ks)
    @settings(max_examples=200, deadline=None)
    def test_counts_of_k_or_more_stay_visible_when_nothing_is_under_k(self, counts, k):
        if all(count >= k for count in counts):
            assert suppress(counts, k) == counts

    def test_single_small_cell_hides_the_next_smallest_too(self):
        assert suppress([50, 30, 3], 10) == [50, None, None]

    def test_small_total_hides_the_whole_row(self):
        assert suppress([5, 4], 10) == [None, None]

    def test_zeros_are_hidden_until_the_hidden_sum_reaches_k(self):
        assert suppress([0, 0, 40], 10) == [None, None, None]


def questionnaire(options_per_question):
    questions = tuple(
        Question(
            id=f"q{index}",
            text=f"Question {index}",
            help_text="",
            indicators=("wages",) if index % 2 else ("documents",),
            options=tuple(
                Option(
                    id=f"q{index}o{option}",
                    label=f"Option {option}",
                    risk=("none", "caution", "serious")[option % 3],
                    explanation="",
                    action="",
                )
                for option in range(count)
            ),
        )
        for index, count in enumerate(options_per_question)
    )
    return Questionnaire((Section("s", "Section", "", questions),))


CONTEXT = {
    "nationality": st.sampled_from(["", "VN", "ID", "MN"]),
    "residence_status": st.sampled_from(["", "technical_intern", "other"]),
    "industry": st.sampled_from(["", "construction", "fishery"]),
    "prefecture": st.sampled_from(["", "JP-13", "JP-47"]),
    "months_in_japan": st.sampled_from(["", "0-3", "36+"]),
    "submitted_on": st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 6, 30)),
}


@st.composite
def response_sets(draw):
    shape = draw(st.lists(st.integers(2, 4), min_size=1, max_size=4))
    rows = []
    for _index in range(draw(st.integers(0, 80))):
        row = {name: draw(strategy) for name, strategy in CONTEXT.items()}
        row["answers"] = {
            f"q{q}": f"q{q}o{draw(st.integers(0, count - 1))}"
            for q, count in enumerate(shape)
        }
        rows.append(row)
    return shape, rows


class TestReport(SimpleTestCase):
    @given(data=response_sets(), k=ks)
    @settings(max_examples=150, deadline=None)
    def test_every_published_table_is_safe(self, data, k):
        shape, rows = data
        report = build_report(questionnaire(shape), rows, k)
        tables = [table for _q, table in report.questions]
        tables += [*report.context, report.months]
        for table in tables:
            counts = Counter()
            for row in rows:
                if table.key == "month":
                    counts[row["submitted_on"].strftime("%Y-%m")] += 1
                elif table.key in CONTEXT:
                    counts[row[table.key]] += 1
                else:
                    counts[row["answers"].get(table.key)] += 1
            raw = [counts.get(cell.key, 0) for cell in table.cells]
            assert_safe(raw, [cell.count for cell in table.cells], k)
            assert table.hidden == (len(rows) < k)

    @given(data=response_sets(), k=ks)
    @settings(max_examples=100, deadline=None)
    def test_employer_indicator_tables_are_safe(self, data, k):
        shape, rows = data
        for table in indicator_table([questionnaire(shape)], rows, k):
            assert sum(cell.count or 0 for cell in table.cells) <= len(rows)
            visible = [cell.count for cell in table.cells if not cell.hidden]
            assert all(count >= k for count in visible)
            hidden = len(table.cells) - len(visible)
            assert hidden != 1
            if hidden and not table.hidden:
                assert table.total - sum(visible) >= k
