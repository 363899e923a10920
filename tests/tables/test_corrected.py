"""Corrections in the tables: the analyst's value, its provenance, the original kept."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
from tablehelpers import assert_keys_hold, by_key, corpus

from pipeline.corrections import Correction, CorrectionsFile, Problem, append_correction, load
from pipeline.tables import build_tables, write_tables


def fix(doc: str, field: str, value: str, action: str = "correct", item: str = "") -> Correction:
    return Correction(doc, "", field, item, action, value, "", "2026-12-04T10:00:00Z")  # type: ignore[arg-type]


def corrected(*rows: Correction, problems: list[Problem] | None = None) -> CorrectionsFile:
    return CorrectionsFile("corrections.csv", list(rows), problems or [])


def evidence(
    tables: dict[str, list[dict[str, object]]], doc: str, field: str, item: int = 0
) -> dict[str, object]:
    found = [
        r
        for r in tables["evidence"]
        if (r["document_id"], r["field"], r["item_no"]) == (doc, field, item)
    ]
    assert len(found) == 1
    return found[0]


def test_without_corrections_every_value_comes_from_an_extractor() -> None:
    tables = build_tables(corpus())
    assert {r["provenance"] for r in tables["evidence"]} == {"extractor"}
    assert all(r["original_value"] is None for r in tables["evidence"])


def test_a_corrected_value_reaches_the_contract_with_provenance_analyst() -> None:
    tables = build_tables(
        corpus(),
        corrected(
            fix("reims-page", "period_start", "2019"),
            fix("reims-page", "axes", "Santé mentale", item="2"),
        ),
    )
    assert_keys_hold(tables)
    row = evidence(tables, "reims-page", "period_start")
    assert (row["value"], row["provenance"], row["original_value"], row["chosen"]) == (
        "2019",
        "analyst",
        "2018",
        True,
    )
    assert (row["char_start"], row["snippet"]) == (120, "Il couvre donc les années 2018 à 2022")
    contract = next(c for c in tables["contracts"] if c["territory"] == "Reims")
    assert contract["period_start"] == 2019
    assert [a["title"] for a in tables["axes"] if a["contract_id"] == contract["contract_id"]] == [
        "Environnement favorable à la santé",
        "Santé mentale",
    ]
    assert evidence(tables, "reims-page", "axes", 1)["provenance"] == "extractor"


def test_not_stated_gives_way_to_the_next_document_that_states_it() -> None:
    tables = build_tables(
        corpus(), corrected(fix("reims-page", "n_signatories", "", action="not_stated"))
    )
    assert not [
        r
        for r in tables["evidence"]
        if (r["document_id"], r["field"]) == ("reims-page", "n_signatories")
    ]
    contract = next(c for c in tables["contracts"] if c["territory"] == "Reims")
    assert contract["n_signatories"] == 9  # the press article's value, now unopposed
    assert contract["n_conflicts"] == len(
        [c for c in tables["conflicts"] if c["contract_id"] == contract["contract_id"]]
    )


def test_corrections_that_do_not_fit_the_run_become_error_rows() -> None:
    tables = build_tables(
        corpus(),
        corrected(
            fix("nowhere", "territory", "X"),
            fix("reims-page", "period_start", "vingt"),
            problems=[Problem(7, "unknown action 'erase'")],
        ),
    )
    messages = [(r["source"], r["stage"], r["message"]) for r in tables["errors"]]
    assert (
        "corrections.csv",
        "normalise",
        "line 7: unknown action 'erase': correction not applied",
    ) in messages
    assert (
        "corrections.csv",
        "normalise",
        "line 0: no document 'nowhere' in this run: correction not applied",
    ) in messages
    assert any("'vingt' is not a whole number" in m for _, _, m in messages)
    assert by_key(tables, "contracts", "territory")["Reims"]["period_start"] == 2018


def test_the_written_files_carry_provenance_and_original(tmp_path: Path) -> None:
    path = tmp_path / "corrections.csv"
    append_correction(path, fix("rennes-2025", "period_end", "2031"))
    write_tables(build_tables(corpus(), load(path)), tmp_path / "out")
    table = pq.read_table(tmp_path / "out" / "evidence.parquet").to_pylist()
    row = next(r for r in table if (r["document_id"], r["field"]) == ("rennes-2025", "period_end"))
    assert (row["value"], row["provenance"], row["original_value"]) == ("2031", "analyst", "2030")
    assert (
        "provenance,original_value"
        in (tmp_path / "out" / "evidence.csv").read_text(encoding="utf-8").splitlines()[0]
    )
