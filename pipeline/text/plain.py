"""Plain-text publications: one block per line, list items and headings recognised."""

from __future__ import annotations

import re

from pipeline.model import Document
from pipeline.text.builder import DocumentBuilder

_BULLET = re.compile(r"^\s*(?:[-–—•·*▪►◦●]|\d{1,2}[.)]|[a-z][.)])\s+")
_SENTENCE_END = re.compile(r"[.!?;:…»)]\s*$")


def _looks_like_heading(line: str) -> bool:
    """A short line without closing punctuation reads as a heading in pasted web text."""
    words = line.split()
    return 0 < len(words) <= 14 and not _SENTENCE_END.search(line) and line[:1].isupper()


def read_text(text: str, doc_id: str, source: str) -> Document:
    """Split a text copy of a publication into typed blocks."""
    builder = DocumentBuilder(doc_id, source, "txt")
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if _BULLET.match(line):
            builder.add("list_item", line)
        elif _looks_like_heading(line):
            builder.add("heading", line)
        else:
            builder.add("paragraph", line)
    return builder.build()
