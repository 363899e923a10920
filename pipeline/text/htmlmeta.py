"""Who publishes a page: site name, publisher and author, kept beside the main text.

Many pages name their authority or ARS only in the masthead (the logo's text or
``alt``) or in ``<meta>`` tags, never in the article; the main-text stage drops the
masthead as furniture, so what it says is read here first into ``Document.metadata``.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from pipeline.text.builder import clean_inline
from pipeline.text.dom import Element, names, text_of
from pipeline.text.words import load_vocab, logo_words, vocab_alternation

_META_KEYS = {
    "site_name": ("og:site_name", "application-name", "twitter:site"),
    "publisher": ("publisher", "dc.publisher", "dcterms.publisher", "article:publisher"),
    "author": ("author", "article:author", "dc.creator", "dcterms.creator"),
}
_LOGO = re.compile(r"(?i)logo|brand|marianne|site-?name|titre-?site")
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
        text = logo_words().sub("", text)
        if text and len(text) <= 120 and text.lower() not in _not_names():
            return text
    return ""


@cache
def _not_names() -> frozenset[str]:
    """Texts of a masthead logo that name no body (``[logos] not_names``)."""
    return frozenset(load_vocab("chrome")["logos"]["not_names"])


@cache
def _postal_town() -> re.Pattern[str]:
    """A postcode and the town after it ("76600 Le Havre"), not "CEDEX"."""
    links = vocab_alternation("chrome", "addresses", "name_links")
    not_towns = vocab_alternation("chrome", "addresses", "not_towns")
    return re.compile(
        r"(?<!\d)\d{5}\s+(?P<town>[A-ZÉÈÎ][\w’'-]*"
        rf"(?:\s+(?:(?:{links})\s+)?(?!(?:{not_towns})\b)[A-ZÉÈÎ][\w’'-]*)*)"
    )


def _footer_town(root: Element) -> str:
    """The town of the postal address in the page's footer ("Hôtel de ville – 2 place de
    la Mairie – 97450 Saint-Louis"): the publisher's seat. The footer itself is furniture
    and leaves the text, but a town hall's page may spell its town nowhere else."""
    for footer in islice(root.iter("footer"), 3):
        found = _postal_town().search(clean_inline(text_of(footer)))
        if found is not None:
            return found.group("town")
    return ""


def publisher_metadata(metas: dict[str, str], root: Element) -> dict[str, str]:
    """``site_name``, ``logo``, ``publisher``, ``author`` and the footer's ``town`` of a
    page, those it gives."""
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
    town = _footer_town(root)
    if town:
        found["town"] = town
    return found
