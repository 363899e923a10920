"""Resolve what the user gave (paths, directories, URL lists, CSV) into sources to read.

Symbolic links met while walking an input folder are followed only when they stay inside
it (a link to ``/etc/passwd`` or to a secret elsewhere is not read), unless the user asks
(``follow_symlinks``, ``--follow-symlinks``); a link to a folder inside the input is not
walked twice, and a dangling link is skipped. Each link skipped is a warning row
(``Resolved.skipped``). Files the user names themselves are read wherever they point.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import SourceError
from pipeline.ingest.content import SUFFIX_KINDS
from pipeline.model import ErrorRow, Source, url_slug

_URL = re.compile(r"^https?://", re.IGNORECASE)

__all__ = [
    "Resolved",
    "Source",
    "SourceError",
    "collect_batch",
    "collect_inputs",
    "resolve_batch",
    "resolve_inputs",
    "url_slug",
]


@dataclass(slots=True)
class Resolved:
    """The sources to read, and a warning row per symbolic link that was not followed."""

    sources: list[Source] = field(default_factory=list)
    skipped: list[ErrorRow] = field(default_factory=list)
    follow_symlinks: bool = False


def _expand_path(path: Path, found: Resolved) -> list[Source]:
    if path.is_dir():
        return [Source(str(p)) for p in _walk(path, found)]
    if path.is_file():
        return [Source(str(path))]
    raise SourceError(f"{path}: no such file or directory")


def _walk(root: Path, found: Resolved) -> list[Path]:
    """The readable files under a folder, sorted, symbolic links judged on the way."""
    top = root.resolve()
    visited = {top}
    files: list[Path] = []
    for folder, dirnames, filenames in os.walk(root, followlinks=found.follow_symlinks):
        here = Path(folder)
        for name in list(dirnames):
            link = here / name
            if link.is_symlink() and not _follows(link, top, visited, found):
                dirnames.remove(name)
        for name in filenames:
            path = here / name
            if path.suffix.lower() not in SUFFIX_KINDS or name.startswith("."):
                continue
            if path.is_symlink() and not _follows(path, top, visited, found):
                continue
            if path.is_file():
                files.append(path)
    return sorted(files)


def _follows(link: Path, top: Path, visited: set[Path], found: Resolved) -> bool:
    """Whether a symbolic link under the input folder is followed; a warning if not."""
    target = link.resolve()
    inside = target == top or top in target.parents
    reason = None
    if not target.exists():
        reason = "dangling symbolic link skipped"
    elif target.is_dir() and (inside or target in visited):
        reason = "symbolic link to a folder already read skipped"
    elif not inside and not found.follow_symlinks:
        reason = "symbolic link leaving the input folder not followed (--follow-symlinks)"
    if reason:
        found.skipped.append(ErrorRow(str(link), "warning", reason))
        return False
    if target.is_dir():
        visited.add(target)
    return True


def resolve_inputs(inputs: list[str]) -> list[Source]:
    """Sources for ``extract``: files, directories (recursively) and URLs."""
    return collect_inputs(inputs).sources


def collect_inputs(inputs: list[str], *, follow_symlinks: bool = False) -> Resolved:
    """``resolve_inputs`` with the symbolic links that were not followed."""
    found = Resolved(follow_symlinks=follow_symlinks)
    for item in inputs:
        if _URL.match(item):
            found.sources.append(Source(item))
        elif "://" in item:
            raise SourceError(f"{item}: only http and https URLs are fetched")
        else:
            found.sources.extend(_expand_path(Path(item), found))
    return found


def resolve_batch(spec: str) -> list[Source]:
    """Sources for ``run``: a directory, a list file (one per line) or a CSV with ``source``.

    A CSV may also give ``territory`` and ``id`` (the document id) per row. A CSV with a
    ``page_kind`` column is read as the national catalogue (``pipeline.ingest.catalogue``).
    """
    return collect_batch(spec).sources


def collect_batch(spec: str, *, follow_symlinks: bool = False) -> Resolved:
    """``resolve_batch`` with the symbolic links that were not followed."""
    found = Resolved(follow_symlinks=follow_symlinks)
    found.sources = _batch_sources(spec, found)
    return found


def _batch_sources(spec: str, found: Resolved) -> list[Source]:
    path = Path(spec)
    if path.is_dir():
        return _expand_path(path, found)
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
            listed = _expand_path(local, found)
            given_id = doc_id if len(listed) == 1 and local.is_file() else None
            sources.extend(Source(s.location, territory, given_id) for s in listed)
    return sources


def _cell(row: dict[str, str | None], column: str) -> str | None:
    """A stripped CSV cell, None when the column is missing or the cell empty."""
    return (row.get(column) or "").strip() or None
