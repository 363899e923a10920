"""The text of each document, read again from its kept bytes through the text stage.

What: ``TextSource.get(document_row)`` gives the ``Document`` (text, blocks with pages)
of a document of the run, or the one-line reason it cannot: the bytes come from the raw
store under the ``sha256`` of the ``documents`` table (every fetched URL is kept there),
else from the local file named in ``source`` when its bytes still have that hash; they
are read by ``pipeline.text.read_bytes`` with the kind and charset ``describe`` decides
(with the content type the manifest recorded for that body).

Why: the evidence offsets are offsets into the text the run read, and the text stage is
deterministic: the same bytes give the same text, so re-reading costs no storage and
cannot drift, and the hash check refuses bytes that changed since the run. Texts are
kept in memory, a few at a time; nothing is written.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from pipeline.errors import ClsError
from pipeline.ingest.content import describe
from pipeline.ingest.fetch import MANIFEST_NAME
from pipeline.ingest.manifest import Manifest, ManifestError
from pipeline.ingest.rawstore import RawStore
from pipeline.limits import MAX_FILE_BYTES
from pipeline.model import Document
from pipeline.report.load import Row
from pipeline.text import read_bytes

KEPT_TEXTS: Final = 16
"""Documents whose text stays in memory (the pages of one contract read a few)."""


@dataclass(frozen=True, slots=True)
class DocText:
    """A document's text as the run read it, or why there is none."""

    document: Document | None
    problem: str | None = None


class TextSource:
    """Reads documents' texts on demand and keeps the last few."""

    def __init__(self, raw_dir: Path, base: Path) -> None:
        self.raw_dir = raw_dir
        self.base = base
        self._store = RawStore(raw_dir)
        self._kept: OrderedDict[str, DocText] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, row: Row) -> DocText:
        """The text of the document of this ``documents`` row."""
        doc_id = str(row["document_id"])
        with self._lock:
            if doc_id in self._kept:
                self._kept.move_to_end(doc_id)
                return self._kept[doc_id]
            found = self._read(row)
            self._kept[doc_id] = found
            while len(self._kept) > KEPT_TEXTS:
                self._kept.popitem(last=False)
            return found

    def _read(self, row: Row) -> DocText:
        sha = str(row.get("sha256") or "")
        source = str(row.get("source") or "")
        data, content_type = self._bytes(sha, source)
        if data is None:
            return DocText(None, content_type)
        location = str(row.get("final_url") or source)
        try:
            info = describe(data, location, content_type)
            doc = read_bytes(data, str(row["document_id"]), source, info.kind, info.charset)
        except ClsError as exc:
            return DocText(None, f"the text cannot be read again: {exc}")
        return DocText(doc)

    def _bytes(self, sha: str, source: str) -> tuple[bytes | None, str | None]:
        """The document's bytes and their recorded content type, or None and why not."""
        if len(sha) == 64 and self._store.path_for(sha).is_file():
            return self._store.get(sha), self._content_type(sha, source)
        if source.startswith(("http://", "https://")):
            return None, f"the bytes ({sha[:12]}…) are not in the raw store {self.raw_dir}"
        path = Path(source) if Path(source).is_absolute() else self.base / source
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                return None, f"{source}: larger than the run could read"
            data = path.read_bytes()
        except OSError as exc:
            return None, f"{source}: cannot read the file ({exc.strerror or exc})"
        if hashlib.sha256(data).hexdigest() != sha:
            return None, f"{source}: the file changed since the run (its SHA-256 differs)"
        return data, None

    def _content_type(self, sha: str, url: str) -> str | None:
        """The content type the manifest recorded for this body of this URL, if any."""
        try:
            entry = Manifest(self.raw_dir / MANIFEST_NAME).latest_ok(url)
        except (ManifestError, OSError):
            return None
        return entry.content_type if entry is not None and entry.sha256 == sha else None
