"""Plots whose labels are left out of the running text, and the graphics of a contract
(ruled tables, logo strips, decorated backgrounds) whose text stays."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from figurepdfs import (
    AXIS_X,
    AXIS_Y,
    BUDGET,
    CAPTION,
    COVER,
    PARAGRAPH,
    PARTNERS,
    SWOOSH_TEXT,
    TICKS_X,
    TICKS_Y,
    cover_pdf,
    graphics_pdf,
    plot_pdf,
)

from pipeline.model import Document
from pipeline.text import read_bytes
from pipeline.text.pdffigures import Marks, figure_regions, without_figures
from pipeline.text.pdfgrid import Rule, page_rules
from pipeline.text.pdflines import Line, read_page_lines


def _read(data: bytes) -> Document:
    return read_bytes(data, "fig", "fig.pdf", "pdf")


def _words(doc: Document) -> list[str]:
    return [word for block in doc.blocks for word in block.text.split()]


@pytest.mark.parametrize("in_form", [False, True], ids=["on the page", "in a form XObject"])
def test_a_plots_labels_are_left_out_and_the_paragraph_beside_it_kept(in_form: bool) -> None:
    doc = _read(plot_pdf(in_form=in_form))
    texts = [block.text for block in doc.blocks]
    assert texts == [" ".join(PARAGRAPH), CAPTION]
    labels = {*TICKS_Y, AXIS_X, AXIS_Y}  # "2019" and "2023" are in the paragraph too
    assert not labels & {word for text in texts[:1] for word in text.split()}
    assert not {*TICKS_X, *TICKS_Y, AXIS_X} & set(CAPTION.split())


def test_a_ruled_table_a_logo_strip_and_a_decorated_page_keep_their_text() -> None:
    doc = _read(graphics_pdf())
    rows = [block.text for block in doc.blocks if block.kind == "table_row"]
    assert rows == [" | ".join(row) for row in BUDGET]
    words = set(_words(doc))
    for text in [*SWOOSH_TEXT, *PARTNERS]:
        assert set(text.split()) <= words


def _page(data: bytes) -> tuple[Marks, list[Rule], list[Line], float, float]:
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0]
        marks = Marks()
        rules = page_rules(page, marks)
        textpage = page.get_textpage()
        lines = read_page_lines(page, textpage)
        textpage.close()
        return marks, rules, lines, page.get_width(), page.get_height()
    finally:
        pdf.close()


def test_the_decorated_page_has_marks_enough_but_the_text_of_an_article() -> None:
    marks, rules, lines, width, height = _page(graphics_pdf())
    assert len(marks) >= 30  # the swoosh, the dotted frame and the logos
    assert figure_regions(marks, lines, width, height, rules) == []


def test_a_plot_is_found_where_its_marks_are_with_its_axes() -> None:
    marks, rules, lines, width, height = _page(plot_pdf())
    [region] = figure_regions(marks, lines, width, height, rules)
    assert region.x0 > 300  # the right column only: the paragraph is left of it
    kept = without_figures(marks, lines, (width, height), None, None, rules)
    assert [ln.text for ln in kept] == [*PARAGRAPH, CAPTION]
    # without its axes, the plot ends at its lowest data point, above the x labels
    without_axes = [ln.text for ln in without_figures(marks, lines, (width, height), None, None)]
    assert TICKS_X[0] in without_axes


def _marks(boxes: list[tuple[float, float, float, float]]) -> Marks:
    marks = Marks()
    for box in boxes:
        marks.add(*box)
    return marks


def test_few_marks_are_no_plot() -> None:
    lines = [Line(str(n), 100, 100 + 12 * n, 110, 108 + 12 * n, 8) for n in range(10)]
    marks = _marks([(100 + n, 100, 102 + n, 102) for n in range(29)])
    assert without_figures(marks, lines, (595, 842), None, None) == lines


def test_numbers_in_a_table_are_kept_even_inside_a_plots_area() -> None:
    marks = _marks([(100 + 3 * n, 100 + n % 7, 102 + 3 * n, 102 + n % 7) for n in range(60)])
    ticks = [Line(str(10 * n), 100 + 30 * n, 110, 112 + 30 * n, 118, 8) for n in range(5)]
    cell = Line("250", 150, 95, 165, 103, 8)
    table_box = (140.0, 90.0, 200.0, 106.0)
    kept = without_figures(marks, [*ticks, cell], (595, 842), None, table_box)
    assert kept == [cell]


def test_a_covers_title_and_years_over_artwork_are_kept() -> None:
    texts = [block.text for block in _read(cover_pdf()).blocks]
    for line in COVER:
        assert line in " ".join(texts)
    assert "1 2 3" not in texts  # the artwork's small numbers are its labels: left out
