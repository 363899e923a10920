"""Our own choice of a page's main element, by scoring candidates.

Taking the first ``article`` or ``.content`` over a few hundred characters picks a
teaser when a column of "À lire aussi" cards comes first. Instead every paragraph of
prose outside the furniture (``aside``, ``nav``, footers, landmark roles)
counts for the elements above it, less its links; the main element is the smallest
candidate (``main``, ``article``, ``role=main``, schema.org ``articleBody``, a class
or id naming content, or the body) that holds most of the page's prose, a bonus
going to the markup that says "this is the article".
"""

from __future__ import annotations

import re

from pipeline.text.dom import Element, ancestor, has_descendant, names, text_length
from pipeline.text.words import ChromeVocab, chrome_vocab

_PIECES = re.compile(r"[-_\s]+")
_CONTENT_NAMES = {
    "content",
    "contenu",
    "main",
    "article",
    "post",
    "entry",
    "story",
    "body",
    "text",
    "texte",
    "corps",
    "chapo",
    "richtext",
}
_PROSE_TAGS = ["p", "li", "td", "dd", "blockquote", "pre", "h2", "h3", "h4"]
_MIN_PROSE = 30  # characters for a paragraph to count as prose
_HOLDS = 0.8  # share of the page's prose the chosen element must hold
_FURNITURE_TAGS = {"aside", "nav", "footer", "header", "form"}


def _is_candidate(tag: Element) -> bool:
    if tag.tag in ("main", "article") or tag.get("role") == "main":
        return True
    if "articlebody" in str(tag.get("itemprop", "")).lower():
        return True
    return any(p in _CONTENT_NAMES for n in names(tag) for p in _PIECES.split(n.lower()))


def _furniture_above(tag: Element, vocab: ChromeVocab, cache: dict[Element, bool]) -> bool:
    """True when ``tag`` or an element above it is furniture (memoised per element)."""
    chain: list[Element] = []
    node: Element | None = tag
    verdict = False
    while node is not None and node.tag not in ("body", "html"):
        known = cache.get(node)
        if known is not None:
            verdict = known
            break
        chain.append(node)
        if _furniture_element(node, vocab):
            verdict = True
            break
        node = node.getparent()
    for seen in chain:
        cache[seen] = verdict
    return verdict


def _furniture_element(tag: Element, vocab: ChromeVocab) -> bool:
    """Furniture by element or landmark role; class names are left out, since layout
    wrappers of whole articles carry names like "l-sidebar-fixed"."""
    if tag.tag in _FURNITURE_TAGS and ancestor(tag, ("article", "main")) is None:
        return True
    return tag.get("role") in vocab.roles


def _prose_weight(tag: Element) -> int:
    """Characters of prose a paragraph contributes: its text less its links' text."""
    length = text_length(tag)
    if length < _MIN_PROSE:
        return 0
    links = sum(text_length(a) for a in tag.iterdescendants("a"))
    return max(0, length - 2 * links)


def main_element(root: Element) -> Element:
    """The element that holds the page's main content (the body when nothing better)."""
    body = root.find("body")
    if body is None:
        return root
    vocab = chrome_vocab()
    cache: dict[Element, bool] = {}
    weights: dict[Element, int] = {}
    total = 0
    for para in body.iterdescendants(*_PROSE_TAGS):
        if has_descendant(para, _PROSE_TAGS):
            continue  # counted by its inner paragraphs
        weight = _prose_weight(para)
        if not weight or _furniture_above(para, vocab, cache):
            continue
        total += weight
        for parent in para.iterancestors():
            weights[parent] = weights.get(parent, 0) + weight
    if not total:
        return body
    best: tuple[float, Element] = (float("inf"), body)
    for tag in body.iterdescendants():  # in document order: the first wins a tie
        held = weights.get(tag, 0)
        if held < _HOLDS * total or cache.get(tag) or not _is_candidate(tag):
            continue
        size = text_length(tag) / held  # less furniture is better
        if size < best[0]:
            best = (size, tag)
    return best[1]
