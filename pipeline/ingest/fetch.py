"""The ingest stage: the bytes of a source, from a file, the web or the raw store.

What: ``Ingestor.load`` reads a local path, or fetches an http(s) URL through the polite
client (``pipeline.ingest.httpclient``), keeps the body in the content-addressed raw store,
appends what happened to the manifest and decides kind and charset
(``pipeline.ingest.content``). Finding the documents a page links to is not its job: that
is discovery (``pipeline.discover``), which runs on the loaded page afterwards. Offline, URLs are read back from the store through the
manifest and nothing touches the network. Counters say what the run did.

Why: one place owns where bytes come from, so the text stage sees the same bytes and
the same decisions whether a document came from disk, from the web or from the store.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from pipeline.errors import ClsError, UnsupportedInput
from pipeline.ingest.content import ContentInfo, UnsupportedContent, describe
from pipeline.ingest.weburl import RefusedURL
from pipeline.limits import MAX_FILE_BYTES, MIB
from pipeline.records.source import Source

if TYPE_CHECKING:
    from pipeline.ingest.httpclient import HttpClient, HttpResult
    from pipeline.ingest.manifest import FetchOutcome, Manifest, ManifestEntry
    from pipeline.ingest.policy import FetchPolicy
    from pipeline.ingest.rawstore import RawStore

MANIFEST_NAME = "manifest.jsonl"
HTTP_CACHE_NAME = "http-cache.sqlite"


class FetchError(ClsError, RuntimeError):
    """A source whose bytes could not be obtained (or are of a type we do not read);
    ``status`` is the HTTP status of a server's refusal (404...), None otherwise."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class Fetched:
    """The bytes of a source and what the ingest stage decided about them."""

    source: Source
    data: bytes
    kind: str
    charset: str | None = None
    final_url: str | None = None
    sha256: str | None = None
    fetched_at: str | None = None
    status: int | None = None  # HTTP status of the answer (304 shows as not_modified)
    not_modified: bool = False  # the server answered 304: the body is the cached one


@dataclass(slots=True)
class FetchCounters:
    """What a run's ingest did, for the summary."""

    downloaded: int = 0
    new_or_changed: int = 0
    not_modified: int = 0
    from_store: int = 0
    read_from_disk: int = 0
    discovered: int = 0
    failed: int = 0
    not_tried: int = 0  # web sources given up on once the network was found unreachable
    network: str | None = None  # the one line saying why, once

    def describe(self) -> str:
        """One summary line, and a second one when the network was unreachable."""
        line = (
            f"fetch: {self.downloaded} downloaded ({self.new_or_changed} new or changed), "
            f"{self.not_modified} not modified, {self.from_store} from store, "
            f"{self.read_from_disk} files, {self.discovered} discovered, {self.failed} failed"
        )
        if self.network is None:
            return line
        return f"{line}\n{self.network} ({self.not_tried} not tried)"


class Ingestor:
    """Loads sources for one run. ``raw_dir`` None: nothing is kept (``extract``, ``text``).

    ``offline``: URLs are read from the raw store only. The HTTP client is created on
    the first URL, so runs over local files never import it.
    """

    def __init__(
        self,
        raw_dir: Path | None = None,
        policy: FetchPolicy | None = None,
        *,
        offline: bool = False,
    ) -> None:
        self.raw_dir = raw_dir
        self.policy = policy
        self.offline = offline
        self.counters = FetchCounters()
        self._store: RawStore | None = None
        self._manifest: Manifest | None = None
        if raw_dir is not None:  # imported here: reading local files keeps nothing
            from pipeline.ingest.manifest import Manifest
            from pipeline.ingest.rawstore import RawStore

            self._store = RawStore(raw_dir)
            self._manifest = Manifest(raw_dir / MANIFEST_NAME)
        self._http: HttpClient | None = None

    def __enter__(self) -> Ingestor:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the HTTP session, if one was opened."""
        if self._http is not None:
            self._http.close()
            self._http = None

    def load(self, source: Source) -> Fetched:
        """The bytes of a source with kind and charset; FetchError when there are none.

        UnsupportedInput (bytes the text stage cannot read) passes through unchanged.
        """
        if not source.is_url:
            return self._load_file(source)
        if self.offline:
            return self._load_stored(source)
        return self._load_web(source)

    def _load_file(self, source: Source) -> Fetched:
        path = Path(source.location)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                self.counters.failed += 1
                raise FetchError(
                    f"file of {size / MIB:.1f} MiB is too large (limit {MAX_FILE_BYTES // MIB} MiB)"
                )
            data = path.read_bytes()
        except OSError as exc:
            self.counters.failed += 1
            raise FetchError(f"cannot read file: {exc.strerror or exc}") from exc
        self.counters.read_from_disk += 1
        info = describe(data, source.location)
        return Fetched(source, data, info.kind, info.charset)

    def _load_stored(self, source: Source) -> Fetched:
        """Offline: the last copy the manifest points to, or the last recorded failure."""
        entry = self._manifest.latest_ok(source.location) if self._manifest else None
        data = self._stored_bytes(entry)
        if entry is None or data is None:
            self.counters.failed += 1
            last = self._manifest.latest(source.location) if self._manifest else None
            if last is not None and last.error:
                raise FetchError(last.error)
            raise FetchError("offline: not in the raw store (never fetched)")
        self.counters.from_store += 1
        final_url = entry.final_url or source.location
        info = self._describe(data, final_url, entry.content_type)
        return self._fetched(source, data, info, final_url, entry.sha256)

    def _load_web(self, source: Source) -> Fetched:
        from pipeline.ingest.httpclient import HttpError, NetworkUnreachable

        client = self._client()
        try:
            result = client.get(source.location, trusted=source.found_on is None)
        except (HttpError, RefusedURL) as exc:
            if isinstance(exc, NetworkUnreachable):
                self.counters.network = client.network.message()
                self.counters.not_tried += 1
            outcome: FetchOutcome = "refused" if isinstance(exc, RefusedURL) else "failed"
            status = exc.status if isinstance(exc, HttpError) else None
            self._record(source, outcome, error=str(exc), status=status)
            self.counters.failed += 1
            raise FetchError(str(exc), status) from exc
        previous = self._manifest.latest_ok(source.location) if self._manifest else None
        sha256 = self._store.put(result.body) if self._store else None
        if result.not_modified:
            self.counters.not_modified += 1
        else:
            self.counters.downloaded += 1
            if previous is None or previous.sha256 != sha256:
                self.counters.new_or_changed += 1
        outcome = "not_modified" if result.not_modified else "downloaded"
        try:
            info = self._describe(result.body, result.final_url, result.content_type)
        except (FetchError, UnsupportedInput):
            self._record(source, outcome, result, sha256)  # the transport worked; the type did not
            raise
        self._record(source, outcome, result, sha256, info)
        fetched = self._fetched(source, result.body, info, result.final_url, sha256)
        return replace(fetched, status=result.status, not_modified=result.not_modified)

    def _describe(self, data: bytes, location: str, content_type: str | None) -> ContentInfo:
        """Kind and charset; a media type we do not read is a fetch failure."""
        try:
            return describe(data, location, content_type)
        except UnsupportedContent as exc:
            self.counters.failed += 1
            raise FetchError(str(exc)) from exc

    def _fetched(
        self,
        source: Source,
        data: bytes,
        info: ContentInfo,
        final_url: str | None,
        sha256: str | None,
    ) -> Fetched:
        fetched_at = None
        if self._manifest is not None and sha256 is not None:
            fetched_at = self._manifest.first_seen(source.location, sha256)
        return Fetched(source, data, info.kind, info.charset, final_url, sha256, fetched_at)

    def _stored_bytes(self, entry: ManifestEntry | None) -> bytes | None:
        if entry is None or entry.sha256 is None or self._store is None:
            return None
        try:
            return self._store.get(entry.sha256)
        except OSError:
            return None

    def _client(self) -> HttpClient:
        if self._http is None:
            from pipeline.ingest.httpclient import HttpClient
            from pipeline.ingest.policy import FetchPolicy

            cache = self.raw_dir / HTTP_CACHE_NAME if self.raw_dir is not None else None
            self._http = HttpClient(self.policy or FetchPolicy(), cache)
        return self._http

    def _record(
        self,
        source: Source,
        outcome: FetchOutcome,
        result: HttpResult | None = None,
        sha256: str | None = None,
        info: ContentInfo | None = None,
        error: str | None = None,
        status: int | None = None,
    ) -> None:
        if self._manifest is None:
            return
        from pipeline.ingest.manifest import ManifestEntry, now_iso

        self._manifest.append(
            ManifestEntry(
                url=source.location,
                outcome=outcome,
                fetched_at=now_iso(),
                final_url=result.final_url if result else None,
                status=result.status if result else status,
                content_type=result.content_type if result else None,
                kind=info.kind if info else None,
                charset=info.charset if info else None,
                etag=result.etag if result else None,
                last_modified=result.last_modified if result else None,
                sha256=sha256,
                size=len(result.body) if result else None,
                found_on=source.found_on,
                error=error,
            )
        )
