"""Read the published tables of a run folder: ``datapackage.json`` and its CSV files.

What: ``load_run(folder)`` returns the rows of every CSV resource the package lists, each
value converted to the type its Table Schema field declares (integer, number, boolean,
date, datetime, string; a missing value is ``None``).

Why: the report shows what a run *published*, so it reads exactly what an analyst gets
and nothing else: the Frictionless descriptor says which tables exist and how to read
their columns. Reading CSV with the standard library keeps the command light (no
pandas, pyarrow or DuckDB), and the report works on a folder copied anywhere.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Final

from pipeline.errors import ClsError
from pipeline.tables.csvsafe import unescape

DATAPACKAGE: Final = "datapackage.json"

TABLE_NAMES: Final = (
    "contracts",
    "documents",
    "contract_ars_regions",
    "contract_organisations",
    "organisations",
    "axes",
    "actions",
    "amendments",
    "evidence",
    "conflicts",
    "errors",
)
"""The published tables, in the data dictionary's order; the report needs all of them."""

Value = str | int | float | bool | date | datetime | None
Row = dict[str, Value]


class NoTablesError(ClsError):
    """The folder holds no published tables (no ``datapackage.json``)."""


class TablesError(ClsError):
    """The tables are there but cannot be read (missing file, bad header or value)."""


@dataclass(frozen=True, slots=True)
class RunTables:
    """The published tables of one run, as typed rows, with the package's metadata."""

    folder: Path
    title: str
    version: str
    tables: Mapping[str, list[Row]]

    def rows(self, name: str) -> list[Row]:
        """The rows of table ``name`` (one of ``TABLE_NAMES``)."""
        return self.tables[name]


def load_run(folder: Path) -> RunTables:
    """Read ``folder/datapackage.json`` and every table it lists.

    Raises ``NoTablesError`` when the folder has no package, ``TablesError`` when a table
    the report needs is missing or a file does not match its schema.
    """
    package_path = folder / DATAPACKAGE
    if not package_path.is_file():
        raise NoTablesError(
            f"{folder}: no tables here (no {DATAPACKAGE}); "
            f"write them first with: cls-pipeline run SOURCES --out {folder}"
        )
    try:
        package = json.loads(package_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TablesError(f"{package_path}: not a readable data package ({exc})") from exc
    resources = {
        str(r.get("name")): r
        for r in package.get("resources", [])
        if isinstance(r, dict) and r.get("format") == "csv" and "schema" in r
    }
    missing = [name for name in TABLE_NAMES if name not in resources]
    if missing:
        raise TablesError(f"{package_path}: no CSV resource for {', '.join(missing)}")
    tables = {name: _read_resource(folder, resources[name]) for name in TABLE_NAMES}
    return RunTables(
        folder=folder,
        title=str(package.get("title") or package.get("name") or "tables"),
        version=str(package.get("version") or ""),
        tables=tables,
    )


def _read_resource(folder: Path, resource: Mapping[str, object]) -> list[Row]:
    """The typed rows of one CSV resource, checked against its schema's field names."""
    path = folder / str(resource["path"])
    schema = resource["schema"]
    if not isinstance(schema, dict):
        raise TablesError(f"{path}: the resource has no table schema")
    fields = [(str(f["name"]), str(f.get("type", "string"))) for f in schema["fields"]]
    missing_values = set(schema.get("missingValues", [""]))
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, [])
            if header != [name for name, _ in fields]:
                raise TablesError(f"{path}: header does not match datapackage.json: {header}")
            return [
                _typed_row(path, n, fields, cells, missing_values)
                for n, cells in enumerate(reader, 2)
            ]
    except OSError as exc:
        raise TablesError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise TablesError(f"{path}: not UTF-8 ({exc.reason})") from exc


def _typed_row(
    path: Path,
    line: int,
    fields: list[tuple[str, str]],
    cells: list[str],
    missing_values: set[str],
) -> Row:
    """One CSV line as a row of typed values."""
    if len(cells) != len(fields):
        raise TablesError(f"{path}:{line}: {len(cells)} cells for {len(fields)} columns")
    row: Row = {}
    for (name, kind), cell in zip(fields, cells, strict=True):
        if cell in missing_values:
            row[name] = None
            continue
        try:
            row[name] = _PARSERS.get(kind, str)(cell)
        except ValueError as exc:
            raise TablesError(f"{path}:{line}: column {name}: not a {kind}: {cell!r}") from exc
    return row


def _boolean(cell: str) -> bool:
    """Frictionless' default true and false values."""
    if cell in ("true", "True", "TRUE", "1"):
        return True
    if cell in ("false", "False", "FALSE", "0"):
        return False
    raise ValueError(cell)


_PARSERS: Final[dict[str, Callable[[str], Value]]] = {
    "string": unescape,  # the quote before formula-like text (pipeline.tables.csvsafe) goes
    "integer": int,
    "number": float,
    "boolean": _boolean,
    "date": date.fromisoformat,
    "datetime": datetime.fromisoformat,
}


def text_of(row: Row, column: str) -> str | None:
    """The column's value as a non-blank string, else ``None``."""
    value = row.get(column)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def int_of(row: Row, column: str) -> int | None:
    """The column's value when it is an integer (booleans excluded), else ``None``."""
    value = row.get(column)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def date_of(row: Row, column: str) -> date | None:
    """The column's value when it is a date, else ``None``."""
    value = row.get(column)
    return value if isinstance(value, date) else None
