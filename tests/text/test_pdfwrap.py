"""Wrapped lines and lines broken by hand, read from real PDFs: bold run-in headings and
table cells written one item per line."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from layoutpdfs import cell_lists_pdf, run_in_headings_pdf

from extractors.generic.actions_text import split_items
from pipeline.model import Document
from pipeline.text import read_bytes
from pipeline.text.pdflines import Line, read_page_lines
from pipeline.text.pdftables import read_tables


@pytest.fixture(scope="module")
def run_in_pdf() -> bytes:
    return run_in_headings_pdf()


@pytest.fixture(scope="module")
def run_in(run_in_pdf: bytes) -> Document:
    return read_bytes(run_in_pdf, "run-in", "run-in.pdf", "pdf")


def _lines(data: bytes) -> list[Line]:
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        return read_page_lines(page, textpage)
    finally:
        pdf.close()


def test_a_line_opening_in_bold_keeps_its_bold_words_as_its_lead(run_in_pdf: bytes) -> None:
    lines = {line.text.split()[0]: line for line in _lines(run_in_pdf)}
    assert lines["habitants"].lead == "habitants du territoire du Val."
    assert not lines["habitants"].bold
    assert lines["Objectif."].lead == "Objectif."
    assert lines["Axe"].bold and lines["Axe"].lead == ""  # wholly bold: no lead
    assert lines["Le"].lead == ""  # no bold at all


def test_a_wrapped_run_in_heading_is_one_heading_and_its_text_a_paragraph(
    run_in: Document,
) -> None:
    kinds = [(b.kind, b.text) for b in run_in.blocks]
    assert (
        "heading",
        "Axe 1 – Agir sur les déterminants de la santé des habitants du territoire du Val",
    ) in kinds
    assert (
        "paragraph",
        "Mobilité, logement, alimentation : la santé se construit d'abord en dehors du "
        "cabinet médical, dans la vie de tous les jours.",
    ) in kinds


def test_a_bold_heading_line_before_a_bold_opening_word_stays_alone(run_in: Document) -> None:
    """The heading ends well before the right edge though "Objectif." would have fitted
    on it: its line was broken by hand, and the bold word opens the paragraph."""
    kinds = [(b.kind, b.text) for b in run_in.blocks]
    assert ("heading", "Axe 3 – Santé mentale") in kinds
    assert kinds[-1][0] == "paragraph"
    assert kinds[-1][1].startswith("Objectif. Former les acteurs de première ligne")


def test_a_run_in_heading_on_one_line_stays_in_its_paragraph(run_in: Document) -> None:
    texts = [b.text for b in run_in.blocks]
    assert any(t.startswith("Axe 2 – Accès aux soins. Repérer les ruptures") for t in texts)


@pytest.fixture(scope="module")
def cell_rows() -> list[list[str]]:
    doc = read_bytes(cell_lists_pdf(), "cells", "cells.pdf", "pdf")
    return [b.text.split(" | ") for b in doc.blocks if b.kind == "table_row"]


def test_a_cell_written_one_item_per_line_keeps_its_items_apart(
    cell_rows: list[list[str]],
) -> None:
    partners = [row[1] for row in cell_rows if row[0] == "Partenaires"]
    assert partners[0] == "Faculté de médecine de Clermont-Ferrand ; CDOM du Cantal"
    assert partners[1] == "écoles ; cantines ; centre hospitalier La Chartreuse"
    assert split_items(partners[0]) == ["Faculté de médecine de Clermont-Ferrand", "CDOM du Cantal"]


def test_a_list_with_its_own_commas_joins_as_written(cell_rows: list[list[str]]) -> None:
    partners = [row[1] for row in cell_rows if row[0] == "Partenaires"]
    assert partners[2] == "CPAM du Val, associations de retraités"


def test_lines_wrapped_by_the_cell_stay_one_text(cell_rows: list[list[str]]) -> None:
    fields = {row[0]: row[1] for row in cell_rows}
    assert fields["Fiche action"] == "n° 1.1 – Accueillir les internes et les jeunes médecins"
    assert fields["Objectif"].startswith("Proposer un logement, un accueil et un tutorat aux")
    assert " ; " not in fields["Objectif"]
    assert fields["Pilote"] == "Communauté de communes des Hautes Terres et du Pays de Saint-Flour"


def test_lines_parted_by_a_paragraph_spacing_are_items(cell_rows: list[list[str]]) -> None:
    fields = {row[0]: row[1] for row in cell_rows}
    assert fields["Signataires"] == "Pour le PETR du Pays de Lafayette ; Le Président ; Jean Martin"


def test_pdfplumber_cells_keep_their_items_apart_too() -> None:
    """The pages left to pdfplumber get the same rule, each printed line of a cell
    matched to its characters."""
    rows = {row[0]: row[1] for row in read_tables(cell_lists_pdf(), [1])[1][0].rows}
    assert rows["Signataires"] == "Pour le PETR du Pays de Lafayette ; Le Président ; Jean Martin"
    assert rows["Pilote"] == "Communauté de communes des Hautes Terres\net du Pays de Saint-Flour"


def test_a_short_line_of_narrow_letters_is_no_item() -> None:
    """'Moyens de' / 'droit' / 'commun' in a narrow cell: at the mean width of 'droit'
    alone, 'commun' would seem to fit; its own width says it does not."""
    pdf = Path(__file__).parent.parent / "fixtures" / "actions" / "a03-tableau-unique.pdf"
    rows = [row for table in read_tables(pdf.read_bytes(), [1])[1] for row in table.rows]
    fa5 = next(row for row in rows if row[0] == "FA 5")
    assert fa5[-1] == "Moyens de\ndroit\ncommun"
