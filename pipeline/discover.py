"""Discovery: from a CLS web page, the links to the contract's own documents.

What: ``document_links`` returns the links of a page that point to a document (a PDF by
its URL suffix, or a link whose text says "PDF") *and* whose text, title or URL speaks
of the contract (contrat local de santé, CLS, fiches actions, avenant, signataires...),
on the same site as the page (same host, ``www.`` ignored). The batch fetches them one
level deep and records the page each was found on.

Why: pages of local authorities announce the contract and link the signed PDF, its
action sheets or an amendment; those documents hold most of the facts. The words that
make a link worth following are vocabulary, kept in ``pipeline/data/discovery.toml``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from urllib.parse import SplitResult, unquote, urldefrag, urljoin, urlsplit

MAX_LINKS_PER_PAGE = 20
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class Link:
    """A document link found on a page: absolute URL (no fragment) and its text."""

    url: str
    text: str


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


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary of ``pipeline/data/discovery.toml`` (read once)."""
    raw = tomllib.loads(files("pipeline").joinpath("data/discovery.toml").read_text("utf-8"))
    return Vocabulary(
        url_suffixes=tuple(s.lower() for s in raw["document"]["url_suffixes"]),
        document_words=tuple(normalise(w) for w in raw["document"]["words"]),
        triggers=tuple(normalise(p) for p in raw["triggers"]["phrases"]),
    )


def document_links(
    markup: str | bytes, page_url: str, limit: int = MAX_LINKS_PER_PAGE
) -> list[Link]:
    """The contract documents linked from a page, in page order, without duplicates."""
    from bs4 import BeautifulSoup, Tag

    vocab = vocabulary()
    soup = BeautifulSoup(markup, "lxml")
    base_tag = soup.find("base", href=True)
    base = urljoin(page_url, str(base_tag["href"])) if isinstance(base_tag, Tag) else page_url
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
