"""Run every benchmark of bench/ and print its figures (``make bench``).

Each benchmark is a script run in its own process (so one's imports and caches do not
flatter another), in the order below; extra arguments are not passed on.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = (
    ("batch: pages per second, 1 and 2 workers, memory, pdftotext", "bench_batch.py"),
    ("ingest: cold run, revalidating re-run, offline run", "ingest_bench.py"),
)


def main() -> None:
    """Run each benchmark; exit non-zero if one of them failed."""
    failed = []
    for title, script in BENCHMARKS:
        print(f"== {title} ({script})", flush=True)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, str(HERE / script)], check=False)
        print(f"== {script}: {time.perf_counter() - started:.0f}s\n", flush=True)
        if done.returncode != 0:
            failed.append(script)
    if failed:
        sys.exit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
