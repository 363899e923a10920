"""Progress on stderr: a bar on a terminal, plain periodic lines elsewhere, a summary."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pipeline.batch.progress import Progress

from .conftest import run_process


def test_plain_lines_give_counts_rate_and_eta() -> None:
    stream = io.StringIO()
    progress = Progress(4, stream=stream, every_s=0.0)
    progress.document_done(skipped=True, failed=False, pages=0)
    progress.add_total(1)
    progress.document_done(skipped=False, failed=True, pages=12)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    assert re.fullmatch(
        r"progress: 2/5 documents \(1 skipped, 1 failed\), 12 pages, [\d.]+ documents/s, ETA \S+",
        lines[1],
    )


def test_plain_lines_are_not_written_more_often_than_asked() -> None:
    stream = io.StringIO()
    progress = Progress(100, stream=stream, every_s=3600)
    for _ in range(100):
        progress.document_done(skipped=False, failed=False, pages=1)
    assert stream.getvalue() == ""
    assert progress.line().startswith(
        "progress: 100/100 documents (0 skipped, 0 failed), 100 pages"
    )


def test_a_terminal_gets_a_bar_with_counts() -> None:
    stream = io.StringIO()
    with Progress(3, stream=stream, bar=True) as progress:
        for _ in range(3):
            progress.document_done(skipped=False, failed=False, pages=10)
    shown = stream.getvalue()
    assert "3/3" in shown
    assert "pages=30" in shown


def test_a_run_ends_with_its_summary_on_stdout_and_nothing_else(
    small_corpus: Path, tmp_path: Path
) -> None:
    done = run_process(small_corpus, tmp_path / "out", tmp_path / "raw")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"{len(list(small_corpus.iterdir()))} documents read")
    assert lines[1].startswith("fetch: 0 downloaded")
    assert re.match(
        r"batch: \d+ extracted, 0 skipped \(unchanged\), 0 lost, 0 failed; \d+ pages; ", lines[2]
    )
    assert "1 worker (in process); peak memory per worker" in lines[2]
    assert done.stderr == ""
