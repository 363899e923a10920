"""Who publishes a page: site name, publisher and author, kept beside the main text.

Many pages name their authority or ARS only in the masthead (the logo's text or
``alt``) or in ``<meta>`` tags, never in the article; the main-text stage drops the
masthead as furniture, so what it says is read here first into ``Document.metadata``.
"""

from __future__ import annotations

import re
from itertools import islice

from pipeline.text.builder import clean_inline
from pipeline.text.dom import Element, names, text_of

_META_KEYS = {
    "site_name": ("og:site_name", "application-name", "twitter:site"),
    "publisher": ("publisher", "dc.publisher", "dcterms.publisher", "article:publisher"),
    "author": ("author", "article:author", "dc.creator", "dcterms.creator"),
}
_LOGO = re.compile(r"(?i)logo|brand|marianne|site-?name|titre-?site")
_LOGO_WORDS = re.compile(r"(?i)^(?:logo(?:type)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)?)")
_URLISH = re.compile(r"^(?:https?://|@)")


def _logo_text(root: Element) -> str:
    """The text or ``alt`` of the first logo in the masthead (header or top of body)."""
    scope = next(root.iter("header"), None)
    if scope is None:
        scope = root.find("body")
    if scope is None:
        return ""
    for tag in islice(scope.iterdescendants(), 400):
        if not isinstance(tag.tag, str):
            continue
        if not _LOGO.search(" ".join(names(tag))) and not (
            tag.tag == "img" and _LOGO.search(str(tag.get("alt", "")))
        ):
            continue
        img = tag if tag.tag == "img" else next(tag.iterdescendants("img"), None)
        text = clean_inline(text_of(tag))
        if not text and img is not None:
            text = clean_inline(str(img.get("alt", "")))
        text = _LOGO_WORDS.sub("", text)
        if (
            text
            and len(text) <= 120
            and text.lower() not in ("logo", "accueil", "retour à l'accueil")
        ):
            return text
    return ""


def publisher_metadata(metas: dict[str, str], root: Element) -> dict[str, str]:
    """``site_name``, ``logo``, ``publisher`` and ``author`` of a page, those it gives."""
    found: dict[str, str] = {}
    for key, keys in _META_KEYS.items():
        for name in keys:
            value = clean_inline(metas.get(name, ""))
            if value and not _URLISH.match(value):
                found[key] = value
                break
    logo = _logo_text(root)
    if logo:
        found["logo"] = logo
    return found
