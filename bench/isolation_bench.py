"""What reading PDFs in an isolated child process costs (``pipeline.text.isolate``).

    python bench/isolation_bench.py [--runs 20]

For three PDFs (the 5-page sample contract, a generated 12-page contract, a generated
200-page one) prints the median wall time of ``read_pdf`` in this process and through
a warm ``PdfReader`` (the child already started), the difference per PDF, and the cost
of the first PDF of a process (the child's start: a Python process importing the PDF
reader). The figures are printed, never checked: machines differ.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "text"))
sys.path.insert(0, str(ROOT))


def _median_seconds(read: Callable[[bytes, str, str], object], data: bytes, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read(data, "bench", "bench.pdf")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    """Measure and print."""
    from pdfmaker import contract_pdf

    from pipeline.text.isolate import PdfReader
    from pipeline.text.pdf import read_pdf

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    pdfs = {
        "sample, 5 pages": (ROOT / "data/raw/samples/broceliande-2017-contrat.pdf").read_bytes(),
        "generated, 12 pages": contract_pdf(4, scanned_page=False),
        "generated, 200 pages": contract_pdf(192, scanned_page=False),
    }
    cold = PdfReader()
    start = time.perf_counter()
    cold.read(pdfs["sample, 5 pages"], "cold", "cold.pdf")
    first = time.perf_counter() - start
    cold.close()
    here_first = _median_seconds(read_pdf, pdfs["sample, 5 pages"], 3)
    print(
        f"isolation_bench: first PDF of a process {first:.3f} s, of which the child's "
        f"start about {first - here_first:.3f} s (once per process, and after a failure)"
    )
    reader = PdfReader()
    try:
        for name, data in pdfs.items():
            reader.read(data, "warm", "warm.pdf")
            here = _median_seconds(read_pdf, data, args.runs)
            isolated = _median_seconds(reader.read, data, args.runs)
            extra = isolated - here
            print(
                f"  {name} ({len(data) / 1024:.0f} KiB): in process {here * 1000:.1f} ms, "
                f"isolated {isolated * 1000:.1f} ms, overhead {extra * 1000:+.1f} ms "
                f"({extra / here:+.0%}), medians of {args.runs}"
            )
    finally:
        reader.close()
    print(
        f"  children started: {reader.stats.starts}; child peak {reader.stats.child_peak_rss / 2**20:.0f} MiB"
    )


if __name__ == "__main__":
    main()
