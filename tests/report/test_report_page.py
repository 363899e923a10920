"""The report page: its sections hold the run's figures, it needs nothing from elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree, html

from pipeline.report import build_report
from pipeline.report import html as page


def _dom(folder: Path) -> html.HtmlElement:
    return html.fromstring(build_report(folder))


def cells(dom: html.HtmlElement, css_class: str) -> list[list[str]]:
    """The text of every body row of the table with that class."""
    return [
        [td.text_content().strip() for td in tr.findall("td")]
        for tr in dom.xpath(f'//table[contains(@class, "{css_class}")]/tbody/tr')
    ]


def test_figures_at_a_glance(small_run: Path) -> None:
    dom = _dom(small_run)
    figures = {
        li.get("data-figure"): li.findtext("b") for li in dom.xpath('//ul[@class="figures"]/li')
    }
    assert figures == {
        "contracts": "3",
        "documents": "4",
        "failures": "1",
        "warnings": "1",
        "conflicts": "0",
    }


def test_row_counts_and_coverage(small_run: Path) -> None:
    dom = _dom(small_run)
    counts = dict((name, int(n)) for name, n in cells(dom, "counts"))
    assert counts["contracts"] == 3
    assert counts["contract_organisations"] == 5
    assert len(counts) == 11
    coverage = {row[0]: (row[2], row[4]) for row in cells(dom, "coverage")}
    assert coverage["territory"] == ("3", "100%")
    assert coverage["signed_on"] == ("1", "33%")
    assert coverage["ars_regions"] == ("2", "67%")


def test_errors_and_warnings_are_listed_failures_first(small_run: Path) -> None:
    rows = cells(_dom(small_run), "problems")
    assert [r[:2] for r in rows] == [["fetch", "failure"], ["warning", "warning"]]
    assert rows[1][4] == "text layer <empty> on page 3"


def test_four_plots_as_inline_svg(small_run: Path) -> None:
    dom = _dom(small_run)
    svgs = dom.xpath("//figure/*[local-name()='svg']")
    assert [s.getparent().get("id") for s in svgs] == [
        "timeline",
        "signatories",
        "axes-actions",
        "pilots",
    ]
    for svg in svgs:
        assert svg.xpath(".//*[local-name()='rect']"), svg.getparent().get("id")
    caption = dom.xpath('//figure[@id="timeline"]/figcaption')[0].text_content()
    assert "1 contract(s) with neither a period nor a date are not shown" in caption


def test_missing_fields_per_contract(small_run: Path) -> None:
    dom = _dom(small_run)
    lorient = dom.xpath('//tr[@data-contract="lorient-undated"]')[0]
    assert len(lorient.xpath('td[@class="yes"]')) == 2


def test_page_is_self_contained_and_deterministic(small_run: Path) -> None:
    text = build_report(small_run)
    assert text == build_report(small_run)
    for needle in ("<script", "<link", "<img", "src=", "@import", "url(", "http://", "https://"):
        hits = [m for m in re.findall(rf"\S*{re.escape(needle)}\S*", text)]
        allowed = [h for h in hits if "www.w3.org/2000/svg" in h or "example.org" in h]
        assert hits == allowed, needle
    etree.fromstring(text.split("\n", 1)[1].encode("utf-8"), etree.HTMLParser(recover=False))


def test_long_lists_are_cut_with_a_note(small_run: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page, "MAX_LISTED", 1)
    monkeypatch.setattr(page, "MAX_PLOTTED", 1)
    dom = _dom(small_run)
    assert len(cells(dom, "problems")) == 1
    notes = [n.text_content() for n in dom.xpath('//p[@class="note"]')]
    assert "1 of 2 shown; all are in errors.csv." in notes
    assert "1 of 3 shown; all are in contracts.csv." in notes
    assert len(dom.xpath('//figure[@id="axes-actions"]//*[@class="bar"]')) == 0  # Lorient only
