"""Discovery: from a CLS web page, the links to the contract's own documents.

What: ``document_links`` returns the links of a page that point to a document (a PDF by
its URL suffix, or a link whose text says "PDF") *and* whose text, title or URL speaks
of the contract (contrat local de santé, CLS, fiches actions, avenant, signataires...),
on the same site as the page (same host, ``www.`` ignored). ``listing_links`` does the
same for a page that lists many CLS (an ARS or département page, see
``pipeline.model.Listing``): in its main content, links to HTML pages as well as
documents whose text, title or URL speaks of a CLS or names a territory of the page's
area, on the page's site or on a territory's own site. ``page_links`` applies the
one that fits to a loaded source; the batch and the watch follow them one level deep
(``crawl``) and record the page each was found on.

Why: pages of local authorities announce the contract and link the signed PDF, its
action sheets or an amendment; those documents hold most of the facts. ARS and
département pages are where the CLS of a whole area are listed, so they lead to sources
nobody catalogued. The words that make a link worth following are vocabulary, kept in
``pipeline/discover/discovery.toml``; territory names come from the official geography.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, unquote, urldefrag, urljoin, urlsplit

from pipeline.discover.names import area_names
from pipeline.discover.vocab import listing_vocabulary, normalise, vocabulary
from pipeline.errors import UnsupportedInput
from pipeline.ingest.weburl import RefusedURL, parse_web_url
from pipeline.model import Link, Listing, Source

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

MAX_LINKS_PER_PAGE = 20
_ABSOLUTE = re.compile(r"^https?://", re.IGNORECASE)
MAX_LISTING_LINKS = 100
_CONTENT_SELECTORS = ("main", "article", '[role="main"]')
_CHROME_TAGS = ("nav", "header", "footer")


def page_links(
    source: Source, data: bytes, kind: str, charset: str | None, page_url: str
) -> tuple[Link, ...]:
    """The links discovery follows from a loaded source: none unless it is an HTML page
    the user listed; a listing page's territory links, else its contract documents."""
    if source.found_on is not None or kind != "html":
        return ()
    markup = data.decode(charset, errors="replace") if charset else data
    if source.listing is not None:
        return tuple(listing_links(markup, page_url, source.listing))
    return tuple(document_links(markup, page_url))


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
        url, parts = _joined(base, str(anchor["href"]))
        if url == page or url in found:
            continue
        if parts is not None and not _same_site(url, page_url):
            continue
        if parts is None and not _ABSOLUTE.match(url):
            continue  # a malformed relative link: nothing to name in an error row
        text = " ".join(anchor.get_text(" ").split())
        described = normalise(
            " ".join([text, str(anchor.get("title", "")), str(anchor.get("type", ""))])
        )
        address = unquote(f"{parts.path} {parts.query}") if parts else url
        suffixed = _ends_with(parts, vocab.url_suffixes) if parts else False
        is_document = suffixed or _has(described, vocab.document_words)
        if is_document and _has(described + normalise(address), vocab.triggers):
            # a malformed absolute link is kept as written: fetching it gives its error row
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

    if not _parsable(markup):
        return []
    vocab, words = vocabulary(), listing_vocabulary()
    names = area_names(listing.region_code, listing.departement_code)
    soup = BeautifulSoup(markup, "lxml")
    base, page = base_url(soup, page_url), urldefrag(page_url).url
    found: dict[str, Link] = {}
    for anchor in _content_anchors(soup):
        url, parts = _joined(base, str(anchor["href"]))
        if parts is None or url == page or url in found or parts.scheme not in ("http", "https"):
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


def _joined(base: str, href: str) -> tuple[str, SplitResult | None]:
    """The absolute URL of a link and its parts; no parts when it is not a URL one can
    follow (malformed, with user-info, a backslash or control characters: such links
    are left out, see ``pipeline.ingest.weburl``)."""
    try:
        url = urldefrag(urljoin(base, href.strip())).url
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return href, None
    if parts.scheme in ("http", "https"):
        try:
            parse_web_url(url)
        except RefusedURL:
            return url, None
    return url, parts


def _parsable(markup: str | bytes) -> bool:
    """False for a page over the HTML size limits (``pipeline.text.html``)."""
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
    if not isinstance(base_tag, Tag):
        return page_url
    joined, parts = _joined(page_url, str(base_tag["href"]))
    return joined if parts is not None else page_url


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
