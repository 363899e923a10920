"""Rows checked against the declared schema before writing (``pipeline.tables.validate``).

Each test writes real files (CSV, Parquet, DuckDB) and reads them back: a value the schema
does not allow costs its cell or its row and an ``errors`` row, never the whole write.
"""

from __future__ import annotations

import copy
import csv
from pathlib import Path
from typing import Any, get_args

import duckdb
import pytest
from tablehelpers import make_outcome

from pipeline.model import ORG_TYPES, Action, DocKind, Organisation, Role
from pipeline.tables import TABLES, build_tables, write_tables
from pipeline.tables.duck import write_duckdb
from pipeline.tables.formats import arrow_table
from pipeline.tables.geo_link import candidates, link_place
from pipeline.tables.rowset import TableRows
from pipeline.tables.schema import GEO_LEVELS, TABLES_BY_NAME
from pipeline.tables.validate import validate


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_an_organisation_placed_in_an_epci_is_written(tmp_path: Path) -> None:
    """The place of a hospital naming an EPCI (corpus2's Cotentin) fits the schema: the
    DuckDB CHECK constraint used to reject ``place_level`` 'epci' and end the run."""
    org = Organisation("Centre hospitalier public du Cotentin", "HOSPITAL", "Cotentin", "partner")
    assert link_place("Cotentin", "HOSPITAL") == ("epci", "200067205")
    outcome = make_outcome("cotentin", territory="Cotentin", organisations=[org])
    write_tables(build_tables([outcome]), tmp_path / "out")
    db = duckdb.connect(str(tmp_path / "out" / "cls.duckdb"), read_only=True)
    rows = db.sql("SELECT place_level, place_code FROM organisations").fetchall()
    assert ("epci", "200067205") in rows


def test_every_enum_value_the_code_emits_is_declared() -> None:
    """The values the code can produce are the schema's enums (no value the writers refuse)."""
    cols = {(t.name, c.name): c.enum for t in TABLES for c in t.columns if c.enum}
    assert set(get_args(Role)) == set(cols[("contract_organisations", "role")] or ())
    assert set(get_args(DocKind)) == set(cols[("documents", "kind")] or ())
    assert set(ORG_TYPES) == set(cols[("organisations", "type")] or ())
    assert cols[("organisations", "place_level")] == GEO_LEVELS
    levels = {
        u[0] for name in ("Reims", "Cotentin", "Marne", "Grand Est") for u in candidates(name)
    }
    assert levels == set(GEO_LEVELS)


@pytest.mark.parametrize(
    ("table", "column"), [(t.name, c.name) for t in TABLES for c in t.columns if c.enum]
)
def test_every_enum_value_is_accepted_by_the_database(
    tmp_path: Path, table: str, column: str
) -> None:
    """A row holding each allowed value passes validation and DuckDB's CHECK constraints."""
    ars = Organisation("ARS Grand Est", "ARS", "Grand Est", "signatory")
    actions = [Action("1.1", "Agir", pilot="CCAS")] if table == "actions" else []  # a row to set
    outcome = make_outcome("reims", territory="Reims", organisations=[ars], actions=actions)
    base = build_tables([outcome])
    enum = TABLES_BY_NAME[table].columns_by_name[column].enum or ()
    for n, value in enumerate(enum):
        tables = copy.deepcopy(base)
        tables[table][0][column] = value
        assert validate(tables) == []
        path = tmp_path / f"{n}.duckdb"
        write_duckdb({t.name: arrow_table(t, tables[t.name]) for t in TABLES}, path)
        db = duckdb.connect(str(path), read_only=True)
        written = {r[0] for r in db.sql(f'SELECT "{column}" FROM {table}').fetchall()}
        db.close()
        assert value in written


def test_a_bad_optional_value_is_emptied_and_reported(tmp_path: Path) -> None:
    out = TableRows()
    tables = build_tables([make_outcome("reims", territory="Reims")])
    out.tables = tables
    tables["contracts"][0]["geo_level"] = "canton"
    finished = out.finish()
    assert finished["contracts"][0]["geo_level"] is None
    write_tables(finished, tmp_path / "out")
    errors = _csv(tmp_path / "out" / "errors.csv")
    assert [(e["stage"], e["document_id"]) for e in errors] == [("normalise", "reims")]
    assert "contracts.geo_level = 'canton'" in errors[0]["message"]
    assert errors[0]["source"] == "corpus/reims.html"
    assert len(_csv(tmp_path / "out" / "contracts.csv")) == 1


def test_a_bad_required_value_leaves_out_its_row_and_what_refers_to_it(tmp_path: Path) -> None:
    """A contract row that cannot be written takes its dependants with it; the other
    contract and every document are still written, the documents' link emptied."""
    org = Organisation("ARS Grand Est", "ARS", "Grand Est", "signatory")
    a = make_outcome("reims", territory="Reims", axes=["Santé mentale"], organisations=[org])
    b = make_outcome("troyes", territory="Troyes", axes=["Nutrition"])
    tables = build_tables([a, b])
    bad: dict[str, Any] = next(r for r in tables["contracts"] if r["territory"] == "Reims")
    bad_id = bad["contract_id"]
    bad["territory"] = None
    out = TableRows()
    out.tables = tables
    finished = out.finish()
    assert [r["territory"] for r in finished["contracts"]] == ["Troyes"]
    assert all(r["contract_id"] != bad_id for r in finished["axes"])
    assert all(r["contract_id"] != bad_id for r in finished["contract_organisations"])
    docs = {r["document_id"]: r["contract_id"] for r in finished["documents"]}
    assert docs["reims"] is None and docs["troyes"] is not None
    write_tables(finished, tmp_path / "out")
    errors = _csv(tmp_path / "out" / "errors.csv")
    assert any("contracts.territory = None" in e["message"] for e in errors)
