"""Running headers, footers and page numbers."""

from __future__ import annotations

import pytest

from pipeline.text.pdflines import Line
from pipeline.text.pdfrunning import _median, is_page_number, running_keys, strip_running

HEIGHT = 842.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", True),
        ("- 12 -", True),
        ("Page 3 / 10", True),
        ("page 3 sur 10", True),
        ("iv", True),
        ("p. 4", True),
        ("2015-2018", False),
        ("Article 3", False),
        ("Page de garde", False),
    ],
)
def test_is_page_number(text: str, expected: bool) -> None:
    assert is_page_number(text) is expected


def page(number: int, body: list[str]) -> list[Line]:
    lines = [Line("Contrat local de santé 2015-2018", 50, 30, 300, 40, 9)]
    lines += [Line(t, 50, 100 + 20 * i, 500, 112 + 20 * i, 12) for i, t in enumerate(body)]
    lines.append(Line(f"Page {number} / 5", 480, 800, 540, 810, 9))
    return lines


def test_running_lines_are_removed_and_body_kept() -> None:
    pages = [page(n, [f"Texte de la page {n}", "Suite"]) for n in range(1, 6)]
    keys = running_keys([(lines, HEIGHT) for lines in pages])
    kept = strip_running(pages[2], HEIGHT, keys)
    assert [ln.text for ln in kept] == ["Texte de la page 3", "Suite"]


def test_a_title_repeated_in_the_body_is_kept() -> None:
    pages = [page(n, ["Contrat local de santé 2015-2018"]) for n in range(1, 6)]
    keys = running_keys([(lines, HEIGHT) for lines in pages])
    kept = strip_running(pages[0], HEIGHT, keys)
    assert [ln.text for ln in kept] == ["Contrat local de santé 2015-2018"]
    assert kept[0].top == 100


def test_a_single_page_keeps_its_top_line() -> None:
    lines = page(1, ["Texte"])
    assert running_keys([(lines, HEIGHT)]) == {}
    assert strip_running(lines, HEIGHT, {})[0].text.startswith("Contrat")


def test_a_cover_title_larger_than_its_running_copies_stays() -> None:
    """The cover prints "AVENANT N° 1" large under the running "Avenant n° 1" of every page."""
    pages = [page(n, ["Texte"]) for n in range(1, 6)]
    for lines in pages:
        lines.insert(0, Line("Avenant n° 1", 450, 20, 540, 29, 9))
    pages[0].insert(1, Line("AVENANT N° 1", 200, 50, 400, 70, 20))
    keys = running_keys([(lines, HEIGHT) for lines in pages])
    assert "avenant n° #" in keys
    cover = [ln.text for ln in strip_running(pages[0], HEIGHT, keys)]
    assert "AVENANT N° 1" in cover
    assert "Avenant n° 1" not in cover


@pytest.mark.parametrize(
    "values",
    [
        [10.0],
        [12.0, 9.5],
        [9.5, 12.0, 11.04],
        [8.0, 8.0, 10.0, 11.5],
        [3.0, 1.0, 2.0, 4.0, 5.0, 6.0],
    ],
)
def test_median_is_statistics_median(values: list[float]) -> None:
    """The reader's own median (``statistics`` is not imported for it) gives the same
    value and type as ``statistics.median``, so the running sizes are unchanged."""
    import statistics

    expected = statistics.median(values)
    assert _median(values) == expected
    assert type(_median(values)) is type(expected)
