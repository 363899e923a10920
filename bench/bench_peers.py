"""``cls-pipeline text`` against its peers: pdftotext, pypdfium2's raw text, pdfplumber.

    python bench/bench_peers.py [--pages 200] [--runs 5] [--no-pdfplumber]
        [--pypdf-files DIR] [--ground-truth DIR]

Two sets of files:

- a generated contract of about ``--pages`` pages (``tests/text/pdfmaker.py``);
- the "read" set of py-pdf's text-extraction benchmark: the PDFs of
  ``github:yobix-ai/extractous-benchmarks`` (``dataset/pypdf-files``) and the ground
  truth of ``github:py-pdf/benchmarks`` (``read/extraction-ground-truth``), extracted
  from their mirrors by hand (defaults under ``/tmp/pypdf-bench``); skipped with a
  message when absent. Each text is scored as that benchmark does: the Levenshtein
  ratio to the ground truth, 0-100.

For each tool it prints the whole-process wall time (what a user waits for: start,
imports, reading, output) with its peak memory (``ru_maxrss`` of the process and the
children it waited for), and the in-process time of the reading alone (file already in
memory), each as a ratio to pdftotext (whole process) or to pypdfium2's raw text (in
process, pdftotext having no in-process form). Medians of ``--runs`` runs, tools
interleaved so that load affects them alike. Figures and verdicts, never a failure.

Targets (issue 21): the contract's whole command at most 3x pdftotext (2.5x beyond),
peak at most 300 MiB; on the py-pdf set a score of at least 95, at most 4x pdftotext's
summed time, no document over 6x, peak at most 200 MiB.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "text"))
sys.path.insert(0, str(ROOT))

from _bytecode import compile_project  # noqa: E402  (bench/ is the script's folder)

CONTRACT_RATIO, CONTRACT_GOAL, CONTRACT_MIB = 3.0, 2.5, 300
PYPDF_SCORE, PYPDF_RATIO, PYPDF_WORST, PYPDF_MIB = 95.0, 4.0, 6.0, 200
DEFAULT_FILES = Path("/tmp/pypdf-bench/dataset/pypdf-files")
DEFAULT_TRUTH = Path("/tmp/pypdf-bench/read/extraction-ground-truth")
_PAGES_WITHOUT_FILLER = 8
_BLOCK_LINE = re.compile(r"^\S+ +p\S+ +")  # kind, page and their padding

_PDFIUM_SCRIPT = """
import sys, pypdfium2 as pdfium
pdf = pdfium.PdfDocument(sys.argv[1])
out = []
for page in pdf:
    tp = page.get_textpage()
    out.append(tp.get_text_range())
    tp.close(); page.close()
sys.stdout.write("\\n".join(out))
"""
_PLUMBER_SCRIPT = """
import sys, pdfplumber
with pdfplumber.open(sys.argv[1]) as pdf:
    sys.stdout.write("\\n".join((p.extract_text() or "") for p in pdf.pages))
"""


@dataclass(frozen=True, slots=True)
class Run:
    """One whole-process run: wall seconds, peak MiB, what it printed, and the CPU
    seconds of the command and of the processes it waited for (the PDF reader, its
    helper): on a shared machine a steadier figure than wall time."""

    seconds: float
    peak_mib: float
    output: str
    cpu: float = 0.0


@dataclass(slots=True)
class Figures:
    """Runs of one tool on one file, whole process and in process."""

    whole: list[Run] = field(default_factory=list)
    inside: list[float] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return statistics.median(r.seconds for r in self.whole)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu for r in self.whole)

    @property
    def peak(self) -> float:
        return max(r.peak_mib for r in self.whole)

    @property
    def in_process(self) -> float:
        return statistics.median(self.inside) if self.inside else float("nan")


def run_process(argv: Sequence[str]) -> Run:
    """Run a command to its end; its wall time, peak memory and CPU time (it and the
    children it waited for)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out, _ = proc.communicate()
    seconds = time.perf_counter() - start
    usage = resource_of_children()
    return Run(seconds, usage, out.decode("utf-8", errors="replace"), cpu_of_children())


def cpu_of_children() -> float:
    """User and system CPU seconds of the children waited for so far in this process."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return float(usage.ru_utime + usage.ru_stime)


def resource_of_children() -> float:
    """Peak RSS (MiB) of the largest child waited for so far in this process.

    ``RUSAGE_CHILDREN`` keeps the maximum over every child, so each command is run
    from a fresh helper process (see ``_isolated``) to get its own figure.
    """
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _isolated(argv: Sequence[str]) -> Run:
    """Run ``argv`` from a fresh Python helper so its peak memory is its own."""
    import json

    helper = (
        "import json, sys; sys.path.insert(0, sys.argv[2])\n"
        "from bench_peers import run_process\n"
        "r = run_process(json.loads(sys.argv[1]))\n"
        "sys.stdout.write(json.dumps([r.seconds, r.peak_mib, r.cpu]) + '\\n' + r.output)\n"
    )

    env = {k: v for k, v in os.environ.items() if k != "CLS_PDF_ISOLATION"}
    done = subprocess.run(
        [sys.executable, "-c", helper, json.dumps(list(argv)), str(Path(__file__).parent)],
        check=False,
        env=env,
        capture_output=True,
        text=True,
    )
    head, _, output = done.stdout.partition("\n")
    seconds, peak, cpu = json.loads(head)
    return Run(float(seconds), float(peak), output, float(cpu))


def commands(path: Path, plumber: bool) -> dict[str, list[str]]:
    """The whole-process command of each tool on ``path``."""
    cli = str(Path(sys.executable).with_name("cls-pipeline"))
    out = {
        "cls-pipeline text": [cli, "text", str(path)],
        "pdftotext": ["pdftotext", str(path), "-"],
        "pypdfium2 raw": [sys.executable, "-c", _PDFIUM_SCRIPT, str(path)],
    }
    if plumber:
        out["pdfplumber"] = [sys.executable, "-c", _PLUMBER_SCRIPT, str(path)]
    return out


def in_process(plumber: bool) -> dict[str, Callable[[bytes], str]]:
    """The in-process reading of each tool (bytes in memory, text out)."""
    import io

    import pypdfium2 as pdfium

    from pipeline.text import read_bytes

    def ours(data: bytes) -> str:
        return read_bytes(data, "bench", "bench.pdf", "pdf").text

    def raw(data: bytes) -> str:
        pdf = pdfium.PdfDocument(data)
        out = []
        for page in pdf:
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
            textpage.close()
            page.close()
        pdf.close()
        return "\n".join(out)

    tools: dict[str, Callable[[bytes], str]] = {"cls-pipeline text": ours, "pypdfium2 raw": raw}
    if plumber:
        import pdfplumber

        def plumb(data: bytes) -> str:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                return "\n".join((p.extract_text() or "") for p in pdf.pages)

        tools["pdfplumber"] = plumb
    return tools


def measure(path: Path, runs: int, plumber: bool) -> dict[str, Figures]:
    """Every tool on one file, ``runs`` times, interleaved."""
    figures: dict[str, Figures] = {}
    data = path.read_bytes()
    readers = in_process(plumber)
    for _ in range(runs):
        for name, argv in commands(path, plumber).items():
            if name == "pdftotext" and shutil.which("pdftotext") is None:
                continue
            figures.setdefault(name, Figures()).whole.append(_isolated(argv))
            if name in readers:
                start = time.perf_counter()
                readers[name](data)
                figures[name].inside.append(time.perf_counter() - start)
    return figures


def _verdict(ok: bool) -> str:
    return "meets" if ok else "MISSES"


def print_table(figures: dict[str, Figures]) -> None:
    """One line per tool: whole process, ratio, CPU time, ratio, peak, in process, ratio."""
    base = figures.get("pdftotext")
    raw = figures.get("pypdfium2 raw")
    for name, fig in figures.items():
        ratio = f"{fig.seconds / base.seconds:5.2f}x" if base else "   - "
        cpu = f"{fig.cpu / base.cpu:5.2f}x" if base and base.cpu > 0 else "   - "
        inside = ""
        if fig.inside and raw is not None and raw.inside:
            inside = (
                f"  in process {fig.in_process:.3f} s ({fig.in_process / raw.in_process:.2f}x raw)"
            )
        print(
            f"  {name:<18} whole {fig.seconds:.3f} s ({ratio} pdftotext), "
            f"CPU {fig.cpu:.3f} s ({cpu}), peak {fig.peak:.0f} MiB{inside}"
        )


def bench_contract(pages: int, runs: int, plumber: bool) -> None:
    """The generated contract: figures and the issue's verdicts."""
    import pypdfium2 as pdfium
    from pdfmaker import contract_pdf

    with tempfile.TemporaryDirectory(prefix="bench-peers-") as tmp:
        path = Path(tmp) / "contract.pdf"
        data = contract_pdf(max(pages - _PAGES_WITHOUT_FILLER, 0), scanned_page=False)
        path.write_bytes(data)
        count = len(pdfium.PdfDocument(data))
        print(f"bench_peers: generated contract, {count} pages, median of {runs} runs")
        figures = measure(path, runs, plumber)
    print_table(figures)
    ours, base = figures["cls-pipeline text"], figures.get("pdftotext")
    if base is None:
        print("  pdftotext not installed (poppler-utils): no ratio")
        return
    ratio = ours.seconds / base.seconds
    cpu = ours.cpu / base.cpu if base.cpu > 0 else float("nan")
    print(
        f"  contract, whole command: {ratio:.2f}x pdftotext ({_verdict(ratio <= CONTRACT_RATIO)} "
        f"<= {CONTRACT_RATIO}x; goal {CONTRACT_GOAL}x {_verdict(ratio <= CONTRACT_GOAL)}), "
        f"{cpu:.2f}x by CPU time, peak {ours.peak:.0f} MiB "
        f"({_verdict(ours.peak <= CONTRACT_MIB)} <= {CONTRACT_MIB}); load {_load()}"
    )


def _load() -> str:
    """The machine's load average (1 and 5 minutes), to read wall times by."""
    one, five, _ = os.getloadavg()
    return f"{one:.1f}/{five:.1f} on {os.cpu_count()} CPUs"


def score(truth: str, text: str) -> float:
    """py-pdf's score: the Levenshtein ratio (insertions and deletions), 0-100."""
    from rapidfuzz.distance import Indel

    return 100.0 * Indel.normalized_similarity(truth, text)


def _truth_of(pdf: Path, truth_dir: Path) -> Path | None:
    for name in (pdf.stem, pdf.stem + "-book"):
        candidate = truth_dir / f"{name}.txt"
        if candidate.exists():
            return candidate
    return None


def bench_pypdf(files: Path, truth_dir: Path, runs: int, plumber: bool) -> None:
    """The py-pdf "read" set: score, summed time, worst document, peak memory."""
    pdfs = (
        sorted(p for p in files.glob("*.pdf") if _truth_of(p, truth_dir)) if files.is_dir() else []
    )
    if not pdfs or not shutil.which("pdftotext"):
        print(
            f"bench_peers: py-pdf set skipped (no PDFs with ground truth in {files}, "
            f"{truth_dir}, or no pdftotext); see this script's docstring to fetch them"
        )
        return
    print(f"bench_peers: py-pdf read set, {len(pdfs)} documents, median of {runs} runs")
    totals: dict[str, list[float]] = {}
    cpus: dict[str, list[float]] = {}
    scores: dict[str, list[float]] = {}
    peaks: dict[str, float] = {}
    worst = (0.0, "")
    for pdf in pdfs:
        truth = _truth_of(pdf, truth_dir).read_text(encoding="utf-8")  # type: ignore[union-attr]
        figures = measure(pdf, runs, plumber)
        base = figures["pdftotext"].seconds
        for name, fig in figures.items():
            totals.setdefault(name, []).append(fig.seconds)
            cpus.setdefault(name, []).append(fig.cpu)
            peaks[name] = max(peaks.get(name, 0.0), fig.peak)
            scores.setdefault(name, []).append(score(truth, _plain(name, fig.whole[-1].output)))
        ratio = figures["cls-pipeline text"].seconds / base
        worst = max(worst, (ratio, pdf.stem))
        print(
            f"  {pdf.stem:<14} ours {figures['cls-pipeline text'].seconds:.3f} s "
            f"({ratio:.2f}x pdftotext {base:.3f} s), score {scores['cls-pipeline text'][-1]:.1f}"
        )
    base_total, base_cpu = sum(totals["pdftotext"]), sum(cpus["pdftotext"]) or float("nan")
    for name, seconds in totals.items():
        print(
            f"  {name:<18} score {statistics.mean(scores[name]):5.1f}, summed {sum(seconds):.2f} s "
            f"({sum(seconds) / base_total:.2f}x pdftotext; CPU {sum(cpus[name]) / base_cpu:.2f}x), "
            f"peak {peaks[name]:.0f} MiB"
        )
    ours_score = statistics.mean(scores["cls-pipeline text"])
    ratio = sum(totals["cls-pipeline text"]) / base_total
    peak = peaks["cls-pipeline text"]
    print(
        f"  py-pdf set: score {ours_score:.1f} ({_verdict(ours_score >= PYPDF_SCORE)} >= "
        f"{PYPDF_SCORE:g}), summed {ratio:.2f}x pdftotext ({_verdict(ratio <= PYPDF_RATIO)} <= "
        f"{PYPDF_RATIO:g}x), worst {worst[1]} {worst[0]:.2f}x "
        f"({_verdict(worst[0] <= PYPDF_WORST)} <= {PYPDF_WORST:g}x), peak {peak:.0f} MiB "
        f"({_verdict(peak <= PYPDF_MIB)} <= {PYPDF_MIB}); load {_load()}"
    )


def _plain(name: str, output: str) -> str:
    """The text of a tool's output; ``cls-pipeline text`` lines lose their kind and page."""
    if name != "cls-pipeline text":
        return output
    return "\n".join(_BLOCK_LINE.sub("", line) for line in output.splitlines())


def main(argv: list[str] | None = None) -> None:
    """Measure both sets and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-pdfplumber", action="store_true", help="Leave pdfplumber out.")
    parser.add_argument("--no-contract", action="store_true", help="Only the py-pdf set.")
    parser.add_argument("--pypdf-files", type=Path, default=DEFAULT_FILES)
    parser.add_argument("--ground-truth", type=Path, default=DEFAULT_TRUTH)
    args = parser.parse_args(argv)
    compile_project()  # time the command as installed, not compiling itself from source
    os.environ["CLS_PDF_ISOLATION"] = "off"  # for the in-process figures only
    plumber = not args.no_pdfplumber
    if not args.no_contract:
        bench_contract(args.pages, args.runs, plumber)
    bench_pypdf(args.pypdf_files, args.ground_truth, max(1, args.runs // 2), plumber)


if __name__ == "__main__":
    main()
