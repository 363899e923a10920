"""Per-field coverage of the contracts, overall and per contract."""

from __future__ import annotations

from pathlib import Path

from reporthelpers import LORIENT, REIMS, RENNES

from pipeline.report.coverage import FIELD_RULES, contract_fields, field_coverage
from pipeline.report.load import load_run


def test_coverage_counts_contracts_with_each_field(small_run: Path) -> None:
    coverage = {c.field: (c.count, c.total) for c in field_coverage(load_run(small_run))}
    assert coverage == {
        "territory": (3, 3),
        "lead_body": (3, 3),
        "ars_regions": (2, 3),
        "generation": (1, 3),
        "period_start": (2, 3),
        "period_end": (2, 3),
        "signed_on": (1, 3),
        "amendments": (1, 3),
        "n_axes": (2, 3),
        "axes": (1, 3),
        "n_actions": (1, 3),
        "actions": (2, 3),
        "n_signatories": (2, 3),
        "organisations": (2, 3),
        "official codes": (2, 3),
    }


def test_each_contract_says_which_fields_it_has(small_run: Path) -> None:
    names = [rule.field for rule in FIELD_RULES]
    per_contract = {
        c.contract_id: dict(zip(names, c.has, strict=True))
        for c in contract_fields(load_run(small_run))
    }
    assert list(per_contract) == [LORIENT, REIMS, RENNES]
    assert [f for f, has in per_contract[LORIENT].items() if has] == ["territory", "lead_body"]
    assert not per_contract[REIMS]["n_actions"]
    assert per_contract[RENNES]["signed_on"]


def test_share_of_no_contract_is_zero(tmp_path: Path) -> None:
    from pipeline.report.coverage import FieldCoverage

    assert FieldCoverage("territory", "contracts.territory", 0, 0).share == 0.0
    assert FieldCoverage("territory", "contracts.territory", 1, 4).share == 0.25
