"""Whether a page changed only by links to documents that appeared or disappeared.

What: ``differs_only_by_links`` compares the text of two versions of an HTML page after
taking out, from both, the anchors that point to the given URLs (the documents the watch
reports as ``new_link`` or ``gone`` on that page). Equal texts mean the page's new bytes
are explained by those links alone.

Why: when a commune adds the signed PDF to its CLS page, the news is the PDF; reporting
the page as ``changed`` too would send the analyst to read a page that says nothing new.
Such a page is reported as ``relinked`` instead, never hidden.
"""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin

from pipeline.discover.links import base_url


def differs_only_by_links(before: bytes, after: bytes, page_url: str, links: set[str]) -> bool:
    """True when the two versions' texts are equal once anchors to ``links`` are removed."""
    return _text_without(before, page_url, links) == _text_without(after, page_url, links)


def _text_without(markup: bytes, page_url: str, links: set[str]) -> str:
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(markup, "lxml")
    base = base_url(soup, page_url)
    for anchor in soup.find_all("a", href=True):
        if not isinstance(anchor, Tag):
            continue
        if urldefrag(urljoin(base, str(anchor["href"]).strip())).url in links:
            anchor.decompose()
    return " ".join(soup.get_text(" ").split())
