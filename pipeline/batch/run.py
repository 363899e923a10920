"""The batch: every source through the stages, then the tables written whole.

Documents discovered on the pages the user listed join the batch after them (one level
deep), each with the page it was found on and that page's territory hint. The parent
process loads every document (``pipeline.batch.plan``); an executor reads and extracts
those without a kept result (``pipeline.batch.executors``); the tables are built from every
document's result, in batch order, and written whole at the end.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.batch.executors import ExecOptions, open_executor
from pipeline.batch.plan import BatchPlan, BatchStats
from pipeline.batch.progress import Progress
from pipeline.batch.resultstore import RESULTS_DIR, ResultStore, current_fingerprint
from pipeline.batch.worker import peak_rss
from pipeline.errors import SourceError
from pipeline.ingest.fetch import FetchCounters, Ingestor
from pipeline.ingest.sources import Resolved, resolve_sources
from pipeline.model import Outcome, Source

if TYPE_CHECKING:
    from pipeline.corrections import CorrectionsFile
    from pipeline.ingest.policy import FetchPolicy
    from pipeline.tables import Tables


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How the batch obtains its documents (see ``cls-pipeline run --help``)."""

    policy: FetchPolicy | None = None
    offline: bool = False
    discover: bool = True
    follow_symlinks: bool = False  # links leaving an input folder (see ingest.sources)


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
    stats: BatchStats = field(default_factory=BatchStats)
    executor: str = ""
    errors: list[dict[str, Any]] = field(default_factory=list)
    kept_previous: bool = False
    process_peak_rss: int = 0
    corrections: str = ""

    def describe(self) -> str:
        """A short human summary naming where the tables are."""
        return (
            f"{self.documents} documents read, {self.records} records, {self.failed} failed, "
            f"{self.contracts} contracts in {self.seconds:.1f}s\n"
            f"{self.fetch.describe()}\n"
            f"{self.describe_work()}\n"
            + (f"{self.corrections}\n" if self.corrections else "")
            + self.describe_tables()
        )

    def describe_tables(self) -> str:
        """Where the tables went, or why the previous ones were kept."""
        if self.kept_previous:
            return (
                f"no document could be read: the tables in {self.out_dir}/ are kept as they "
                "were (the failures are listed on stderr)"
            )
        return f"tables written to {self.out_dir}/ (CSV, Parquet, DuckDB, datapackage.json)"

    def describe_work(self) -> str:
        """One line: skipped and extracted documents, pages, who did it, peak memory."""
        s = self.stats
        line = (
            f"batch: {s.extracted} extracted, {s.skipped} skipped (unchanged), "
            f"{s.lost} lost, {self.failed} failed; {s.pages} pages; {self.executor}"
        )
        if s.rechecked:
            line += f"; {s.rechecked} of the skipped read again for new or changed plug-ins"
        process = f"run process {self.process_peak_rss / 2**20:.0f} MiB"
        if s.peak_rss:
            line += f"; peak memory per worker {s.peak_rss_max / 2**20:.0f} MiB ({process})"
            cpu = s.cpu_seconds.values()
            line += f", CPU per worker up to {max(cpu):.1f}s ({sum(cpu):.1f}s in all)"
        elif self.process_peak_rss:
            line += f"; peak memory of the {process}"
        return line


def run_batch(
    spec: str,
    out_dir: Path,
    raw_dir: Path,
    options: IngestOptions | None = None,
    execution: ExecOptions | None = None,
    *,
    reuse: bool = True,
    corrections: Path | None = None,
) -> Summary:
    """Process every source of SPEC (and the documents its pages link to) into OUT_DIR.

    Documents whose bytes and extractors did not change since a previous run over the
    same RAW_DIR are not read again unless ``reuse`` is false; the tables are always
    built from every document's result. A SPEC that gives no source is a SourceError and
    touches nothing; a run that could read no document keeps the tables OUT_DIR holds.
    Another run on the same OUT_DIR meanwhile is refused (``OutputBusy``).
    ``corrections``: an analysts' corrections file (``cls-pipeline review``) put into the
    records before the tables are built.
    """
    from pipeline.corrections import load as load_corrections

    corrected = load_corrections(corrections) if corrections is not None else None
    options = options or IngestOptions()
    execution = execution or ExecOptions()
    started = time.monotonic()
    resolved = resolve_sources(spec, follow_symlinks=options.follow_symlinks)
    if not resolved.sources:
        failed = [f"{e.source}: {e.message}" for e in resolved.errors if e.stage != "warning"]
        why = f"; {failed[0]}" if failed else ""
        raise SourceError(f"{spec}: no source to read (no supported file or URL in it){why}")
    from pipeline.tables.lock import output_lock

    with output_lock(out_dir):
        return _locked_run(
            resolved, out_dir, raw_dir, options, execution, reuse, started, corrected
        )


def _locked_run(
    resolved: Resolved,
    out_dir: Path,
    raw_dir: Path,
    options: IngestOptions,
    execution: ExecOptions,
    reuse: bool,
    started: float,
    corrected: CorrectionsFile | None = None,
) -> Summary:
    """The batch once the output folder is ours: load, extract, build, write."""
    from pipeline.tables import build_tables, write_tables

    store = ResultStore(raw_dir / RESULTS_DIR)
    fingerprint = current_fingerprint()
    with (
        Ingestor(raw_dir, options.policy, offline=options.offline) as ingestor,
        Progress(len(resolved.sources)) as progress,
        closing(open_executor(execution)) as executor,
    ):
        plan = BatchPlan(
            resolved.sources,
            ingestor,
            store,
            fingerprint,
            reuse=reuse,
            discover=options.discover,
            progress=progress,
        )
        ready = _prepare_tables_meanwhile(executor)
        for result in executor.run(plan.tasks()):
            plan.complete(result)
        if ready is not None:
            ready.join()
        outcomes = plan.outcomes()
    # bad lines, odd names, office files and links not followed: a row each
    unread = [Outcome(Source(e.source), errors=[e]) for e in resolved.unread()]
    outcomes += unread
    tables = build_tables(outcomes, corrected)
    keep = not any(o.document is not None for o in outcomes) and has_tables(out_dir)
    if not keep:
        write_tables(tables, out_dir)
    return Summary(
        documents=len(outcomes) - sum(1 for o in unread if o.errors[0].stage == "warning"),
        records=sum(1 for o in outcomes if o.record is not None),
        failed=sum(1 for o in outcomes if any(e.stage != "warning" for e in o.errors)),
        contracts=len(tables["contracts"]),
        seconds=time.monotonic() - started,
        out_dir=out_dir,
        fetch=ingestor.counters,
        stats=plan.stats,
        executor=executor.description,
        errors=tables["errors"],
        kept_previous=keep,
        process_peak_rss=peak_rss(),
        corrections=_corrections_line(corrected, tables),
    )


def _prepare_tables_meanwhile(executor: object) -> threading.Thread | None:
    """While other processes read the documents, this one has little to do: a thread
    loads what the tables need (``pipeline.tables.prepare``) meanwhile, rather than after
    the last document. Not when the documents are read in this process (no time to spare
    then)."""
    from pipeline.batch.executors.local import InlineExecutor

    if isinstance(executor, InlineExecutor):
        return None
    from pipeline.tables import prepare

    thread = threading.Thread(target=_quietly, args=(prepare,), daemon=True)
    thread.start()
    return thread


def _quietly(work: Callable[[], None]) -> None:
    """Run a preparation whose failure only costs time (the work is done again later)."""
    with contextlib.suppress(Exception):
        work()


def _corrections_line(corrected: CorrectionsFile | None, tables: Tables) -> str:
    """What the corrections did: rows read, analyst values in the tables, rows not applied."""
    if corrected is None:
        return ""
    analyst = sum(1 for row in tables["evidence"] if row["provenance"] == "analyst")
    refused = [r for r in tables["errors"] if r["source"] == corrected.path]
    return (
        f"corrections: {len(corrected.rows) + len(corrected.problems)} rows read from "
        f"{corrected.path}, {analyst} analyst values in evidence, {len(refused)} not applied"
        + (" (rows of errors.csv)" if refused else "")
    )


def has_tables(out_dir: Path) -> bool:
    """True when ``out_dir`` holds the tables of an earlier run."""
    from pipeline.tables.write import DATAPACKAGE_NAME

    return (out_dir / DATAPACKAGE_NAME).is_file()
