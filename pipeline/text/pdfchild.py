"""The isolated PDF reader: a child process that reads PDFs sent by its parent.

What: ``python -m pipeline.text.pdfchild MEMORY_BYTES`` caps its own address space
(``RLIMIT_AS``), then answers requests one at a time on a pipe: each request is the
bytes of a PDF with its id and source, each answer the Document read by
``pipeline.text.pdf.read_pdf`` or why it could not be read. Frames are an 8-byte length
and a pickle (``write_frame``/``read_frame``, shared with the parent in
``pipeline.text.isolate``). The child exits when its input closes, and within a second
of its parent's death.

Why: pdfium is C code; a decompression bomb makes it allocate gigabytes and abort, a
broken file can crash it or loop. Here that costs only this process: the parent sees
the pipe close (or its time limit pass), reports the document and starts a new child.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
import threading
import time
import traceback
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.records.document import Block, Document

_LENGTH = struct.Struct("!Q")

# Answers: ("ok", pack_document(Document), peak) | ("unsupported", message, peak)
#        | ("failed", message, traceback, peak) | ("memory", message, peak)
Answer = tuple[Any, ...]


def write_frame(stream: IO[bytes], payload: bytes) -> None:
    """Write one frame (length, then bytes) and flush."""
    stream.write(_LENGTH.pack(len(payload)))
    stream.write(payload)
    stream.flush()


def read_frame(stream: IO[bytes]) -> bytes | None:
    """Read one frame; None at the end of the stream."""
    head = _read_exact(stream, _LENGTH.size)
    if head is None:
        return None
    (size,) = _LENGTH.unpack(head)
    body = _read_exact(stream, size)
    if body is None:
        raise EOFError("stream closed inside a frame")
    return body


def _read_exact(stream: IO[bytes], size: int) -> bytes | None:
    chunks: list[bytes] = []
    left = size
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def peak_rss_bytes() -> int:
    """This process's peak resident memory (0 where the platform does not say)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)


def limit_memory(limit: int) -> None:
    """Cap this process's address space (and that of the programs it runs, Tesseract)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return
    if limit > 0:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def pack_document(doc: Document) -> tuple[Any, ...]:
    """A Document as plain tuples for the pipe: each block's text is left out when it is
    its span of the document's text (as ``DocumentBuilder`` makes it), so the text
    crosses once, and no block goes through pickle's per-object protocol."""
    text = doc.text
    blocks = [
        (b.kind, _own_text(text, b), b.start, b.end, b.page, b.level, b.ocr) for b in doc.blocks
    ]
    fields = (doc.id, doc.source, doc.kind, text, doc.metadata, doc.warnings, doc.pages)
    return (*fields, doc.sha256, blocks)


def _own_text(text: str, block: Block) -> str | None:
    """None when the block's text is its span of the document's text."""
    return None if text[block.start : block.end] == block.text else block.text


def unpack_document(packed: tuple[Any, ...]) -> Document:
    """The Document of ``pack_document``."""
    from pipeline.records.document import Block, Document

    doc_id, source, kind, text, metadata, warnings, pages, sha256, blocks = packed
    return Document(
        id=doc_id,
        source=source,
        kind=kind,
        blocks=[
            Block(k, text[start:end] if own is None else own, start, end, page, level, ocr)
            for k, own, start, end, page, level, ocr in blocks
        ],
        text=text,
        metadata=metadata,
        warnings=warnings,
        pages=pages,
        sha256=sha256,
    )


def answer(request: tuple[bytes, str, str]) -> Answer:
    """Read one PDF; every failure becomes an answer, never an exception."""
    from pipeline.errors import UnsupportedInput
    from pipeline.text.pdf import read_pdf

    data, doc_id, source = request
    try:
        return ("ok", pack_document(read_pdf(data, doc_id, source)), peak_rss_bytes())
    except UnsupportedInput as exc:
        return ("unsupported", str(exc), peak_rss_bytes())
    except MemoryError:
        return ("memory", "MemoryError", peak_rss_bytes())
    except Exception as exc:
        return ("failed", f"{type(exc).__name__}: {exc}", traceback.format_exc(), peak_rss_bytes())


def _exit_with_parent(parent: int) -> None:
    """Exit as soon as the parent is gone (it was killed and cannot close our input)."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def serve(requests: IO[bytes], answers: IO[bytes]) -> None:
    """Answer requests until the input closes."""
    while True:
        frame = read_frame(requests)
        if frame is None:
            return
        reply = answer(pickle.loads(frame))
        try:
            payload = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            payload = pickle.dumps(("memory", "MemoryError while sending", peak_rss_bytes()))
        write_frame(answers, payload)


# mallopt(3) parameters of glibc's malloc
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_KEEP_BYTES = 32 * 1024 * 1024  # glibc's largest mmap threshold on 64-bit systems


def keep_freed_memory() -> None:
    """Let glibc's malloc keep the memory it frees instead of handing it back at once.

    pdfium builds and frees each page's text (some hundred kilobytes to megabytes):
    with glibc's defaults, blocks over 128 KiB are mapped and unmapped each time and the
    top of the heap is trimmed, so every page faults its memory in afresh; on a 200-page
    document that is 30,000 page faults and a quarter of the reading's CPU time. Kept,
    the memory is faulted in once. The peak (what the memory limit caps) is unchanged,
    and the child is replaced after some documents anyway. Nothing where malloc is not
    glibc's.
    """
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, ImportError):
        return
    mallopt(_M_TRIM_THRESHOLD, _KEEP_BYTES)
    mallopt(_M_MMAP_THRESHOLD, _KEEP_BYTES)


def run(memory_bytes: int, requests: IO[bytes], answers: IO[bytes]) -> None:
    """A reader child's life after its start: cap the memory, let malloc keep what it
    frees, watch the parent, import the reader once (before the first request), answer
    until the input closes."""
    limit_memory(memory_bytes)
    keep_freed_memory()
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    import pipeline.text.pdf  # noqa: F401

    serve(requests, answers)
    answers.flush()


def main() -> None:
    """Entry point: ``python -m pipeline.text.pdfchild MEMORY_BYTES``.

    Leaves with ``os._exit`` once its input closes: the interpreter's teardown (freeing
    every object one by one) would only make the parent wait for it.
    """
    # Answers go on a private copy of stdout; fd 1 then points to stderr, so that
    # anything a library prints cannot corrupt a frame.
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    run(int(sys.argv[1]) if len(sys.argv) > 1 else 0, sys.stdin.buffer, answers)
    os._exit(0)


if __name__ == "__main__":
    main()
