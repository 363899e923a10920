"""One source through the stages: load bytes, read text, extract the record."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.fetch import FetchError, load
from pipeline.model import CLSRecord, Document, ErrorRow
from pipeline.rawstore import RawStore
from pipeline.sources import Source
from pipeline.text import UnsupportedInput, read_bytes


@dataclass(slots=True)
class Outcome:
    """What processing one source produced: a document and record, or error rows."""

    source: Source
    document: Document | None = None
    record: CLSRecord | None = None
    errors: list[ErrorRow] = field(default_factory=list)
    raw_sha256: str | None = None
    final_url: str | None = None


def read_source(source: Source, store: RawStore | None = None) -> Outcome:
    """Load and read one source into a Document; failures become error rows."""
    outcome = Outcome(source)
    try:
        fetched = load(source)
    except FetchError as exc:
        outcome.errors.append(ErrorRow(source.location, "fetch", str(exc)))
        return outcome
    outcome.final_url = fetched.final_url
    if store is not None and source.is_url:
        outcome.raw_sha256 = store.put(fetched.data)
    hint = _hint(source, fetched.content_type)
    try:
        outcome.document = read_bytes(fetched.data, source.doc_id, source.location, hint)
    except UnsupportedInput as exc:
        outcome.errors.append(ErrorRow(source.location, "text", str(exc)))
    except Exception as exc:  # a broken file must not stop the batch
        outcome.errors.append(ErrorRow(source.location, "text", f"{type(exc).__name__}: {exc}"))
    return outcome


def _hint(source: Source, content_type: str | None) -> str | None:
    from pipeline.text import SUFFIX_KINDS

    if content_type:
        if "pdf" in content_type:
            return "pdf"
        if "html" in content_type:
            return "html"
    for suffix, kind in SUFFIX_KINDS.items():
        if source.location.lower().split("?")[0].endswith(suffix):
            return kind
    return None


def process_source(source: Source, store: RawStore | None = None) -> Outcome:
    """Read one source and extract its CLS record."""
    from extractors import extract_record

    outcome = read_source(source, store)
    if outcome.document is None:
        return outcome
    try:
        outcome.record = extract_record(outcome.document)
    except Exception as exc:  # an extractor bug on one document must not stop the batch
        outcome.errors.append(ErrorRow(source.location, "extract", f"{type(exc).__name__}: {exc}"))
    return outcome
