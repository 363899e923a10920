"""The Frictionless package: validated by the frictionless library, keys and hashes real."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from frictionless import validate

from pipeline.tables import TABLES, write_tables
from pipeline.tables.rowset import Tables


@pytest.fixture
def package(sample_tables: Tables, tmp_path: Path) -> Path:
    write_tables(sample_tables, tmp_path)
    return tmp_path / "datapackage.json"


def errors_of(path: Path) -> list[list[object]]:
    report = validate(str(path))
    return [list(e) for e in report.flatten(["type", "note"])]


def test_package_validates(package: Path) -> None:
    report = validate(str(package))
    assert report.valid, report.flatten(["taskNumber", "rowNumber", "fieldName", "type", "note"])
    assert len(report.tasks) == 2 * len(TABLES)


def test_every_table_has_a_schema_with_keys(package: Path) -> None:
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in descriptor["resources"]}
    for table in TABLES:
        resource = resources[table.name]
        schema = resource["schema"]
        assert [f["name"] for f in schema["fields"]] == table.column_names
        assert schema["primaryKey"] == list(table.primary_key)
        assert schema["missingValues"] == [""]
        assert len(schema["foreignKeys"]) == len(table.foreign_keys)
        assert resource["hash"].startswith("sha256:")
        parquet = resources[f"{table.name}-parquet"]
        assert parquet["path"] == f"{table.name}.parquet"
        assert parquet["hash"].startswith("sha256:")
    assert not any(r["path"].endswith(".duckdb") for r in descriptor["resources"])


def test_a_changed_file_fails_its_hash(package: Path) -> None:
    parquet = package.parent / "axes.parquet"
    parquet.write_bytes(parquet.read_bytes() + b"\0")
    assert "hash-count" in {e[0] for e in errors_of(package)}


def test_a_broken_foreign_key_is_found(package: Path) -> None:
    """Rewrite a document's contract id and its hash: only the foreign key check fails."""
    import hashlib

    docs = package.parent / "documents.csv"
    text = docs.read_text(encoding="utf-8").replace("rennes-metropole-243500139-2025", "nowhere")
    docs.write_text(text, encoding="utf-8")
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["name"] == "documents":
            resource["hash"] = "sha256:" + hashlib.sha256(docs.read_bytes()).hexdigest()
            resource["bytes"] = docs.stat().st_size
    package.write_text(json.dumps(descriptor), encoding="utf-8")
    assert {e[0] for e in errors_of(package)} == {"foreign-key"}
