"""Normalise the records of a batch into relational tables and write them.

``build_tables(outcomes)`` returns the rows of every table (``schema.TABLES``) as plain
dictionaries; ``write_tables(tables, out_dir)`` writes them as CSV, Parquet, a DuckDB
database and a Frictionless ``datapackage.json``, moved into place whole.

Importing this package loads neither pyarrow nor duckdb: the writers import them when they
run, so commands that write no tables start fast.
"""

from __future__ import annotations

from pipeline.tables.build import build_tables
from pipeline.tables.rowset import Tables
from pipeline.tables.schema import TABLES, TableSchema
from pipeline.tables.write import write_tables

__all__ = ["TABLES", "TableSchema", "Tables", "build_tables", "prepare", "write_tables"]


def prepare() -> None:
    """Load now what building and writing the tables will: the official geography's
    indexes the territory links read, pyarrow and duckdb.

    A batch whose documents are read by other processes calls it while they start and
    work (``pipeline.batch.run``): otherwise the few tenths of a second go after the last
    document, while every worker waits for the tables."""
    import io

    import duckdb
    import pyarrow
    import pyarrow.parquet

    # a table of one cell through both writers: they import the rest on first use
    table = pyarrow.table({"x": [1]})
    pyarrow.parquet.write_table(table, io.BytesIO())
    con = duckdb.connect(":memory:")
    try:
        con.register("incoming", table)
        con.execute("CREATE TABLE t AS SELECT * FROM incoming")
    finally:
        con.close()

    from pipeline.tables.geo_link import link_territory

    link_territory("Ville de Paris", ("Île-de-France",))  # the geography's name indexes
