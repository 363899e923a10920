"""Page dates: date lines and bylines read as ISO dates, prose left alone."""

from __future__ import annotations

import pytest

from pipeline.text.pagedates import dates_in_line, is_date_line, is_dateline_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("02.10.2019", {"published": "2019-10-02"}),
        ("Publié le 3 mars 2024", {"published": "2024-03-03"}),
        ("Mis à jour le 18/05/2018", {"modified": "2018-05-18"}),
        ("Actualité – mise à jour le 14/01/2025", {"modified": "2025-01-14"}),
        ("07 février 2025", {"published": "2025-02-07"}),
        ("1er août 2023", {"published": "2023-08-01"}),
        (
            "Publié le 3 mars 2024, mis à jour le 1er avril 2024",
            {"published": "2024-03-03", "modified": "2024-04-01"},
        ),
        ("2024-03-12T09:00:00+01:00", {"published": "2024-03-12"}),
        ("31/02/2024", {"published": "2024-02-31"}),  # kept as written: a page's claim
        ("45/13/2024", {}),
        ("en 2024", {}),
    ],
)
def test_dates_in_line(line: str, expected: dict[str, str]) -> None:
    assert dates_in_line(line) == expected


@pytest.mark.parametrize(
    ("line", "date_line", "dateline_text"),
    [
        ("02.10.2019", True, True),
        ("Mis à jour le 18/05/2018", True, True),
        ("Mardi 26 novembre 2024", True, True),
        ("Par Hélène Roux · Langogne, mardi 30 avril 2019", False, True),
        ("Bressuire, 27/11/2024 · Par Julien Texier", False, True),
        ("Le 13 mai 2024, le contrat local de santé a été signé pour la quatrième fois.",
         False, False),
        ("Réuni le 30 septembre 2024, le conseil communautaire a pris acte du bilan.",
         False, False),
        ("Par délibération du 6 juin 2024", False, False),
        ("Publié le 4 avril 2022 par la rédaction | Lecture : 2 min", False, True),
        ("Mis à jour le 3/5/2021 — service communication", False, True),
        ("Publié en 2021, le rapport du 4 avril 2022 est en ligne", False, False),
    ],
)  # fmt: skip
def test_date_lines(line: str, date_line: bool, dateline_text: bool) -> None:
    assert is_date_line(line) is date_line
    assert is_dateline_text(line) is dateline_text
