"""French extractors: from a Document's text to a CLS record with evidence."""

from __future__ import annotations

from pipeline.model import CLSRecord, Document


def extract_record(doc: Document) -> CLSRecord:
    """The record of a document: the generic extractors, then every territory extractor
    that applies to it, whose findings take precedence for the fields they fill."""
    from extractors.assemble import assemble
    from extractors.merge import apply_findings
    from extractors.registry import default_registry

    record = assemble(doc)
    for registered in default_registry().territorial():
        if registered.extractor.applies_to(doc):
            apply_findings(record, list(registered.extractor.extract(doc)))
    return record
