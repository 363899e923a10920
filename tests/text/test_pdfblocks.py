"""Joining printed lines and table cells: hyphenation, spacing."""

from __future__ import annotations

import pytest

from pipeline.text.pdfblocks import clean_cell, join_lines
from pipeline.text.pdflines import HYPHEN_MARK


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["Les signa-", "taires du contrat"], "Les signataires du contrat"),
        ([f"les signa{HYPHEN_MARK}", "taires"], "les signataires"),
        (["le Pays du Trégor-", "Goëlo"], "le Pays du Trégor-Goëlo"),
        ([f"Trégor{HYPHEN_MARK}", "Goëlo"], "Trégor-Goëlo"),
        (["la commu\u00ad", "nauté"], "la communauté"),
        (["période 2024-", "2028"], "période 2024- 2028"),
        (["une phrase", "qui continue"], "une phrase qui continue"),
        (["  ", "seul"], "seul"),
        (["– liste", "suite"], "– liste suite"),
    ],
)
def test_join_lines(parts: list[str], expected: str) -> None:
    assert join_lines(parts) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Agence Régionale de Santé\nBretagne", "Agence Régionale de Santé Bretagne"),
        ("Conseil départe-\nmental", "Conseil départemental"),
        (None, ""),
        ("  ", ""),
    ],
)
def test_clean_cell(cell: str | None, expected: str) -> None:
    assert clean_cell(cell) == expected
