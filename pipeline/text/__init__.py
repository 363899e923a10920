"""Text extraction: any supported input becomes a Document of typed blocks."""

from __future__ import annotations

import hashlib

from pipeline.model import Document
from pipeline.text.errors import UnsupportedInput

__all__ = ["SUFFIX_KINDS", "UnsupportedInput", "decode_text", "read_bytes", "sniff_kind"]

SUFFIX_KINDS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".pdf": "pdf"}


def sniff_kind(data: bytes, hint: str | None = None) -> str:
    """Decide html/pdf/txt from the bytes first, the file suffix or content type second."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    lowered = head.lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in lowered:
        return "html"
    if hint in ("html", "pdf", "txt"):
        if hint == "pdf":
            raise UnsupportedInput("not a PDF file (no %PDF header)")
        return hint
    if b"\x00" in data[:4096]:
        raise UnsupportedInput("binary content that is neither PDF nor HTML")
    return "txt"


def decode_text(data: bytes) -> str:
    """Decode text bytes: UTF-8 when valid, else Windows-1252 (common on French sites)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _decode(data: bytes, charset: str) -> str:
    """Decode with a decided charset (a UTF-8 byte-order mark is dropped)."""
    return data.decode("utf-8-sig" if charset == "utf-8" else charset, errors="replace")


def read_bytes(
    data: bytes, doc_id: str, source: str, hint: str | None = None, charset: str | None = None
) -> Document:
    """Turn raw bytes of a publication into a Document.

    ``charset`` is the encoding decided by the ingest stage (header, ``<meta>`` or
    detection); without it HTML is left to the parser and text to ``decode_text``.
    """
    if not data.strip():
        raise UnsupportedInput("empty file")
    kind = sniff_kind(data, hint)
    if kind == "pdf":
        from pipeline.text.pdf import read_pdf

        doc = read_pdf(data, doc_id, source)
    elif kind == "html":
        from pipeline.text.html import read_html

        doc = read_html(_decode(data, charset) if charset else data, doc_id, source)
    else:
        from pipeline.text.plain import read_text

        doc = read_text(_decode(data, charset) if charset else decode_text(data), doc_id, source)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    return doc
