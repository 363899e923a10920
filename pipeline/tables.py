"""Normalise records into relational tables and write them (CSV and Parquet).

Identifiers derive from content (territory, period, names), never from row order, so
that two runs over the same inputs give the same ids and byte-identical files.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.evaluate import norm_text
from pipeline.model import CLSRecord, ErrorRow
from pipeline.process import Outcome

TABLE_COLUMNS: dict[str, list[str]] = {
    "documents": [
        "document_id",
        "source",
        "final_url",
        "found_on",
        "kind",
        "sha256",
        "pages",
        "title",
        "published",
        "modified",
        "contract_id",
        "is_cls",
    ],
    "contracts": [
        "contract_id",
        "territory",
        "lead_body",
        "ars_regions",
        "generation",
        "period_start",
        "period_end",
        "signed_on",
        "latest_amendment_signed_on",
        "latest_amendment_extends_to",
        "n_amendments",
        "n_axes",
        "n_actions",
        "n_signatories",
        "documents",
    ],
    "organisations": ["organisation_id", "name", "type", "place"],
    "contract_organisations": [
        "contract_id",
        "organisation_id",
        "role",
        "name_as_written",
        "document_id",
    ],
    "amendments": ["contract_id", "order", "signed_on", "extends_to", "document_id"],
    "axes": ["contract_id", "order", "title", "document_id"],
    "evidence": [
        "contract_id",
        "document_id",
        "field",
        "item",
        "value",
        "page",
        "start",
        "end",
        "snippet",
        "extractor",
        "rule",
        "confidence",
    ],
    "errors": ["source", "stage", "message"],
}


def short_id(*parts: object) -> str:
    """A stable 12-hex identifier from normalised parts."""
    key = "|".join(norm_text(p) if p is not None else "" for p in parts)
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def contract_id(record: CLSRecord) -> str:
    """Stable contract id from territory, period and generation (document id as fallback)."""
    if record.territory:
        base = norm_text(record.territory).replace(" ", "-")[:40]
        key = short_id(record.territory, record.period_start, record.period_end, record.generation)
        return f"{base}-{key[:8]}"
    return f"doc-{short_id(record.id)}"


def build_tables(outcomes: Iterable[Outcome]) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table from the outcomes of a batch."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_COLUMNS}
    orgs: dict[str, dict[str, Any]] = {}
    for outcome in outcomes:
        tables["errors"].extend(_error_row(e) for e in outcome.errors)
        doc, rec = outcome.document, outcome.record
        if doc is None:
            continue
        cid = contract_id(rec) if rec is not None and rec.is_cls else None
        tables["documents"].append(
            {
                "document_id": doc.id,
                "source": doc.source,
                "final_url": outcome.final_url,
                "found_on": outcome.source.found_on,
                "kind": doc.kind,
                "sha256": doc.sha256,
                "pages": doc.pages,
                "title": doc.metadata.get("title"),
                "published": doc.metadata.get("published"),
                "modified": doc.metadata.get("modified"),
                "contract_id": cid,
                "is_cls": rec.is_cls if rec is not None else None,
            }
        )
        for warning in doc.warnings:
            tables["errors"].append({"source": doc.source, "stage": "warning", "message": warning})
        if rec is None or cid is None:
            continue
        last = rec.amendments[-1] if rec.amendments else None
        tables["contracts"].append(
            {
                "contract_id": cid,
                "territory": rec.territory,
                "lead_body": rec.lead_body,
                "ars_regions": ";".join(rec.ars_regions) or None,
                "generation": rec.generation,
                "period_start": rec.period_start,
                "period_end": rec.period_end,
                "signed_on": rec.signed_on,
                "latest_amendment_signed_on": last.signed_on if last else None,
                "latest_amendment_extends_to": str(last.extends_to)
                if last and last.extends_to
                else None,
                "n_amendments": len(rec.amendments),
                "n_axes": rec.n_axes,
                "n_actions": rec.n_actions,
                "n_signatories": rec.n_signatories,
                "documents": doc.id,
            }
        )
        for org in rec.organisations:
            oid = short_id(org.type, org.place or org.name)
            orgs.setdefault(
                oid,
                {"organisation_id": oid, "name": org.name, "type": org.type, "place": org.place},
            )
            tables["contract_organisations"].append(
                {
                    "contract_id": cid,
                    "organisation_id": oid,
                    "role": org.role,
                    "name_as_written": org.name,
                    "document_id": doc.id,
                }
            )
        for i, am in enumerate(rec.amendments, start=1):
            tables["amendments"].append(
                {
                    "contract_id": cid,
                    "order": i,
                    "signed_on": am.signed_on,
                    "extends_to": str(am.extends_to) if am.extends_to else None,
                    "document_id": doc.id,
                }
            )
        for i, title in enumerate(rec.axes, start=1):
            tables["axes"].append(
                {"contract_id": cid, "order": i, "title": title, "document_id": doc.id}
            )
        tables["evidence"].extend(_evidence_rows(cid, doc.id, rec))
    tables["organisations"] = sorted(orgs.values(), key=lambda r: r["organisation_id"])
    for rows in tables.values():
        rows.sort(key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return tables


def _error_row(error: ErrorRow) -> dict[str, Any]:
    return {"source": error.source, "stage": error.stage, "message": error.message}


def _evidence_rows(cid: str, doc_id: str, rec: CLSRecord) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for field_name, ev in sorted(rec.evidence.items()):
        items = ev if isinstance(ev, list) else [ev]
        values = getattr(rec, field_name, None)
        for i, item in enumerate(items):
            if not item:
                continue
            value: Any = values[i] if isinstance(values, list) and i < len(values) else values
            if value is not None and hasattr(value, "to_dict"):
                value = value.to_dict()
            rows.append(
                {
                    "contract_id": cid,
                    "document_id": doc_id,
                    "field": field_name,
                    "item": i if isinstance(ev, list) else None,
                    "value": json.dumps(value, ensure_ascii=False, sort_keys=True),
                    "page": item.get("page"),
                    "start": item.get("start"),
                    "end": item.get("end"),
                    "snippet": item.get("snippet"),
                    "extractor": item.get("extractor"),
                    "rule": item.get("rule"),
                    "confidence": item.get("confidence"),
                }
            )
    return rows


def write_tables(tables: dict[str, list[dict[str, Any]]], out_dir: Path) -> list[Path]:
    """Write every table as CSV and Parquet into a temporary folder, then move it in whole."""
    import pandas as pd

    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out_dir, prefix=".staging-"))
    written: list[Path] = []
    try:
        for name, columns in TABLE_COLUMNS.items():
            frame = pd.DataFrame(tables.get(name, []), columns=columns)
            frame = frame.convert_dtypes()
            frame.to_csv(staging / f"{name}.csv", index=False, lineterminator="\n")
            frame.to_parquet(staging / f"{name}.parquet", index=False)
            written.extend([out_dir / f"{name}.csv", out_dir / f"{name}.parquet"])
        for path in sorted(staging.iterdir()):
            os.replace(path, out_dir / path.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written
