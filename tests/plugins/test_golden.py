"""Every territory extractor ships a golden pair: its input gives its expected fields."""

from __future__ import annotations

import json
from typing import Any

import pytest

from extractors import extract_record
from extractors.api import TerritoryExtractor
from extractors.registry import default_registry
from pipeline.text.plain import read_text

TERRITORIAL = [
    r.extractor
    for r in default_registry().territorial()
    if isinstance(r.extractor, TerritoryExtractor)
]


@pytest.mark.parametrize("extractor", TERRITORIAL, ids=lambda e: e.name)
def test_golden_pair(extractor: TerritoryExtractor) -> None:
    folder = extractor.golden_dir()
    doc = read_text((folder / "input.txt").read_text("utf-8"), "golden", "golden")
    assert extractor.applies_to(doc)
    got = extract_record(doc).to_dict()
    expected: dict[str, Any] = json.loads((folder / "expected.json").read_text("utf-8"))
    for field, value in expected.items():
        if field == "organisations":
            for org in value:
                assert org in got["organisations"], org
        else:
            assert got[field] == value, field
    assert any(
        ev.get("extractor") == extractor.name
        for evs in got["evidence"].values()
        for ev in (evs if isinstance(evs, list) else [evs])
    )
