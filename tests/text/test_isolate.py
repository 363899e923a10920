"""PDFs read in a child process: same Documents, limits stated, the child replaced."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from hostilepdf import corrupt, inflating, many_pages, text_pdf, truncated
from pdfmaker import contract_pdf

from pipeline.limits import MAX_PDF_PAGES, MIB
from pipeline.text import UnsupportedInput, read_bytes
from pipeline.text.isolate import (
    ISOLATION_ENV,
    PdfReader,
    ReaderFailed,
    ReaderLimits,
    ReaderPool,
    isolation_enabled,
)
from pipeline.text.pdf import read_pdf


@pytest.fixture
def reader() -> Iterator[PdfReader]:
    """A reader with the default limits, stopped after the test."""
    one = PdfReader()
    yield one
    one.close()


def test_isolated_document_is_the_one_read_in_process(reader: PdfReader) -> None:
    data = contract_pdf(3, scanned_page=False)
    isolated = reader.read(data, "c", "c.pdf")
    here = read_pdf(data, "c", "c.pdf")
    assert isolated.blocks == here.blocks
    assert isolated.metadata == here.metadata
    assert isolated.pages == here.pages


def test_one_child_reads_many_pdfs(reader: PdfReader) -> None:
    data = text_pdf(["Contrat local de santé de Testville"])
    for number in range(5):
        assert reader.read(data, f"d{number}", "d.pdf").blocks
    assert reader.stats.starts == 1
    assert reader.stats.documents == 5


def test_user_password_is_an_encrypted_pdf(reader: PdfReader) -> None:
    with pytest.raises(UnsupportedInput, match=r"^encrypted PDF"):
        reader.read(text_pdf(["secret"], user_password="motdepasse"), "e", "e.pdf")
    assert reader.stats.failures == 0  # an answer, not a crash: the child stays


def test_owner_password_only_is_read(reader: PdfReader) -> None:
    doc = reader.read(text_pdf(["Contrat local de santé"], user_password=""), "o", "o.pdf")
    assert doc.text == "Contrat local de santé"


def test_too_many_pages_states_the_limit(reader: PdfReader) -> None:
    pages = MAX_PDF_PAGES + 1
    with pytest.raises(UnsupportedInput) as caught:
        reader.read(many_pages(pages), "p", "p.pdf")
    assert str(caught.value) == f"PDF has {pages} pages (limit {MAX_PDF_PAGES})"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (truncated(contract_pdf(2, scanned_page=False)), "truncated PDF (no %%EOF at its end)"),
        (corrupt(), "not a readable PDF"),
    ],
)
def test_broken_files_say_why(reader: PdfReader, data: bytes, message: str) -> None:
    with pytest.raises(UnsupportedInput, match=message.replace("(", r"\(").replace(")", r"\)")):
        reader.read(data, "b", "b.pdf")


def test_decompression_bomb_costs_the_child_only(reader: PdfReader) -> None:
    limit = reader.limits.memory_bytes // MIB
    with pytest.raises(ReaderFailed) as caught:
        reader.read(inflating(4096), "bomb", "bomb.pdf")
    assert f"(memory limit {limit} MiB)" in str(caught.value)
    assert reader.stats.child_peak_rss <= reader.limits.memory_bytes
    doc = reader.read(text_pdf(["Contrat local de santé"]), "next", "next.pdf")
    assert doc.text == "Contrat local de santé"
    assert reader.stats.starts == 2


def test_time_limit_kills_the_child() -> None:
    reader = PdfReader(ReaderLimits(seconds=0.5))
    try:
        started = time.monotonic()
        with pytest.raises(
            ReaderFailed, match=r"^PDF reading stopped after 0\.5 s \(time limit\)$"
        ):
            reader.read(many_pages(1900, lines=40), "slow", "slow.pdf")
        assert time.monotonic() - started < 3
        assert reader.read(text_pdf(["encore"]), "next", "next.pdf").text == "encore"
    finally:
        reader.close()


def test_a_killed_child_is_reported_and_replaced(reader: PdfReader) -> None:
    reader.read(text_pdf(["un"]), "a", "a.pdf")
    child = reader._proc
    assert child is not None
    child.kill()
    child.wait()
    # The reader notices a dead child before sending: a new one reads the next PDF.
    assert reader.read(text_pdf(["deux"]), "b", "b.pdf").text == "deux"
    assert reader.stats.starts == 2


def test_pool_reuses_idle_readers() -> None:
    pool = ReaderPool()
    try:
        for _ in range(3):
            pool.read(text_pdf(["trois"]), "t", "t.pdf")
        assert len(pool._idle) == 1
        assert pool._idle[0].stats.starts == 1
    finally:
        pool.close()


def test_isolation_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ISOLATION_ENV, raising=False)
    assert isolation_enabled()
    monkeypatch.setenv(ISOLATION_ENV, "off")
    assert not isolation_enabled()
    # Off, the page limit still holds (it is checked by the reader itself).
    with pytest.raises(UnsupportedInput, match="limit 2000"):
        read_bytes(many_pages(MAX_PDF_PAGES + 1), "p", "p.pdf", "pdf")


def test_child_exits_with_its_input(reader: PdfReader) -> None:
    reader.read(text_pdf(["un"]), "a", "a.pdf")
    child = reader._proc
    assert child is not None
    reader.close()
    assert child.returncode == 0
    with pytest.raises(ProcessLookupError):
        os.kill(child.pid, 0)


def _read_in_worker(data: bytes) -> str:
    """Run in a worker process: read a PDF through the default (isolated) path."""
    return read_bytes(data, "w", "w.pdf", "pdf").text


@pytest.mark.slow
def test_isolation_works_inside_pool_and_daemon_workers() -> None:
    """Batch executors run documents in process pools (Dask workers are daemonic, and
    daemonic processes may not start multiprocessing children): the reader is a plain
    subprocess, so it starts from either."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    data = text_pdf(["Contrat local de santé"])
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        assert pool.submit(_read_in_worker, data).result(timeout=60) == "Contrat local de santé"
    with context.Pool(1) as daemonic:  # multiprocessing.Pool workers are daemonic
        assert daemonic.apply(_read_in_worker, (data,)) == "Contrat local de santé"


def test_work_done_meanwhile_runs_and_its_error_does_not_lose_the_answer(
    reader: PdfReader,
) -> None:
    """The caller's work while the child reads runs once; when it fails, the answer is
    still read, so the next document gets its own answer, not this one's."""
    calls: list[int] = []

    def failing() -> None:
        calls.append(1)
        raise ValueError("vocabulary unreadable")

    first = reader.read(contract_pdf(), "a", "a.pdf", meanwhile=failing)
    second = reader.read(text_pdf(["Deuxième document lu."]), "b", "b.pdf", meanwhile=calls.clear)
    assert first.id == "a" and second.id == "b" and not calls
    assert "Deuxième document lu." in second.text


def test_a_document_crosses_the_pipe_whole() -> None:
    """Packed for the pipe (the text once, blocks as tuples), a Document comes back
    equal, a block whose text is not its span of the document's text included."""
    from pipeline.model import Block, Document
    from pipeline.text.pdfchild import pack_document, unpack_document

    doc = read_pdf(contract_pdf(), "c", "c.pdf")
    doc.sha256, doc.metadata["title"] = "0" * 64, "Contrat"
    assert unpack_document(pack_document(doc)) == doc
    odd = Document("o", "o.pdf", "pdf", [Block("heading", "Titre", 0, 3, page=1, level=2)], "Tit")
    assert unpack_document(pack_document(odd)) == odd
