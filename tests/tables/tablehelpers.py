"""Helpers of the normaliser tests: outcomes built from CLSRecord objects, a small corpus,
and a check that the keys of built tables hold.

The extractors are written elsewhere; these tests give the normaliser records as an
extractor would, with documents of a chosen kind (pdf, html, txt).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from pipeline.model import (
    Action,
    Amendment,
    CLSRecord,
    Document,
    ErrorRow,
    Organisation,
    Outcome,
    Source,
)
from pipeline.tables import TABLES
from pipeline.tables.rowset import Tables

MakeOutcome = Callable[..., Outcome]


def make_outcome(
    doc_id: str,
    kind: str = "html",
    *,
    hint: str | None = None,
    metadata: dict[str, str] | None = None,
    errors: list[ErrorRow] | None = None,
    source: str | None = None,
    **fields: Any,
) -> Outcome:
    """An outcome whose document has this id and kind and whose record has these fields."""
    suffix = {"html": "html", "pdf": "pdf", "txt": "txt"}[kind]
    location = source or f"corpus/{doc_id}.{suffix}"
    text = f"texte de {doc_id}"
    doc = Document(
        id=doc_id,
        source=location,
        kind=kind,  # type: ignore[arg-type]
        blocks=[],
        text=text,
        metadata=dict(metadata or {}),
        pages=3 if kind == "pdf" else None,
        sha256=hashlib.sha256(location.encode()).hexdigest(),
    )
    record = CLSRecord(id=doc_id, source=location, **fields)
    return Outcome(Source(location, hint), doc, record, list(errors or []))


ARS = Organisation("ARS Grand Est", "ARS", "Grand Est", "signatory")
CAF = Organisation("La Caisse d'Allocations Familiales", "CAF", None, "signatory")
VILLE = Organisation("La Ville de Reims", "COMMUNE", "Reims", "signatory")


def corpus(outcome: MakeOutcome = make_outcome) -> list[Outcome]:
    """A web page and a press article about Reims' second CLS, and Rennes' contract."""
    return [
        outcome(
            "reims-page",
            "html",
            territory="Reims",
            lead_body="Ville de Reims",
            ars_regions=["Grand Est"],
            generation=2,
            period_start=2018,
            period_end=2022,
            amendments=[Amendment("2022-03-10", None)],
            n_axes=2,
            axes=["Environnement favorable à la santé", "Accès aux soins"],
            n_signatories=3,
            organisations=[VILLE, ARS, CAF],
            metadata={"title": "CLS de Reims", "published": "14/03/2022"},
            evidence={
                "period_start": {
                    "snippet": "Il couvre donc les années 2018 à 2022",
                    "start": 120,
                    "end": 157,
                    "page": None,
                    "extractor": "period",
                    "rule": "years_range",
                    "confidence": 0.9,
                },
                "axes": [
                    {"snippet": "Axe 1", "start": 1, "end": 5, "page": None, "extractor": "axes"},
                    None,
                ],
            },
        ),
        outcome(
            "reims-presse",
            "txt",
            territory="Ville de Reims",
            ars_regions=["Grand Est"],
            generation=2,
            period_start=2018,
            period_end=2020,
            n_signatories=9,
            n_actions=27,
            actions=[Action("1.1", "Prévenir les addictions", 1), Action("2.1", None, None)],
        ),
        outcome(
            "rennes-2025",
            "txt",
            territory="Rennes Métropole",
            lead_body="Rennes Métropole",
            ars_regions=["?"],
            period_start=2025,
            period_end=2030,
            organisations=[Organisation("ARS Bretagne", "ARS", "Bretagne", "signatory"), CAF],
        ),
    ]


def by_key(tables: Tables, table: str, key: str) -> dict[Any, dict[str, Any]]:
    return {row[key]: row for row in tables[table]}


def assert_keys_hold(tables: Tables) -> None:
    """Every row has exactly the schema's columns, primary keys are unique and not null,
    foreign keys point to existing rows."""
    for table in TABLES:
        rows = tables[table.name]
        for row in rows:
            assert list(row) == table.column_names
            for c in table.columns:
                if c.required:
                    assert row[c.name] is not None, (table.name, c.name)
                if c.enum and row[c.name] is not None:
                    assert row[c.name] in c.enum, (table.name, c.name, row[c.name])
        pks = [tuple(r[k] for k in table.primary_key) for r in rows]
        assert len(pks) == len(set(pks)), table.name
        for fk in table.foreign_keys:
            targets = {tuple(r[k] for k in fk.ref_columns) for r in tables[fk.table]}
            for row in rows:
                value = tuple(row[k] for k in fk.columns)
                if None not in value:
                    assert value in targets, (table.name, fk.columns, value)
