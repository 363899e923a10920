"""The documents of one batch, in order: loaded here, skipped, or handed to workers.

What: ``BatchPlan`` gives every document a fixed place (the sources in the order
listed, then the documents their pages link to, in page order, each URL once) and
fills it as the run goes. ``tasks()`` loads each document in the parent (ingest: file,
web or raw store), then either takes its kept result (same bytes, same extractors:
skipped) or yields a ``Task`` for an executor. ``complete()`` takes a worker's result,
keeps it (one file per document, written atomically) and fills the place.
``outcomes()`` returns the places in batch order.

Why: whichever executor ran and in whatever order the results came back, the tables
get the outcomes in the same order, built from the same kind of result (loaded from
JSON, fresh or kept), so they are byte-identical; a killed run loses only the
documents in flight. Local files are handed out largest first, so that a 200-page
contract does not start last and finish alone while the other workers wait.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from pipeline.batch.progress import Progress
from pipeline.batch.results import DocResult, ResultFormatError, load
from pipeline.batch.resultstore import Fingerprint, ResultStore, result_key, territory_change
from pipeline.batch.stages import load_source
from pipeline.batch.worker import Task, TaskResult
from pipeline.discover.crawl import discovered
from pipeline.errors import ClsError
from pipeline.ingest.fetch import Ingestor
from pipeline.model import ErrorRow, Outcome, Source


class BatchError(ClsError, RuntimeError):
    """A batch that cannot go on (a worker running other extractors than the parent)."""


@dataclass(slots=True)
class BatchStats:
    """Counts of the documents' work, for the summary."""

    skipped: int = 0
    rechecked: int = 0  # of the skipped: read again to ask new or changed plug-ins
    extracted: int = 0
    lost: int = 0
    pages: int = 0
    peak_rss: dict[str, int] = field(default_factory=dict)
    cpu_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def peak_rss_max(self) -> int:
        """The highest peak memory of any worker process, in bytes (0 when none ran)."""
        return max(self.peak_rss.values(), default=0)

    def worker_figures(self, result: TaskResult) -> None:
        """Keep a worker's latest figures (they only grow)."""
        if not result.worker:
            return
        self.peak_rss[result.worker] = max(self.peak_rss.get(result.worker, 0), result.peak_rss)
        cpu = self.cpu_seconds.get(result.worker, 0.0)
        self.cpu_seconds[result.worker] = max(cpu, result.cpu_seconds)


@dataclass(slots=True)
class _Place:
    """One document's place in the batch: what loading it said, then its outcome.

    ``loaded`` carries the ingest stage's facts (final URL, fetch time, links) and
    becomes ``outcome`` once the document's result is merged into it.
    """

    source: Source
    loaded: Outcome | None = None
    key: str | None = None
    outcome: Outcome | None = None


class BatchPlan:
    """The places of a batch and how they are filled (see the module docstring)."""

    def __init__(
        self,
        sources: list[Source],
        ingestor: Ingestor,
        store: ResultStore,
        fingerprint: Fingerprint,
        *,
        reuse: bool = True,
        discover: bool = True,
        progress: Progress | None = None,
    ) -> None:
        self.ingestor = ingestor
        self.discover = discover
        self.store = store
        self.fingerprint = fingerprint
        self.reuse = reuse
        self.progress = progress
        self.stats = BatchStats()
        self._places = [_Place(s) for s in sources]
        self._listed = len(sources)

    def tasks(self) -> Iterator[Task]:
        """Load every document; yield a task for each one without a kept result."""
        for index in submission_order([p.source for p in self._places]):
            yield from self._prepare(index)
        first_discovered = len(self._places)
        self._add_discovered()
        for index in range(first_discovered, len(self._places)):
            yield from self._prepare(index)

    def complete(self, result: TaskResult) -> None:
        """Take a worker's result: keep it, then fill the document's place."""
        place = self._places[result.index]
        loaded = place.loaded or Outcome(place.source)
        if result.payload is None:
            self.stats.lost += 1
            why = result.lost or "no result came back"
            loaded.errors.append(ErrorRow(place.source.location, "extract", why))
            self._fill(result.index, loaded, skipped=False)
            return
        if result.fingerprint != self.fingerprint.whole:
            raise BatchError(
                f"worker {result.worker} runs other extractors than this process "
                f"({self.fingerprint.describe()}); install the same versions on every worker"
            )
        if place.key is not None:
            self.store.put(place.key, result.payload)
        if result.rechecked:
            self.stats.skipped += 1
            self.stats.rechecked += 1
        else:
            self.stats.extracted += 1
        self.stats.worker_figures(result)
        self._fill(result.index, _merge(loaded, load(result.payload)), skipped=result.rechecked)

    def outcomes(self) -> list[Outcome]:
        """Every document's outcome in batch order (all of them must be filled)."""
        missing = [p.source.location for p in self._places if p.outcome is None]
        if missing:
            raise BatchError(f"{len(missing)} documents without a result, first {missing[0]}")
        return [p.outcome for p in self._places if p.outcome is not None]

    def _prepare(self, index: int) -> Iterator[Task]:
        place = self._places[index]
        loaded, fetched = load_source(place.source, self.ingestor, discover=self.discover)
        place.loaded = loaded
        if fetched is None:
            self._fill(index, loaded, skipped=False)
            return
        sha256 = fetched.sha256 or hashlib.sha256(fetched.data).hexdigest()
        place.key = result_key(
            self.fingerprint, sha256, place.source, fetched.kind, fetched.charset
        )
        task = Task(index, place.source, fetched.data, fetched.kind, fetched.charset)
        kept = self._kept(place.key)
        if kept is None:
            yield task
            return
        raw, result = kept
        change = territory_change(self.fingerprint, result.territories)
        if change.none:
            self.stats.skipped += 1
            self._fill(index, _merge(loaded, result), skipped=True)
        elif change.extract:
            yield task
        else:
            yield replace(task, kept=raw, ask=change.ask)

    def _kept(self, key: str) -> tuple[bytes, DocResult] | None:
        """The kept result under a key (bytes and result), None when there is none (or
        it is unreadable)."""
        if not self.reuse:
            return None
        raw = self.store.get(key)
        if raw is None:
            return None
        try:
            return raw, load(raw)
        except ResultFormatError:
            return None  # read again; the new result replaces it

    def _add_discovered(self) -> None:
        """Places for the documents the listed pages link to, in page order, once each."""
        seen = {p.source.location for p in self._places}
        counters = self.ingestor.counters
        for place in self._places[: self._listed]:
            links = place.loaded.links if place.loaded is not None else ()
            for source in discovered(place.source, links, seen, counters):
                self._places.append(_Place(source))
                if self.progress is not None:
                    self.progress.add_total(1)

    def _fill(self, index: int, outcome: Outcome, *, skipped: bool) -> None:
        self._places[index].outcome = outcome
        pages = (outcome.document.pages or 0) if outcome.document is not None else 0
        self.stats.pages += pages
        if self.progress is not None:
            self.progress.document_done(skipped=skipped, failed=bool(outcome.errors), pages=pages)


def _merge(loaded: Outcome, result: DocResult) -> Outcome:
    """The outcome of a document: what loading said (URL, fetch time, links) and its result."""
    loaded.document = result.document
    loaded.record = result.record
    loaded.errors = [*loaded.errors, *result.errors]
    return loaded


def submission_order(sources: list[Source]) -> list[int]:
    """Local files largest first, then URLs as listed (their order is the fetch order)."""

    def size(source: Source) -> int:
        try:
            return os.stat(source.location).st_size
        except OSError:
            return 0

    files = [i for i, s in enumerate(sources) if not s.is_url]
    urls = [i for i, s in enumerate(sources) if s.is_url]
    return sorted(files, key=lambda i: (-size(sources[i]), i)) + urls
