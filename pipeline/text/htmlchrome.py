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

from bs4 import Tag

from pipeline.model import BlockKind
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


def is_toggle(tag: Tag) -> bool:
    """A button that opens a panel of content (``aria-controls``/``aria-expanded``, or a
    class naming an accordion), with a title's worth of text: not a form control."""
    attrs = tag.attrs or {}
    names = " ".join(_names(tag)).lower()
    opens = "aria-controls" in attrs or "aria-expanded" in attrs or "accord" in names
    panel = tag.find_next_sibling()
    has_panel = isinstance(panel, Tag) and len(panel.get_text(" ", strip=True)) >= 20
    return opens and has_panel and 3 <= len(tag.get_text(" ", strip=True)) <= 200


def is_decomposed(tag: Tag) -> bool:
    """True for an element removed by ``decompose`` (directly or with an ancestor).

    Not ``Tag.decomposed``: on a live element that property looks up ``_decomposed``,
    which bs4 turns into ``find("_decomposed")``, a search of the whole subtree, so a
    loop over the elements of a page became quadratic (minutes for a 2 MB page).
    """
    return bool(vars(tag).get("_decomposed", False))


def _names(tag: Tag) -> list[str]:
    classes = tag.get("class")
    names = [str(c) for c in classes] if isinstance(classes, list) else []
    if isinstance(classes, str):
        names.append(classes)
    if tag.get("id"):
        names.append(str(tag["id"]))
    return names


def _in_article(tag: Tag) -> bool:
    return tag.find_parent(["article", "main"]) is not None


def _dateline_with_date(tag: Tag, vocab: ChromeVocab) -> bool:
    if not any(vocab.is_dateline_name(n) for n in _names(tag)):
        return False
    text = tag.get_text(" ", strip=True)
    return len(text) <= _MAX_DATELINE and bool(dates_in_line(text) or time_dates(tag))


def is_furniture(tag: Tag, vocab: ChromeVocab) -> bool:
    """True for an element that is site furniture rather than content."""
    name = tag.name
    if name == "button" and is_toggle(tag):
        return False  # an accordion's toggle is the title of the panel it opens
    if name in _ALWAYS or name == "footer":
        return True
    if name in _PAGE_LEVEL and not _in_article(tag):
        return True
    attrs = tag.attrs or {}
    if attrs.get("role") in vocab.roles:
        return True
    if attrs.get("aria-hidden") == "true" and len(tag.get_text(strip=True)) < 40:
        return True  # icons and decorations; hidden panels with real text stay
    names = _names(tag)
    if any(vocab.is_furniture_name(n) for n in names):
        if name in _CONTENT_TABLES and _names_bodies(tag):
            return False  # a grid of partners' logos is content, whatever its class
        return not _dateline_with_date(tag, vocab)
    return False


_CONTENT_TABLES = {"table", "tbody", "tr", "td", "dl", "ul", "ol"}


def _names_bodies(tag: Tag) -> bool:
    """True for a table or list whose images carry alt texts (partners' logos)."""
    alts = [img.get("alt") for img in tag.find_all("img")]
    return sum(1 for alt in alts if alt and len(str(alt)) > 3) >= 2


def strip_furniture(root: Tag) -> None:
    """Remove the furniture elements under ``root`` (in place)."""
    vocab = chrome_vocab()
    title = root.find("h1")
    total = len(root.get_text(strip=True)) or 1
    for tag in list(root.find_all(True)):
        if is_decomposed(tag) or not is_furniture(tag, vocab):
            continue
        if title is not None and (tag is title or title in tag.descendants):
            continue
        if len(tag.get_text(strip=True)) > 0.6 * total:
            continue
        tag.decompose()


def take_datelines(root: Tag) -> dict[str, str]:
    """Read the page's date lines and bylines into metadata and remove them.

    Elements whose class or id names a date line ("date", "byline", "auteur"…) and
    short blocks made only of a ``<time>`` date are taken; ``<time>`` inside prose
    stays. The first published and modified dates win; the raw line is kept too.
    """
    vocab = chrome_vocab()
    found: dict[str, str] = {}
    candidates: list[Tag] = [t for t in root.find_all(True) if _dateline_with_date(t, vocab)]
    for time_tag in root.find_all("time"):
        block = (
            time_tag.find_parent(["p", "div", "span", "li"]) if isinstance(time_tag, Tag) else None
        )
        if isinstance(block, Tag) and is_dateline_text(block.get_text(" ", strip=True)):
            candidates.append(block)
    for tag in candidates:
        if is_decomposed(tag):
            continue
        text = " ".join(tag.get_text(" ", strip=True).split())
        for key, iso in {**dates_in_line(text), **time_dates(tag)}.items():
            found.setdefault(key, iso)
        found.setdefault("dateline", text)
        tag.decompose()
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
