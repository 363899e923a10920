"""One source through the stages: load bytes, read text, extract the record."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from pipeline.discover import Link
from pipeline.fetch import Fetched, FetchError, Ingestor
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
    outcome, fetched = load_source(source, ingestor)
    if fetched is not None:
        read_loaded(outcome, fetched.data, fetched.kind, fetched.charset)
    return outcome


def load_source(source: Source, ingestor: Ingestor | None = None) -> tuple[Outcome, Fetched | None]:
    """The bytes of one source (None and an error row when there are none) and an outcome
    carrying what the ingest stage said about them (final URL, fetch time, links)."""
    outcome = Outcome(source)
    try:
        if ingestor is None:
            with Ingestor() as once:
                fetched = once.load(source)
        else:
            fetched = ingestor.load(source)
    except FetchError as exc:
        outcome.errors.append(ErrorRow(source.location, "fetch", str(exc)))
        return outcome, None
    except UnsupportedInput as exc:
        outcome.errors.append(ErrorRow(source.location, "text", str(exc)))
        return outcome, None
    outcome.final_url = fetched.final_url
    outcome.fetched_at = fetched.fetched_at
    outcome.raw_sha256 = fetched.sha256
    outcome.links = fetched.links
    return outcome, fetched


def read_loaded(outcome: Outcome, data: bytes, kind: str, charset: str | None) -> None:
    """Read loaded bytes into ``outcome.document``; a failure becomes a ``text`` error row.

    Split from ``read_source`` so that a batch worker, given the bytes the parent process
    loaded, reads them exactly as a single-process run does.
    """
    source = outcome.source
    try:
        outcome.document = read_bytes(data, source.doc_id, source.location, kind, charset)
    except UnsupportedInput as exc:
        outcome.errors.append(ErrorRow(source.location, "text", str(exc)))
    except Exception as exc:  # a broken file must not stop the batch
        _log.debug("reading %s failed", source.location, exc_info=True)
        outcome.errors.append(ErrorRow(source.location, "text", f"{type(exc).__name__}: {exc}"))


def extract_into(outcome: Outcome) -> None:
    """Extract the record of a read document; a failure becomes an ``extract`` error row."""
    from extractors import extract_record

    if outcome.document is None:
        return
    try:
        outcome.record = extract_record(outcome.document)
    except Exception as exc:  # an extractor bug on one document must not stop the batch
        _log.debug("extraction of %s failed", outcome.source.location, exc_info=True)
        outcome.errors.append(
            ErrorRow(outcome.source.location, "extract", f"{type(exc).__name__}: {exc}")
        )
        return
    if outcome.document.metadata.get("language") == "other":
        outcome.record.is_cls = False  # a page in another language is no French CLS


def process_source(source: Source, ingestor: Ingestor | None = None) -> Outcome:
    """Read one source and extract its CLS record."""
    outcome = read_source(source, ingestor)
    extract_into(outcome)
    return outcome
