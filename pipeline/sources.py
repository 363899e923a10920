"""Resolve what the user gave (paths, directories, URL lists, CSV) into sources to read."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.text import SUFFIX_KINDS

_URL = re.compile(r"^https?://", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Source:
    """One publication to read: a local path or an http(s) URL, with an optional hint."""

    location: str
    territory: str | None = None

    @property
    def is_url(self) -> bool:
        """True when the source is fetched over HTTP."""
        return bool(_URL.match(self.location))

    @property
    def doc_id(self) -> str:
        """The record id: the file name without extension, or a slug of the URL."""
        if self.is_url:
            return url_slug(self.location)
        return Path(self.location).stem


class SourceError(ValueError):
    """A source argument that cannot be resolved (missing path, unsupported scheme)."""


def url_slug(url: str) -> str:
    """A readable, filesystem-safe id for a URL (host and path, ASCII, dashes)."""
    parts = urlsplit(url)
    raw = f"{parts.netloc}{parts.path}".rstrip("/")
    if parts.query:
        raw += "-" + parts.query
    raw = re.sub(r"\.(?:html?|pdf|php|aspx?)$", "", raw, flags=re.IGNORECASE)
    ascii_text = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    return slug[:120] or "document"


def _expand_path(path: Path) -> list[Source]:
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in SUFFIX_KINDS and not p.name.startswith(".")
        )
        return [Source(str(p)) for p in files]
    if path.is_file():
        return [Source(str(path))]
    raise SourceError(f"{path}: no such file or directory")


def resolve_inputs(inputs: list[str]) -> list[Source]:
    """Sources for ``extract``: files, directories (recursively) and URLs."""
    sources: list[Source] = []
    for item in inputs:
        if _URL.match(item):
            sources.append(Source(item))
        elif "://" in item:
            raise SourceError(f"{item}: only http and https URLs are fetched")
        else:
            sources.extend(_expand_path(Path(item)))
    return sources


def resolve_batch(spec: str) -> list[Source]:
    """Sources for ``run``: a directory, a list file (one per line) or a CSV with ``source``."""
    path = Path(spec)
    if path.is_dir():
        return _expand_path(path)
    if not path.is_file():
        raise SourceError(f"{spec}: no such file or directory")
    if path.suffix.lower() in SUFFIX_KINDS and path.suffix.lower() != ".txt":
        return [Source(str(path))]
    text = path.read_text(encoding="utf-8-sig")
    base = path.parent
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        fields = reader.fieldnames or []
        column = "source" if "source" in fields else "url" if "url" in fields else None
        if column is None:
            raise SourceError(f"{spec}: a CSV of sources needs a 'source' (or 'url') column")
        rows = [(r[column].strip(), (r.get("territory") or "").strip() or None) for r in reader]
    else:
        rows = [(ln.strip(), None) for ln in text.splitlines()]
    sources: list[Source] = []
    for location, territory in rows:
        if not location or location.startswith("#"):
            continue
        if _URL.match(location):
            sources.append(Source(location, territory))
        else:
            local = Path(location)
            if not local.is_absolute():
                local = base / local
            sources.extend(Source(s.location, territory) for s in _expand_path(local))
    return sources
