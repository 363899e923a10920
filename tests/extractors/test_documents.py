"""Whole short documents written by the team, each checked field by field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.batch.stages import process_source
from pipeline.ingest.sources import Source

DOCS = Path(__file__).resolve().parents[1] / "fixtures" / "docs"

EXPECTED: dict[str, dict[str, Any]] = {
    "narbonne-press.txt": {
        "territory": "Narbonne",
        "lead_body": "Ville de Narbonne",
        "ars_regions": ["Occitanie"],
        "generation": 2,
        "period_start": 2022,
        "period_end": 2026,
        "signed_on": "2022-10-07",
        "n_axes": 5,
        "n_actions": 26,
        "n_signatories": 7,
        "orgs": {("HOSPITAL", "Narbonne", "signatory"), ("CAF", "Aude", "signatory")},
    },
    "coeur-de-nacre-contract.txt": {
        "territory": "Cœur de Nacre",
        "ars_regions": ["Normandie"],
        "generation": None,
        "period_start": 2023,
        "period_end": 2027,
        "signed_on": "2023-03-23",
        "n_axes": 4,
        "n_signatories": 5,
        "orgs": {("CPAM", "Calvados", "signatory")},
    },
    "le-port-page.html": {
        "territory": "Le Port",
        "ars_regions": ["La Réunion"],
        "generation": 3,
        "period_start": 2024,
        "period_end": 2028,
        "signed_on": "2024-05-30",
        "n_axes": 4,
        "n_actions": 31,
        "orgs": {
            ("CPAM", "La Réunion", "signatory"),
            ("EPCI", None, "signatory"),
            ("CCAS", "Le Port", "signatory"),
            ("ASSOCIATION", "La Réunion", "partner"),
        },
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_document(name: str) -> None:
    outcome = process_source(Source(str(DOCS / name)))
    assert outcome.record is not None, outcome.errors
    got = outcome.record
    expected = dict(EXPECTED[name])
    orgs = expected.pop("orgs")
    for field, value in expected.items():
        assert getattr(got, field) == value, field
    found = {(o.type, o.place, o.role) for o in got.organisations}
    assert orgs <= found
