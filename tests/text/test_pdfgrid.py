"""Ruled tables from strokes: rows, merged cells, and the pages left to pdfplumber."""

from __future__ import annotations

import pytest
from pdfmaker import tight_table_pdf

import pipeline.text.pdf as pdf_reader
from pipeline.text.pdfgrid import Rule, may_hold_table, read_grid_tables
from pipeline.text.pdflines import Line


def grid(xs: list[float], ys: list[float]) -> list[Rule]:
    rules = [Rule(True, y, xs[0], xs[-1]) for y in ys]
    return rules + [Rule(False, x, ys[0], ys[-1]) for x in xs]


def text(s: str, x0: float, top: float) -> Line:
    return Line(s, x0, top, x0 + 6 * len(s), top + 10, 11)


def test_rows_and_cells() -> None:
    rules = grid([50, 250, 450], [100, 130, 160, 200])
    lines = [
        text("Signataire", 55, 110),
        text("Représenté par", 255, 110),
        text("Commune du Val", 55, 140),
        text("La maire", 255, 140),
        text("Agence régionale", 55, 165),
        text("de santé", 55, 180),
        text("Le directeur", 255, 165),
    ]
    result = read_grid_tables(rules, lines)
    assert not result.needs_pdfplumber
    assert [t.rows for t in result.tables] == [
        [
            ["Signataire", "Représenté par"],
            ["Commune du Val", "La maire"],
            ["Agence régionale de santé", "Le directeur"],
        ]
    ]


def test_missing_stroke_merges_cells() -> None:
    rules = grid([50, 250, 450], [100, 130, 160])
    rules = [r for r in rules if not (not r.horizontal and r.at == 250)]
    rules.append(Rule(False, 250, 130, 160))  # the middle stroke only in the second row
    lines = [text("Titre sur deux colonnes", 100, 110), text("a", 55, 140), text("b", 255, 140)]
    table = read_grid_tables(rules, lines).tables[0]
    assert table.rows == [["Titre sur deux colonnes"], ["a", "b"]]


def test_a_box_is_not_a_table() -> None:
    rules = grid([50, 450], [100, 200])
    assert not may_hold_table(rules)
    assert read_grid_tables(rules, [text("Chiffres clés", 60, 120)]).tables == []


def test_text_across_a_stroke_is_left_to_pdfplumber() -> None:
    rules = grid([50, 150, 250], [100, 130, 160])
    lines = [
        text("Porteur", 55, 110),
        text("Dates", 155, 110),
        text("Commune du Val 2025", 55, 140),
    ]
    assert read_grid_tables(rules, lines).needs_pdfplumber


def spy_on_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """Record the pages handed to pdfplumber."""
    calls: list[list[int]] = []
    original = pdf_reader.read_tables

    def spy(data: bytes, pages: list[int]) -> object:
        calls.append(list(pages))
        return original(data, pages)

    monkeypatch.setattr(pdf_reader, "read_tables", spy)
    return calls


def test_tight_table_is_read_by_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = spy_on_pdfplumber(monkeypatch)
    doc = pdf_reader.read_pdf(tight_table_pdf(), "tight", "tight.pdf")
    assert calls == [[1]]
    assert [b.text for b in doc.blocks if b.kind == "table_row"] == [
        "Porteur | Partenaires | Calendrier",
        "Commune du Val | Caisse primaire du Val | 2025-2026",
        "Centre hospitalier | Associations du Val | 2026-2027",
    ]


def test_pdfplumber_is_not_opened_for_clean_grids(
    contract_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = spy_on_pdfplumber(monkeypatch)
    monkeypatch.setattr(pdf_reader, "ocr_page", lambda page: [])
    pdf_reader.read_pdf(contract_bytes, "c", "c.pdf")
    assert calls == [[]]
