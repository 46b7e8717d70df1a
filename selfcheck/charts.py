"""Server-rendered bar charts for the survey results: no script, no inline style.

The template draws an SVG from these numbers (``templates/selfcheck/includes/
chart.html``); every chart has a title, a description and a table of the same counts
beside it for readers who cannot see it.
"""

from dataclasses import dataclass

from selfcheck.aggregates import Cell, Table

BAR_HEIGHT = 22
GAP = 10
LABEL_WIDTH = 0  # labels sit above the bars, so long translations never clip
PLOT_WIDTH = 300


@dataclass(frozen=True)
class Bar:
    cell: Cell
    risk: str
    label_y: int
    y: int
    width: int
    value_x: int


@dataclass(frozen=True)
class Chart:
    table: Table
    bars: tuple[Bar, ...]
    height: int
    width: int = PLOT_WIDTH + 60


def chart(table: Table) -> Chart:
    largest = max((cell.count or 0 for cell in table.cells), default=0) or 1
    risks = table.risks or ("",) * len(table.cells)
    bars = []
    step = BAR_HEIGHT + GAP + 16
    for index, (cell, risk) in enumerate(zip(table.cells, risks, strict=True)):
        top = index * step
        width = round(PLOT_WIDTH * (cell.count or 0) / largest)
        bars.append(
            Bar(
                cell=cell,
                risk=risk,
                label_y=top + 13,
                y=top + 18,
                width=max(width, 1) if cell.count else 0,
                value_x=width + 6,
            )
        )
    return Chart(table=table, bars=tuple(bars), height=len(bars) * step + 4)
