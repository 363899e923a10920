"""Batch figures: pages per second with 1 and 2 workers, memory, and pdftotext for scale.

Writes a corpus of generated contracts (``bench/contracts.py``: two of 200 pages and
shorter ones), then times, on the same files:

- ``pdftotext`` (poppler-utils) over every file, one after the other: the floor of
  reading the text layer at all;
- ``cls-pipeline run`` end to end (start-up, reading, extraction, tables) with
  ``--workers 1`` and ``--workers 2``, each on a fresh raw folder so nothing is skipped;
- a re-run over the unchanged corpus (every document skipped).

It prints pages per second, the ratio to pdftotext, the speed-up of two workers, the
peak memory per worker (as the run's summary reports it: the worker processes'
``ru_maxrss``) and of the whole batch process, and checks the targets: one worker
within 10× pdftotext, two workers at least 1.8× faster than one, under 400 MiB per
worker. Figures, not a test: they depend on the machine (and on its other load).

    .venv/bin/python bench/bench_batch.py [--scale 1.0] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contracts import write_corpus

# Four 200-page contracts and a spread of shorter ones: about 1,800 pages at scale 1, a
# tenth of a national batch, enough that start-up and table writing (done once, in one
# process) weigh little, as in a real run.
SIZES = (200, 200, 200, 200, 120, 120, 80, 80, 80, 60, 60, 60, 40, 40, 40, 30, 30, 30)
SIZES += (20, 20, 20, 20, 12, 12, 12, 8, 8, 8, 8, 8)
TARGET_RATIO = 10.0
TARGET_SPEEDUP = 1.8
TARGET_MIB = 400


@dataclass(frozen=True, slots=True)
class Timed:
    """One ``cls-pipeline run``: wall time, its summary, and peak memory figures."""

    seconds: float
    load: float
    summary: str
    worker_mib: float
    process_mib: float

    @property
    def pages(self) -> int:
        found = re.search(r"; (\d+) pages;", self.summary)
        return int(found.group(1)) if found else 0

    @property
    def worker_cpu(self) -> str:
        """CPU seconds of the busiest worker and of all workers, as the summary says."""
        found = re.search(r"CPU per worker up to ([\d.]+)s \(([\d.]+)s in all\)", self.summary)
        return f"{found.group(1)}s max, {found.group(2)}s in all" if found else "?"


def pdftotext_seconds(files: list[Path], scratch: Path) -> float:
    """Wall time of pdftotext over every file, one after the other."""
    started = time.perf_counter()
    for path in files:
        subprocess.run(["pdftotext", str(path), str(scratch / "out.txt")], check=True)
    return time.perf_counter() - started


def run_batch(corpus: Path, work: Path, *extra: str) -> Timed:
    """``cls-pipeline run`` in a subprocess, with its wall time and peak memory."""
    command = [sys.executable, "-m", "pipeline", "run", str(corpus)]
    command += ["--out", str(work / "out"), "--raw-dir", str(work / "raw"), *extra]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"run failed ({process.returncode}):\n{stdout}\n{stderr}")
    summary = next(ln for ln in stdout.splitlines() if ln.startswith("batch:"))
    peak = re.search(r"peak memory per worker (\d+) MiB", summary)
    worker_mib = float(peak.group(1)) if peak else 0.0
    return Timed(seconds, load, summary, worker_mib, _children_peak_mib())


def _children_peak_mib() -> float:
    """The highest peak memory of any process this one has waited for, in MiB."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / (2**20 if sys.platform == "darwin" else 2**10)


def main() -> None:
    """Build the corpus, time every run, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every page count")
    parser.add_argument("--keep", type=Path, help="write the corpus and outputs here")
    args = parser.parse_args()
    if shutil.which("pdftotext") is None:
        raise SystemExit("pdftotext is missing: apt-get install -y poppler-utils")
    root = Path(tempfile.mkdtemp(prefix="bench-batch-")) if args.keep is None else args.keep
    corpus = root / "corpus"
    sizes = [max(2, round(s * args.scale)) for s in SIZES]
    started = time.perf_counter()
    written = write_corpus(corpus, sizes)
    pages = sum(n for _, n in written)
    print(
        f"corpus: {len(written)} generated contracts, {pages} pages "
        f"(largest {max(n for _, n in written)}), {sum(p.stat().st_size for p, _ in written) / 2**20:.1f} MiB, "
        f"written in {time.perf_counter() - started:.1f}s; {os.cpu_count()} CPUs"
    )
    floor = pdftotext_seconds([p for p, _ in written], root)
    print(f"{'pdftotext:':24}{floor:6.2f}s  {pages / floor:6.1f} pages/s")
    one = run_batch(corpus, root / "w1", "--workers", "1")
    _report("cls-pipeline 1 worker", one, pages, floor)
    two = run_batch(corpus, root / "w2", "--workers", "2")
    _report("cls-pipeline 2 workers", two, pages, floor)
    again = run_batch(corpus, root / "w2", "--workers", "2")
    print(f"{'re-run, unchanged:':24}{again.seconds:6.2f}s  ({again.summary.split(';')[0]})")
    speedup = one.seconds / two.seconds
    print(f"2 workers vs 1: {speedup:.2f}× faster")
    if max(one.load, two.load) > 0.5:
        print(f"note: other work was running (load average up to {max(one.load, two.load):.1f})")
    print("targets:")
    ratio = one.seconds / floor
    _target(
        f"1 worker within {TARGET_RATIO:.0f}× pdftotext", ratio <= TARGET_RATIO, f"{ratio:.1f}×"
    )
    _target(f"2 workers ≥ {TARGET_SPEEDUP}× one", speedup >= TARGET_SPEEDUP, f"{speedup:.2f}×")
    worst = max(one.worker_mib, two.worker_mib)
    _target(f"peak memory per worker < {TARGET_MIB} MiB", worst < TARGET_MIB, f"{worst:.0f} MiB")
    if args.keep is None:
        shutil.rmtree(root, ignore_errors=True)


def _report(label: str, timed: Timed, pages: int, floor: float) -> None:
    print(
        f"{label + ':':24}{timed.seconds:6.2f}s  {pages / timed.seconds:6.1f} pages/s  "
        f"{timed.seconds / floor:5.1f}× pdftotext  worker CPU {timed.worker_cpu}  "
        f"peak per worker {timed.worker_mib:.0f} MiB (batch process {timed.process_mib:.0f} MiB)  "
        f"load before {timed.load:.1f}"
    )


def _target(label: str, met: bool, value: str) -> None:
    print(f"  {'met ' if met else 'MISSED'} {label}: {value}")


if __name__ == "__main__":
    main()
