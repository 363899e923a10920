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
        text("Agence régionale de santé du", 55, 165),  # wrapped: "Grand" does not fit
        text("Grand Est", 55, 180),
        text("Le directeur", 255, 165),
    ]
    result = read_grid_tables(rules, lines)
    assert not result.needs_pdfplumber
    assert [t.rows for t in result.tables] == [
        [
            ["Signataire", "Représenté par"],
            ["Commune du Val", "La maire"],
            ["Agence régionale de santé du Grand Est", "Le directeur"],
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


def test_plot_grid_with_labels_across_it_is_no_table() -> None:
    """A plot's grid lines hold labels on some strokes and nothing in their cells."""
    xs = [50.0 + 40 * i for i in range(8)]
    ys = [100.0 + 30 * i for i in range(7)]
    lines = [text("R [kpc] 0 10 20 30 40", 40, 285), text("pop I", 120, 105)]
    result = read_grid_tables(grid(xs, ys), lines)
    assert result.tables == []
    assert not result.needs_pdfplumber


def test_table_drawn_cell_by_cell_is_read_past_the_stroke_limit() -> None:
    """Thousands of strokes that join into a few rulings are a table, not a drawing."""
    xs, ys = [50.0, 250.0, 450.0], [100.0, 130.0, 160.0]
    rules = []
    for y in ys:  # each ruling drawn as 300 short dashes end to end
        rules += [Rule(True, y, 50 + 400 * i / 300, 50 + 400 * (i + 1) / 300) for i in range(300)]
    for x in xs:
        rules += [Rule(False, x, 100 + 60 * i / 100, 100 + 60 * (i + 1) / 100) for i in range(100)]
    lines = [text("Porteur", 55, 110), text("Dates", 255, 110)]
    lines += [text("Commune", 55, 140), text("2025", 255, 140)]
    result = read_grid_tables(rules, lines)
    assert [t.rows for t in result.tables] == [[["Porteur", "Dates"], ["Commune", "2025"]]]


def test_many_scattered_strokes_are_a_drawing() -> None:
    rules = [Rule(i % 2 == 0, 100.0 + 3 * i, 40.0 + i % 50, 60.0 + i % 50) for i in range(2000)]
    assert read_grid_tables(rules, [text("Figure 3", 60, 120)]) == read_grid_tables([], [])


def test_table_reading_stops_at_its_time_budget() -> None:
    from pipeline.text.pdftables import read_tables

    warnings: list[str] = []
    data = tight_table_pdf()
    assert read_tables(data, [1], warnings=warnings, budget_s=0.0) == {}
    assert warnings == ["tables of pages 1 not read: table reading took more than 0 s"]
    assert list(read_tables(data, [1], crops={1: (0.0, 0.0, 600.0, 850.0)})) == [1]


def spy_on_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """Record the pages handed to pdfplumber."""
    calls: list[list[int]] = []
    original = pdf_reader.read_tables

    def spy(data: bytes, pages: list[int], **options: object) -> object:
        calls.append(list(pages))
        return original(data, pages, **options)  # type: ignore[arg-type]

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


def test_heavy_page_keeps_the_stroke_reader_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Beside thousands of drawn objects pdfplumber would take seconds: not opened."""
    calls = spy_on_pdfplumber(monkeypatch)
    doc = pdf_reader.read_pdf(tight_table_pdf(dots=2500), "heavy", "heavy.pdf")
    assert calls == [[]]
    rows = [b.text for b in doc.blocks if b.kind == "table_row"]
    assert len(rows) == 3
    assert rows[0].startswith("Porteur")


def test_pdfplumber_is_not_opened_for_clean_grids(
    contract_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = spy_on_pdfplumber(monkeypatch)
    monkeypatch.setattr(pdf_reader, "ocr_page", lambda page: [])
    pdf_reader.read_pdf(contract_bytes, "c", "c.pdf")
    assert calls == [[]]
