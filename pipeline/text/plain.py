"""Plain-text publications: one block per line, site furniture and date lines removed.

Text copied from a web page keeps its menus, breadcrumb, share bar, "À lire aussi"
links and footer as lines. Lines before the last menu or breadcrumb line above the
page's title (its last heading-like line before the first paragraph of prose) go; a
line that is furniture wherever it stands ("Partager", a bar of links separated by
" | ") goes; a furniture heading ("À lire aussi") goes with the short lines and the headlines
(lines without a closing stop) under it;
the footer goes from its first line ("Mentions légales", "©") once prose has begun: a
photo credit ("© Unsplash", "Crédit photo : …") above the article is dropped alone. The page's date line
("07 février 2025") goes to the metadata. List items and headings are recognised.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pipeline.model import Document
from pipeline.text.builder import DocumentBuilder
from pipeline.text.pagedates import dates_in_line, is_dateline_text
from pipeline.text.words import ChromeVocab, chrome_vocab, layout_patterns, load_vocab

_SENTENCE_END = re.compile(r"[.!?;:…»)]\s*$")
_BREADCRUMB = re.compile(r"\S\s+[>»›]\s+\S")
_HEAD_LINES = 8  # a page's date line sits among its first kept lines
_LONG_LINE = 15  # words: a line this long is prose


def _looks_like_heading(line: str) -> bool:
    """A short line without closing punctuation reads as a heading in pasted web text."""
    words = line.split()
    return 0 < len(words) <= 14 and not _SENTENCE_END.search(line) and line[:1].isupper()


def _is_bar(line: str) -> bool:
    """A row of links: "Accueil | Vivre | Découvrir" (two separators or more)."""
    return line.count(" | ") >= 2


def _is_marker(line: str, vocab: ChromeVocab) -> bool:
    """A line that only a page's head has: menu entry, breadcrumb, link bar."""
    return (
        vocab.is_furniture_line(line)
        or _is_bar(line)
        or (bool(_BREADCRUMB.search(line)) and not _SENTENCE_END.search(line))
    )


def _head_end(lines: Sequence[str], vocab: ChromeVocab) -> int:
    """Index of the first line after the page's head (menu, breadcrumb above the title)."""
    first_long = next(
        (
            i
            for i, ln in enumerate(lines)
            if len(ln.split()) >= _LONG_LINE and not _is_marker(ln, vocab)
        ),
        len(lines),
    )
    titles = [
        i
        for i in range(first_long)
        if _looks_like_heading(lines[i]) and not _is_marker(lines[i], vocab)
    ]
    title = titles[-1] if titles else first_long
    head_markers = [i for i in range(title) if _is_marker(lines[i], vocab)]
    return head_markers[-1] + 1 if head_markers else 0


def _masthead(lines: Sequence[str], vocab: ChromeVocab) -> str:
    """The site's name of a text copy: the first line of its head, above the menu, when
    it reads as a name ("Communauté d'agglomération Territoires Vendômois"). The head
    is furniture, but a page often names its publisher only there (as an HTML page's
    logo), so the name is kept as metadata."""
    start = _head_end(lines, vocab)
    if start == 0:
        return ""
    first = lines[0]
    if _looks_like_heading(first) and not _is_marker(first, vocab):
        return first
    return ""


def _content_lines(lines: Sequence[str], vocab: ChromeVocab) -> list[str]:
    """The lines of the page's content, head, footer and furniture removed."""
    start = _head_end(lines, vocab)
    kept: list[str] = []
    in_section = False
    prose = False  # a footer only ends content that has begun
    for line in lines[start:]:
        if vocab.is_footer_line(line) or vocab.is_credit_line(line):
            if prose:
                break
            continue  # a photo credit or a cookie line above the article
        prose = prose or len(line.split()) >= _LONG_LINE
        if in_section:
            if len(line.split()) < _LONG_LINE or not _SENTENCE_END.search(line):
                continue  # a teaser's headline, however long, has no closing stop
            in_section = False
        if vocab.opens_section(line):
            in_section = True
            continue
        if _is_marker(line, vocab):
            continue
        kept.append(line)
    return kept


_OPEN_END = re.compile(r"[,(\w’'-]$")


@cache
def _open_word_end() -> re.Pattern[str]:
    """A line ending with a function word (``[continuation] open_words`` of layout.toml)."""
    words = load_vocab("layout")["continuation"]["open_words"]
    ordered = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(rf"(?:^|[\s'’])(?:{'|'.join(ordered)})$", re.IGNORECASE)


def _continues(previous: str, line: str) -> bool:
    """True when a line goes on with the previous one's sentence: it starts in lower case
    after a line without closing punctuation, or the previous line is prose (a long line)
    cut after a function word ("… et à" / "Chartres métropole pour …")."""
    if "\t" in line or "\t" in previous or not _OPEN_END.search(previous):
        return False
    if line[:1].islower():
        return True
    return len(previous.split()) >= _LONG_LINE and bool(_open_word_end().search(previous))


def _join_continuations(lines: list[str]) -> list[str]:
    """A sentence broken over two lines of a pasted text ("… le CLS 2 (2024-2029)," then
    "aux côtés de …") is one paragraph (``_continues``)."""
    out: list[str] = []
    for line in lines:
        if out and _continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _normalise_line(line: str) -> str:
    """White space folded; a line of tab-separated cells (a table pasted as text) keeps
    one tab between its cells so that it becomes a table row."""
    cells = [" ".join(cell.split()) for cell in line.split("\t")]
    cells = [cell for cell in cells if cell]
    return "\t".join(cells) if len(cells) >= 2 else " ".join(line.split())


def read_text(text: str, doc_id: str, source: str) -> Document:
    """Split a text copy of a publication into typed blocks."""
    vocab = chrome_vocab()
    bullet = layout_patterns().bullet
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [_normalise_line(line) for line in raw]
    builder = DocumentBuilder(doc_id, source, "txt")
    metadata: dict[str, str] = {}
    nonblank = [ln for ln in lines if ln]
    content = _join_continuations(_content_lines(nonblank, vocab))
    site = _masthead(nonblank, vocab)
    if site:
        metadata["site_name"] = site
    for index, line in enumerate(content):
        if index < _HEAD_LINES and "dateline" not in metadata and is_dateline_text(line):
            metadata.update(dates_in_line(line))
            metadata["dateline"] = line
            continue
        if "\t" in line:
            builder.add("table_row", line.replace("\t", " | "))
        elif bullet.match(line):
            builder.add("list_item", line)
        elif _looks_like_heading(line):
            builder.add("heading", line)
        else:
            builder.add("paragraph", line)
    doc = builder.build()
    doc.metadata.update(metadata)
    return doc
