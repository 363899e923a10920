"""``cls-pipeline run`` on a small corpus written here: structure, keys and determinism.

The corpus holds a web page and a press article about the same CLS (Reims, second
generation) and a page about another contract (Rennes Métropole). The sources file gives
each document's territory, as a researcher's list of sources may. The extractors are
written elsewhere, so this test asserts structure only: every table in every format, a
package that validates, DuckDB keys that hold, a second run that changes no byte.
"""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from frictionless import validate

from pipeline.cli import cli
from pipeline.tables import TABLES
from pipeline.tables.write import DUCKDB_NAME, output_names

PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<title>Contrat local de santé 2e génération - Ville de Reims</title>
<meta property="article:published_time" content="2022-03-14T09:00:00+01:00"></head>
<body><main>
<h1>Le Contrat Local de Santé de deuxième génération (CLS 2)</h1>
<p>La Ville de Reims et l'Agence Régionale de Santé Grand Est portent ensemble le
CLS de deuxième génération, qui couvre les années 2018 à 2022.</p>
<p>Un avenant a été signé le jeudi 10 mars 2022 pour intégrer le CCAS.</p>
<h2>Les signataires</h2>
<ul><li>La Ville de Reims</li><li>L'Agence Régionale de Santé Grand Est</li>
<li>La Caisse d'Allocations Familiales de la Marne</li></ul>
<h2>Axe 1 : Environnement favorable à la santé</h2>
<h2>Axe 2 : Accès aux soins et prévention</h2>
</main></body></html>
"""

PRESS = """Reims : la santé de proximité prolongée

Le deuxième Contrat Local de Santé (CLS) de Reims, signé pour 2018-2020, court désormais
jusqu'en 2022. La Ville, l'ARS Grand Est et sept autres partenaires l'ont signé.
"""

OTHER = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Rennes Métropole - CLS</title></head>
<body><main><h1>Un Contrat Local de Santé pour 2025-2030</h1>
<p>Rennes Métropole a signé son CLS 2025-2030 avec l'ARS et vingt
partenaires. Il compte 27 fiches actions.</p></main></body></html>
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The documents and a sources file naming their territories."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "reims-cls2-page.html").write_text(PAGE, encoding="utf-8")
    (folder / "reims-cls2-presse.txt").write_text(PRESS, encoding="utf-8")
    (folder / "rennes-2025.html").write_text(OTHER, encoding="utf-8")
    sources = tmp_path / "sources.csv"
    sources.write_text(
        "source,territory\n"
        "corpus/reims-cls2-page.html,Reims\n"
        "corpus/reims-cls2-presse.txt,Reims\n"
        "corpus/rennes-2025.html,Rennes Métropole\n",
        encoding="utf-8",
    )
    return sources


def run(sources: Path, out: Path) -> None:
    result = CliRunner().invoke(
        cli, ["run", str(sources), "--out", str(out), "--raw-dir", str(out.parent / "raw")]
    )
    assert result.exit_code == 0, result.output
    assert "datapackage.json" in result.output


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.slow
def test_run_writes_valid_tables_and_reruns_identically(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "processed"
    run(corpus, out)
    assert sorted(p.name for p in out.iterdir()) == output_names()

    report = validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["taskNumber", "rowNumber", "fieldName", "type", "note"])

    documents = read_csv(out / "documents.csv")
    contracts = read_csv(out / "contracts.csv")
    assert len(documents) == 3
    linked = {d["contract_id"] for d in documents if d["contract_id"]}
    assert linked == {c["contract_id"] for c in contracts}
    assert len(contracts) <= 2  # one per CLS: never one per document
    reims = {d["contract_id"] for d in documents if d["document_id"].startswith("reims")}
    if "" not in reims:
        assert len(reims) == 1  # the page and the press article are one contract
    for contract in contracts:
        members = [d for d in documents if d["contract_id"] == contract["contract_id"]]
        assert int(contract["n_documents"]) == len(members)

    con = duckdb.connect(str(out / DUCKDB_NAME), read_only=True)
    try:
        for table in TABLES:
            rows = con.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()
            assert rows == (pq.read_metadata(out / f"{table.name}.parquet").num_rows,)
            for fk in table.foreign_keys:
                on = " AND ".join(
                    f'c."{a}" = p."{b}"' for a, b in zip(fk.columns, fk.ref_columns, strict=True)
                )
                orphans = con.execute(
                    f'SELECT count(*) FROM "{table.name}" c LEFT JOIN "{fk.table}" p ON {on} '
                    f'WHERE c."{fk.columns[0]}" IS NOT NULL AND p."{fk.ref_columns[0]}" IS NULL'
                ).fetchone()
                assert orphans == (0,), (table.name, fk)
    finally:
        con.close()

    first = {p.name: p.read_bytes() for p in out.iterdir() if p.name != DUCKDB_NAME}
    run(corpus, out)
    second = {p.name: p.read_bytes() for p in out.iterdir() if p.name != DUCKDB_NAME}
    assert second == first
