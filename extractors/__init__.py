"""French extractors: from a Document's text to a CLS record with evidence."""

from __future__ import annotations

from pipeline.model import CLSRecord, Document


def extract_record(doc: Document) -> CLSRecord:
    """Run every applicable extractor over a document and assemble its record."""
    from extractors.assemble import assemble

    return assemble(doc)
