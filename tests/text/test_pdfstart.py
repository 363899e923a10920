"""The PDF reader started early: only for a local PDF, and taken by the first read."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdfmaker import page_break_pdf

from pipeline.limits import PDF_MEMORY_LIMIT_BYTES
from pipeline.text import isolate, pdfstart


@pytest.fixture(autouse=True)
def no_early_reader() -> Iterator[None]:
    """Each test starts and ends with no reader started early: a child another test of
    this process started and left (a command run in process) would be taken instead of
    the one a test starts, and wait for requests that never come."""
    pdfstart.stop_early()
    yield
    pdfstart.stop_early()


def test_started_for_a_pdf_and_taken_by_the_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(isolate.ISOLATION_ENV, raising=False)
    path = tmp_path / "a.pdf"
    path.write_bytes(page_break_pdf())
    assert pdfstart.prestart_for(["--json", str(path)])
    early = pdfstart._early[PDF_MEMORY_LIMIT_BYTES]
    reader = isolate.PdfReader()
    try:
        doc = reader.read(path.read_bytes(), "a", str(path))
        assert reader._proc is early
        assert pdfstart.take(PDF_MEMORY_LIMIT_BYTES) is None
    finally:
        reader.close()
    assert doc.pages == 2
    assert reader.stats.starts == 1


def test_not_started_for_other_files_or_without_isolation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>%PDF dans le texte</p></body></html>", encoding="utf-8")
    monkeypatch.delenv(isolate.ISOLATION_ENV, raising=False)
    assert not pdfstart.prestart_for([str(page), str(tmp_path / "absent.pdf")])
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(page_break_pdf())
    monkeypatch.setenv(isolate.ISOLATION_ENV, "off")
    assert not pdfstart.prestart_for([str(pdf)])
    assert pdfstart.take(PDF_MEMORY_LIMIT_BYTES) is None


def test_a_child_that_died_before_it_was_taken_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(isolate.ISOLATION_ENV, raising=False)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(page_break_pdf())
    assert pdfstart.prestart_for([str(pdf)])
    early = pdfstart._early[PDF_MEMORY_LIMIT_BYTES]
    early.kill()
    early.wait()
    for stream in (early.stdin, early.stdout):
        if stream is not None:
            stream.close()
    assert pdfstart.take(PDF_MEMORY_LIMIT_BYTES) is None


FORK_CHECK = """
import sys, time
from pipeline.limits import PDF_MEMORY_LIMIT_BYTES
from pipeline.text import isolate, pdfstart
assert pdfstart.can_fork()
assert pdfstart.prestart_for([sys.argv[1]])
early = pdfstart._early[PDF_MEMORY_LIMIT_BYTES]
reader = isolate.PdfReader()
doc = reader.read(open(sys.argv[1], "rb").read(), "a", sys.argv[1])
taken = reader._proc is early
start = time.monotonic()
reader.close()
print(type(early).__name__, taken, doc.pages, early.returncode, time.monotonic() - start < 1.5)
"""


def test_a_single_threaded_command_forks_its_reader(tmp_path: Path) -> None:
    """A fresh command line (no thread yet) forks the reader instead of starting an
    interpreter; the forked child reads like a spawned one and leaves when its input
    closes (exit code 0, without the parent waiting for its teardown)."""
    path = tmp_path / "a.pdf"
    path.write_bytes(page_break_pdf())
    done = subprocess.run(
        [sys.executable, "-c", FORK_CHECK, str(path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["ForkedReader", "True", "2", "0", "True"]


def test_a_forked_reader_is_killed_and_reaped(monkeypatch: pytest.MonkeyPatch) -> None:
    """``kill``, ``poll`` and ``wait`` behave as ``subprocess.Popen``'s do (run in a
    forked child of this test only when the test process is single-threaded)."""
    if not pdfstart.can_fork():
        pytest.skip("this test process runs other threads: forking is not safe here")
    proc = pdfstart.fork_reader(0)
    assert proc.poll() is None
    proc.kill()
    assert proc.wait(timeout=5) == -9
    assert proc.poll() == -9
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()
