"""HTML pages: the main content as typed blocks, without site furniture.

Local-authority pages wrap a short article in menus, cookie banners, breadcrumbs,
sidebars ("Actualités", "Agenda"), share buttons, satisfaction polls and footers; those
words would pollute extraction (a sidebar agenda is full of dates), so they go before
the content is walked (``htmlchrome``). The page's own dates (date line, byline,
``<time>``, ``<meta>``) go to ``Document.metadata`` (``pagedates``). The walk keeps
headings with their levels, paragraphs, list items, table rows (cells joined with
" | "), lines of paragraphs cut by several ``<br>``, and the content of accordions
(``<details>``) and tab panels, hidden or not. Which blocks are the main content is a
vote of our own scoring and trafilatura's (``htmlscore``, ``htmlmain``); who publishes
the page (site name, masthead logo, publisher, author) goes to the metadata
(``htmlmeta``).
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
    is_decomposed,
    strip_furniture,
    take_datelines,
)
from pipeline.text.htmlmain import keep_referenced, reference_text, vote
from pipeline.text.htmlmeta import publisher_metadata
from pipeline.text.htmlscore import main_element
from pipeline.text.pagedates import meta_contents, meta_dates
from pipeline.text.words import chrome_vocab

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
        self.own: list[bool] = []  # per block: inside the element our scoring chose
        self.chosen: Tag | None = None
        self.inside = 0
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
            self.own.append(self.inside > 0)

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
        chosen = tag is self.chosen
        self.inside += chosen
        try:
            self._element(tag)
        finally:
            self.depth -= 1
            self.inside -= chosen

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


Selector = str  # "own", "trafilatura" or "vote": who decides which blocks are content
SELECTORS = ("own", "trafilatura", "vote")


def _own_blocks(
    soup: BeautifulSoup, root: Tag, metadata: dict[str, str], chosen: Tag | None = None
) -> _Walker:
    """Our walk of ``root``: date lines into metadata, furniture stripped; the blocks
    under ``chosen`` are marked as our own choice."""
    for key, value in take_datelines(root).items():
        metadata.setdefault(key, value)
    strip_furniture(root)
    walker = _Walker(soup)
    walker.chosen = chosen
    walker.inside = int(chosen is root)
    walker.walk(root)
    return walker


def _content_blocks(
    markup: str | bytes, soup: BeautifulSoup, metadata: dict[str, str], selector: Selector
) -> tuple[list[Pending], int]:
    """The content blocks of the page and the count of subtrees read too deep."""
    chosen = main_element(soup)
    if selector == "own":
        walker = _own_blocks(soup, chosen, metadata)
        return walker.blocks, walker.too_deep
    body = soup.body if isinstance(soup.body, Tag) else soup
    walker = _own_blocks(soup, body, metadata, chosen)
    reference = reference_text(markup)
    if selector == "vote":
        kept = vote(walker.blocks, walker.own, reference)
    else:
        kept = keep_referenced(walker.blocks, reference)
    if kept is None:  # no second opinion: our own choice, furniture judged within it
        headline = _headline_before(walker.blocks, walker.own)
        fresh = BeautifulSoup(markup, "lxml")
        walker = _own_blocks(fresh, main_element(fresh), {})
        if headline and all(b[1] != headline[1] for b in walker.blocks):
            return [headline, *walker.blocks], walker.too_deep
        return walker.blocks, walker.too_deep
    return kept, walker.too_deep


def _headline_before(blocks: list[Pending], own: list[bool]) -> Pending | None:
    """The page's ``h1`` headline when it stands before the chosen element: an article's
    title often sits above its body's wrapper and names the territory, the contract's
    generation or its period."""
    for block, inside in zip(blocks, own, strict=True):
        if inside:
            return None
        if block[0] == "heading" and block[2] == 1:
            return block
    return None


_FALLBACK_WARNING = (
    "main-content cleaning kept almost none of the page's text: "
    "the whole visible text is kept instead (menus and scripts removed)"
)
_LOST_SHARE = 0.05  # of the visible text: keeping less is losing the page
_FOOTER_LINE = 100  # characters: a longer block opening with "©" is prose


def _visible_chars(soup: BeautifulSoup) -> int:
    """Characters of text in the body, scripts and styles left out."""
    body = soup.body if isinstance(soup.body, Tag) else soup
    hidden = sum(len(t.get_text(strip=True)) for t in body.find_all(["script", "style"]))
    return len(body.get_text(strip=True)) - hidden


def _lost_prose(blocks: list[Pending], visible: int) -> bool:
    """True when the cleaned blocks keep almost nothing of a page that has text."""
    kept = sum(len(b[1]) for b in blocks)
    return visible > 0 and kept < _LOST_SHARE * visible


def _visible_blocks(markup: str | bytes) -> list[Pending]:
    """The safe reading: every block of the body but scripts, styles, menus, furniture
    lines ("Accueil", "Partager") and short footer lines ("Mentions légales"). Empty
    for a page with nothing else, which is then a document without text."""
    fresh = BeautifulSoup(markup, "lxml")
    for tag in fresh.find_all(["script", "style", "noscript", "template", "nav", "svg"]):
        if not is_decomposed(tag):
            tag.decompose()
    walker = _Walker(fresh)
    walker.walk(fresh.body if isinstance(fresh.body, Tag) else fresh)
    vocab = chrome_vocab()
    kept, _ = drop_furniture_blocks(walker.blocks)
    return [b for b in kept if not (vocab.is_footer_line(b[1]) and len(b[1]) < _FOOTER_LINE)]


def read_html(
    markup: str | bytes, doc_id: str, source: str, selector: Selector = "vote"
) -> Document:
    """Parse an HTML page into a Document of typed content blocks.

    A page over the size limits (``check_html_size``) is an UnsupportedInput; one nested
    deeper than ``MAX_HTML_WALK_DEPTH`` is read, its deepest parts as plain text, with a
    warning. ``selector`` says who chooses the content blocks (``htmlmain``).
    """
    check_html_size(markup)
    soup = BeautifulSoup(markup, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    visible = _visible_chars(soup)
    metas = meta_contents(soup)
    metadata = meta_dates(soup, metas)
    metadata.update(publisher_metadata(metas, soup))
    pending, too_deep = _content_blocks(markup, soup, metadata, selector)
    blocks, dates = drop_furniture_blocks(pending)
    warning = ""
    if _lost_prose(blocks, visible):
        fallback = _visible_blocks(markup)
        if fallback:  # else only furniture: no text, which ``pipeline.text`` reports
            blocks, warning = fallback, _FALLBACK_WARNING
    for key, value in dates.items():
        metadata.setdefault(key, value)
    builder = DocumentBuilder(doc_id, source, "html")
    for kind, text, level in blocks:
        builder.add(kind, text, level=level)
    doc = builder.build()
    if title:
        metadata["title"] = " ".join(title.split())
    doc.metadata.update(metadata)
    if warning:
        doc.warnings.append(warning)
    if too_deep:
        doc.warnings.append(
            f"HTML nested more than {MAX_HTML_WALK_DEPTH} levels deep: "
            f"{too_deep} deeper part(s) read as plain text"
        )
    return doc
