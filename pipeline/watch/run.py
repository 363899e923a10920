"""One watch over the catalogue: fetch, compare with the last watch, keep the new state.

What: ``run_watch`` reads the catalogue, fetches every URL through the ingest stage
(``Ingestor``: HTTP cache with conditional requests, raw store, manifest, the same
politeness and safety rules as ``run``), follows what discovery finds on the listed pages
(``pipeline.discover``: document links, listing pages' links), compares what came back with the state of the previous watch and returns the
changes with the fetch counters. Nothing is extracted: no text, no NLP.

Why: a scheduled watch must be cheap on the servers (unchanged documents answer 304) and
on the machine, and must say what is new even when a server fails today.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.discover.crawl import crawl
from pipeline.discover.links import page_links
from pipeline.errors import UnsupportedInput
from pipeline.ingest.catalogue import read_catalogue
from pipeline.ingest.fetch import FetchCounters, FetchError, Ingestor
from pipeline.ingest.manifest import now_iso
from pipeline.ingest.rawstore import RawStore
from pipeline.model import Link, Source
from pipeline.watch.changes import Change, Observation, OnlyLinks, compare
from pipeline.watch.relink import differs_only_by_links
from pipeline.watch.state import STATE_NAME, Seen, WatchState, load_state, save_state

if TYPE_CHECKING:
    from pipeline.ingest.policy import FetchPolicy


@dataclass(slots=True)
class WatchResult:
    """The changes of one watch, its fetch counters, its duration and its next state."""

    changes: list[Change]
    counters: FetchCounters
    seconds: float
    state: WatchState
    state_path: Path

    def count(self, change: str) -> int:
        """How many rows have this change."""
        return sum(1 for c in self.changes if c.change == change)

    def save(self) -> None:
        """Keep this watch's state for the next one (call after the report is written)."""
        save_state(self.state, self.state_path)


def run_watch(catalogue: Path, raw_dir: Path, policy: FetchPolicy | None = None) -> WatchResult:
    """Fetch the catalogue and what it links to; compare with the previous watch.

    The state is not saved here: ``WatchResult.save`` does it once the report is safe,
    so a watch that dies before its report leaves the previous state to compare with.
    """
    started = time.monotonic()
    sources = [entry.source() for entry in read_catalogue(catalogue)]
    state_path = raw_dir / STATE_NAME
    previous = load_state(state_path)
    observations: list[Observation] = []
    with Ingestor(raw_dir, policy) as ingestor:

        def visit(source: Source) -> tuple[Link, ...]:
            observation, links = observe(source, ingestor)
            observations.append(observation)
            return links

        crawl(sources, visit, ingestor.counters)
    changes, state = compare(
        previous, observations, now_iso(), str(catalogue), only_links_in(RawStore(raw_dir))
    )
    return WatchResult(changes, ingestor.counters, time.monotonic() - started, state, state_path)


def observe(source: Source, ingestor: Ingestor) -> tuple[Observation, tuple[Link, ...]]:
    """Fetch one URL: what came back, and the links its page leads to."""
    try:
        fetched = ingestor.load(source)
    except (FetchError, UnsupportedInput) as exc:
        status = exc.status if isinstance(exc, FetchError) else None
        failed = Observation(
            source.location,
            source.found_on,
            source.territory,
            "failed",
            error=str(exc),
            status=status,
        )
        return failed, ()
    observation = Observation(
        url=source.location,
        found_on=source.found_on,
        territory=source.territory,
        fetch="not_modified" if fetched.not_modified else "downloaded",
        kind=fetched.kind,
        sha256=fetched.sha256,
        status=304 if fetched.not_modified else fetched.status,
        final_url=fetched.final_url,
    )
    page_url = fetched.final_url or source.location
    links = page_links(source, fetched.data, fetched.kind, fetched.charset, page_url)
    return observation, links


def only_links_in(store: RawStore) -> OnlyLinks:
    """The ``relinked`` test over the raw store: both versions of an HTML page read back
    and compared without the anchors to the documents that came or went."""

    def only_links(seen: Observation, before: Seen, links: set[str]) -> bool:
        if seen.kind != "html" or before.sha256 is None or seen.sha256 is None:
            return False
        try:
            old, new = store.get(before.sha256), store.get(seen.sha256)
        except OSError:
            return False
        return differs_only_by_links(old, new, seen.final_url or seen.url, links)

    return only_links
