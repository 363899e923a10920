"""Review figures: how long the review server takes to answer its pages.

Two runs: the bundled samples (written by ``cls-pipeline run`` into a temporary folder),
whose contract pages re-read their documents' texts (the first request of a contract
reads them, the second finds them in memory); and N made-up contracts (``report_bench``'s
synthetic tables, 40 evidence rows each, no texts to read), for the list, a filtered list
and a contract page on a large run. Pages are asked of the app in process (no HTTP), the
time of building the answer.

    .venv/bin/python bench/review_bench.py [N]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from report_bench import synthetic

from pipeline.review.server import ReviewApp
from pipeline.tables import write_tables

ROOT = Path(__file__).resolve().parents[1]


def timed(app: ReviewApp, target: str) -> float:
    """Seconds to answer one GET (which must succeed)."""
    started = time.perf_counter()
    answer = app.get(target)
    assert answer.status == 200, (target, answer.status)
    return time.perf_counter() - started


def samples(base: Path) -> None:
    out, raw = base / "samples", base / "raw"
    command = [sys.executable, "-m", "pipeline", "run", "data/raw/samples", "--out", str(out)]
    subprocess.run([*command, "--raw-dir", str(raw)], cwd=ROOT, check=True, capture_output=True)
    started = time.perf_counter()
    app = ReviewApp(out, base / "corrections.csv", raw, ROOT)
    print(f"samples: tables read in {time.perf_counter() - started:.3f}s")
    print(f"samples: contracts list {timed(app, '/') * 1000:.1f} ms")
    for cid in sorted(app.context().view.contracts):
        cold, warm = timed(app, f"/contract/{cid}"), timed(app, f"/contract/{cid}")
        kinds = sorted({str(d["kind"]) for d in app.context().view.of_contract(cid, "documents")})
        print(
            f"samples: contract {cid} ({'+'.join(kinds)}): first {cold * 1000:.0f} ms "
            f"(texts re-read), again {warm * 1000:.0f} ms"
        )


def large(base: Path, n: int) -> None:
    out = base / "large"
    write_tables(synthetic(n), out)
    started = time.perf_counter()
    app = ReviewApp(out, base / "corrections.csv", base / "raw", base)
    print(f"{n} contracts: tables read in {time.perf_counter() - started:.2f}s")
    print(f"{n} contracts: contracts list {timed(app, '/'):.2f}s")
    print(
        f"{n} contracts: list filtered by missing lead_body {timed(app, '/?missing=lead_body'):.2f}s"
    )
    cid = sorted(app.context().view.contracts)[n // 2]
    print(f"{n} contracts: a contract page {timed(app, f'/contract/{cid}') * 1000:.0f} ms")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        samples(Path(tmp))
        large(Path(tmp), n)


if __name__ == "__main__":
    main()
