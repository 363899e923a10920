"""HTML pages: the main content as typed blocks, without site chrome.

Local-authority pages wrap a short article in menus, cookie banners, breadcrumbs,
sidebars and footers; those words would pollute extraction (a sidebar "Agenda" is full
of dates), so they are removed before the content is walked.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from pipeline.model import Document
from pipeline.text.builder import DocumentBuilder, clean_inline
from pipeline.text.pagedates import find_page_dates

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "form",
    "button",
    "iframe",
    "nav",
    "header",
    "footer",
    "aside",
    "select",
    "input",
    "label",
)
_CHROME = re.compile(
    r"cookie|consent|rgpd|banner|bandeau|breadcrumb|ariane|share|partage|social|sidebar|"
    r"menu|navbar|nav-|skip|evitement|footer|pied|newsletter|related|a-lire|lire-aussi|"
    r"satisfaction|feedback|rating|print|imprimer|modal|popup|toolbar",
    re.IGNORECASE,
)
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog", "search"}
_BLOCK_TAGS = {
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "tr",
    "dt",
    "dd",
    "summary",
    "blockquote",
    "figcaption",
    "caption",
    "pre",
    "address",
}
_CONTAINERS = {
    "div",
    "section",
    "article",
    "main",
    "details",
    "ul",
    "ol",
    "dl",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "body",
    "span",
    "figure",
    "center",
    "font",
}


def _is_chrome(tag: Tag) -> bool:
    """True for elements that are site furniture rather than content."""
    if tag.name in _DROP_TAGS:
        return True
    attrs = tag.attrs or {}
    if attrs.get("role") in _CHROME_ROLES or attrs.get("aria-hidden") == "true":
        return True
    ident = " ".join([str(attrs.get("id", "")), " ".join(attrs.get("class", []) or [])])
    return bool(ident.strip()) and bool(_CHROME.search(ident))


def _main_root(soup: BeautifulSoup) -> Tag:
    """The element holding the page's main content (main, article, or body)."""
    for selector in ("main", "[role=main]", "article", "#content", "#contenu", ".content"):
        found = soup.select_one(selector)
        if isinstance(found, Tag) and len(found.get_text(strip=True)) > 200:
            return found
    body = soup.body
    return body if isinstance(body, Tag) else soup


def _walk(node: Tag, builder: DocumentBuilder) -> None:
    """Emit blocks for block-level elements in document order."""
    for child in node.children:
        if not isinstance(child, Tag):
            text = clean_inline(str(child))
            if text and node.name not in ("ul", "ol", "table", "tbody", "tr", "dl"):
                builder.add("paragraph", text)
            continue
        if _is_chrome(child):
            continue
        name = child.name
        if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            builder.add("heading", child.get_text(" "), level=int(name[1]))
        elif name == "summary":
            builder.add("heading", child.get_text(" "), level=6)
        elif name == "li":
            _emit_list_item(child, builder)
        elif name == "tr":
            cells = [clean_inline(c.get_text(" ")) for c in child.find_all(["td", "th"])]
            builder.add("table_row", " | ".join(c for c in cells if c))
        elif name in ("caption", "figcaption"):
            builder.add("caption", child.get_text(" "))
        elif name in _BLOCK_TAGS:
            if child.find(["p", "ul", "ol", "table", "h2", "h3", "h4"]):
                _walk(child, builder)
            else:
                builder.add("paragraph", child.get_text(" "))
        elif name == "br":
            continue
        else:
            _walk(child, builder)


def _emit_list_item(item: Tag, builder: DocumentBuilder) -> None:
    """A list item's own text is one block; nested lists become their own items.

    An item made of blocks (a title in <h3> or <p>, then a description) keeps its first
    block as the item and the rest as paragraphs, so the title stands alone.
    """
    parts = [c for c in item.children if isinstance(c, Tag) and c.name in _BLOCK_TAGS]
    loose = [c for c in item.children if not isinstance(c, Tag) and str(c).strip()]
    if len(parts) >= 2 and not loose:
        builder.add("list_item", parts[0].get_text(" "))
        for part in parts[1:]:
            builder.add("paragraph", part.get_text(" "))
        return
    nested = item.find_all(["ul", "ol"], recursive=False)
    if not nested:
        builder.add("list_item", item.get_text(" "))
        return
    own = [
        clean_inline(str(c) if not isinstance(c, Tag) else c.get_text(" "))
        for c in item.children
        if not (isinstance(c, Tag) and c.name in ("ul", "ol"))
    ]
    builder.add("list_item", " ".join(t for t in own if t))
    for sub in nested:
        _walk(sub, builder)


def read_html(markup: str | bytes, doc_id: str, source: str) -> Document:
    """Parse an HTML page into a Document of typed content blocks."""
    soup = BeautifulSoup(markup, "lxml")
    title = soup.title.get_text(strip=True) if soup.title else ""
    metadata = find_page_dates(soup)
    root = _main_root(soup)
    for tag in list(root.find_all(True)):
        if not tag.decomposed and _is_chrome(tag):
            tag.decompose()
    builder = DocumentBuilder(doc_id, source, "html")
    _walk(root, builder)
    doc = builder.build()
    if title:
        metadata["title"] = title
    doc.metadata.update(metadata)
    return doc
