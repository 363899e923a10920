"""The report's section on fiches actions: actions per axis, pilots per organisation type.

What: ``actions_per_axis`` counts the rows of ``actions`` under each axis of each contract
(joined to ``axes`` by ``axis_no``; actions without an axis counted apart), and
``pilots_by_type`` counts actions by their pilot's organisation type (``pilot_type``),
each type's bar split by whether the action has a budget. ``section`` renders both.

Why: researchers compare programmes by theme and by who carries them; these are the two
first questions asked of the actions table, answered without opening a notebook.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape
from typing import Final

from pipeline.report.load import RunTables, int_of, text_of
from pipeline.report.plots import stacked_bars_svg
from pipeline.report.series import StackedBars, contract_label

NO_AXIS: Final = "(no axis stated)"
UNTYPED: Final = "pilot not typed"
NO_PILOT: Final = "no pilot"


@dataclass(frozen=True, slots=True)
class AxisCount:
    """How many actions one axis of one contract has."""

    contract: str
    axis_no: int | None
    title: str
    actions: int


def actions_per_axis(run: RunTables) -> list[AxisCount]:
    """One count per (contract, axis) that has actions, in contract then axis order."""
    labels = {str(r["contract_id"]): contract_label(r) for r in run.rows("contracts")}
    titles = {
        (str(r["contract_id"]), int_of(r, "axis_no")): text_of(r, "title") or ""
        for r in run.rows("axes")
    }
    counts: Counter[tuple[str, int | None]] = Counter(
        (str(r["contract_id"]), int_of(r, "axis_no")) for r in run.rows("actions")
    )
    ordered = sorted(counts, key=lambda k: (labels.get(k[0], k[0]).casefold(), k[0], k[1] or 999))
    return [
        AxisCount(labels.get(cid, cid), no, titles.get((cid, no), NO_AXIS), counts[(cid, no)])
        for cid, no in ordered
    ]


def pilots_by_type(run: RunTables) -> StackedBars:
    """Actions counted by their pilot's type (bars), with or without a budget (segments)."""
    values: Counter[tuple[str, str]] = Counter()
    for row in run.rows("actions"):
        kind = text_of(row, "pilot_type") or (UNTYPED if text_of(row, "pilot") else NO_PILOT)
        funded = "with a budget" if row.get("budget_eur") is not None else "no budget stated"
        values[(kind, funded)] += 1
    by_type: Counter[str] = Counter()
    for (kind, _), n in values.items():
        by_type[kind] += n
    categories = sorted(by_type, key=lambda t: (-by_type[t], t))
    return StackedBars(tuple(categories), ("with a budget", "no budget stated"), dict(values))


def section(run: RunTables, max_rows: int) -> str:
    """The HTML section: the per-axis table (cut at ``max_rows``) and the pilots plot."""
    counts = actions_per_axis(run)
    if counts:
        rows = "".join(
            f'<tr><td>{escape(c.contract)}</td><td class="n">{c.axis_no or ""}</td>'
            f'<td>{escape(c.title)}</td><td class="n">{c.actions}</td></tr>'
            for c in counts[:max_rows]
        )
        table = (
            '<table class="actions-axes"><tr><th>contract</th><th>axis</th><th>title</th>'
            f"<th>actions</th></tr>{rows}</table>"
        )
        if len(counts) > max_rows:
            table += f'<p class="note">{max_rows} of {len(counts)} rows; see actions.csv.</p>'
    else:
        table = '<p class="note">No contract lists its fiches actions.</p>'
    plot = stacked_bars_svg(
        pilots_by_type(run), "Pilots of actions by type", "plot pilots", "actions"
    )
    return (
        '<section id="actions"><h2>Fiches actions</h2>'
        "<p>Actions per axis (rows of <code>actions</code> by <code>axis_no</code>, titles "
        "from <code>axes</code>).</p>"
        + table
        + '<figure id="pilots"><h3>Pilots of actions by type</h3>'
        + plot
        + "<figcaption>Actions by the organisation type of their pilot "
        "(<code>actions.pilot_type</code>), split by whether a budget is stated "
        "(<code>budget_eur</code>).</figcaption></figure></section>"
    )
