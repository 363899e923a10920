"""Benchmark of the fiches-actions pass on a generated 200-page contract.

    python bench/bench_actions.py [--fiches 175] [--runs 5]

Writes a contract in the layout of ``tests/fixtures/actions/a01-fiches-une-page.pdf``
(contents with dot leaders, axis pages, one fiche per page, calendar grid and budget
annex; ``scripts/make_actions_fixtures.py``) with ``--fiches`` fiches over four axes,
about 200 pages, then prints:

- the pages and the actions found (and whether they are the fiches written);
- the time of the actions pass (``extract_actions`` on a prepared document: its zones,
  scan and merge), median of ``--runs`` runs, and of the whole extraction for scale;
- the wall time, pages per second and peak memory (ru_maxrss of the child) of
  ``cls-pipeline run`` on the file, in a fresh process.

The figures are printed, never asserted: machines differ.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

AXES = [
    "Favoriser l'accès aux soins de premier recours",
    "Prévenir les maladies chroniques et promouvoir la santé",
    "Agir pour la santé mentale des habitants",
    "Améliorer l'environnement de vie",
]
PILOTS = ["CPAM de Loire-Atlantique", "Ville de Saint-Nazaire", "CCAS de Saint-Nazaire", "ARS"]


def long_contract(fiches: int) -> dict[str, Any]:
    """A document of the fixture layout with ``fiches`` fiches spread over four axes."""
    from actions_fixture_data import fiche

    per_axis = -(-fiches // len(AXES))
    items = []
    for n in range(fiches):
        axis, rank = n // per_axis + 1, n % per_axis + 1
        start = 2025 + n % 3
        items.append(
            fiche(
                f"{axis}.{rank}",
                f"Mener l'action de santé publique numéro {n + 1} sur le territoire",
                axis,
                PILOTS[n % len(PILOTS)],
                ["communes", "associations locales", "MSA Loire-Atlantique – Vendée"],
                "Habitants du territoire",
                f"De {start} à 2029",
                (start, 2029),
                f"{1000 * (n + 1)} € par an",
                ["Nombre de participants", "taux de satisfaction"],
            )
        )
    return {
        "id": "bench-actions",
        "territory": "Pays de Brière et Estuaire",
        "period": (2025, 2029),
        "axes": AXES,
        "fiches": items,
    }


def write_pdf(path: Path, fiches: int) -> dict[str, Any]:
    """Write the long contract; return its description."""
    from make_actions_fixtures import _one_page
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    doc = long_contract(fiches)
    SimpleDocTemplate(str(path), pagesize=A4, title=doc["territory"]).build(_one_page(doc))
    return doc


def time_pass(path: Path, runs: int) -> tuple[int, int, list[float], list[float], bool]:
    """Pages, actions, times of the actions pass and of the whole extraction."""
    from extractors.assemble import assemble
    from extractors.context import DocContext
    from extractors.generic.actions import extract_actions
    from pipeline.text import read_bytes

    document = read_bytes(path.read_bytes(), "bench", str(path), "pdf")
    record = assemble(document)
    passes: list[float] = []
    wholes: list[float] = []
    for _ in range(runs):
        ctx = DocContext.of(document)
        start = time.perf_counter()
        found = extract_actions(ctx, record.axes, (record.period_start, record.period_end))
        passes.append(time.perf_counter() - start)
        start = time.perf_counter()
        assemble(document)
        wholes.append(time.perf_counter() - start)
    numbered = [a.number for a in found]
    return document.pages or 0, len(found), passes, wholes, len(set(numbered)) == len(numbered)


def time_run(path: Path, folder: Path) -> tuple[float, float]:
    """Wall seconds and peak MiB of ``cls-pipeline run`` on the file, in a fresh process."""
    sources = folder / "sources.txt"
    sources.write_text(f"{path}\n", encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "pipeline",
        "run",
        str(sources),
        "--out",
        str(folder / "out"),
        "--raw-dir",
        str(folder / "raw"),
    ]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - start
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fiches", type=int, default=175)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "bench-actions.pdf"
        write_pdf(path, args.fiches)
        pages, found, passes, wholes, distinct = time_pass(path, args.runs)
        wall, peak = time_run(path, folder)
    print(f"contract: {pages} pages, {args.fiches} fiches written, {found} actions found")
    print(f"actions numbers distinct: {distinct}")
    one = statistics.median(passes)
    print(f"actions pass: {one:.3f} s median of {args.runs} ({pages / one:,.0f} pages/s)")
    print(f"whole extraction (assemble): {statistics.median(wholes):.3f} s median")
    print(f"cls-pipeline run: {wall:.2f} s wall, {pages / wall:.1f} pages/s, peak {peak:.0f} MiB")


if __name__ == "__main__":
    main()
