"""An HTML page as an lxml tree, parsed once, and the few questions the reader asks it.

Why lxml and not BeautifulSoup: building a BeautifulSoup tree costs about as much as
trafilatura's whole extraction, and the main-text stage also hands the page to
trafilatura (``htmlmain``), which works on lxml trees. The page is decoded once; our
walk reads a plain ``lxml.etree`` tree (its elements are made in C, where
``lxml.html`` calls Python for each one), trafilatura an ``lxml.html`` tree of the same
text (``html_tree``), parsed with the same options.

Two things lxml does differently are handled here. Bytes are decoded as the ingest
stage decides (byte-order mark, ``<meta charset>``, UTF-8, detection), since libxml2
alone takes undeclared UTF-8 for Latin-1. And libxml2 stops building a tree 256
elements deep, which would silently drop the rest of a page nested that deep (broken
pages leave thousands of elements unclosed): such a page is parsed by BeautifulSoup,
which has no depth limit, and copied into an lxml tree without recursion. Comments
are left out of the tree: they are not text, and trafilatura, given a tree with
comments, drops paragraphs around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import lxml.html  # type: ignore[import-untyped]
from lxml import etree

from pipeline.limits import MAX_HTML_WALK_DEPTH

Element = Any  # lxml.html.HtmlElement (lxml ships no type hints)

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_EMPTY = "<html><body></body></html>"
_FLAT_DEPTH = MAX_HTML_WALK_DEPTH + 50  # levels of a deep page kept as elements


def decode_markup(markup: str | bytes) -> str:
    """The page as text: bytes decoded as ``pipeline.ingest.content`` decides."""
    if isinstance(markup, str):
        return markup
    from pipeline.ingest.content import decide_charset

    charset = decide_charset(markup, "html")
    return markup.decode("utf-8-sig" if charset == "utf-8" else charset, errors="replace")


DEEP = "data-cls-deep"  # set on the root of a page parsed past libxml2's depth limit


def _markup_text(markup: str | bytes) -> str:
    return _XML_DECLARATION.sub("", decode_markup(markup), count=1)


def parse_html(markup: str | bytes) -> Element:
    """The page's ``html`` element (with a ``body``, possibly empty); a page nested past
    libxml2's depth limit has the attribute ``DEEP`` on its root."""
    text = _markup_text(markup)
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(text, parser) if text.strip() else None
    except (etree.LxmlError, ValueError):
        root = None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        root = _parse_deep(text)
        root.set(DEEP, "1")
    if root is None:  # nothing but white space or comments
        root = etree.fromstring(_EMPTY, etree.HTMLParser())
    if root.find("body") is None:
        etree.SubElement(root, "body")
    return root


def html_tree(markup: str | bytes) -> Element | None:
    """The page as an ``lxml.html`` tree, as trafilatura takes it; None when lxml finds
    no document in it."""
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(_markup_text(markup), parser=parser)
    except (etree.LxmlError, ValueError):
        return None


def _parse_deep(text: str) -> Element:
    """A page nested deeper than libxml2 builds: BeautifulSoup's tree, copied node by node
    with an explicit stack. Below ``_FLAT_DEPTH`` levels an element's text is copied as
    text: the walk reads that deep as plain text anyway (``MAX_HTML_WALK_DEPTH``), and
    lxml's appends and iterations grow with the depth, quadratic over such a chain."""
    from bs4 import BeautifulSoup, Tag
    from bs4.element import NavigableString

    soup = BeautifulSoup(text, "lxml")
    root = etree.Element("html")
    stack: list[tuple[Tag, Element, int]] = [(soup, root, 0)]
    while stack:
        source, target, depth = stack.pop()
        last: Element | None = None
        for child in source.children:
            if isinstance(child, Tag) and child.name == "html":
                stack.append((child, target, depth))
                continue
            if isinstance(child, Tag) and depth < _FLAT_DEPTH:
                made = etree.SubElement(target, _safe_name(child.name))
                for key, value in child.attrs.items():
                    value = " ".join(value) if isinstance(value, list) else str(value)
                    if _safe_name(key) == key:
                        made.set(key, value)
                stack.append((child, made, depth + 1))
                last = made
                continue
            if isinstance(child, Tag):
                piece = " " + child.get_text(" ") + " "
            elif type(child) is NavigableString:
                piece = str(child)
            else:
                continue  # comments, doctype, scripts' text
            if last is None:
                target.text = (target.text or "") + piece
            else:
                last.tail = (last.tail or "") + piece
    return root


def _safe_name(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z][\w.-]*", name) else "span"


def is_element(node: Element) -> bool:
    """True for an element, False for a comment or processing instruction."""
    return isinstance(node.tag, str)


def text_of(el: Element) -> str:
    """The element's text, its pieces joined by spaces (comments left out)."""
    return " ".join(el.itertext())


def text_length(el: Element) -> int:
    """Characters of the element's text, white space around its pieces left out."""
    return sum(map(len, map(str.strip, el.itertext())))


def names(el: Element) -> list[str]:
    """The element's class names and id."""
    found = str(el.get("class") or "").split()
    ident = el.get("id")
    if ident:
        found.append(str(ident))
    return found


def has_descendant(el: Element, tags: Iterable[str]) -> bool:
    """True when an element of one of ``tags`` sits under ``el``."""
    return next(el.iterdescendants(*tags), None) is not None


def ancestor(el: Element, tags: Iterable[str]) -> Element | None:
    """The nearest element above ``el`` of one of ``tags``."""
    return next(el.iterancestors(*tags), None)


def next_element(el: Element) -> Element | None:
    """The next sibling that is an element."""
    node = el.getnext()
    while node is not None and not is_element(node):
        node = node.getnext()
    return node


def remove(el: Element) -> None:
    """Take the element out of the tree; the text that follows it stays."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        before = el.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def pieces(el: Element) -> Iterator[str | None]:
    """The text pieces under ``el`` in document order; None for each ``<br>``."""
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if not is_element(node):
                continue
            if node.tag == "br":
                yield None
            elif node.text:
                yield node.text
        elif node is not el and node.tail:
            yield node.tail
