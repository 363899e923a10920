"""The three SVG plots: what they draw, what they write, how they cope with size."""

from __future__ import annotations

from lxml import etree

from pipeline.report.plots import TALL_ROWS, grouped_bars_svg, stacked_bars_svg, timeline_svg
from pipeline.report.series import GroupedBars, Mark, StackedBars, Timeline, TimelineRow

NS = {"s": "http://www.w3.org/2000/svg"}


def parse(svg: str) -> etree._Element:
    return etree.fromstring(svg.encode("utf-8"))


def texts(root: etree._Element) -> list[str]:
    return [t.text or "" for t in root.iterfind(".//s:text", NS)]


def row(n: int) -> TimelineRow:
    return TimelineRow(f"c{n}", f"Territoire {n}", 2018.0, 2023.0, (Mark(2019.5, "signed", "s"),))


def test_timeline_draws_a_bar_per_period_and_a_mark_per_event() -> None:
    root = parse(timeline_svg(Timeline((row(1), row(2)), undated=0)))
    assert len(root.findall(".//s:rect[@class='period']", NS)) == 2
    assert len(root.findall(".//s:circle", NS)) == 2 + 1  # two signatures and the legend's
    assert root.find(".//s:rect[@class='period']/s:title", NS).text == (  # type: ignore[union-attr]
        "Territoire 1: 2018–2022 (c1)"
    )


def test_a_tall_timeline_repeats_its_years_above() -> None:
    short = texts(parse(timeline_svg(Timeline((row(1),), 0))))
    tall = texts(parse(timeline_svg(Timeline(tuple(row(n) for n in range(TALL_ROWS + 1)), 0))))
    assert short.count("2020") == 1
    assert tall.count("2020") == 2


def test_nothing_to_draw_says_so() -> None:
    assert "No contract has a period" in timeline_svg(Timeline((), 2))
    assert "Nothing to count." in stacked_bars_svg(StackedBars((), (), {}), "t", "c", "x")
    assert "No contract." in grouped_bars_svg(GroupedBars((), ("axes",), ()), "t", "c", "x")


def test_stacked_segments_are_proportional_and_totals_written() -> None:
    data = StackedBars(
        ("ARS", "CAF"),
        ("Bretagne", "Corse"),
        {("ARS", "Bretagne"): 3, ("ARS", "Corse"): 1, ("CAF", "Corse"): 2},
    )
    root = parse(stacked_bars_svg(data, "t", "c", "signatories"))
    widths = [float(r.get("width", "0")) for r in root.iterfind(".//s:rect[@class='bar']", NS)]
    assert len(widths) == 3
    assert widths[0] / widths[1] == 3
    assert {"4", "2"} <= set(texts(root))


def test_unknown_counts_are_written_not_drawn_as_zero() -> None:
    data = GroupedBars(("Reims",), ("axes", "actions"), ((5, None),))
    root = parse(grouped_bars_svg(data, "t", "c", "n"))
    assert len(root.findall(".//s:rect[@class='bar']", NS)) == 1
    assert "actions: not stated" in texts(root)
