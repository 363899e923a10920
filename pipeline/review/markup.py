"""Escaped HTML pieces: text, attributes, links, and document text with marked spans.

What: ``esc`` escapes any value for text and attribute positions; ``link`` builds an
``<a>`` to a page of the review server (path segments quoted); ``excerpt`` cuts the
document text around an evidence span and wraps the span in ``<mark>``;
``marked_text`` renders a whole document with every span marked and a line where each
PDF page starts.

Why: document text is hostile input: a title or an axis may hold ``<script>`` or a
quote that ends an attribute. Every string that reaches a page goes through ``esc``
(``html.escape`` with quotes), and pages are built only from these pieces.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final
from urllib.parse import quote

from pipeline.model import Document

CONTEXT_CHARS: Final = 280
"""Characters of text shown on each side of an evidence span."""


def esc(value: object) -> str:
    """Any value as escaped HTML text (``None`` as an empty string)."""
    return "" if value is None else html.escape(str(value), quote=True)


def path_of(*segments: object) -> str:
    """An absolute path of the server from its segments, each one percent-quoted."""
    return "/" + "/".join(quote(str(s), safe="") for s in segments)


def link(href: str, text: object, **attrs: str) -> str:
    """An ``<a>`` element; ``href`` is escaped too (it may hold a query)."""
    extra = "".join(f' {name.replace("_", "-")}="{esc(v)}"' for name, v in attrs.items())
    return f'<a href="{esc(href)}"{extra}>{esc(text)}</a>'


def valid_span(text: str, start: object, end: object) -> tuple[int, int] | None:
    """The span as offsets into ``text`` when they fit in it, else None."""
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
        return None
    return (start, end) if 0 <= start <= end <= len(text) else None


def _cut_left(text: str, at: int) -> int:
    """A start at most ``CONTEXT_CHARS`` before ``at``, on a word boundary when one is near."""
    lo = max(0, at - CONTEXT_CHARS)
    space = text.find(" ", lo, at)
    return space + 1 if lo > 0 and space != -1 else lo


def _cut_right(text: str, at: int) -> int:
    hi = min(len(text), at + CONTEXT_CHARS)
    space = text.rfind(" ", at, hi)
    return space if hi < len(text) and space != -1 else hi


def excerpt(text: str, span: tuple[int, int], label: str = "") -> str:
    """The text around a span, the span in ``<mark>`` (escaped, with … where cut)."""
    start, end = span
    lo, hi = _cut_left(text, start), _cut_right(text, end)
    title = f' title="{esc(label)}"' if label else ""
    return (
        ("…" if lo > 0 else "")
        + esc(text[lo:start])
        + f"<mark{title}>{esc(text[start:end])}</mark>"
        + esc(text[end:hi])
        + ("…" if hi < len(text) else "")
    )


@dataclass(frozen=True, slots=True)
class Span:
    """An evidence span to mark in a whole text, with its anchor id and label."""

    start: int
    end: int
    anchor: str
    label: str


def page_starts(doc: Document) -> list[tuple[int, int]]:
    """(offset, page) where each page's first block starts (empty for pageless formats)."""
    out: list[tuple[int, int]] = []
    for block in doc.blocks:
        if block.page is not None and (not out or out[-1][1] != block.page):
            out.append((block.start, block.page))
    return out


def marked_text(text: str, spans: Iterable[Span], pages: Sequence[tuple[int, int]]) -> str:
    """The whole text, escaped, spans in ``<mark id=…>`` (an overlapping span is left
    unmarked) and a ``page N`` line where each page starts."""
    cuts: list[tuple[int, int, str]] = [
        (at, 0, f'<span class="page" id="page-{p}">page {p}</span>') for at, p in pages
    ]
    last_end = -1
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.start < last_end or s.start == s.end:
            continue
        last_end = s.end
        open_tag = f'<mark id="{esc(s.anchor)}" title="{esc(s.label)}">'
        cuts += [(s.start, 1, open_tag), (s.end, -1, "</mark>")]
    out: list[str] = []
    at = 0
    for offset, _, tag in sorted(cuts, key=lambda c: (c[0], c[1])):
        out.append(esc(text[at:offset]))
        out.append(tag)
        at = offset
    out.append(esc(text[at:]))
    return "".join(out)
