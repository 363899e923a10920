"""Who publishes a page: site name, publisher and author, kept beside the main text.

Many pages name their authority or ARS only in the masthead (the logo's text or
``alt``) or in ``<meta>`` tags, never in the article; the main-text stage drops the
masthead as furniture, so what it says is read here first into ``Document.metadata``.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from pipeline.text.builder import clean_inline

_META_KEYS = {
    "site_name": ("og:site_name", "application-name", "twitter:site"),
    "publisher": ("publisher", "dc.publisher", "dcterms.publisher", "article:publisher"),
    "author": ("author", "article:author", "dc.creator", "dcterms.creator"),
}
_LOGO = re.compile(r"(?i)logo|brand|marianne|site-?name|titre-?site")
_LOGO_WORDS = re.compile(r"(?i)^(?:logo(?:type)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)?)")
_URLISH = re.compile(r"^(?:https?://|@)")


def _logo_text(soup: BeautifulSoup) -> str:
    """The text or ``alt`` of the first logo in the masthead (header or top of body)."""
    scope = soup.find("header") or soup.body
    if not isinstance(scope, Tag):
        return ""
    for tag in scope.find_all(True, limit=400):
        names = " ".join([*map(str, tag.get("class") or []), str(tag.get("id") or "")])
        if not _LOGO.search(names) and not (
            tag.name == "img" and _LOGO.search(str(tag.get("alt", "")))
        ):
            continue
        img = tag if tag.name == "img" else tag.find("img")
        text = clean_inline(tag.get_text(" "))
        if not text and isinstance(img, Tag):
            text = clean_inline(str(img.get("alt", "")))
        text = _LOGO_WORDS.sub("", text)
        if (
            text
            and len(text) <= 120
            and text.lower() not in ("logo", "accueil", "retour à l'accueil")
        ):
            return text
    return ""


def publisher_metadata(metas: dict[str, str], soup: BeautifulSoup) -> dict[str, str]:
    """``site_name``, ``logo``, ``publisher`` and ``author`` of a page, those it gives."""
    found: dict[str, str] = {}
    for key, names in _META_KEYS.items():
        for name in names:
            value = clean_inline(metas.get(name, ""))
            if value and not _URLISH.match(value):
                found[key] = value
                break
    logo = _logo_text(soup)
    if logo:
        found["logo"] = logo
    return found
