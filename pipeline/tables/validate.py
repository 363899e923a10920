"""Rows checked against the declared schema before any file is written.

What: ``validate`` looks at every cell of every table against its ``Column``: a required
value present, a value of the declared type, a value among the ``enum`` when there is one,
text that can be written as UTF-8. A bad value of an optional column is emptied; a bad value
of a required column leaves its row out, and with it the rows whose foreign keys point at
that row. Each problem is returned as a ``Problem`` naming the table, the column, the value
and the document, which the build turns into an ``errors`` row (stage ``normalise``).

Why: the writers enforce the schema too (Parquet types, DuckDB ``CHECK`` constraints), but
there one bad value ends the whole run with no table at all. Checked here, a bad value
costs one row or one cell and is reported; the rest of the batch is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pipeline.tables.schema import TABLES, Column, TableSchema

Row = dict[str, Any]
Tables = dict[str, list[Row]]


@dataclass(frozen=True, slots=True)
class Problem:
    """One value that does not fit its column, and what was done about it."""

    table: str
    column: str
    value: Any
    reason: str
    document_id: str | None
    contract_id: str | None
    key: tuple[Any, ...]
    dropped: bool

    @property
    def message(self) -> str:
        """The one-line message of its ``errors`` row."""
        done = "row left out" if self.dropped else "value left empty"
        where = ", ".join(str(k) for k in self.key)
        return f"{self.table}.{self.column} = {self.value!r} (row {where}): {self.reason} ({done})"


def _type_ok(column: Column, value: Any) -> bool:
    kind = column.type
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "datetime":
        return isinstance(value, datetime)
    return isinstance(value, date) and not isinstance(value, datetime)


def cell_problem(column: Column, value: Any) -> str | None:
    """Why a value does not fit a column, None when it does (an empty string is missing)."""
    if value is None or value == "":
        return "a value is required" if column.required else None
    if not _type_ok(column, value):
        return f"not of type {column.type}"
    if column.enum is not None and value not in column.enum:
        return f"not one of {', '.join(column.enum)}"
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "not writable as UTF-8"
    return None


def _check_row(table: TableSchema, row: Row, problems: list[Problem]) -> bool:
    """Empty the bad optional cells of a row; False when a required one is bad."""
    keep = True
    for column in table.columns:
        reason = cell_problem(column, row[column.name])
        if reason is None:
            continue
        dropped = column.required or column.name in table.primary_key
        doc = row.get("document_id") or row.get("chosen_document_id")
        key = tuple(row[c] for c in table.primary_key)
        value = row[column.name]
        problems.append(
            Problem(
                table.name, column.name, value, reason, doc, row.get("contract_id"), key, dropped
            )
        )
        if dropped:
            keep = False
        else:
            row[column.name] = None
    return keep


def _drop_orphans(tables: Tables, removed: dict[str, set[tuple[Any, ...]]]) -> None:
    """Leave out the rows whose required foreign keys point at rows left out (until none
    do); an optional reference to such a row is emptied."""
    while any(removed.values()):
        newly: dict[str, set[tuple[Any, ...]]] = {t.name: set() for t in TABLES}
        for table in TABLES:
            for fk in table.foreign_keys:
                gone = removed.get(fk.table)
                if not gone:
                    continue
                optional = not any(table.columns_by_name[c].required for c in fk.columns)
                kept = []
                for row in tables[table.name]:
                    if tuple(row[c] for c in fk.columns) not in gone:
                        kept.append(row)
                    elif optional:  # an optional reference is emptied, the row stays
                        row.update(dict.fromkeys(fk.columns))
                        kept.append(row)
                    else:
                        newly[table.name].add(tuple(row[c] for c in table.primary_key))
                tables[table.name] = kept
        removed = newly


def validate(tables: Tables) -> list[Problem]:
    """Check every row (see the module docstring); ``tables`` is corrected in place."""
    problems: list[Problem] = []
    removed: dict[str, set[tuple[Any, ...]]] = {}
    for table in TABLES:
        kept = []
        for row in tables.get(table.name, []):
            if _check_row(table, row, problems):
                kept.append(row)
            else:
                removed.setdefault(table.name, set()).add(tuple(row[c] for c in table.primary_key))
        tables[table.name] = kept
    _drop_orphans(tables, removed)
    return problems
