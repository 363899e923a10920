"""HTML pages: the main content as typed blocks, without site furniture.

Local-authority pages wrap a short article in menus, cookie banners, breadcrumbs,
sidebars ("Actualités", "Agenda"), share buttons, satisfaction polls and footers; those
words would pollute extraction (a sidebar agenda is full of dates), so they go before
the content is walked (``htmlchrome``). The page's own dates (date line, byline,
``<time>``, ``<meta>``) go to ``Document.metadata`` (``pagedates``). The walk keeps
headings with their levels, paragraphs, list items, table rows (cells joined with
" | "), lines of paragraphs cut by several ``<br>``, and the content of accordions
(``<details>``) and tab panels, hidden or not.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString

from pipeline.errors import UnsupportedInput
from pipeline.limits import MAX_HTML_BYTES, MAX_HTML_ELEMENTS, MAX_HTML_WALK_DEPTH, MIB
from pipeline.model import BlockKind, Document
from pipeline.text.builder import DocumentBuilder, clean_inline
from pipeline.text.htmlchrome import (
    drop_furniture_blocks,
    main_root,
    strip_furniture,
    take_datelines,
)
from pipeline.text.pagedates import meta_dates

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_TEXT_BLOCKS = {"p", "dt", "dd", "blockquote", "pre", "address", "figcaption", "caption"}
_NESTED_BLOCKS = ["p", "ul", "ol", "table", "h2", "h3", "h4", "h5", "h6", "div", "details"]
_INLINE = {
    "a",
    "abbr",
    "b",
    "cite",
    "code",
    "em",
    "font",
    "i",
    "mark",
    "q",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "time",
    "u",
}
_BLOCK_LEVEL = ["p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "br"]
_NO_STRAY_TEXT = {"ul", "ol", "table", "thead", "tbody", "tfoot", "tr", "dl", "select"}

Pending = tuple[BlockKind, str, int | None]
_START_TAG = re.compile(r"<[A-Za-z]")
_START_TAG_BYTES = re.compile(rb"<[A-Za-z]")


def check_html_size(markup: str | bytes) -> None:
    """Refuse a page too large to parse: more than ``MAX_HTML_BYTES`` (characters for
    text) or ``MAX_HTML_ELEMENTS`` start tags. Parsing costs about 100 bytes of memory
    per byte of markup and a few hundred microseconds per element, so these bounds keep
    one page under a minute and a few hundred MiB."""
    if len(markup) > MAX_HTML_BYTES:
        raise UnsupportedInput(
            f"HTML page of {len(markup) / MIB:.1f} MiB is too large to parse "
            f"(limit {MAX_HTML_BYTES // MIB} MiB)"
        )
    if isinstance(markup, bytes):
        elements = sum(1 for _ in _START_TAG_BYTES.finditer(markup))
    else:
        elements = sum(1 for _ in _START_TAG.finditer(markup))
    if elements > MAX_HTML_ELEMENTS:
        raise UnsupportedInput(f"HTML page has {elements:,} elements (limit {MAX_HTML_ELEMENTS:,})")


def _cell_text(cell: Tag) -> str:
    """A table cell's text, or the alt text of its images (a grid of partners' logos)."""
    text = clean_inline(cell.get_text(" "))
    if text:
        return text
    alts = [
        re.sub(
            r"^(?:logo|logotype)\s+(?:de\s+|du\s+|de\s+la\s+|de\s+l['’])?",
            "",
            clean_inline(str(img.get("alt", ""))),
            flags=re.IGNORECASE,
        )
        for img in cell.find_all("img")
    ]
    return " ".join(a for a in alts if a)


class _Walker:
    """Walks the content tree in document order and collects typed blocks."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self.blocks: list[Pending] = []
        self.level = 1  # level of the last heading, for accordion and tab titles
        self.depth = 0  # elements entered and not left, bounded by MAX_HTML_WALK_DEPTH
        self.too_deep = 0  # subtrees read as plain text because they sat too deep
        self.tab_labels = {
            str(tab["id"]): clean_inline(tab.get_text(" "))
            for tab in soup.find_all(True, attrs={"role": "tab"})
            if isinstance(tab, Tag) and tab.get("id")
        }

    def add(self, kind: BlockKind, text: str, level: int | None = None) -> None:
        text = clean_inline(text)
        if text:
            self.blocks.append((kind, text, level))

    def walk(self, node: Tag) -> None:
        """Walk the children; a run of text and inline elements makes one paragraph."""
        run: list[str] = []
        for child in node.children:
            if isinstance(child, NavigableString):
                if node.name not in _NO_STRAY_TEXT and type(child) is NavigableString:
                    run.append(str(child))
            elif isinstance(child, Tag):
                if child.name in _INLINE and not child.find(_BLOCK_LEVEL):
                    run.append(child.get_text(" "))
                    continue
                self.add("paragraph", " ".join(run))
                run = []
                self.element(child)
        self.add("paragraph", " ".join(run))

    def element(self, tag: Tag) -> None:
        """One element as blocks; below ``MAX_HTML_WALK_DEPTH`` its text is one paragraph.

        The walk recurses once or twice per level, so the bound keeps it far from
        Python's recursion limit whatever the nesting (broken pages leave thousands of
        elements unclosed).
        """
        if self.depth >= MAX_HTML_WALK_DEPTH:
            self.too_deep += 1
            self.add("paragraph", tag.get_text(" "))
            return
        self.depth += 1
        try:
            self._element(tag)
        finally:
            self.depth -= 1

    def _element(self, tag: Tag) -> None:
        name = tag.name
        role = str(tag.get("role", ""))
        if role == "tablist":
            return  # the tab labels are emitted as the titles of their panels
        if role == "tabpanel":
            self.tab_panel(tag)
        elif name in _HEADINGS:
            self.level = int(name[1])
            self.add("heading", tag.get_text(" "), self.level)
        elif name == "summary" or name == "button":  # only toggles reach here (htmlchrome)
            self.add("heading", tag.get_text(" "), min(self.level + 1, 6))
        elif name == "li":
            self.list_item(tag)
        elif name == "tr":
            cells = [_cell_text(c) for c in tag.find_all(["td", "th"])]
            self.add("table_row", " | ".join(c for c in cells if c))
        elif name in ("caption", "figcaption", "dt"):
            self.add("caption", tag.get_text(" "))
        elif name == "dd" and not tag.find(_NESTED_BLOCKS):
            self.add("list_item", tag.get_text(" "))
        elif name in _TEXT_BLOCKS:
            if tag.find(_NESTED_BLOCKS):
                self.walk(tag)
            elif len(tag.find_all("br")) >= 2:
                self.lines(tag)
            else:
                self.add("paragraph", tag.get_text(" "))
        elif name != "br":
            self.walk(tag)

    def lines(self, tag: Tag) -> None:
        """A paragraph cut by several ``<br>`` (an address, a list of bodies): one
        ``line`` block per piece."""
        piece: list[str] = []
        for child in tag.descendants:
            if isinstance(child, Tag) and child.name == "br":
                self.add("line", " ".join(piece))
                piece = []
            elif type(child) is NavigableString:
                piece.append(str(child))
        self.add("line", " ".join(piece))

    def tab_panel(self, panel: Tag) -> None:
        label = self.tab_labels.get(str(panel.get("aria-labelledby", "")), "")
        if label:
            self.add("heading", label, min(self.level + 1, 6))
        self.walk(panel)

    def list_item(self, item: Tag) -> None:
        """A list item's own text is one block; nested lists become their own items."""
        nested = [c for c in item.children if isinstance(c, Tag) and c.name in ("ul", "ol")]
        if not nested and not item.find(["p", "table", "div"]):
            self.add("list_item", item.get_text(" "))
            return
        own: list[str] = []
        rest: list[Tag] = []
        for child in item.children:
            if isinstance(child, Tag) and child.name in ("ul", "ol", "table", "div", "p"):
                if child.name == "p" and not own and not rest:
                    own.append(child.get_text(" "))
                else:
                    rest.append(child)
            elif isinstance(child, Tag):
                own.append(child.get_text(" "))
            elif type(child) is NavigableString:
                own.append(str(child))
        self.add("list_item", " ".join(own))
        for child in rest:
            self.element(child)


def read_html(markup: str | bytes, doc_id: str, source: str) -> Document:
    """Parse an HTML page into a Document of typed content blocks.

    A page over the size limits (``check_html_size``) is an UnsupportedInput; one nested
    deeper than ``MAX_HTML_WALK_DEPTH`` is read, its deepest parts as plain text, with a
    warning.
    """
    check_html_size(markup)
    soup = BeautifulSoup(markup, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    metadata = meta_dates(soup)
    root = main_root(soup)
    for key, value in take_datelines(root).items():
        metadata.setdefault(key, value)
    strip_furniture(root)
    walker = _Walker(soup)
    walker.walk(root)
    blocks, dates = drop_furniture_blocks(walker.blocks)
    for key, value in dates.items():
        metadata.setdefault(key, value)
    builder = DocumentBuilder(doc_id, source, "html")
    for kind, text, level in blocks:
        builder.add(kind, text, level=level)
    doc = builder.build()
    if title:
        metadata["title"] = " ".join(title.split())
    doc.metadata.update(metadata)
    if walker.too_deep:
        doc.warnings.append(
            f"HTML nested more than {MAX_HTML_WALK_DEPTH} levels deep: "
            f"{walker.too_deep} deeper part(s) read as plain text"
        )
    return doc
