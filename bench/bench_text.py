"""Benchmark of PDF text extraction against ``pdftotext`` on a generated long contract.

    python bench/bench_text.py [--pages 200] [--runs 5]

Writes a contract of about ``--pages`` pages with the tests' generator
(``tests/text/pdfmaker.py``, reportlab), then prints:

- the wall time of ``pdftotext`` (poppler-utils) on it, median of ``--runs`` runs;
- the wall time of our extraction (``pipeline.text.read_bytes`` in-process, the file
  already in memory), median of ``--runs`` runs interleaved with pdftotext's, and the
  ratio to ``pdftotext``;
- the peak memory (ru_maxrss) of a fresh process that imports the pipeline and reads
  the file, for this document and for one three times longer, to show that memory
  does not grow with the page count;
- when Tesseract is installed, the time to OCR one scanned page.

Targets (issue 5): at most 2.5 x pdftotext's time, peak memory under 300 MiB. The
figures are printed, with the verdict, but never fail a build: machines differ.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "text"))
sys.path.insert(0, str(ROOT))

TIME_RATIO_TARGET = 2.5
MEMORY_TARGET_MIB = 300
_PAGES_WITHOUT_FILLER = 8  # the generated contract's own pages, scanned page left out

_PEAK_SCRIPT = """
import json, resource, sys, time
from pathlib import Path
from pipeline.text import read_bytes
data = Path(sys.argv[1]).read_bytes()
start = time.perf_counter()
doc = read_bytes(data, "bench", sys.argv[1], "pdf")
elapsed = time.perf_counter() - start
peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"pages": doc.pages, "blocks": len(doc.blocks), "seconds": elapsed,
                  "peak_mib": peak_kib / 1024}))
"""


def write_contract(path: Path, pages: int) -> int:
    """Write a generated contract of about ``pages`` pages; return its page count."""
    import pypdfium2 as pdfium
    from pdfmaker import contract_pdf

    data = contract_pdf(max(pages - _PAGES_WITHOUT_FILLER, 0), scanned_page=False)
    path.write_bytes(data)
    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


@dataclass
class Timings:
    """Wall times of both extractions, runs interleaved so that load affects both alike."""

    ours: list[float] = field(default_factory=list)
    pdftotext: list[float] = field(default_factory=list)
    blocks: int = 0


def time_both(path: Path, runs: int) -> Timings:
    """Time ``pdftotext FILE -`` and ``read_bytes`` (in this process) in turns."""
    from pipeline.text import read_bytes

    exe = shutil.which("pdftotext")
    data = path.read_bytes()
    timings = Timings()
    for _ in range(runs):
        if exe is not None:
            start = time.perf_counter()
            subprocess.run([exe, str(path), "-"], check=True, capture_output=True)
            timings.pdftotext.append(time.perf_counter() - start)
        start = time.perf_counter()
        doc = read_bytes(data, "bench", str(path), "pdf")
        timings.ours.append(time.perf_counter() - start)
        timings.blocks = len(doc.blocks)
    return timings


def peak_memory(path: Path) -> dict[str, float]:
    """Run the extraction in a fresh process and return its figures (peak in MiB)."""
    result = subprocess.run(
        [sys.executable, "-c", _PEAK_SCRIPT, str(path)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def time_ocr_page() -> float | None:
    """Seconds to read the generated scanned page by OCR, or None without Tesseract."""
    from pipeline.text.ocr import ocr_available

    if not ocr_available():
        return None
    import pypdfium2 as pdfium
    from pdfmaker import contract_pdf

    from pipeline.text.ocr import ocr_page

    pdf = pdfium.PdfDocument(contract_pdf())
    try:
        page = pdf[7]  # the image-only page of the generated contract
        start = time.perf_counter()
        ocr_page(page)
        elapsed = time.perf_counter() - start
        page.close()
    finally:
        pdf.close()
    return elapsed


def main(argv: list[str] | None = None) -> None:
    """Generate the contract, measure, print the figures and the verdicts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    # The reader itself, in this process (and in the fresh one that measures memory);
    # the isolated reader's cost is measured by bench/isolation_bench.py.
    os.environ["CLS_PDF_ISOLATION"] = "off"
    with tempfile.TemporaryDirectory(prefix="bench-text-") as tmp:
        path = Path(tmp) / "contract.pdf"
        long_path = Path(tmp) / "contract-long.pdf"
        pages = write_contract(path, args.pages)
        write_contract(long_path, 3 * args.pages)
        size_kib = path.stat().st_size / 1024
        print(f"bench_text: generated contract, {pages} pages, {size_kib:.0f} KiB")
        timings = time_both(path, args.runs)
        memory = peak_memory(path)
        memory_long = peak_memory(long_path)
    ours = statistics.median(timings.ours)
    print(
        f"  ours (pypdfium2 + layout, in-process), median of {args.runs}: {ours:.3f} s  "
        f"(min {min(timings.ours):.3f} s, first {timings.ours[0]:.3f} s; "
        f"{timings.blocks} blocks, {pages / ours:.0f} pages/s)"
    )
    if not timings.pdftotext:
        print("  pdftotext: not installed (Debian poppler-utils); no time ratio")
    else:
        reference = statistics.median(timings.pdftotext)
        ratio = ours / reference
        verdict = "meets" if ratio <= TIME_RATIO_TARGET else "MISSES"
        print(
            f"  pdftotext (subprocess), median of {args.runs}: {reference:.3f} s  "
            f"(min {min(timings.pdftotext):.3f} s)"
        )
        print(
            f"  time ratio ours / pdftotext (medians): {ratio:.2f}  "
            f"({verdict} the target <= {TIME_RATIO_TARGET}); "
            f"ratio of the mins: {min(timings.ours) / min(timings.pdftotext):.2f}"
        )
    for figures in (memory, memory_long):
        peak = figures["peak_mib"]
        verdict = "meets" if peak < MEMORY_TARGET_MIB else "MISSES"
        print(
            f"  peak memory, fresh process, {figures['pages']:.0f} pages: {peak:.0f} MiB  "
            f"(read in {figures['seconds']:.3f} s; {verdict} the target < "
            f"{MEMORY_TARGET_MIB} MiB)"
        )
    ocr = time_ocr_page()
    if ocr is None:
        print("  OCR: tesseract with French data not installed; scanned pages are reported")
    else:
        print(f"  OCR of one scanned page (300 dpi, tesseract fra): {ocr:.2f} s")


if __name__ == "__main__":
    main()
