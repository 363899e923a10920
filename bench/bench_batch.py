"""Batch figures: pages per second with 1 and 2 workers, memory, and pdftotext for scale.

Writes a corpus of generated contracts (``bench/contracts.py``: four of 200 pages and
shorter ones, 1,826 pages), then times, on the same files:

- ``pdftotext`` (poppler-utils) over every file, one after the other: the floor of
  reading the text layer at all;
- ``cls-pipeline run`` end to end (start-up, reading, extraction, tables) with
  ``--workers 1`` and ``--workers 2``, each on a fresh raw folder so nothing is skipped;
- a re-run over the unchanged corpus (every document skipped).

It prints wall and CPU time, pages per second, the ratio to pdftotext, the speed-up of
two workers, the peak memory per worker (as the run's summary reports it: the worker
processes' ``ru_maxrss``) and of the batch process, and checks the targets: one worker
within 10× pdftotext, two workers at least 1.8× faster than one, under 400 MiB per
worker. Each target is judged on wall time and on CPU time: on a machine shared with
other work, wall times (and the speed-up above all) say more about the neighbours than
about the batch. For two workers the CPU figure is a bound: one worker's CPU time over
the batch process's plus the busiest worker's. Figures, not a test.

    .venv/bin/python bench/bench_batch.py [--scale 1.0] [--keep DIR] [--long]

``--long`` times long contracts only (eight of 100 to 200 pages, 1,160 pages), the
case of issue 21: one worker at 100 pages a second or more end to end.
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

from _bytecode import compile_project
from contracts import write_corpus

# Four 200-page contracts and a spread of shorter ones: about 1,800 pages at scale 1, a
# tenth of a national batch, enough that start-up and table writing (done once, in one
# process) weigh little, as in a real run.
SIZES = (200, 200, 200, 200, 120, 120, 80, 80, 80, 60, 60, 60, 40, 40, 40, 30, 30, 30)
SIZES += (20, 20, 20, 20, 12, 12, 12, 8, 8, 8, 8, 8)
# ``--long``: long contracts only (issue 21: at least 100 pages each, with fiches actions)
LONG_SIZES = (200, 180, 160, 150, 140, 120, 110, 100)
TARGET_PAGES_S = 100.0  # one worker, end to end, on the long contracts
TARGET_RATIO = 10.0
TARGET_SPEEDUP = 1.8
TARGET_MIB = 400


@dataclass(frozen=True, slots=True)
class Timed:
    """One timed command: wall time, CPU time of the process(es) waited for, load before."""

    seconds: float
    cpu: float
    load: float
    summary: str = ""
    process_mib: float = 0.0

    def figure(self, pattern: str) -> float:
        """A number of the run's ``batch:`` summary line (0 when absent)."""
        found = re.search(pattern, self.summary)
        return float(found.group(1)) if found else 0.0

    @property
    def worker_mib(self) -> float:
        return self.figure(r"peak memory per worker (\d+) MiB")

    @property
    def worker_cpu_max(self) -> float:
        return self.figure(r"CPU per worker up to ([\d.]+)s")

    @property
    def worker_cpu_all(self) -> float:
        return self.figure(r"\(([\d.]+)s in all\)")


def timed(command: list[str]) -> tuple[Timed, str]:
    """Run a command, with its wall time and the CPU time of what this process waited for.

    Pool workers are children of the fork server, which nobody waits for: their CPU time
    is not in ours, so the batch reports it in its summary.
    """
    import resource

    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    peak = after.ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)
    return Timed(seconds, cpu, load, process_mib=peak), done.stdout


def pdftotext(files: list[Path], scratch: Path) -> Timed:
    """pdftotext over every file, one after the other (one shell, so one measure)."""
    script = "".join(f'pdftotext "{p}" "{scratch}/out.txt" && ' for p in files) + "true"
    return timed(["sh", "-c", script])[0]


def run_batch(corpus: Path, work: Path, *extra: str) -> Timed:
    """``cls-pipeline run`` in a subprocess, with its figures."""
    command = [sys.executable, "-m", "pipeline", "run", str(corpus)]
    command += ["--out", str(work / "out"), "--raw-dir", str(work / "raw"), *extra]
    result, stdout = timed(command)
    summary = next(ln for ln in stdout.splitlines() if ln.startswith("batch:"))
    return Timed(result.seconds, result.cpu, result.load, summary, result.process_mib)


def main() -> None:
    """Build the corpus, time every run, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every page count")
    parser.add_argument("--keep", type=Path, help="write the corpus and outputs here")
    parser.add_argument(
        "--long", action="store_true", help="only long contracts (100 to 200 pages)"
    )
    args = parser.parse_args()
    compile_project()  # time the command as installed, not compiling itself from source
    if shutil.which("pdftotext") is None:
        raise SystemExit("pdftotext is missing: apt-get install -y poppler-utils")
    root = Path(tempfile.mkdtemp(prefix="bench-batch-")) if args.keep is None else args.keep
    corpus = root / "corpus"
    sizes = [max(2, round(s * args.scale)) for s in (LONG_SIZES if args.long else SIZES)]
    started = time.perf_counter()
    written = write_corpus(corpus, sizes)
    pages = sum(n for _, n in written)
    size = sum(p.stat().st_size for p, _ in written) / 2**20
    print(
        f"corpus: {len(written)} generated contracts, {pages} pages (largest "
        f"{max(n for _, n in written)}), {size:.1f} MiB, written in "
        f"{time.perf_counter() - started:.1f}s; {os.cpu_count()} CPUs"
    )
    floor = pdftotext([p for p, _ in written], root)
    one = run_batch(corpus, root / "w1", "--workers", "1")
    two = run_batch(corpus, root / "w2", "--workers", "2")
    again = run_batch(corpus, root / "w2", "--workers", "2")
    print(f"{'':24}{'wall':>8} {'CPU':>7} {'pages/s':>8} {'× pdftotext':>12}   load before")
    _line("pdftotext", floor, pages, floor)
    _line("cls-pipeline 1 worker", one, pages, floor)
    _line("cls-pipeline 2 workers", two, pages, floor)
    _line("re-run, all unchanged", again, pages, floor)
    print(
        f"2 workers: batch process CPU {two.cpu:.1f}s, workers CPU {two.worker_cpu_max:.1f}s "
        f"max, {two.worker_cpu_all:.1f}s in all (1 worker: {one.cpu:.1f}s in one process)"
    )
    speedup = one.seconds / two.seconds
    # On an idle machine two workers take at most the parent's CPU plus the busiest worker's.
    bound = one.cpu / (two.cpu + two.worker_cpu_max)
    print(
        f"peak memory per worker: {one.worker_mib:.0f} MiB (1 worker), {two.worker_mib:.0f} MiB "
        f"(2 workers); largest process {max(one.process_mib, two.process_mib):.0f} MiB "
        "(the batch process writing the tables)"
    )
    busy = max(one.load, two.load, floor.load)
    if busy > 0.5:
        print(f"note: other work was running (load average up to {busy:.1f}): wall times suffer")
    print("targets (wall time; CPU time, which other work does not inflate):")
    ratio = (one.seconds / floor.seconds, one.cpu / floor.cpu)
    _target(f"1 worker within {TARGET_RATIO:.0f}× pdftotext", ratio, TARGET_RATIO, below=True)
    _target(f"2 workers ≥ {TARGET_SPEEDUP}× one", (speedup, bound), TARGET_SPEEDUP, below=False)
    rate = (pages / one.seconds, pages / one.cpu)
    _target(f"1 worker ≥ {TARGET_PAGES_S:.0f} pages/s", rate, TARGET_PAGES_S, below=False)
    worst = max(one.worker_mib, two.worker_mib)
    _target(f"peak memory per worker < {TARGET_MIB} MiB", (worst, worst), TARGET_MIB, below=True)
    if args.keep is None:
        shutil.rmtree(root, ignore_errors=True)


def _line(label: str, run: Timed, pages: int, floor: Timed) -> None:
    print(
        f"{label + ':':24}{run.seconds:7.2f}s {run.cpu:6.2f}s {pages / run.seconds:8.1f} "
        f"{run.seconds / floor.seconds:11.1f}×   {run.load:.1f}"
    )


def _target(label: str, values: tuple[float, float], limit: float, *, below: bool) -> None:
    met = [(v <= limit) if below else (v >= limit) for v in values]
    verdict = "met" if all(met) else "MISSED" if not any(met) else "met on CPU time only"
    print(f"  {verdict:22} {label}: {values[0]:.2f} wall, {values[1]:.2f} CPU")


if __name__ == "__main__":
    main()
