"""The DuckDB database: every table, declared keys that hold, same answers on every build."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipeline.tables import TABLES, write_tables
from pipeline.tables.rowset import Tables
from pipeline.tables.write import DUCKDB_NAME


@pytest.fixture
def database(sample_tables: Tables, tmp_path: Path) -> Path:
    write_tables(sample_tables, tmp_path)
    return tmp_path / DUCKDB_NAME


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, ordered, plus the constraints."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        out = {
            t.name: con.execute(f'SELECT * FROM "{t.name}" ORDER BY ALL').fetchall() for t in TABLES
        }
        out["constraints"] = con.execute(
            "SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints() "
            "ORDER BY ALL"
        ).fetchall()
        return out
    finally:
        con.close()


def test_every_table_with_its_rows(database: Path, sample_tables: Tables) -> None:
    con = duckdb.connect(str(database), read_only=True)
    try:
        for table in TABLES:
            count = con.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()
            assert count == (len(sample_tables[table.name]),), table.name
            columns = [r[0] for r in con.execute(f'DESCRIBE "{table.name}"').fetchall()]
            assert columns == table.column_names
    finally:
        con.close()


def test_keys_are_declared(database: Path) -> None:
    constraints = dump(database)["constraints"]
    declared = {(t, kind) for t, kind, _ in constraints}
    for table in TABLES:
        assert (table.name, "PRIMARY KEY") in declared
        if table.foreign_keys:
            assert (table.name, "FOREIGN KEY") in declared
    texts = [text for t, kind, text in constraints if t == "documents" and kind == "FOREIGN KEY"]
    assert any(
        "REFERENCES contracts" in str(x) or 'REFERENCES "contracts"' in str(x) for x in texts
    )


def test_foreign_keys_hold(database: Path) -> None:
    con = duckdb.connect(str(database), read_only=True)
    try:
        for table in TABLES:
            for fk in table.foreign_keys:
                on = " AND ".join(
                    f'c."{a}" = p."{b}"' for a, b in zip(fk.columns, fk.ref_columns, strict=True)
                )
                not_null = " AND ".join(f'c."{a}" IS NOT NULL' for a in fk.columns)
                orphans = con.execute(
                    f'SELECT count(*) FROM "{table.name}" c LEFT JOIN "{fk.table}" p ON {on} '
                    f'WHERE {not_null} AND p."{fk.ref_columns[0]}" IS NULL'
                ).fetchone()
                assert orphans == (0,), (table.name, fk)
    finally:
        con.close()


def test_database_refuses_a_dangling_reference(database: Path) -> None:
    con = duckdb.connect(str(database))
    try:
        with pytest.raises(duckdb.ConstraintException):
            con.execute("INSERT INTO axes VALUES ('nowhere', 1, 'x', 'reims-page')")
        with pytest.raises(duckdb.ConstraintException):
            con.execute("UPDATE documents SET contract_match = 'maybe'")
    finally:
        con.close()


def test_rebuilds_answer_the_same(sample_tables: Tables, tmp_path: Path) -> None:
    write_tables(sample_tables, tmp_path / "a")
    write_tables(sample_tables, tmp_path / "b")
    assert dump(tmp_path / "a" / DUCKDB_NAME) == dump(tmp_path / "b" / DUCKDB_NAME)


def test_descriptions_are_comments(database: Path) -> None:
    con = duckdb.connect(str(database), read_only=True)
    try:
        comment = con.execute(
            "SELECT comment FROM duckdb_columns() WHERE table_name = 'contracts' "
            "AND column_name = 'geo_match'"
        ).fetchone()
    finally:
        con.close()
    assert comment is not None and "official codes" in str(comment[0])
