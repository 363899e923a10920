"""Ingest limits: a file too large is not read, a page too large yields no links."""

from __future__ import annotations

from pathlib import Path

from pipeline.batch.stages import read_source
from pipeline.discover.links import document_links
from pipeline.ingest.policy import FetchPolicy
from pipeline.ingest.sources import Source
from pipeline.limits import MAX_FILE_BYTES, MAX_HTML_BYTES


def test_file_over_the_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written
    outcome = read_source(Source(str(path)))
    assert [(e.stage, e.message) for e in outcome.errors] == [
        ("fetch", "file of 60.0 MiB is too large (limit 60 MiB)")
    ]


def test_download_limit_is_the_stated_one() -> None:
    assert FetchPolicy().max_bytes == MAX_FILE_BYTES


def test_page_over_the_html_limit_gives_no_links() -> None:
    link = '<a href="/cls.pdf">Contrat local de santé (PDF)</a>'
    page = f"<html><body>{link}</body></html>"
    assert document_links(page, "https://ville.example/cls")
    big = f"<html><body>{link}<p>{'x' * MAX_HTML_BYTES}</p></body></html>"
    assert document_links(big, "https://ville.example/cls") == []
