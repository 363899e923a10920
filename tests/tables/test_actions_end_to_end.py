"""``cls-pipeline run`` on pages with fiches actions: the actions table in every format.

The two accordion pages of ``tests/fixtures/actions`` are run through the whole batch;
the actions are read back from the CSV, Parquet and DuckDB files, the package validates
with frictionless, the foreign key to contracts holds and ``n_actions`` counts the rows.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from frictionless import validate

from pipeline.cli import cli
from pipeline.tables.write import DUCKDB_NAME

PAGES = ("a05-accordeon", "a06-accordeon-boutons")


@pytest.fixture
def out(root: Path, tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in PAGES:
        shutil.copy(root / "tests" / "fixtures" / "actions" / f"{name}.html", corpus)
    folder = tmp_path / "processed"
    result = CliRunner().invoke(
        cli, ["run", str(corpus), "--out", str(folder), "--raw-dir", str(tmp_path / "raw")]
    )
    assert result.exit_code == 0, result.output
    return folder


def test_actions_in_every_format_with_the_key_to_contracts(root: Path, out: Path) -> None:
    report = validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    with (out / "actions.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    gold = [
        a
        for name in PAGES
        for a in json.loads((root / "tests/fixtures/actions" / f"{name}.actions.json").read_text())
    ]
    assert sorted(r["title"] for r in rows) == sorted(a["title"] for a in gold)
    filled = next(r for r in rows if r["number"] == "1.1")
    assert filled["pilot"] == "Centre social intercommunal"
    assert filled["partners"] == "CAF de la Seine-Maritime ; diététiciens libéraux"
    assert (filled["start_year"], filled["end_year"]) == ("2025", "2028")
    assert (filled["budget_eur"], filled["budget_per_year"]) == ("5000.0", "true")
    parquet = pq.read_table(out / "actions.parquet").to_pylist()
    assert len(parquet) == len(rows)
    assert {r["pilot_type"] for r in parquet} >= {"COMMUNE", "CCAS"}
    con = duckdb.connect(str(out / DUCKDB_NAME), read_only=True)
    try:
        orphans = con.execute(
            "SELECT count(*) FROM actions a LEFT JOIN contracts c USING (contract_id) "
            "WHERE c.contract_id IS NULL"
        ).fetchone()
        counted = con.execute(
            "SELECT c.n_actions, count(*) FROM actions a JOIN contracts c USING (contract_id) "
            "GROUP BY c.contract_id, c.n_actions"
        ).fetchall()
    finally:
        con.close()
    assert orphans == (0,)
    assert counted and all(n == rows_of for n, rows_of in counted)
