"""Run ``cls-pipeline`` in a child process: measured (peak memory, wall time) or paused
at a point of the table writing so that a test can kill it there."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# Runs the CLI in this process and writes its peak memory (its own and its children's,
# the PDF reader among them) and wall time to the file named first.
MEASURED_RUN = """
import atexit, json, resource, sys, time
started = time.monotonic()
report_path = sys.argv[1]
def report():
    kib = 1024
    with open(report_path, "w") as handle:
        json.dump({
            "self_peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kib,
            "children_peak": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * kib,
            "seconds": time.monotonic() - started,
        }, handle)
atexit.register(report)
sys.argv = ["cls-pipeline", *sys.argv[2:]]
from pipeline.cli import main
main()
"""


@dataclass(frozen=True)
class Measured:
    """A finished ``cls-pipeline`` child: status, output and what it used."""

    code: int
    stdout: str
    stderr: str
    self_peak: int
    children_peak: int
    seconds: float


def measured_run(args: list[str], report: Path, timeout: float = 300) -> Measured:
    """Run ``cls-pipeline ARGS`` in a child process and read its measures."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURED_RUN, str(report), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    measures = json.loads(report.read_text())
    return Measured(done.returncode, done.stdout, done.stderr, **measures)


# Runs the CLI and, at the kill point, writes "paused" to the file named first and
# sleeps, so that the test can kill it there: "staging" (inside the writing of the
# files, three Parquet files written) or "swap" (every file written, before the swap).
PAUSED_RUN = """
import pathlib, sys, time
marker, point = pathlib.Path(sys.argv[1]), sys.argv[2]
import pipeline.tables.write as write
def pause():
    marker.write_text("paused")
    time.sleep(600)
if point == "staging":
    original, calls = write.write_parquet, []
    def slow(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            pause()
        return original(*args, **kwargs)
    write.write_parquet = slow
else:
    write._swap = lambda staging, target: pause()
sys.argv = ["cls-pipeline", *sys.argv[3:]]
from pipeline.cli import main
main()
"""


def paused_run(args: list[str], marker: Path, point: str) -> subprocess.Popen[str]:
    """Start ``cls-pipeline ARGS`` that stops at ``point`` and says so in ``marker``."""
    return subprocess.Popen(
        [sys.executable, "-c", PAUSED_RUN, str(marker), point, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
