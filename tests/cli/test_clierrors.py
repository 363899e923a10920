"""Exit statuses and one-line failures of the commands; tracebacks only with --debug."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.cli.errors import failure_lines


@pytest.fixture
def mixed(tmp_path: Path, seeds_dir: Path) -> Path:
    """A folder with one good text and one empty page."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.html").write_bytes(b"")
    (folder / "reims.txt").write_text(
        (seeds_dir / "reims-cls2.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return folder


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.slow
def test_run_names_each_failure_and_counts_them(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    raw = str(tmp_path / "raw")
    code, stdout, stderr = _run("run", str(mixed), "--out", str(out), "--raw-dir", raw)
    assert code == 1
    assert "1 failed" in stdout
    assert stderr.splitlines() == [
        f"error: {mixed / 'empty.html'}: text: empty file",
        f"error: 1 of 2 documents failed (one row each in {out / 'errors.csv'})",
    ]


@pytest.mark.slow
def test_run_without_failure_exits_0(seeds_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "reims.txt").write_text((seeds_dir / "reims-cls2.txt").read_text(encoding="utf-8"))
    out, raw = str(tmp_path / "out"), str(tmp_path / "raw")
    code, _, stderr = _run("run", str(folder), "--out", out, "--raw-dir", raw)
    assert (code, stderr) == (0, "")


def test_run_missing_sources_is_a_usage_error(tmp_path: Path) -> None:
    out, raw = str(tmp_path / "out"), str(tmp_path / "raw")
    code, _, stderr = _run("run", str(tmp_path / "nowhere"), "--out", out, "--raw-dir", raw)
    assert code == 2
    assert "nowhere" in stderr


def test_unexpected_failure_is_one_line(
    mixed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr("pipeline.batch.run.run_batch", broken)
    out = tmp_path / "out"
    code, _, stderr = _run("run", str(mixed), "--out", str(out))
    assert code == 1
    assert stderr == (
        f"error: run failed: RuntimeError: disk on fire second line; the tables in {out} are "
        "left as they were (--debug shows the traceback)\n"
    )
    result = CliRunner().invoke(cli, ["run", str(mixed), "--out", str(out), "--debug"])
    assert isinstance(result.exception, RuntimeError)


def test_extract_debug_shows_the_traceback_of_a_failed_document(
    mixed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(doc: object) -> None:
        raise ValueError("extractor bug")

    monkeypatch.setattr("extractors.assemble.assemble", broken)
    code, _, stderr = _run("extract", str(mixed / "reims.txt"))
    assert code == 1
    assert "Traceback" not in stderr
    assert f"error: {mixed / 'reims.txt'}: extract: ValueError: extractor bug" in stderr
    assert "1 of 1 documents failed" in stderr
    code, _, stderr = _run("extract", "--debug", str(mixed / "reims.txt"))
    assert code == 1
    assert "Traceback" in stderr and "extractor bug" in stderr


def test_failure_lines_are_capped(tmp_path: Path) -> None:
    rows = "".join(f"s{i},text,1,,broken {i}\n" for i in range(5))
    (tmp_path / "errors.csv").write_text(
        "source,stage,error_no,document_id,message\n" + rows + "s9,warning,1,d,note\n"
    )
    lines = failure_lines(tmp_path, limit=3)
    assert lines[:3] == [f"error: s{i}: text: broken {i}" for i in range(3)]
    assert lines[3] == f"error: … and 2 more in {tmp_path / 'errors.csv'}"
