"""The comparison form of a value, shared by extraction and evaluation.

What: ``norm_text`` folds case, accents and punctuation away and keeps words split on
single spaces. ``writable`` turns a string that may carry lone surrogates (Python's
stand-ins for the bytes of a non-UTF-8 file name, ``os.fsdecode``) into text that encodes
as UTF-8, the bytes shown as ``\\xe9``; ``name_problem`` says why a local path cannot be a
source (not UTF-8, a name longer than the file system allows).

Why: an extractor deciding that two mentions name one body and the evaluation deciding
that a prediction matches its gold must agree on what "the same words" means; one
function at the bottom of the layers, importable by every stage, keeps them agreeing.
A file named ``caf\\xe9-lyon.html`` (Latin-1 bytes) or with a 300-character name must
become one error row naming it, not an ``UnicodeEncodeError`` or ``File name too long``
that ends the batch when a result or a table is written.
"""

from __future__ import annotations

import os
import re
import unicodedata
from typing import Any, Final

_LIGATURES: Final = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
_NON_ALNUM: Final = re.compile(r"[^0-9a-z]+")


class _UnaccentTable(dict[int, str]):
    """Code point → its letters without accents, filled on first sight (a ``str.translate``
    table: one dictionary lookup per character instead of a decomposition per string).
    Decomposing character by character and dropping the combining marks gives what the
    whole string's NFKD gives once its marks are dropped: only their order differs."""

    def __missing__(self, code: int) -> str:
        char = chr(code).translate(_LIGATURES)
        decomposed = unicodedata.normalize("NFKD", char)
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[code] = plain
        return plain


_UNACCENT = _UnaccentTable()


def unaccented(text: str) -> str:
    """The text without its accents, its ligatures spelt out ("Cœur" → "Coeur",
    "Ardèche" → "Ardeche"), case kept: the one accent folding of the comparison forms
    (``plain_words``, ``geo.normalise_name``, the tables' ``fold``, the discovery
    vocabulary). ``extractors.wordmatch.fold`` is its twin that keeps every offset (one
    character for one), for patterns run on the original text."""
    if text.isascii():
        return text
    return text.translate(_UNACCENT)


def plain_words(value: Any) -> str:
    """A value's lower-case ASCII words on single spaces: accents dropped, ligatures spelt
    out, every other sign a separator."""
    return " ".join(_NON_ALNUM.sub(" ", unaccented(str(value)).lower()).split())


def norm_text(value: Any) -> str:
    """Case-, accent- and punctuation-insensitive form of a value (``plain_words``)."""
    return plain_words(value)


NAME_MAX: Final = 255
"""Bytes in one path component on Linux and most file systems."""


def writable(text: str) -> str:
    """``text`` unchanged when it encodes as UTF-8; else undecodable bytes as ``\\xNN``."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape") if _escaped_only(text) else None
        if raw is not None:
            return raw.decode("utf-8", "backslashreplace")
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _escaped_only(text: str) -> bool:
    """True when every surrogate of ``text`` stands for one byte (``surrogateescape``)."""
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in text)


def name_problem(path: str) -> str | None:
    """Why the local path ``path`` cannot be read as a source, None when it can."""
    if writable(path) != path:
        return "file name is not valid UTF-8"
    for part in path.split(os.sep):
        if len(os.fsencode(part)) > NAME_MAX:
            return f"file name of {len(os.fsencode(part))} bytes is too long (limit {NAME_MAX})"
    return None
