"""The fetch manifest: one JSON line per attempt to fetch a URL, appended, never rewritten.

What: ``data/raw/manifest.jsonl`` records for every URL the batch asked for what came
back: final URL after redirects, HTTP status, content type, decided kind and charset,
validators (ETag, Last-Modified), the SHA-256 of the body in the raw store, size, time,
the page a discovered document was found on, or why nothing came back.

Why: the raw store keeps bytes by hash only; the manifest says which URL gave which
bytes when. An offline run reads documents back through it, and the history shows when
a publication changed. JSON Lines stay readable with ``grep``/``jq`` and an append
cannot corrupt earlier lines (a line cut by a crash is skipped on reading).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pipeline.errors import ClsError

FetchOutcome = Literal["downloaded", "not_modified", "failed", "refused"]
_OK: tuple[FetchOutcome, ...] = ("downloaded", "not_modified")


class ManifestError(ClsError, ValueError):
    """A manifest line that this version cannot read (an unknown field, a wrong type)."""


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """One fetch attempt of one URL.

    ``outcome``: ``downloaded`` (a body came back), ``not_modified`` (the server
    answered 304 to a conditional request; the body is the one already stored),
    ``failed`` (HTTP error, time-out, size limit...) or ``refused`` (not fetched:
    robots.txt, private address). ``error`` is the one-line reason of the last two.
    """

    url: str
    outcome: FetchOutcome
    fetched_at: str
    final_url: str | None = None
    status: int | None = None
    content_type: str | None = None
    kind: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    size: int | None = None
    found_on: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the attempt left the document's bytes in the raw store."""
        return self.outcome in _OK and self.sha256 is not None


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, 2)
        return handle.read(1) == b"\n"


def now_iso() -> str:
    """The current UTC time as an ISO 8601 string with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Manifest:
    """The manifest file with an index of the latest attempts per URL."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._latest: dict[str, ManifestEntry] = {}
        self._latest_ok: dict[str, ManifestEntry] = {}
        self._first_seen: dict[tuple[str, str], str] = {}
        for entry in self._read():
            self._index(entry)

    def latest(self, url: str) -> ManifestEntry | None:
        """The most recent attempt for a URL, whatever its outcome."""
        return self._latest.get(url)

    def latest_ok(self, url: str) -> ManifestEntry | None:
        """The most recent attempt for a URL that left its bytes in the store."""
        return self._latest_ok.get(url)

    def first_seen(self, url: str, sha256: str) -> str | None:
        """When these bytes were first obtained for this URL: a fetch time that does not
        move when a re-run only revalidates them, so the tables stay identical."""
        return self._first_seen.get((url, sha256))

    def append(self, entry: ManifestEntry) -> None:
        """Record an attempt (one line, written with a single call).

        A last line cut short by a killed run is ended first, so that this entry starts a
        line of its own instead of being glued to the broken one (and skipped with it).
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        record = {k: v for k, v in asdict(entry).items() if v is not None}
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self.path.open("ab") as handle:
            if handle.tell() and not _ends_with_newline(self.path):
                line = "\n" + line
            handle.write(line.encode("utf-8"))
        self._index(entry)

    def _index(self, entry: ManifestEntry) -> None:
        self._latest[entry.url] = entry
        if entry.ok:
            self._latest_ok[entry.url] = entry
            if entry.sha256 is not None:
                self._first_seen.setdefault((entry.url, entry.sha256), entry.fetched_at)

    def _read(self) -> Iterator[ManifestEntry]:
        if not self.path.exists():
            return
        names = {f.name for f in fields(ManifestEntry)}
        with self.path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                try:
                    record: Any = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut short by an interrupted run
                if not isinstance(record, dict):
                    raise ManifestError(f"{self.path}:{number}: not a JSON object")
                unknown = set(record) - names
                if unknown:
                    raise ManifestError(f"{self.path}:{number}: unknown fields {sorted(unknown)}")
                try:
                    entry = ManifestEntry(**record)
                except TypeError as exc:  # a required field is missing
                    raise ManifestError(f"{self.path}:{number}: {exc}") from exc
                yield entry
