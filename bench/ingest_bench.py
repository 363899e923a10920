"""Ingest figures: a cold run, a revalidating re-run and an offline run over a local site.

Serves N generated CLS pages (each linking its contract PDF) from a temporary folder with
the standard library's file server on 127.0.0.1 (Last-Modified and 304 only, no ETag,
as many real sites), runs ``cls-pipeline run`` three times on the same raw store and
prints, per run, wall time, the fetch counters and the body bytes downloaded.

    .venv/bin/python bench/ingest_bench.py [N]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _site import serve
from _site import text_pdf as _pdf


def _site(folder: Path, count: int) -> list[str]:
    paths = []
    for i in range(count):
        name = f"cls-{i:03d}"
        (folder / f"{name}.pdf").write_bytes(_pdf(f"Contrat local de sante {i}", 8))
        link = f'<a href="/{name}.pdf">Télécharger le contrat local de santé (PDF)</a>'
        body = (
            f"<html><head><meta charset='utf-8'><title>CLS {i}</title></head><body><main>"
            f"<h1>Contrat local de santé n°{i}</h1><p>{'Le contrat est signé. ' * 40}</p>"
            f"{link}</main></body></html>"
        )
        (folder / f"{name}.html").write_text(body, encoding="utf-8")
        paths.append(f"/{name}.html")
    return paths


def _run(sources: Path, out: Path, raw: Path, *extra: str) -> tuple[float, str, int]:
    manifest = raw / "manifest.jsonl"
    before = len(manifest.read_text().splitlines()) if manifest.exists() else 0
    args = ["run", str(sources), "--out", str(out), "--raw-dir", str(raw), "--delay", "0"]
    started = time.perf_counter()
    result = CliRunner().invoke(cli, [*args, "--allow-private-links", *extra])
    seconds = time.perf_counter() - started
    fetch_line = next(ln for ln in result.output.splitlines() if ln.startswith("fetch:"))
    new = [json.loads(ln) for ln in manifest.read_text().splitlines()[before:]]
    downloaded = sum(int(e.get("size", 0)) for e in new if e["outcome"] == "downloaded")
    return seconds, fetch_line, downloaded


def main() -> None:
    """Print the figures of the three runs."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        site = root / "site"
        site.mkdir()
        pages = _site(site, count)
        httpd = serve(site)
        port = httpd.server_address[1]
        sources = root / "sources.txt"
        sources.write_text("".join(f"http://127.0.0.1:{port}{p}\n" for p in pages))
        raw = root / "raw"
        print(f"{count} pages, each linking one 8-page PDF, served on 127.0.0.1, --delay 0")
        for label, extra in (("cold", ()), ("re-run", ()), ("offline", ("--offline",))):
            seconds, line, size = _run(sources, root / f"out-{label}", raw, *extra)
            print(f"{label:8} {seconds:6.2f}s  body bytes downloaded {size:>9}  {line}")
        objects = sum(p.stat().st_size for p in (raw / "objects").rglob("*") if p.is_file())
        cache = (raw / "http-cache.sqlite").stat().st_size
        print(f"raw store objects {objects} bytes, HTTP cache {cache} bytes")
        httpd.shutdown()


if __name__ == "__main__":
    main()
