"""One document's straight path through the stages: source → bytes → document → record.

What: ``process_source`` is the whole path in four calls, each a stage of its own folder:
``load_source`` (ingest: the bytes, from a file, the web or the raw store; then
discovery of the links a listed page holds), ``read_loaded`` (text: the typed blocks),
``extract_into`` (extractors: the CLS record); the batch turns the outcomes into table
rows (``pipeline.tables.build_tables``). A failure at any stage becomes an error row of
that stage and the path stops there.

Why: a maintainer follows one document from its location to its rows here, without
climbing between modules; the batch worker and the ``extract``/``text`` commands run the
very same functions, so a document reads the same in a single process and in a pool.
"""

from __future__ import annotations

import logging

from pipeline.errors import UnsupportedInput
from pipeline.ingest.fetch import Fetched, FetchError, Ingestor
from pipeline.records.source import ErrorRow, Outcome, Source
from pipeline.text import read_bytes

_log = logging.getLogger(__name__)


def process_source(source: Source, ingestor: Ingestor | None = None) -> Outcome:
    """Read one source and extract its CLS record (no discovery: one document)."""
    outcome, fetched = load_source(source, ingestor)  # source -> bytes
    if fetched is not None:
        read_loaded(outcome, fetched.data, fetched.kind, fetched.charset)  # -> document
        extract_into(outcome)  # -> record
    return outcome


def read_source(source: Source, ingestor: Ingestor | None = None) -> Outcome:
    """Load and read one source into a Document; failures become error rows."""
    outcome, fetched = load_source(source, ingestor)
    if fetched is not None:
        read_loaded(outcome, fetched.data, fetched.kind, fetched.charset)
    return outcome


def load_source(
    source: Source, ingestor: Ingestor | None = None, *, discover: bool = False
) -> tuple[Outcome, Fetched | None]:
    """The bytes of one source (None and an error row when there are none) and an outcome
    carrying what the ingest stage said about them (final URL, fetch time) and, with
    ``discover``, the links discovery follows from it.

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
        return outcome, None
    except UnsupportedInput as exc:
        outcome.errors.append(ErrorRow(source.location, "text", str(exc)))
        return outcome, None
    outcome.final_url = fetched.final_url
    outcome.fetched_at = fetched.fetched_at
    outcome.raw_sha256 = fetched.sha256
    if discover:
        from pipeline.discover.links import page_links  # only discovery pays for its imports

        page_url = fetched.final_url or source.location
        outcome.links = page_links(source, fetched.data, fetched.kind, fetched.charset, page_url)
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
    from extractors import extract_with_territories

    if outcome.document is None:
        return
    try:
        outcome.record, outcome.territories_applied = extract_with_territories(outcome.document)
    except Exception as exc:  # an extractor bug on one document must not stop the batch
        _log.debug("extraction of %s failed", outcome.source.location, exc_info=True)
        outcome.errors.append(
            ErrorRow(outcome.source.location, "extract", f"{type(exc).__name__}: {exc}")
        )
        return
    if outcome.document.metadata.get("language") == "other":
        outcome.record.is_cls = False  # a page in another language is no French CLS
