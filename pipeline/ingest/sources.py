"""Resolve what the user gave (paths, directories, URL lists, CSV) into sources to read."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from pipeline.errors import SourceError
from pipeline.ingest.content import SUFFIX_KINDS
from pipeline.model import Source, url_slug

_URL = re.compile(r"^https?://", re.IGNORECASE)

__all__ = ["Source", "SourceError", "resolve_batch", "resolve_inputs", "url_slug"]


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
    """Sources for ``run``: a directory, a list file (one per line) or a CSV with ``source``.

    A CSV may also give ``territory`` and ``id`` (the document id) per row. A CSV with a
    ``page_kind`` column is read as the national catalogue (``pipeline.ingest.catalogue``).
    """
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
        if "page_kind" in fields:
            from pipeline.ingest.catalogue import catalogue_sources, parse_catalogue

            return catalogue_sources(parse_catalogue(text, spec))
        column = "source" if "source" in fields else "url" if "url" in fields else None
        if column is None:
            raise SourceError(f"{spec}: a CSV of sources needs a 'source' (or 'url') column")
        rows = [(r[column].strip(), _cell(r, "territory"), _cell(r, "id")) for r in reader]
    else:
        rows = [(ln.strip(), None, None) for ln in text.splitlines()]
    sources: list[Source] = []
    for location, territory, doc_id in rows:
        if not location or location.startswith("#"):
            continue
        if _URL.match(location):
            sources.append(Source(location, territory, doc_id))
        else:
            local = Path(location)
            if not local.is_absolute():
                local = base / local
            found = _expand_path(local)
            given_id = doc_id if len(found) == 1 and local.is_file() else None
            sources.extend(Source(s.location, territory, given_id) for s in found)
    return sources


def _cell(row: dict[str, str | None], column: str) -> str | None:
    """A stripped CSV cell, None when the column is missing or the cell empty."""
    return (row.get(column) or "").strip() or None
