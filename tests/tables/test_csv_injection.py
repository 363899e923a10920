"""Formula injection: text cells a spreadsheet would run are quoted in CSV only, plain
numbers are not, Parquet and DuckDB keep the raw value, and the report reads it back."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.report.load import load_run
from pipeline.tables.csvsafe import escape, unescape
from pipeline.tables.write import DUCKDB_NAME


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("=1+1 Prévention", "'=1+1 Prévention"),
        ("+33 1 23 45 67 89 (accueil)", "'+33 1 23 45 67 89 (accueil)"),
        ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
        ("@etalab/decoupage-administratif 4.0", "'@etalab/decoupage-administratif 4.0"),
        ("\t=HYPERLINK(1)", "'\t=HYPERLINK(1)"),
        ("\r=1", "'\r=1"),
        ("'=1", "''=1"),
        ("-1.5", "-1.5"),
        ("+33", "+33"),
        ("-2,5", "-2,5"),
        ("-1e3", "-1e3"),
        ("'quoted", "'quoted"),
        ("Axe 1 = prévention", "Axe 1 = prévention"),
        ("", ""),
    ],
)
def test_formula_cells_get_a_quote_and_come_back(text: str, cell: str) -> None:
    assert escape(text) == cell
    assert unescape(cell) == text


PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>=1+1 Prévention</title></head>
<body><main><h1>Contrat local de santé de Lunel</h1>
<p>Le contrat local de santé de Lunel a été signé le 4 mai 2022 par l'ARS Occitanie
et la Ville de Lunel pour la période 2022-2026.</p>
</main></body></html>
"""


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "=HYPERLINK(evil).html").write_text(PAGE, encoding="utf-8")
    out = tmp_path_factory.mktemp("tables") / "out"
    args = ["run", str(corpus), "--out", str(out), "--raw-dir", str(out.parent / "raw")]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_no_csv_cell_of_a_run_starts_like_a_formula(published: Path) -> None:
    cells = [
        value
        for path in sorted(published.glob("*.csv"))
        for row in _csv_rows(path)
        for value in row.values()
    ]
    risky = [c for c in cells if c.startswith(("=", "+", "-", "@")) and escape(c) != c]
    assert risky == []
    assert "'=HYPERLINK(evil)" in cells  # the document id from the file name
    assert any(c.startswith("'@etalab/") for c in cells)  # the project's own geo_vintage


def test_parquet_duckdb_and_the_report_keep_the_raw_values(published: Path) -> None:
    documents = pq.read_table(published / "documents.parquet").to_pylist()
    assert [d["document_id"] for d in documents] == ["=HYPERLINK(evil)"]
    with duckdb.connect(str(published / DUCKDB_NAME), read_only=True) as db:
        row = db.execute("select document_id from documents").fetchone()
        vintage = db.execute("select distinct geo_vintage from contracts").fetchone()
    assert row == ("=HYPERLINK(evil)",)
    assert vintage is not None and str(vintage[0]).startswith("@etalab/")
    loaded = load_run(published)
    assert [d["document_id"] for d in loaded.tables["documents"]] == ["=HYPERLINK(evil)"]
