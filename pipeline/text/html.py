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
from collections.abc import Iterable

from pipeline.errors import UnsupportedInput
from pipeline.limits import MAX_HTML_BYTES, MAX_HTML_ELEMENTS, MAX_HTML_WALK_DEPTH, MIB
from pipeline.model import BlockKind, Document
from pipeline.text.builder import DocumentBuilder, clean_inline
from pipeline.text.dom import (
    DEEP,
    Element,
    decode_markup,
    has_descendant,
    html_tree,
    is_element,
    parse_html,
    pieces,
    remove,
    text_length,
    text_of,
)
from pipeline.text.htmlchrome import drop_furniture_blocks, strip_furniture, take_datelines
from pipeline.text.htmlmain import keep_referenced, reference_text, vote
from pipeline.text.htmlmeta import publisher_metadata
from pipeline.text.htmlscore import main_element
from pipeline.text.pagedates import meta_contents, meta_dates
from pipeline.text.words import chrome_vocab, logo_words

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


def _cell_text(cell: Element) -> str:
    """A table cell's text, or the alt text of its images (a grid of partners' logos)."""
    text = clean_inline(text_of(cell))
    if text:
        return text
    alts = [logo_words().sub("", clean_inline(str(img.get("alt", "")))) for img in cell.iter("img")]
    return " ".join(a for a in alts if a)


class _Walker:
    """Walks the content tree in document order and collects typed blocks."""

    def __init__(self, root: Element) -> None:
        self.blocks: list[Pending] = []
        self.own: list[bool] = []  # per block: inside the element our scoring chose
        self.linked: list[bool] = []  # per block: mostly links to other pages
        self.chosen: Element | None = None
        self.inside = 0
        self.level = 1  # level of the last heading, for accordion and tab titles
        self.depth = 0  # elements entered and not left, bounded by MAX_HTML_WALK_DEPTH
        self.too_deep = 0  # subtrees read as plain text because they sat too deep
        self.tab_labels = {
            str(tab.get("id")): clean_inline(text_of(tab))
            for tab in root.iter()
            if is_element(tab) and tab.get("role") == "tab" and tab.get("id")
        }

    def add(
        self, kind: BlockKind, text: str, level: int | None = None, anchors: Iterable[Element] = ()
    ) -> None:
        """A block, with the links (``anchors``) its text is made of."""
        text = clean_inline(text)
        if text:
            self.blocks.append((kind, text, level))
            self.own.append(self.inside > 0)
            self.linked.append(_link_dense(anchors, text))

    def walk(self, node: Element) -> None:
        """Walk the children; a run of text and inline elements makes one paragraph."""
        stray = node.tag not in _NO_STRAY_TEXT
        run: list[str] = [node.text] if stray and node.text else []
        anchors: list[Element] = []
        for child in node:
            if is_element(child):
                if child.tag in _INLINE and not has_descendant(child, _BLOCK_LEVEL):
                    run.append(text_of(child))
                    anchors.extend(child.iter("a"))
                else:
                    self.add("paragraph", " ".join(run), anchors=anchors)
                    run, anchors = [], []
                    self.element(child)
            if stray and child.tail:
                run.append(child.tail)
        self.add("paragraph", " ".join(run), anchors=anchors)

    def element(self, tag: Element) -> None:
        """One element as blocks; below ``MAX_HTML_WALK_DEPTH`` its text is one paragraph.

        The walk recurses once or twice per level, so the bound keeps it far from
        Python's recursion limit whatever the nesting (broken pages leave thousands of
        elements unclosed).
        """
        if self.depth >= MAX_HTML_WALK_DEPTH:
            self.too_deep += 1
            self.add("paragraph", text_of(tag))
            return
        self.depth += 1
        chosen = tag is self.chosen
        self.inside += chosen
        try:
            self._element(tag)
        finally:
            self.depth -= 1
            self.inside -= chosen

    def _element(self, tag: Element) -> None:
        name = tag.tag
        role = str(tag.get("role", ""))
        if role == "tablist":
            return  # the tab labels are emitted as the titles of their panels
        if role == "tabpanel":
            self.tab_panel(tag)
        elif name in _HEADINGS:
            self.level = int(name[1])
            self.add("heading", text_of(tag), self.level, tag.iter("a"))
        elif name == "summary" or name == "button":  # only toggles reach here (htmlchrome)
            self.add("heading", text_of(tag), min(self.level + 1, 6))
        elif name == "li":
            self.list_item(tag)
        elif name == "tr":
            cells = [_cell_text(c) for c in tag.iter("td", "th")]
            self.add("table_row", " | ".join(c for c in cells if c), anchors=tag.iter("a"))
        elif name in ("caption", "figcaption", "dt"):
            self.add("caption", text_of(tag), anchors=tag.iter("a"))
        elif name == "dd" and not has_descendant(tag, _NESTED_BLOCKS):
            self.add("list_item", text_of(tag), anchors=tag.iter("a"))
        elif name in _TEXT_BLOCKS:
            if has_descendant(tag, _NESTED_BLOCKS):
                self.walk(tag)
            elif sum(1 for _ in tag.iter("br")) >= 2:
                self.lines(tag)
            else:
                self.add("paragraph", text_of(tag), anchors=tag.iter("a"))
        elif name != "br":
            self.walk(tag)

    def lines(self, tag: Element) -> None:
        """A paragraph cut by several ``<br>`` (an address, a list of bodies): one
        ``line`` block per piece."""
        piece: list[str] = []
        for text in pieces(tag):
            if text is None:
                self.add("line", " ".join(piece))
                piece = []
            else:
                piece.append(text)
        self.add("line", " ".join(piece))

    def tab_panel(self, panel: Element) -> None:
        label = self.tab_labels.get(str(panel.get("aria-labelledby", "")), "")
        if label:
            self.add("heading", label, min(self.level + 1, 6))
        self.walk(panel)

    def list_item(self, item: Element) -> None:
        """A list item's own text is one block; nested lists become their own items."""
        nested = [c for c in item if c.tag in ("ul", "ol")]
        if not nested and not has_descendant(item, ["p", "table", "div"]):
            self.add("list_item", text_of(item), anchors=item.iter("a"))
            return
        own: list[str] = [item.text] if item.text else []
        rest: list[Element] = []

        def owned(anchor: Element) -> bool:  # a link of the item's own text
            return not any(a in rest for a in anchor.iterancestors())

        for child in item:
            if child.tag in ("ul", "ol", "table", "div", "p"):
                if child.tag == "p" and not own and not rest:
                    own.append(text_of(child))
                else:
                    rest.append(child)
            elif is_element(child):
                own.append(text_of(child))
            if child.tail:
                own.append(child.tail)
        self.add("list_item", " ".join(own), anchors=[a for a in item.iter("a") if owned(a)])
        for child in rest:
            self.element(child)


_DOCUMENT_LINK = re.compile(r"(?i)\.(?:pdf|docx?|odt|xlsx?|ods|pptx?|zip)(?:[?#]|$)")
_LINK_SHARE = 0.6  # of a block's letters in links to other pages: a link, not prose


def _link_dense(anchors: Iterable[Element], text: str) -> bool:
    """True when most of a block's text is the text of links to other pages: a list of
    related articles, a tag cloud, a teaser's title. Links to documents (a list of the
    contract's PDFs) are content and make the block not link-dense."""
    chars = 0
    for anchor in anchors:
        if _DOCUMENT_LINK.search(str(anchor.get("href", ""))):
            return False
        chars += text_length(anchor)
    return chars > 0 and chars >= _LINK_SHARE * len(text.replace(" ", ""))


Selector = str  # "own", "trafilatura" or "vote": who decides which blocks are content
SELECTORS = ("own", "trafilatura", "vote")


def _own_blocks(root: Element, metadata: dict[str, str], chosen: Element | None = None) -> _Walker:
    """Our walk of ``root``: date lines into metadata, furniture stripped; the blocks
    under ``chosen`` are marked as our own choice."""
    for key, value in take_datelines(root).items():
        metadata.setdefault(key, value)
    strip_furniture(root)
    walker = _Walker(root.getroottree().getroot())
    walker.chosen = chosen
    walker.inside = int(chosen is root)
    walker.walk(root)
    return walker


def _content_blocks(
    markup: str | bytes, root: Element, metadata: dict[str, str], selector: Selector
) -> tuple[list[Pending], int]:
    """The content blocks of the page and the count of subtrees read too deep.

    (*) Trafilatura reads its own tree of the page (``dom.html_tree``); a page
    nested past libxml2's limit is not given to it (its table reading is quadratic in
    the nesting), our own choice stands."""
    chosen = main_element(root)
    if selector == "own":
        walker = _own_blocks(chosen, metadata)
        return walker.blocks, walker.too_deep
    reference = "" if root.get(DEEP) else reference_text(html_tree(markup))  # (*)
    walker = _own_blocks(root.find("body"), metadata, chosen)
    if selector == "vote":
        kept = vote(walker.blocks, walker.own, walker.linked, reference)
    else:
        kept = keep_referenced(walker.blocks, reference)
    if kept is None:  # no second opinion: our own choice, furniture judged within it
        headline = _headline_before(walker.blocks, walker.own)
        walker = _own_blocks(main_element(_parse(markup)), {})
        if headline and all(b[1] != headline[1] for b in walker.blocks):
            return [headline, *walker.blocks], walker.too_deep
        return walker.blocks, walker.too_deep
    return kept, walker.too_deep


def _parse(markup: str | bytes) -> Element:
    """The page's tree, the text of its scripts and styles emptied: it is not text of the
    page, and it would weigh in every length the reader compares."""
    root = parse_html(markup)
    for tag in root.iter("script", "style"):
        tag.text = None
    return root


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


def _visible_chars(root: Element) -> int:
    """Characters of text in the body (scripts and styles are emptied by ``_parse``)."""
    return text_length(root.find("body"))


def _lost_prose(blocks: list[Pending], visible: int) -> bool:
    """True when the cleaned blocks keep almost nothing of a page that has text."""
    kept = sum(len(b[1]) for b in blocks)
    return visible > 0 and kept < _LOST_SHARE * visible


def _visible_blocks(markup: str | bytes) -> list[Pending]:
    """The safe reading: every block of the body but scripts, styles, menus, furniture
    lines ("Accueil", "Partager") and short footer lines ("Mentions légales"). Empty
    for a page with nothing else, which is then a document without text."""
    fresh = _parse(markup)
    for tag in list(fresh.iter("script", "style", "noscript", "template", "nav", "svg")):
        remove(tag)
    walker = _Walker(fresh)
    walker.walk(fresh.find("body"))
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
    markup = decode_markup(markup)  # once: the page is parsed up to three times
    root = _parse(markup)
    title_tag = next(root.iter("title"), None)
    title = text_of(title_tag) if title_tag is not None else ""
    visible = _visible_chars(root)
    metas = meta_contents(root)
    metadata = meta_dates(root, metas)
    metadata.update(publisher_metadata(metas, root))
    pending, too_deep = _content_blocks(markup, root, metadata, selector)
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
    if doc.blocks and doc.blocks[0].kind == "heading" and doc.blocks[0].level == 1:
        metadata["headline"] = doc.blocks[0].text  # the article's title, atop its body
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
