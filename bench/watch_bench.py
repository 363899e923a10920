"""Watch figures: a first watch, an unchanged re-watch and a re-watch after two edits.

Serves N generated CLS pages (each linking its contract PDF) from a temporary folder with
the standard library's file server on 127.0.0.1 (Last-Modified and 304 only, no ETag,
as many real sites), writes a catalogue of them, and runs ``cls-pipeline watch`` three
times on the same raw store: cold, unchanged, then after one page's text changed and
another page gained a link to a new PDF. Prints, per watch, wall time, the change
counts, the fetch counters and the body bytes downloaded.

    .venv/bin/python bench/watch_bench.py [N]
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.ingest.catalogue import COLUMNS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _site import serve
from _site import text_pdf as _pdf


def _page(i: int, text: str, links: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>CLS {i}</title></head><body><main>"
        f"<h1>Contrat local de santé n°{i}</h1><p>{text * 40}</p>{links}</main></body></html>"
    )


def _link(name: str, label: str) -> str:
    return f'<a href="/{name}.pdf">{label} (PDF)</a>'


def _site(folder: Path, count: int) -> list[str]:
    pdf = _pdf("Contrat local de sante", 8)
    paths = []
    for i in range(count):
        name = f"cls-{i:03d}"
        (folder / f"{name}.pdf").write_bytes(pdf.replace(b"sante", f"s{i:04d}".encode()))
        link = _link(name, "Télécharger le contrat local de santé")
        (folder / f"{name}.html").write_text(_page(i, "Le contrat est signé. ", link), "utf-8")
        paths.append(f"/{name}.html")
    return paths


def _edit(folder: Path) -> None:
    """Page 0 says something new; page 1 gains a link to its amendment."""
    later = time.time() + 60  # Last-Modified has one-second resolution
    (folder / "cls-000.html").write_text(
        _page(0, "Le contrat est prolongé. ", _link("cls-000", "Le contrat")), "utf-8"
    )
    links = _link("cls-001", "Télécharger le contrat local de santé") + _link(
        "avenant-001", "Avenant n°1 au contrat local de santé"
    )
    (folder / "cls-001.html").write_text(_page(1, "Le contrat est signé. ", links), "utf-8")
    (folder / "avenant-001.pdf").write_bytes(_pdf("Avenant au contrat local de sante", 2))
    for name in ("cls-000.html", "cls-001.html", "avenant-001.pdf"):
        os.utime(folder / name, (later, later))


def _catalogue(path: Path, urls: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for i, url in enumerate(urls):
            row = {c: "" for c in COLUMNS}
            row.update(url=url, territory=f"Ville {i}", territory_kind="commune")
            row.update(departement_code="35", region_code="53", page_kind="collectivity_page")
            row.update(catalogued_on="2026-11-25", found_via="bench")
            writer.writerow(row)


def _watch(catalogue: Path, out: Path, raw: Path) -> tuple[float, list[str], int]:
    manifest = raw / "manifest.jsonl"
    before = len(manifest.read_text().splitlines()) if manifest.exists() else 0
    args = ["watch", "--catalogue", str(catalogue), "--out", str(out), "--raw-dir", str(raw)]
    started = time.perf_counter()
    result = CliRunner().invoke(cli, [*args, "--delay", "0", "--allow-private-links"])
    seconds = time.perf_counter() - started
    lines = [ln for ln in result.output.splitlines() if ln.startswith(("watch:", "fetch:"))]
    new = [json.loads(ln) for ln in manifest.read_text().splitlines()[before:]]
    downloaded = sum(int(e.get("size", 0)) for e in new if e["outcome"] == "downloaded")
    return seconds, lines, downloaded


def main() -> None:
    """Print the figures of the three watches."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        site = root / "site"
        site.mkdir()
        pages = _site(site, count)
        httpd = serve(site)
        port = httpd.server_address[1]
        catalogue = root / "catalogue.csv"
        _catalogue(catalogue, [f"http://127.0.0.1:{port}{p}" for p in pages])
        raw = root / "raw"
        print(f"{count} catalogue pages, each linking one 8-page PDF, on 127.0.0.1, --delay 0")
        for label in ("first", "unchanged", "edited"):
            if label == "edited":
                _edit(site)
            seconds, lines, size = _watch(catalogue, root / f"out-{label}", raw)
            print(f"{label:9} {seconds:6.2f}s  body bytes downloaded {size:>9}")
            for line in lines:
                print(f"          {line}")
        httpd.shutdown()


if __name__ == "__main__":
    main()
