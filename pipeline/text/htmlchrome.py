"""Site furniture of HTML pages: find the main content, strip what is not content.

Furniture is told by the element (``nav``, ``script``, a page-level ``header`` or
``footer``), its ARIA role, the pieces of its class names and id (``cookie``,
``breadcrumb``, ``share``, ``sidebar``…), and, once the page is cut into blocks, by
the text itself: a "Partager" line, a "Cette page a-t-elle répondu à vos attentes ?"
poll, or a heading that opens a sidebar section ("Actualités", "À lire aussi") with
everything under it. The words are data (``vocab/chrome.toml``).

Two guards keep content safe: an element holding the page's ``h1`` or most of the
main text is never removed, and hidden elements are kept (collapsed accordions and
tab panels hide real content).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.model import BlockKind
from pipeline.text.dom import (
    Element,
    ancestor,
    is_element,
    names,
    next_element,
    remove,
    text_length,
)
from pipeline.text.pagedates import dates_in_line, is_dateline_text, time_dates
from pipeline.text.words import ChromeVocab, chrome_vocab

_ALWAYS = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "button",
    "iframe",
    "select",
    "input",
    "label",
    "form",
    "nav",
    "canvas",
    "object",
    "embed",
    "dialog",
}
_PAGE_LEVEL = {"header", "aside"}  # furniture outside an article, content inside it
_MAX_DATELINE = 200  # characters: a longer element is prose, not a date line
_HEAD_BLOCKS = 5  # date lines are looked for among the first blocks only

Pending = tuple[BlockKind, str, int | None]


def _text(tag: Element) -> str:
    return " ".join(s.strip() for s in tag.itertext() if s.strip())


def is_toggle(tag: Element) -> bool:
    """A button that opens a panel of content (``aria-controls``/``aria-expanded``, or a
    class naming an accordion), with a title's worth of text: not a form control."""
    attrs = tag.attrib
    opens = "aria-controls" in attrs or "aria-expanded" in attrs
    opens = opens or "accord" in " ".join(names(tag)).lower()
    panel = next_element(tag)
    has_panel = panel is not None and len(_text(panel)) >= 20
    return opens and has_panel and 3 <= len(_text(tag)) <= 200


def _in_article(tag: Element) -> bool:
    return ancestor(tag, ("article", "main")) is not None


def _dateline_with_date(tag: Element, vocab: ChromeVocab) -> bool:
    if not any(vocab.is_dateline_name(n) for n in names(tag)):
        return False
    text = _text(tag)
    return len(text) <= _MAX_DATELINE and bool(dates_in_line(text) or time_dates(tag))


def is_furniture(tag: Element, vocab: ChromeVocab) -> bool:
    """True for an element that is site furniture rather than content."""
    name = tag.tag
    if name == "button" and is_toggle(tag):
        return False  # an accordion's toggle is the title of the panel it opens
    if name in _ALWAYS or name == "footer":
        return True
    if name in _PAGE_LEVEL and not _in_article(tag):
        return True
    attrs = tag.attrib
    if attrs.get("role") in vocab.roles:
        return True
    if attrs.get("aria-hidden") == "true" and text_length(tag) < 40:
        return True  # icons and decorations; hidden panels with real text stay
    if any(vocab.is_furniture_name(n) for n in names(tag)):
        if name in _CONTENT_TABLES and _names_bodies(tag):
            return False  # a grid of partners' logos is content, whatever its class
        return not _dateline_with_date(tag, vocab)
    return False


_CONTENT_TABLES = {"table", "tbody", "tr", "td", "dl", "ul", "ol"}


def _names_bodies(tag: Element) -> bool:
    """True for a table or list whose images carry alt texts (partners' logos)."""
    alts = [img.get("alt") for img in tag.iter("img")]
    return sum(1 for alt in alts if alt and len(str(alt)) > 3) >= 2


def strip_furniture(root: Element) -> None:
    """Remove the furniture elements under ``root`` (in place), outermost first: what
    sits inside a removed element is not looked at."""
    vocab = chrome_vocab()
    title = next(root.iter("h1"), None)
    holds_title = set() if title is None else {title, *title.iterancestors()}
    total = text_length(root) or 1
    stack = [c for c in reversed(root) if is_element(c)]
    while stack:
        tag = stack.pop()
        furniture = tag not in holds_title and is_furniture(tag, vocab)
        if furniture and text_length(tag) <= 0.6 * total:
            remove(tag)
            continue
        stack.extend(c for c in reversed(tag) if is_element(c))


def take_datelines(root: Element) -> dict[str, str]:
    """Read the page's date lines and bylines into metadata and remove them.

    Elements whose class or id names a date line ("date", "byline", "auteur"…) and
    short blocks made only of a ``<time>`` date are taken; ``<time>`` inside prose
    stays. The first published and modified dates win; the raw line is kept too.
    """
    vocab = chrome_vocab()
    found: dict[str, str] = {}
    candidates = [
        t for t in root.iterdescendants() if is_element(t) and _dateline_with_date(t, vocab)
    ]
    for time_tag in root.iter("time"):
        block = ancestor(time_tag, ("p", "div", "span", "li"))
        if block is not None and is_dateline_text(_text(block)):
            candidates.append(block)
    removed: set[Element] = set()
    for tag in candidates:
        if tag in removed or any(a in removed for a in tag.iterancestors()):
            continue
        text = " ".join(_text(tag).split())
        for key, iso in {**dates_in_line(text), **time_dates(tag)}.items():
            found.setdefault(key, iso)
        found.setdefault("dateline", text)
        remove(tag)
        removed.add(tag)
    return found


def is_link_bar(text: str) -> bool:
    """True for a row of short links or a lone separator: "Accueil | Contact", "|"."""
    pieces = [p.strip() for p in re.split(r"\s[|•·/]\s|^[|•·/]$", text)]
    if len(pieces) < 2:
        return False
    return all(len(p.split()) <= 3 for p in pieces)


def drop_furniture_blocks(blocks: Sequence[Pending]) -> tuple[list[Pending], dict[str, str]]:
    """Drop furniture lines and sidebar sections; read date lines at the top.

    Returns the kept blocks and the dates found in date lines.
    """
    vocab = chrome_vocab()
    kept: list[Pending] = []
    dates: dict[str, str] = {}
    section_level: int | None = None
    for index, (kind, text, level) in enumerate(blocks):
        if section_level is not None:
            if kind == "heading" and (level or 6) <= section_level:
                section_level = None
            else:
                continue
        if kind == "heading" and vocab.opens_section(text):
            section_level = level or 6
            continue
        if index < _HEAD_BLOCKS and kind == "paragraph" and is_dateline_text(text):
            for key, iso in dates_in_line(text).items():
                dates.setdefault(key, iso)
            dates.setdefault("dateline", text)
            continue
        if vocab.is_furniture_line(text) or (kind == "paragraph" and is_link_bar(text)):
            continue
        kept.append((kind, text, level))
    return kept, dates
