"""SVG writing: escaping, number formatting, label clipping, axis ticks."""

from __future__ import annotations

import pytest
from lxml import etree

from pipeline.report.svg import Svg, clip, fmt, nice_ticks


@pytest.mark.parametrize(
    ("low", "high", "ticks"),
    [
        (0, 4, [0, 1, 2, 3, 4]),
        (0, 34, [0, 5, 10, 15, 20, 25, 30, 35]),
        (0, 0, [0, 1]),
        (2016.0, 2031.0, [2016, 2018, 2020, 2022, 2024, 2026, 2028, 2030, 2032]),
        (0, 430, [0, 100, 200, 300, 400, 500]),
    ],
)
def test_nice_ticks_are_round_and_cover_the_range(
    low: float, high: float, ticks: list[float]
) -> None:
    assert nice_ticks(low, high) == ticks


def test_numbers_get_one_decimal_at_most_and_text_is_escaped() -> None:
    assert fmt(12.0) == "12"
    assert fmt(12.345) == "12.3"
    assert fmt('a"<b>') == "a&quot;&lt;b&gt;"


def test_clip_cuts_long_labels_with_an_ellipsis() -> None:
    assert clip("Reims", 100) == "Reims"
    assert clip("Communauté de communes du Pays de Brocéliande", 72) == "Communaut…"


def test_svg_is_well_formed_xml_with_escaped_text_and_tooltips() -> None:
    svg = Svg(200, "A <title> & more", "plot test")
    svg.add("rect", tip="ARS & CAF: 2", x=0, y=0, width=10.25, height=5, class_="bar")
    svg.text(5, 5, "Saint-Denis <97411>", text_anchor="end")
    svg.height = 40
    root = etree.fromstring(svg.render().encode("utf-8"))
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert root.get("viewBox") == "0 0 200 40"
    assert root.findtext("s:title", namespaces=ns) == "A <title> & more"
    rect = root.find("s:rect", ns)
    assert rect is not None
    assert (rect.get("width"), rect.get("class")) == ("10.2", "bar")
    assert rect.findtext("s:title", namespaces=ns) == "ARS & CAF: 2"
    text = root.find("s:text", ns)
    assert text is not None
    assert (text.text, text.get("text-anchor")) == ("Saint-Denis <97411>", "end")
