"""The rows being built: checked against the schema, numbered and sorted at the end.

What: ``TableRows`` collects the rows of every table; ``Doc`` and ``Contract`` carry a
document and a contract between the build steps (``build``, ``rows``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.model import CLSRecord, Document, Outcome
from pipeline.tables.identity import Cluster
from pipeline.tables.merge import Merged
from pipeline.tables.schema import TABLES, TABLES_BY_NAME
from pipeline.textnorm import writable

Row = dict[str, Any]
Tables = dict[str, list[Row]]


@dataclass(slots=True)
class Doc:
    """One read document with its unique id, its record and the contract it belongs to."""

    document_id: str
    outcome: Outcome
    document: Document
    record: CLSRecord | None
    contract_id: str | None = None
    match: str = "no_record"
    preference: int | None = None


@dataclass(frozen=True, slots=True)
class Contract:
    """A contract: its id, its documents (most trusted first) and its merged values."""

    contract_id: str
    cluster: Cluster
    merged: Merged


@dataclass(slots=True)
class TableRows:
    """The rows of every table during one build; ``add`` checks them against the schema."""

    tables: Tables = field(default_factory=lambda: {t.name: [] for t in TABLES})

    def add(self, table: str, **values: Any) -> None:
        """Add a row; its keys must be exactly the table's columns."""
        expected = TABLES_BY_NAME[table].column_names
        if set(values) != set(expected):
            diff = sorted(set(values) ^ set(expected))
            raise KeyError(f"{table}: row columns differ from the schema: {diff}")
        self.tables[table].append({name: values[name] for name in expected})

    def error(self, source: str, stage: str, message: str, document_id: str | None) -> None:
        """Add an ``errors`` row (numbered per source and stage by ``finish``)."""
        self.add(
            "errors",
            source=writable(source),
            stage=stage,
            error_no=0,
            document_id=document_id,
            message=writable(message),
        )

    def finish(self) -> Tables:
        """Check the rows against the schema, number the errors, sort every table by its
        primary key. A value that does not fit becomes an ``errors`` row (``validate``)."""
        from pipeline.tables.validate import validate

        sources = {r["document_id"]: r["source"] for r in self.tables["documents"]}
        by_contract = {r["contract_id"]: r["document_id"] for r in self.tables["documents"]}
        for problem in validate(self.tables):
            doc = problem.document_id or by_contract.get(problem.contract_id)
            doc = doc if doc in sources else None
            where = sources.get(doc or "", f"table {problem.table}")
            self.error(where, "normalise", problem.message, doc)
        counters: dict[tuple[str, str], int] = {}
        for row in self.tables["errors"]:
            key = (row["source"], row["stage"])
            counters[key] = counters.get(key, 0) + 1
            row["error_no"] = counters[key]
        for table in TABLES:
            pk = table.primary_key
            self.tables[table.name].sort(key=lambda row: tuple(row[c] for c in pk))
        return self.tables
