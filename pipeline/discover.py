"""Discovery: from a CLS web page, the links to the contract's own documents.

What: ``document_links`` returns the links of a page that point to a document (a PDF by
its URL suffix, or a link whose text says "PDF") *and* whose text, title or URL speaks
of the contract (contrat local de santé, CLS, fiches actions, avenant, signataires...),
on the same site as the page (same host, ``www.`` ignored). ``listing_links`` does the
same for a page that lists many CLS (an ARS or département page, see
``pipeline.sources.Listing``): in its main content, links to HTML pages as well as
documents whose text, title or URL speaks of a CLS or names a territory of the page's
area, on the page's site or on a territory's own site. The batch fetches them one level
deep and records the page each was found on.

Why: pages of local authorities announce the contract and link the signed PDF, its
action sheets or an amendment; those documents hold most of the facts. ARS and
département pages are where the CLS of a whole area are listed, so they lead to sources
nobody catalogued. The words that make a link worth following are vocabulary, kept in
``pipeline/data/discovery.toml``; territory names come from the official geography.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult, unquote, urldefrag, urljoin, urlsplit

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

    from pipeline.sources import Listing

MAX_LINKS_PER_PAGE = 20
MAX_LISTING_LINKS = 100
_CONTENT_SELECTORS = ("main", "article", '[role="main"]')
_CHROME_TAGS = ("nav", "header", "footer")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class Link:
    """A link found on a page: absolute URL (no fragment), its text, and the official
    name of the territory it names, when a listing page's link names one."""

    url: str
    text: str
    territory: str | None = None


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The discovery vocabulary, phrases already normalised."""

    url_suffixes: tuple[str, ...]
    document_words: tuple[str, ...]
    triggers: tuple[str, ...]


def normalise(text: str) -> str:
    """Lower case, no accents, words split on punctuation and letter/digit boundaries.

    The result is padded with spaces so that `` phrase `` tests whole words.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = _NON_WORD.sub(" ", _LETTER_DIGIT.sub(" ", plain)).split()
    return f" {' '.join(words)} "


@dataclass(frozen=True, slots=True)
class ListingVocabulary:
    """The ``[listing]`` vocabulary, phrases already normalised."""

    territory_phrases: tuple[str, ...]
    min_commune_population: int
    epci_kind_words: tuple[str, ...]
    articles: frozenset[str]
    generic_host_words: frozenset[str]
    skip_suffixes: tuple[str, ...]


def _raw_vocabulary() -> dict[str, Any]:
    return tomllib.loads(files("pipeline").joinpath("data/discovery.toml").read_text("utf-8"))


@cache
def listing_vocabulary() -> ListingVocabulary:
    """The ``[listing]`` part of ``pipeline/data/discovery.toml`` (read once)."""
    raw = _raw_vocabulary()["listing"]
    return ListingVocabulary(
        territory_phrases=tuple(normalise(p) for p in raw["territory_phrases"]),
        min_commune_population=int(raw["min_commune_population"]),
        epci_kind_words=tuple(normalise(w).strip() for w in raw["epci_kind_words"]),
        articles=frozenset(normalise(w).strip() for w in raw["articles"]),
        generic_host_words=frozenset(normalise(w).strip() for w in raw["generic_host_words"]),
        skip_suffixes=tuple(s.lower() for s in raw["skip_suffixes"]),
    )


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary of ``pipeline/data/discovery.toml`` (read once)."""
    raw = _raw_vocabulary()
    return Vocabulary(
        url_suffixes=tuple(s.lower() for s in raw["document"]["url_suffixes"]),
        document_words=tuple(normalise(w) for w in raw["document"]["words"]),
        triggers=tuple(normalise(p) for p in raw["triggers"]["phrases"]),
    )


def document_links(
    markup: str | bytes, page_url: str, limit: int = MAX_LINKS_PER_PAGE
) -> list[Link]:
    """The contract documents linked from a page, in page order, without duplicates.

    A page over the HTML limits gives none (its text stage reports it).
    """
    from bs4 import BeautifulSoup, Tag

    if not _parsable(markup):
        return []
    vocab = vocabulary()
    soup = BeautifulSoup(markup, "lxml")
    base = base_url(soup, page_url)
    page = urldefrag(page_url).url
    found: dict[str, Link] = {}
    for anchor in soup.find_all("a", href=True):
        if not isinstance(anchor, Tag):
            continue
        url = urldefrag(urljoin(base, str(anchor["href"]).strip())).url
        if url == page or url in found or not _same_site(url, page_url):
            continue
        text = " ".join(anchor.get_text(" ").split())
        described = normalise(
            " ".join([text, str(anchor.get("title", "")), str(anchor.get("type", ""))])
        )
        parts = urlsplit(url)
        address = unquote(f"{parts.path} {parts.query}")
        is_document = _ends_with(parts, vocab.url_suffixes) or _has(described, vocab.document_words)
        if is_document and _has(described + normalise(address), vocab.triggers):
            found[url] = Link(url, text)
            if len(found) >= limit:
                break
    return list(found.values())


def listing_links(
    markup: str | bytes, page_url: str, listing: Listing, limit: int = MAX_LISTING_LINKS
) -> list[Link]:
    """The CLS pages and documents a listing page leads to, in page order, no duplicates.

    A link of the page's main content is followed when its text, title or URL speaks of
    a CLS or names a territory of the listing's area, and it stays on the page's site or
    goes to a host that names a territory of the area. Links to files the text stage
    cannot read (images, archives, office files) are left out.
    """
    from bs4 import BeautifulSoup

    from pipeline.territory_names import area_names

    if not _parsable(markup):
        return []
    vocab, words = vocabulary(), listing_vocabulary()
    names = area_names(listing.region_code, listing.departement_code)
    soup = BeautifulSoup(markup, "lxml")
    base, page = base_url(soup, page_url), urldefrag(page_url).url
    found: dict[str, Link] = {}
    for anchor in _content_anchors(soup):
        url = urldefrag(urljoin(base, str(anchor["href"]).strip())).url
        parts = urlsplit(url)
        if url == page or url in found or parts.scheme not in ("http", "https"):
            continue
        if _ends_with(parts, words.skip_suffixes):
            continue
        text = " ".join(anchor.get_text(" ").split())
        described = normalise(f"{text} {anchor.get('title', '')}")
        address = normalise(unquote(f"{parts.path} {parts.query}"))
        named = names.in_text(described + address)
        relevant = (
            _has(described + address, vocab.triggers)
            or _has(described, words.territory_phrases)
            or bool(named)
        )
        if not relevant:
            continue
        if not (
            _same_site(url, page_url) or names.in_host(parts.hostname, words.generic_host_words)
        ):
            continue
        found[url] = Link(url, text, named[0] if named else None)
        if len(found) >= limit:
            break
    return list(found.values())


def _parsable(markup: str | bytes) -> bool:
    """False for a page over the HTML size limits (``pipeline.text.html``)."""
    from pipeline.text import UnsupportedInput
    from pipeline.text.html import check_html_size

    try:
        check_html_size(markup)
    except UnsupportedInput:
        return False
    return True


def base_url(soup: BeautifulSoup, page_url: str) -> str:
    """The URL relative links of a page resolve against (its ``<base href>``, if any)."""
    from bs4 import Tag

    base_tag = soup.find("base", href=True)
    return urljoin(page_url, str(base_tag["href"])) if isinstance(base_tag, Tag) else page_url


def _content_anchors(soup: BeautifulSoup) -> Iterator[Tag]:
    """The anchors of the page's main content: <main>, <article> or role=main when the
    page has one, else every anchor outside <nav>, <header> and <footer>."""
    from bs4 import Tag

    containers = [c for selector in _CONTENT_SELECTORS for c in soup.select(selector)]
    if not containers:
        for chrome in soup.find_all(_CHROME_TAGS):
            if isinstance(chrome, Tag):
                chrome.decompose()
        containers = [soup]
    seen: set[int] = set()
    for container in containers:
        for anchor in container.find_all("a", href=True):
            if isinstance(anchor, Tag) and id(anchor) not in seen:
                seen.add(id(anchor))
                yield anchor


def _has(normalised: str, phrases: tuple[str, ...]) -> bool:
    return any(phrase in normalised for phrase in phrases)


def _ends_with(parts: SplitResult, suffixes: tuple[str, ...]) -> bool:
    return any(
        unquote(piece).lower().endswith(suffixes) for piece in (parts.path, parts.query) if piece
    )


def _same_site(url: str, page_url: str) -> bool:
    """Same scheme family and host; a leading ``www.`` does not count."""
    a, b = urlsplit(url), urlsplit(page_url)
    if a.scheme not in ("http", "https"):
        return False
    return _bare_host(a.hostname) == _bare_host(b.hostname)


def _bare_host(host: str | None) -> str:
    host = (host or "").lower()
    return host[4:] if host.startswith("www.") else host
