"""Helpers for the normaliser tests: outcomes built from CLSRecord objects directly.

The extractors are written elsewhere; these tests give the normaliser records as an
extractor would, with documents of a chosen kind (pdf, html, txt).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import pytest

from pipeline.model import CLSRecord, Document, ErrorRow
from pipeline.process import Outcome
from pipeline.sources import Source

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


@pytest.fixture
def outcome() -> MakeOutcome:
    """Factory of outcomes (see ``make_outcome``)."""
    return make_outcome
