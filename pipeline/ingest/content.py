"""Decide what fetched bytes are (pdf, html, txt) and how text bytes are encoded.

What: ``describe`` combines what the server said (``Content-Type`` and its charset) with
what the bytes show (a ``%PDF`` header, HTML markup, a byte-order mark, a ``<meta>``
charset) and with the URL's suffix, and returns the kind and charset handed on to the
text stage.

Why: servers often say too little or the wrong thing: contracts served as
``application/octet-stream``, HTML pages under ``.php`` URLs, French pages in
Windows-1252 that declare nothing or wrongly declare UTF-8. The same rules apply to local
files (without a header), so that a document read from disk and the same bytes fetched
over HTTP give the same text.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from urllib.parse import urlsplit

from pipeline.errors import UnsupportedInput

SUFFIX_KINDS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".pdf": "pdf"}

# Control characters that text never holds (tab, line feed, form feed, carriage return
# and escape aside): in the first bytes of a file, they mean binary content.
_CONTROLS = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27)) + b"\x7f"
_BINARY_SHARE = 0.05
_HEAD = 8192
_UTF8_MAJORITY = 4  # valid UTF-8 characters per bad byte for "UTF-8 with a few bad bytes"


def looks_binary(data: bytes) -> bool:
    """True for bytes that are no text: a NUL or many control bytes in the first 8 KiB
    (UTF-16 text, which starts with its byte-order mark, aside)."""
    head = data[:_HEAD]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return controls > _BINARY_SHARE * len(head)


def sniff_kind(data: bytes, hint: str | None = None) -> str:
    """Decide html/pdf/txt from the bytes first, the file suffix or content type second.

    Binary bytes that are not a PDF are refused, whatever the name says (random bytes
    named ``.html``).
    """
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    lowered = head.lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in lowered:
        return "html"
    if hint == "pdf":
        raise UnsupportedInput("not a PDF file (no %PDF header)")
    if looks_binary(data):
        if hint == "html":
            raise UnsupportedInput("binary content, not an HTML page")
        raise UnsupportedInput("binary content that is neither PDF nor HTML")
    if hint in ("html", "txt"):
        return hint
    return "txt"


# Media types the text stage reads, and what they are.
_KIND_BY_MEDIA_TYPE = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "txt",
}
# Media types that say nothing about the content; the bytes and the URL decide.
_NEUTRAL_MEDIA_TYPES = {"application/octet-stream", "binary/octet-stream", "application/download"}
# WHATWG Encoding Standard: these labels mean windows-1252 on the web.
_WINDOWS_1252_ALIASES = {"latin_1", "iso8859_1", "ascii", "us_ascii"}
# Legacy encodings of French pages, most likely first, for detection of undeclared text.
_LEGACY_CANDIDATES = ["cp1252", "iso8859_15"]
# Single-byte encodings that a declaration may name wrongly for UTF-8 bytes.
_SINGLE_BYTE = {"cp1252", "iso8859_15", "iso8859_2", "cp1250", "mac_roman"}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnsupportedContent(UnsupportedInput):
    """Bytes of a media type the pipeline does not read (an image, an archive...)."""


@dataclass(frozen=True, slots=True)
class ContentInfo:
    """The decided kind of a document, its text charset (None for PDF) and media type."""

    kind: str
    charset: str | None
    media_type: str | None


def parse_content_type(header: str | None) -> tuple[str | None, str | None]:
    """Split a ``Content-Type`` header into (media type, charset), both lower case."""
    if not header:
        return None, None
    from email.message import Message  # here: the text stage imports this module, not HTTP

    message = Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    return message.get_content_type(), charset.lower() if isinstance(charset, str) else None


def describe(data: bytes, location: str, content_type: str | None = None) -> ContentInfo:
    """The kind and charset of a document from its bytes, its header and its location.

    Raises UnsupportedContent for a media type the pipeline does not read whose bytes are
    neither PDF nor HTML, and UnsupportedInput for bytes the text stage cannot read.
    """
    media_type, declared = parse_content_type(content_type)
    hint = _KIND_BY_MEDIA_TYPE.get(media_type or "")
    if hint is None:
        hint = suffix_kind(location)
        if media_type and media_type not in _NEUTRAL_MEDIA_TYPES and not _looks_like_document(data):
            raise UnsupportedContent(f"unsupported content type {media_type}")
    kind = sniff_kind(data, hint)
    charset = None if kind == "pdf" else decide_charset(data, kind, declared)
    return ContentInfo(kind, charset, media_type)


def decide_charset(data: bytes, kind: str, declared: str | None = None) -> str:
    """The encoding of text bytes: BOM, then header, then ``<meta>``, then detection.

    A declaration that the bytes contradict is skipped: French sites often serve
    Windows-1252 files under a UTF-8 header (invalid UTF-8 found), and UTF-8 files under a
    Latin-1 one (valid UTF-8 with accented letters, which Windows-1252 text practically
    never is). UTF-8 text with a few bad bytes still counts as UTF-8 (``_mostly_utf8``):
    the bad bytes are replaced and reported, the rest of the text is kept right. Text
    that declares nothing and is not UTF-8 is detected by charset-normalizer.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    candidates: list[str | None] = [declared]
    if kind == "html":
        from bs4.dammit import EncodingDetector

        candidates.append(EncodingDetector.find_declared_encoding(data[:4096], is_html=True))
    utf8 = _is_utf8(data) or _mostly_utf8(data)
    for candidate in candidates:
        codec = _codec_name(candidate)
        if codec == "utf-8" and not utf8:
            continue
        if codec in _SINGLE_BYTE and utf8 and not data.isascii():
            return "utf-8"
        if codec:
            return codec
    if utf8:
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY_CANDIDATES).best()
    return _codec_name(best.encoding if best else None) or "cp1252"


def _codec_name(label: str | None) -> str | None:
    """Python's canonical codec name for an encoding label, None when unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    if name in _WINDOWS_1252_ALIASES:
        return "cp1252"
    return "utf-8" if name == "utf_8" else name


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _mostly_utf8(data: bytes) -> bool:
    """True for UTF-8 text with a few bad bytes: its valid multi-byte characters outnumber
    the invalid bytes at least four to one. Such text is decoded as UTF-8 with the bad
    bytes replaced (the text stage counts them in a warning), not as Windows-1252, which
    would turn every accented letter into two ("Sète" into "SÃ¨te")."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    if bad <= 0:
        return False
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii - bad >= _UTF8_MAJORITY * bad


def _looks_like_document(data: bytes) -> bool:
    """True when the bytes sniff as PDF or HTML whatever the server said."""
    try:
        return sniff_kind(data) in ("pdf", "html")
    except UnsupportedInput:
        return False


def suffix_kind(location: str) -> str | None:
    """The kind a location's suffix names (``.pdf`` -> pdf), None for another suffix."""
    path = urlsplit(location).path if "://" in location else location
    for suffix, kind in SUFFIX_KINDS.items():
        if path.lower().endswith(suffix):
            return kind
    return None
