"""Text extraction: any supported input becomes a Document of typed blocks.

The package imports its dependencies (the data model, the ingest stage's content
sniffing) where they are used, not when it is imported: ``cls-pipeline text`` forks its
PDF reader from ``pipeline.text.pdfstart`` before anything else, and every module
imported before that fork delays the reader's start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipeline.errors import UnsupportedInput
from pipeline.limits import MAX_DOCUMENT_CHARS, MAX_TEXT_BYTES, MIB

if TYPE_CHECKING:
    from pipeline.ingest.content import SUFFIX_KINDS, sniff_kind
    from pipeline.model import Document

__all__ = ["SUFFIX_KINDS", "UnsupportedInput", "decode_text", "read_bytes", "sniff_kind"]


def __getattr__(name: str) -> Any:
    """``SUFFIX_KINDS`` and ``sniff_kind`` of ``pipeline.ingest.content``, imported when
    first asked for."""
    if name in ("SUFFIX_KINDS", "sniff_kind"):
        from pipeline.ingest import content

        return getattr(content, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    PDFs are read in an isolated process (``pipeline.text.isolate``). Text decoded
    with the wrong charset is repaired or flagged (``encoding``), and a document not
    written in French says so in ``metadata["language"]`` and a warning (``language``).
    Inputs past the limits of ``pipeline.limits`` raise UnsupportedInput.
    """
    from pipeline.ingest.content import sniff_kind

    if not data.strip():
        raise UnsupportedInput("empty file")
    kind = sniff_kind(data, hint)
    warnings: list[str] = []
    digest: list[str] = []
    if kind == "pdf":
        from pipeline.text.isolate import read_pdf

        def meanwhile() -> None:  # what needs no Document, done while the reader works
            digest.append(_sha256(data))
            _prepare_language()

        doc = read_pdf(data, doc_id, source, meanwhile=meanwhile)
    else:
        doc = _read_markup(data, doc_id, source, kind, charset, warnings)
    if len(doc.text) > MAX_DOCUMENT_CHARS:
        raise UnsupportedInput(
            f"document text of {len(doc.text):,} characters is too long to extract "
            f"(limit {MAX_DOCUMENT_CHARS:,})"
        )
    doc.sha256 = digest[0] if digest else _sha256(data)
    doc.warnings.extend(warnings)
    doc.warnings.extend(silent_read_warnings(doc, source, kind))
    _judge_language(doc)
    return doc


KIND_NAMES = {"pdf": "a PDF", "html": "an HTML page", "txt": "plain text"}


def silent_read_warnings(doc: Document, source: str, kind: str) -> list[str]:
    """Warnings for reads that would otherwise pass without a word: bytes of another
    kind than the name says (an HTML page named ``.pdf``), and a document in which no
    text was found although nothing else was reported (a PDF whose content stream is a
    decompression bomb of spaces reads as pages without text)."""
    from pipeline.ingest.content import suffix_kind

    found: list[str] = []
    named = suffix_kind(source)
    if named is not None and named != kind:
        suffix = "." + source.rsplit(".", 1)[-1]
        found.append(
            f"named {suffix} but the bytes are {KIND_NAMES[kind]}: read as {KIND_NAMES[kind]}"
        )
    if not doc.text.strip() and not doc.warnings:
        pages = f" on its {doc.pages} pages" if doc.pages and doc.pages > 1 else ""
        where = f"{pages} (no text layer, no scanned image)" if kind == "pdf" else ""
        found.append(f"no text found{where or ' in the document'}: nothing to extract")
    return found


def _read_markup(
    data: bytes, doc_id: str, source: str, kind: str, charset: str | None, warnings: list[str]
) -> Document:
    """An HTML page or a text copy, decoded, repaired when double-encoded."""
    from pipeline.text.encoding import repair_mojibake, undecodable

    if kind == "txt" and len(data) > MAX_TEXT_BYTES:
        raise UnsupportedInput(
            f"text file of {len(data) / MIB:.1f} MiB is too large to read "
            f"(limit {MAX_TEXT_BYTES // MIB} MiB)"
        )
    if kind == "html":
        from pipeline.text.html import check_html_size

        check_html_size(data)  # before decoding: a page too large costs nothing more
    markup: str | bytes = data
    if charset or kind == "txt":
        markup = _decode(data, charset) if charset else decode_text(data)
        markup, repaired = repair_mojibake(markup)
        warnings.extend(repaired)
    if kind == "html":
        from pipeline.text.html import read_html

        doc = read_html(markup, doc_id, source)
    else:
        from pipeline.text.plain import read_text

        doc = read_text(str(markup), doc_id, source)
    warnings.extend(undecodable(doc.text, charset))
    return doc


def _sha256(data: bytes) -> str:
    import hashlib  # here: it loads OpenSSL, which the reader's start need not wait for

    return hashlib.sha256(data).hexdigest()


def _prepare_language() -> None:
    """Load the language check's words (while the PDF reader works)."""
    from pipeline.text.language import language_rule

    language_rule()


def _judge_language(doc: Document) -> None:
    """Note the document's language when it can be judged; warn when it is not French."""
    from pipeline.text.language import judge_language

    verdict = judge_language(doc.text)
    if verdict.french is None:
        return
    doc.metadata["language"] = "fr" if verdict.french else "other"
    if not verdict.french:
        doc.warnings.append(
            f"not written in French ({verdict.describe()}): recorded as not about a CLS"
        )
