"""The published tables of a run, indexed for the review pages.

What: ``RunView`` holds every table of the run folder (read by ``pipeline.report.load``
from ``datapackage.json`` and its CSV files, typed by their Table Schema) and indexes
those a contract page needs: documents, evidence, conflicts, organisations, axes and
actions per contract.

Why: rows stay plain dictionaries: a column another stage adds (an evidence ``zone`` or
``score``, an actions column) shows on the pages without a change here, and more
``chosen = false`` evidence rows show as more candidates.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.report.load import Row, load_run


def _group(rows: Iterable[Row], column: str) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for row in rows:
        key = row.get(column)
        if key is not None:
            out.setdefault(str(key), []).append(row)
    return out


@dataclass(slots=True)
class RunView:
    """The tables of one run and the indexes of the review pages."""

    folder: Path
    tables: dict[str, list[Row]]
    contracts: dict[str, Row] = field(default_factory=dict)
    documents: dict[str, Row] = field(default_factory=dict)
    by_contract: dict[str, dict[str, list[Row]]] = field(default_factory=dict)
    evidence_by_document: dict[str, list[Row]] = field(default_factory=dict)
    organisations: dict[str, Row] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> RunView:
        """Read the run folder (``NoTablesError``/``TablesError`` when it cannot be)."""
        run = load_run(folder)
        view = cls(folder, {name: list(rows) for name, rows in run.tables.items()})
        view._index()
        return view

    def _index(self) -> None:
        t = self.tables
        self.contracts = {str(r["contract_id"]): r for r in t["contracts"]}
        self.documents = {str(r["document_id"]): r for r in t["documents"]}
        self.organisations = {str(r["organisation_id"]): r for r in t["organisations"]}
        self.evidence_by_document = _group(t["evidence"], "document_id")
        for name in ("documents", "evidence", "conflicts", "contract_organisations"):
            for cid, rows in _group(t[name], "contract_id").items():
                self.by_contract.setdefault(cid, {})[name] = rows
        for name in ("axes", "actions", "contract_ars_regions", "amendments"):
            for cid, rows in _group(t[name], "contract_id").items():
                self.by_contract.setdefault(cid, {})[name] = rows

    def of_contract(self, contract_id: str, table: str) -> list[Row]:
        """The rows of ``table`` that belong to a contract (documents most trusted first)."""
        rows = self.by_contract.get(contract_id, {}).get(table, [])
        if table == "documents":
            return sorted(rows, key=lambda r: (r.get("preference") or 10**6, str(r["document_id"])))
        return rows

    def evidence_of(self, contract_id: str, field_name: str) -> list[Row]:
        """Every value read for one field of a contract, chosen first, then by document."""
        rows = [r for r in self.of_contract(contract_id, "evidence") if r["field"] == field_name]
        return sorted(rows, key=lambda r: (not r["chosen"], str(r["document_id"]), r["item_no"]))

    def preferred_document(self, contract_id: str) -> str | None:
        """The contract's most trusted document (a correction of a missing value goes there)."""
        docs = self.of_contract(contract_id, "documents")
        return str(docs[0]["document_id"]) if docs else None
