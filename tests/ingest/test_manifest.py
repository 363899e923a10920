"""The manifest: appended JSON lines, latest attempt per URL, cut lines skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest.manifest import Manifest, ManifestEntry, ManifestError


def test_latest_and_latest_ok_survive_a_reload(tmp_path: Path) -> None:
    path = tmp_path / "manifest.jsonl"
    manifest = Manifest(path)
    manifest.append(ManifestEntry("http://a/x", "downloaded", "t1", sha256="aa", etag='"1"'))
    manifest.append(ManifestEntry("http://a/x", "failed", "t2", error="HTTP 500"))
    manifest.append(ManifestEntry("http://a/y", "refused", "t3", error="robots"))
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"url": "http://a/z", "outc')  # a run killed mid-line
    again = Manifest(path)
    latest = again.latest("http://a/x")
    assert latest is not None and latest.outcome == "failed"
    ok = again.latest_ok("http://a/x")
    assert ok is not None and (ok.sha256, ok.etag) == ("aa", '"1"')
    assert again.latest_ok("http://a/y") is None
    assert again.latest("http://a/z") is None


def test_entry_after_a_cut_line_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "manifest.jsonl"
    path.write_text('{"url": "http://a/x", "outcome": "downl', encoding="utf-8")  # killed
    Manifest(path).append(ManifestEntry("http://a/y", "downloaded", "t1", sha256="bb"))
    again = Manifest(path)
    entry = again.latest_ok("http://a/y")
    assert entry is not None and entry.sha256 == "bb"
    assert again.latest("http://a/x") is None


def test_unknown_field_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "manifest.jsonl"
    path.write_text('{"url": "u", "outcome": "failed", "fetched_at": "t", "colour": 1}\n')
    with pytest.raises(ManifestError, match="colour"):
        Manifest(path)


def test_missing_field_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "manifest.jsonl"
    path.write_text('{"url": "u", "outcome": "failed"}\n')
    with pytest.raises(ManifestError, match="fetched_at"):
        Manifest(path)
