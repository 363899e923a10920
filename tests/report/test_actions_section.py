"""The report's fiches-actions section, from tables written as real files."""

from __future__ import annotations

from pathlib import Path

from pipeline.report.actions import NO_AXIS, UNTYPED, actions_per_axis, pilots_by_type, section
from pipeline.report.html import render
from pipeline.report.load import load_run


def test_actions_counted_per_axis_with_titles(small_run: Path) -> None:
    run = load_run(small_run)
    counts = [(c.axis_no, c.title, c.actions) for c in actions_per_axis(run)]
    assert (1, "Axe 1", 2) in counts and (2, "Axe 2", 1) in counts
    assert (None, NO_AXIS, 1) in counts  # Rennes' action has no axis
    assert len(counts) == 3
    labels = {c.contract for c in actions_per_axis(run)}
    assert len(labels) == 2  # Reims and Rennes, by their labels


def test_pilots_by_type_split_by_budget(small_run: Path) -> None:
    bars = pilots_by_type(load_run(small_run))
    assert bars.categories == ("CCAS", "CPAM", "no pilot")
    assert bars.values[("CCAS", "with a budget")] == 1
    assert bars.values[("CCAS", "no budget stated")] == 1
    assert bars.total("CPAM") == 1
    assert UNTYPED not in bars.categories


def test_section_in_the_page(small_run: Path) -> None:
    run = load_run(small_run)
    html = section(run, max_rows=2)
    assert "2 of 3 rows; see actions.csv." in html
    page = render(run)
    assert '<section id="actions">' in page and 'href="#actions"' in page
    assert "Pilots of actions by type" in page
