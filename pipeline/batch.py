"""The batch: every source through the stages, then the tables written whole."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.process import Outcome, process_source
from pipeline.rawstore import RawStore
from pipeline.sources import resolve_batch


@dataclass(slots=True)
class Summary:
    """Counts of a run, printed at its end."""

    documents: int
    records: int
    failed: int
    contracts: int
    seconds: float
    out_dir: Path

    def describe(self) -> str:
        """A short human summary naming where the tables are."""
        return (
            f"{self.documents} documents read, {self.records} records, {self.failed} failed, "
            f"{self.contracts} contracts in {self.seconds:.1f}s\n"
            f"tables written to {self.out_dir}/ (CSV, Parquet, DuckDB, datapackage.json)"
        )


def run_batch(spec: str, out_dir: Path, raw_dir: Path) -> Summary:
    """Process every source of SPEC and write the tables to OUT_DIR."""
    from pipeline.tables import build_tables, write_tables

    started = time.monotonic()
    sources = resolve_batch(spec)
    store = RawStore(raw_dir)
    outcomes: list[Outcome] = [process_source(s, store) for s in sources]
    tables = build_tables(outcomes)
    write_tables(tables, out_dir)
    return Summary(
        documents=len(sources),
        records=sum(1 for o in outcomes if o.record is not None),
        failed=sum(1 for o in outcomes if o.errors),
        contracts=len(tables["contracts"]),
        seconds=time.monotonic() - started,
        out_dir=out_dir,
    )
