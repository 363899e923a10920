"""CSV and Parquet renderings of one table, byte-identical for identical rows.

CSV: UTF-8 without BOM, comma, ``\\n`` line endings, minimal quoting, header row; a missing
value is an empty cell; dates ``YYYY-MM-DD``, datetimes ``YYYY-MM-DDTHH:MM:SSZ`` (UTC),
booleans ``true``/``false``; a text cell that a spreadsheet would run as a formula
(``=``, ``+``, ``-``, ``@``...) starts with a single quote (``pipeline.tables.csvsafe``; plain
numbers such as ``-1.5`` are left alone, Parquet keeps the raw value). An empty string is written as a missing value (in Parquet too),
so both files hold the same data.

Parquet: one row group, zstd level 9, dictionary encoding, format 2.6, data pages v1, with
the column descriptions as field metadata. pyarrow writes no timestamp into the file, so
the bytes depend only on the rows and the pyarrow version (recorded in the ``created_by``
field of the file footer).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from pipeline.tables.csvsafe import escape
from pipeline.tables.rowset import Row
from pipeline.tables.schema import TableSchema

if TYPE_CHECKING:
    import pyarrow as pa

PARQUET_OPTIONS: Final[dict[str, Any]] = {
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
    "row_group_size": 1 << 24,
    "store_schema": True,
}


def clean(value: Any) -> Any:
    """An empty string is a missing value."""
    return None if value == "" else value


def csv_cell(value: Any) -> str:
    """The text of one CSV cell (see the module docstring)."""
    value = clean(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return escape(value)  # text a spreadsheet would run as a formula gets a quote
    return str(value)


def csv_bytes(table: TableSchema, rows: list[Row]) -> bytes:
    """The CSV file of a table."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.column_names)
    for row in rows:
        writer.writerow([csv_cell(row[name]) for name in table.column_names])
    return buffer.getvalue().encode("utf-8")


def arrow_schema(table: TableSchema) -> pa.Schema:
    """The Arrow schema of a table, with descriptions as metadata."""
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "datetime": pa.timestamp("ms", tz="UTC"),
    }
    fields = [
        pa.field(
            c.name,
            types[c.type],
            nullable=not c.required,
            metadata={"description": c.description},
        )
        for c in table.columns
    ]
    return pa.schema(fields, metadata={"table": table.name, "description": table.description})


def arrow_table(table: TableSchema, rows: list[Row]) -> pa.Table:
    """The rows of a table as an Arrow table of its schema."""
    import pyarrow as pa

    schema = arrow_schema(table)
    columns = [pa.array([clean(row[f.name]) for row in rows], type=f.type) for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


def write_parquet(data: pa.Table, path: Path) -> None:
    """Write an Arrow table as Parquet with the fixed options."""
    import pyarrow.parquet as pq

    pq.write_table(data, path, **PARQUET_OPTIONS)
