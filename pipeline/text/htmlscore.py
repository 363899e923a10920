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

from bs4 import BeautifulSoup, Tag

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


def _is_candidate(tag: Tag) -> bool:
    if tag.name in ("main", "article") or tag.get("role") == "main":
        return True
    if "articlebody" in str(tag.get("itemprop", "")).lower():
        return True
    classes = tag.get("class")
    names = [str(c) for c in classes] if isinstance(classes, list) else [str(classes or "")]
    pieces = [p for n in [*names, str(tag.get("id") or "")] for p in _PIECES.split(n.lower())]
    return any(p in _CONTENT_NAMES for p in pieces)


def _furniture_above(tag: Tag, vocab: ChromeVocab, cache: dict[int, bool]) -> bool:
    """True when ``tag`` or an element above it is furniture (memoised per element)."""
    chain: list[Tag] = []
    node: Tag | None = tag
    verdict = False
    while isinstance(node, Tag) and node.name not in ("body", "[document]"):
        known = cache.get(id(node))
        if known is not None:
            verdict = known
            break
        chain.append(node)
        if _furniture_element(node, vocab):
            verdict = True
            break
        node = node.parent
    for seen in chain:
        cache[id(seen)] = verdict
    return verdict


def _furniture_element(tag: Tag, vocab: ChromeVocab) -> bool:
    """Furniture by element or landmark role; class names are left out, since layout
    wrappers of whole articles carry names like "l-sidebar-fixed"."""
    if tag.name in _FURNITURE_TAGS and tag.find_parent(["article", "main"]) is None:
        return True
    return tag.get("role") in vocab.roles


def _prose_weight(tag: Tag) -> int:
    """Characters of prose a paragraph contributes: its text less its links' text."""
    text = tag.get_text(" ", strip=True)
    if len(text) < _MIN_PROSE:
        return 0
    links = sum(len(a.get_text(strip=True)) for a in tag.find_all("a"))
    return max(0, len(text) - 2 * links)


def main_element(soup: BeautifulSoup) -> Tag:
    """The element that holds the page's main content (the body when nothing better)."""
    body = soup.body if isinstance(soup.body, Tag) else None
    if body is None:
        return soup
    vocab = chrome_vocab()
    cache: dict[int, bool] = {}
    weights: dict[int, int] = {}
    total = 0
    for para in body.find_all(_PROSE_TAGS):
        if para.find(_PROSE_TAGS) is not None:
            continue  # counted by its inner paragraphs
        weight = _prose_weight(para)
        if not weight or _furniture_above(para, vocab, cache):
            continue
        total += weight
        for parent in para.parents:
            weights[id(parent)] = weights.get(id(parent), 0) + weight
    if not total:
        return body
    best: tuple[float, Tag] = (float("inf"), body)
    for tag in body.find_all(_is_candidate):
        held = weights.get(id(tag), 0)
        if held < _HOLDS * total or cache.get(id(tag)):
            continue
        size = len(tag.get_text(strip=True)) / held  # less furniture is better
        if size < best[0]:
            best = (size, tag)
    return best[1]
