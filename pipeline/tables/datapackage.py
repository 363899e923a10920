"""The Frictionless ``datapackage.json`` that travels with the tables.

What: one tabular resource per CSV file with its Table Schema (types, descriptions,
required and enum constraints, primary and foreign keys, ``missingValues``), and one file
resource per Parquet file, each with its SHA-256 hash and size. The DuckDB file is not a
resource: its bytes differ between identical builds (see ``duck``), and a hash that changes
on every run would make the descriptor itself change.

Why: a researcher, or ``frictionless validate datapackage.json``, can check types, keys and
integrity of the files without our code.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Final

from pipeline import __version__, geo
from pipeline.tables.schema import TABLES, TableSchema

PACKAGE_NAME: Final = "cls-tables"


def field_descriptor(table: TableSchema) -> list[dict[str, Any]]:
    """The ``fields`` of a Table Schema."""
    fields: list[dict[str, Any]] = []
    for c in table.columns:
        field: dict[str, Any] = {
            "name": c.name,
            "type": c.type,
            "description": c.description,
            "example": c.example,
        }
        constraints: dict[str, Any] = {}
        if c.required:
            constraints["required"] = True
        if c.enum:
            constraints["enum"] = list(c.enum)
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    return fields


def table_schema(table: TableSchema) -> dict[str, Any]:
    """The Table Schema of a table."""
    return {
        "fields": field_descriptor(table),
        "primaryKey": list(table.primary_key),
        "foreignKeys": [
            {
                "fields": list(fk.columns),
                "reference": {"resource": fk.table, "fields": list(fk.ref_columns)},
            }
            for fk in table.foreign_keys
        ],
        "missingValues": [""],
    }


def _integrity(data: bytes) -> dict[str, Any]:
    return {"hash": "sha256:" + hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def descriptor(files: dict[str, bytes]) -> dict[str, Any]:
    """The package descriptor; ``files`` maps file names to their bytes."""
    resources: list[dict[str, Any]] = []
    for table in TABLES:
        name = f"{table.name}.csv"
        resources.append(
            {
                "name": table.name,
                "path": name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": table.description,
                **_integrity(files[name]),
                "schema": table_schema(table),
            }
        )
    for table in TABLES:
        name = f"{table.name}.parquet"
        resources.append(
            {
                "name": f"{table.name}-parquet",
                "type": "file",
                "path": name,
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "description": f"The {table.name} table as Parquet: the same columns, types "
                f"and rows as {table.name}.csv.",
                **_integrity(files[name]),
            }
        )
    vintage = geo.VINTAGE
    return {
        "profile": "data-package",
        "name": PACKAGE_NAME,
        "title": "Contrats Locaux de Santé: normalised tables",
        "description": "Contracts, documents, organisations, axes, actions, amendments, "
        "evidence, conflicts and errors produced by cls-pipeline; see "
        "docs/data-dictionary.md.",
        "version": __version__,
        "sources": [
            {
                "title": f"{vintage.package} {vintage.version} (millésime "
                f"{vintage.millesime}), official French geography"
            }
        ],
        "resources": resources,
    }


def descriptor_bytes(files: dict[str, bytes]) -> bytes:
    """``datapackage.json`` as bytes (2-space indent, UTF-8, final newline)."""
    text = json.dumps(descriptor(files), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
