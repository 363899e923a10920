"""A DuckDB database with every table, its keys and its descriptions.

What: ``CREATE TABLE`` statements generated from ``schema`` (types, ``NOT NULL``, primary
keys, foreign keys, ``CHECK`` for closed vocabularies, ``COMMENT ON``), filled from the
sorted Arrow tables in foreign-key order, so DuckDB itself checks every key on insert.

What is guaranteed: two builds from the same rows hold the same tables, rows, keys and
comments (the tests compare query results). The file's bytes are not: DuckDB's storage
format carries block layout details that are not promised stable, so the package hashes
cover the CSV and Parquet files, not this one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from pipeline.tables.schema import TableSchema, load_order

if TYPE_CHECKING:
    import pyarrow as pa

DUCKDB_TYPES: Final = {
    "string": "VARCHAR",
    "integer": "BIGINT",
    "number": "DOUBLE",
    "boolean": "BOOLEAN",
    "date": "DATE",
    "datetime": "TIMESTAMPTZ",
}


def quote(identifier: str) -> str:
    """A double-quoted SQL identifier."""
    return '"' + identifier.replace('"', '""') + '"'


def literal(text: str) -> str:
    """A single-quoted SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def create_table_sql(table: TableSchema) -> str:
    """The ``CREATE TABLE`` statement of a table with its keys and checks."""
    lines = []
    for c in table.columns:
        line = f"  {quote(c.name)} {DUCKDB_TYPES[c.type]}"
        if c.required:
            line += " NOT NULL"
        if c.enum:
            line += f" CHECK ({quote(c.name)} IN ({', '.join(literal(v) for v in c.enum)}))"
        lines.append(line)
    lines.append(f"  PRIMARY KEY ({', '.join(quote(k) for k in table.primary_key)})")
    for fk in table.foreign_keys:
        cols = ", ".join(quote(k) for k in fk.columns)
        refs = ", ".join(quote(k) for k in fk.ref_columns)
        lines.append(f"  FOREIGN KEY ({cols}) REFERENCES {quote(fk.table)} ({refs})")
    return f"CREATE TABLE {quote(table.name)} (\n" + ",\n".join(lines) + "\n)"


def comment_sql(table: TableSchema) -> list[str]:
    """``COMMENT ON`` statements for the table and its columns."""
    out = [f"COMMENT ON TABLE {quote(table.name)} IS {literal(table.description)}"]
    for c in table.columns:
        target = f"{quote(table.name)}.{quote(c.name)}"
        out.append(f"COMMENT ON COLUMN {target} IS {literal(c.description)}")
    return out


def write_duckdb(arrow_tables: dict[str, pa.Table], path: Path) -> None:
    """Create the database file at ``path`` (which must not exist) and fill it."""
    import duckdb

    con = duckdb.connect(str(path))
    try:
        for table in load_order():
            con.execute(create_table_sql(table))
            for statement in comment_sql(table):
                con.execute(statement)
            con.register("incoming", arrow_tables[table.name])
            con.execute(f"INSERT INTO {quote(table.name)} SELECT * FROM incoming")
            con.unregister("incoming")
        con.execute("CHECKPOINT")
    finally:
        con.close()
