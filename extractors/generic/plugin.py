"""The generic French extractors as one registered extractor (entry point ``generic``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from extractors.generic import VERSION
from pipeline.model import CLSRecord, Document, Evidence, Finding


class GenericExtractor:
    """Every field of the CLS record from any French publication (rules and vocabularies)."""

    name: ClassVar[str] = "generic"
    version: ClassVar[str] = VERSION
    kind: ClassVar[str] = "generic"

    def applies_to(self, doc: Document) -> bool:
        """The generic extractors read every document."""
        return True

    def record(self, doc: Document) -> CLSRecord:
        """The generic record of a document."""
        from extractors.assemble import assemble

        return assemble(doc)

    def extract(self, doc: Document) -> Iterable[Finding]:
        """The generic record as findings, one per field value (list items one by one)."""
        record = self.record(doc)
        for field, ev in record.evidence.items():
            value = getattr(record, field)
            if isinstance(ev, list):
                for item, one in zip(value, ev, strict=False):
                    yield Finding(field, item, Evidence(**one))
            else:
                yield Finding(field, value, Evidence(**ev))
