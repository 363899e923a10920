"""What the text and extract stages made of one document, as JSON and back.

What: ``DocResult`` holds the pieces of an ``Outcome`` that the workers compute and the
tables need: the document's metadata (id, source, kind, pages, hash, page facts,
warnings), its CLS record, its error rows and the territory plug-ins of its run (name,
digest, whether it read the document: what a later run compares, ``resultstore``). ``dump`` writes it as JSON bytes, ``load``
rebuilds the dataclasses (an unknown field is an error, as everywhere in the model).

Why: a worker process or a Dask worker sends its result back as bytes, and the batch
keeps one result file per document so that the next run can skip it. The document's
text and blocks are left out: the tables do not read them, and a batch of several
hundred 200-page contracts must not hold every text in memory until the tables are
built. Every run builds its tables from loaded results, fresh or kept, so a run that
skipped documents writes the same bytes as one that extracted them all.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from pipeline.errors import ClsError
from pipeline.model import Action, Amendment, CLSRecord, Document, ErrorRow, Organisation

FORMAT = 2
"""Bumped when the JSON layout changes; part of every result key, so old files are ignored."""


class ResultFormatError(ClsError, ValueError):
    """Bytes that are not a result of this format."""


@dataclass(slots=True)
class DocResult:
    """The text and extract stages' result for one document (see the module docstring)."""

    document: Document | None = None
    record: CLSRecord | None = None
    errors: list[ErrorRow] = field(default_factory=list)
    territories: list[tuple[str, str, bool]] = field(default_factory=list)

    @property
    def pages(self) -> int:
        """Pages of the document (0 for formats without pages or an unread document)."""
        return (self.document.pages or 0) if self.document is not None else 0


def slim(document: Document) -> Document:
    """The document without its text and blocks (what the tables need)."""
    return replace(document, blocks=[], text="")


def dump(result: DocResult) -> bytes:
    """JSON bytes of a result, keys sorted (same result, same bytes)."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "document": asdict(slim(result.document)) if result.document is not None else None,
        "record": asdict(result.record) if result.record is not None else None,
        "errors": [asdict(e) for e in result.errors],
        "territories": [list(t) for t in result.territories],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


def load(raw: bytes) -> DocResult:
    """Rebuild a result from ``dump``'s bytes; ResultFormatError when they are not one."""
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ResultFormatError(f"not JSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ResultFormatError(f"not a result of format {FORMAT}")
    try:
        document = _document(data["document"]) if data["document"] is not None else None
        record = _record(data["record"]) if data["record"] is not None else None
        errors = [ErrorRow(**e) for e in data["errors"]]
        territories = [(str(n), str(d), bool(a)) for n, d, a in data["territories"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise ResultFormatError(f"unreadable result: {type(exc).__name__}: {exc}") from exc
    return DocResult(document, record, errors, territories)


def _document(data: dict[str, Any]) -> Document:
    if data.get("blocks") or data.get("text"):
        raise ResultFormatError("a result keeps no document text")
    return Document(**data)


def _record(data: dict[str, Any]) -> CLSRecord:
    values = dict(data)
    values["amendments"] = [Amendment(**a) for a in values.get("amendments", [])]
    values["organisations"] = [Organisation(**o) for o in values.get("organisations", [])]
    values["actions"] = [Action(**a) for a in values.get("actions", [])]
    return CLSRecord(**values)
