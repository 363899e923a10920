"""The data behind the plots: timeline, signatories by type and region, axes and actions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reporthelpers import REIMS, RENNES

from pipeline.report.load import RunTables, load_run
from pipeline.report.series import (
    MAX_REGIONS,
    NO_ARS,
    OTHER_REGIONS,
    UNNAMED_ARS,
    axes_actions,
    contract_label,
    signatories,
    timeline,
    year_fraction,
)


def test_year_fraction() -> None:
    assert year_fraction(date(2020, 1, 1)) == 2020.0
    assert year_fraction(date(2021, 7, 2)) == pytest.approx(2021.5, abs=0.01)


def test_contract_label_names_territory_generation_and_period() -> None:
    row = {
        "contract_id": "x",
        "territory": "Reims",
        "generation": 2,
        "period_start": 2018,
        "period_end": None,
    }
    assert contract_label(row) == "Reims · CLS 2 · 2018–?"
    assert contract_label({"contract_id": "x", "territory": None}) == "x"


def test_timeline_places_periods_signatures_and_amendments(small_run: Path) -> None:
    data = timeline(load_run(small_run))
    assert data.undated == 1
    assert [r.contract_id for r in data.rows] == [REIMS, RENNES]
    reims, rennes = data.rows
    assert (reims.start, reims.end) == (2018.0, 2023.0)
    assert [(m.kind, round(m.at, 2)) for m in reims.marks] == [
        ("amendment", 2022.19),
        ("extension", 2023.0),
    ]
    assert reims.marks[0].label == "amendment 2 signed 2022-03-10"
    assert reims.marks[1].label == "amendment 1, extends to 2022"
    assert [m.kind for m in rennes.marks] == ["signed"]


def test_signatories_by_type_and_ars_region_leave_partners_out(small_run: Path) -> None:
    data = signatories(load_run(small_run))
    assert data.values == {
        ("ARS", "Grand Est"): 1,
        ("CAF", "Grand Est"): 1,
        ("COMMUNE", "Grand Est"): 1,
        ("HOSPITAL", UNNAMED_ARS): 1,
    }
    assert data.series == ("Grand Est", UNNAMED_ARS)


def _run(tables: dict[str, list[dict[str, object]]]) -> RunTables:
    return RunTables(Path("."), "t", "", tables)  # type: ignore[arg-type]


def test_regions_beyond_the_largest_are_summed_as_other_regions() -> None:
    regions = [f"Région {n:02d}" for n in range(MAX_REGIONS + 3)]
    members, ars = [], []
    for n, region in enumerate(regions):
        ars.append({"contract_id": f"c{n}", "region_no": 1, "ars_region": region})
        members += [
            {"contract_id": f"c{n}", "organisation_id": f"o{n}-{k}", "role": "signatory"}
            for k in range(len(regions) - n)
        ]
    members.append({"contract_id": "lonely", "organisation_id": "x", "role": "signatory"})
    data = signatories(
        _run({"organisations": [], "contract_ars_regions": ars, "contract_organisations": members})
    )
    assert data.series == (*regions[:MAX_REGIONS], OTHER_REGIONS)
    assert data.values[("OTHER", OTHER_REGIONS)] == 3 + 2 + 1 + 1  # three regions and no ARS
    assert NO_ARS not in data.series


def test_axes_and_actions_keep_unknown_counts_unknown(small_run: Path) -> None:
    data = axes_actions(load_run(small_run))
    assert data.series == ("axes", "actions")
    assert dict(zip(data.labels, data.values, strict=True)) == {
        "Lorient": (None, None),
        "Reims · CLS 2 · 2018–2022": (5, None),
        "Rennes Métropole · 2025–2030": (5, 27),
    }
