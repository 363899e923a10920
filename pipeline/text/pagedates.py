"""Publication and update dates of a web page, kept as metadata (not contract dates)."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

_META_NAMES = {
    "published": ("article:published_time", "datePublished", "date", "dc.date", "DC.date.issued"),
    "modified": ("article:modified_time", "dateModified", "last-modified"),
}
_UPDATED = re.compile(
    r"(?:mis à jour|mise à jour|modifié|actualisé)\s*(?:le\s*)?:?\s*"
    r"(\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}(?:er)?\s+\w+\s+\d{4})",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(
    r"(?:publié|publication|posté)\s*(?:le\s*)?:?\s*"
    r"(\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}(?:er)?\s+\w+\s+\d{4})",
    re.IGNORECASE,
)


def find_page_dates(soup: BeautifulSoup) -> dict[str, str]:
    """Return raw strings for the page's publication/update dates when it states them."""
    found: dict[str, str] = {}
    for key, names in _META_NAMES.items():
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find(
                "meta", attrs={"name": name}
            )
            if isinstance(tag, Tag) and tag.get("content"):
                found[key] = str(tag["content"])
                break
    time_tag = soup.find("time")
    if "published" not in found and isinstance(time_tag, Tag):
        value = time_tag.get("datetime") or time_tag.get_text(strip=True)
        if value:
            found["published"] = str(value)
    text = soup.get_text(" ")
    if "modified" not in found and (m := _UPDATED.search(text)):
        found["modified"] = m.group(1)
    if "published" not in found and (m := _PUBLISHED.search(text)):
        found["published"] = m.group(1)
    return found
