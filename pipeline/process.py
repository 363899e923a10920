"""One source through the stages: load bytes, read text, extract the record."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from pipeline.discover import Link
from pipeline.fetch import FetchError, Ingestor
from pipeline.model import CLSRecord, Document, ErrorRow
from pipeline.sources import Source
from pipeline.text import UnsupportedInput, read_bytes

_log = logging.getLogger(__name__)


@dataclass(slots=True)
class Outcome:
    """What processing one source produced: a document and record, or error rows."""

    source: Source
    document: Document | None = None
    record: CLSRecord | None = None
    errors: list[ErrorRow] = field(default_factory=list)
    raw_sha256: str | None = None
    final_url: str | None = None
    links: tuple[Link, ...] = ()
    fetched_at: str | None = None


def read_source(source: Source, ingestor: Ingestor | None = None) -> Outcome:
    """Load and read one source into a Document; failures become error rows.

    Without an ingestor, files are read and URLs fetched without keeping anything.
    """
    outcome = Outcome(source)
    try:
        if ingestor is None:
            with Ingestor() as once:
                fetched = once.load(source)
        else:
            fetched = ingestor.load(source)
    except FetchError as exc:
        outcome.errors.append(ErrorRow(source.location, "fetch", str(exc)))
        return outcome
    except UnsupportedInput as exc:
        outcome.errors.append(ErrorRow(source.location, "text", str(exc)))
        return outcome
    outcome.final_url = fetched.final_url
    outcome.fetched_at = fetched.fetched_at
    outcome.raw_sha256 = fetched.sha256
    outcome.links = fetched.links
    try:
        outcome.document = read_bytes(
            fetched.data, source.doc_id, source.location, fetched.kind, fetched.charset
        )
    except UnsupportedInput as exc:
        outcome.errors.append(ErrorRow(source.location, "text", str(exc)))
    except Exception as exc:  # a broken file must not stop the batch
        _log.debug("reading %s failed", source.location, exc_info=True)
        outcome.errors.append(ErrorRow(source.location, "text", f"{type(exc).__name__}: {exc}"))
    return outcome


def process_source(source: Source, ingestor: Ingestor | None = None) -> Outcome:
    """Read one source and extract its CLS record."""
    from extractors import extract_record

    outcome = read_source(source, ingestor)
    if outcome.document is None:
        return outcome
    try:
        outcome.record = extract_record(outcome.document)
    except Exception as exc:  # an extractor bug on one document must not stop the batch
        _log.debug("extraction of %s failed", source.location, exc_info=True)
        outcome.errors.append(ErrorRow(source.location, "extract", f"{type(exc).__name__}: {exc}"))
        return outcome
    if outcome.document.metadata.get("language") == "other":
        outcome.record.is_cls = False  # a page in another language is no French CLS
    return outcome
