"""The batch: every source through the stages, then the tables written whole.

Documents discovered on the pages the user listed join the batch after them (one level
deep), each with the page it was found on and a territory hint: the territory the link
names (links of listing pages), else the page's.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.crawl import crawl
from pipeline.discover import Link
from pipeline.fetch import FetchCounters, Ingestor
from pipeline.process import Outcome, process_source
from pipeline.sources import Source, resolve_batch

if TYPE_CHECKING:
    from pipeline.policy import FetchPolicy


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How the batch obtains its documents (see ``cls-pipeline run --help``)."""

    policy: FetchPolicy | None = None
    offline: bool = False
    discover: bool = True


@dataclass(slots=True)
class Summary:
    """Counts of a run, printed at its end."""

    documents: int
    records: int
    failed: int
    contracts: int
    seconds: float
    out_dir: Path
    fetch: FetchCounters = field(default_factory=FetchCounters)

    def describe(self) -> str:
        """A short human summary naming where the tables are."""
        return (
            f"{self.documents} documents read, {self.records} records, {self.failed} failed, "
            f"{self.contracts} contracts in {self.seconds:.1f}s\n"
            f"{self.fetch.describe()}\n"
            f"tables written to {self.out_dir}/ (CSV, Parquet, DuckDB, datapackage.json)"
        )


def run_batch(
    spec: str, out_dir: Path, raw_dir: Path, options: IngestOptions | None = None
) -> Summary:
    """Process every source of SPEC (and the documents its pages link to) into OUT_DIR."""
    from pipeline.tables import build_tables, write_tables

    options = options or IngestOptions()
    started = time.monotonic()
    sources = resolve_batch(spec)
    with Ingestor(
        raw_dir, options.policy, offline=options.offline, discover=options.discover
    ) as ingestor:
        outcomes = process_all(sources, ingestor)
    tables = build_tables(outcomes)
    write_tables(tables, out_dir)
    return Summary(
        documents=len(outcomes),
        records=sum(1 for o in outcomes if o.record is not None),
        failed=sum(1 for o in outcomes if o.errors),
        contracts=len(tables["contracts"]),
        seconds=time.monotonic() - started,
        out_dir=out_dir,
        fetch=ingestor.counters,
    )


def process_all(sources: Iterable[Source], ingestor: Ingestor) -> list[Outcome]:
    """Process sources in order, then the documents discovered on them (each URL once)."""
    outcomes: list[Outcome] = []

    def visit(source: Source) -> tuple[Link, ...]:
        outcome = process_source(source, ingestor)
        outcomes.append(outcome)
        return outcome.links

    crawl(sources, visit, ingestor.counters)
    return outcomes
