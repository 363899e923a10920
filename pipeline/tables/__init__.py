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

__all__ = ["TABLES", "TableSchema", "Tables", "build_tables", "write_tables"]
