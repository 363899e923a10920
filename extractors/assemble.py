"""Assemble the findings of all extractors into one record per document."""

from __future__ import annotations

from pipeline.model import CLSRecord, Document


def assemble(doc: Document) -> CLSRecord:
    """The record of a document (placeholder until the field extractors land)."""
    return CLSRecord(id=doc.id, source=doc.source)
