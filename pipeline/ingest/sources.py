"""Resolve what the user gave (paths, directories, URL lists, CSV) into sources to read.

What: ``resolve_sources`` turns a batch's SOURCES argument into ``Resolved``: the sources
in order, and one ``ErrorRow`` per thing it could not use: a line of a list or a CSV row
naming no file (``list.txt:3``, stage ``sources``), a file whose name cannot be processed
(not UTF-8, too long), and a ``warning`` per file of a folder in a document format we do
not read (``.docx``, ``.odt``…) naming the supported ones. Relative paths in a list or a
CSV are resolved from the folder of that list, not from the current directory.

Symbolic links met while walking an input folder are followed only when they stay inside
it (a link to ``/etc/passwd`` or to a secret elsewhere is not read), unless the user asks
(``follow_symlinks``, ``--follow-symlinks``); a link to a folder inside the input is not
walked twice, and a dangling link is skipped. Each link skipped is a warning row
(``Resolved.skipped``). Files the user names themselves are read wherever they point.

Why: one bad line of a list of hundreds, or one oddly named file, must cost one row, not
the batch; and a ``.docx`` left in the folder must not vanish without a word.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from pipeline.errors import SourceError
from pipeline.ingest.content import SUFFIX_KINDS
from pipeline.records.source import ErrorRow, Source, url_slug
from pipeline.textnorm import name_problem, writable

_URL = re.compile(r"^https?://", re.IGNORECASE)
UNREAD_SUFFIXES: Final = (
    ".doc",
    ".docx",
    ".odt",
    ".rtf",
    ".xls",
    ".xlsx",
    ".ods",
    ".ppt",
    ".pptx",
    ".odp",
    ".epub",
)
"""Document formats a folder may hold that no reader of ours reads (a warning each)."""

__all__ = [
    "Resolved",
    "Source",
    "SourceError",
    "collect_inputs",
    "resolve_batch",
    "resolve_inputs",
    "resolve_sources",
    "url_slug",
]


Line = tuple[int, str, str | None, str | None]
"""A line of a list: its number, location, territory hint and document id."""


@dataclass(slots=True)
class Resolved:
    """The sources of a batch in order, the rows of what could not be used, and a warning
    row per symbolic link that was not followed."""

    sources: list[Source] = field(default_factory=list)
    errors: list[ErrorRow] = field(default_factory=list)
    skipped: list[ErrorRow] = field(default_factory=list)
    follow_symlinks: bool = False

    def extend(self, other: Resolved) -> None:
        """Append another resolution's sources and rows."""
        self.sources.extend(other.sources)
        self.errors.extend(other.errors)
        self.skipped.extend(other.skipped)

    def unread(self) -> list[ErrorRow]:
        """Every row of what was not read: bad lines and names, office files, links."""
        return self.errors + self.skipped


def supported_list() -> str:
    """The suffixes we read, for messages: ``.htm, .html, .pdf, .text, .txt``."""
    return ", ".join(sorted(SUFFIX_KINDS))


def _scan(folder: Path, follow_symlinks: bool = False) -> Resolved:
    """The supported files of a folder, recursively; odd names, office files and links not
    followed as rows."""
    found = Resolved(follow_symlinks=follow_symlinks)
    for p in _walk(folder, found):
        suffix = p.suffix.lower()
        problem = name_problem(str(p))
        if suffix in SUFFIX_KINDS and problem is not None:
            found.errors.append(ErrorRow(writable(str(p)), "sources", problem))
        elif suffix in SUFFIX_KINDS:
            found.sources.append(Source(str(p)))
        elif suffix in UNREAD_SUFFIXES:
            message = f"{suffix} files are not read (supported: {supported_list()})"
            found.errors.append(ErrorRow(writable(str(p)), "warning", message))
    return found


def _walk(root: Path, found: Resolved) -> list[Path]:
    """The files under a folder, sorted, symbolic links judged on the way."""
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
            suffix = path.suffix.lower()
            if name.startswith(".") or (
                suffix not in SUFFIX_KINDS and suffix not in UNREAD_SUFFIXES
            ):
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
        found.skipped.append(ErrorRow(writable(str(link)), "warning", reason))
        return False
    if target.is_dir():
        visited.add(target)
    return True


def _expand_path(path: Path, found: Resolved) -> list[Source]:
    """A file, or the supported files of a folder (SourceError when there is neither)."""
    if path.is_dir():
        scanned = _scan(path, found.follow_symlinks)
        found.skipped.extend(scanned.skipped)
        return scanned.sources
    if path.is_file():
        return [Source(str(path))]
    raise SourceError(f"{path}: no such file or directory")


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
    """The sources of ``resolve_sources``; SourceError on the first line it cannot use."""
    resolved = resolve_sources(spec)
    failed = [e for e in resolved.errors if e.stage != "warning"]
    if failed:
        raise SourceError(f"{failed[0].source}: {failed[0].message}")
    return resolved.sources


def resolve_sources(spec: str, *, follow_symlinks: bool = False) -> Resolved:
    """Sources for ``run``: a directory, a list file (one per line) or a CSV with ``source``.

    A CSV may also give ``territory`` and ``id`` (the document id) per row. A CSV with a
    ``page_kind`` column is read as the national catalogue (``pipeline.ingest.catalogue``).
    SourceError when SPEC itself cannot be read; its lines that cannot are error rows.
    """
    path = Path(spec)
    if path.is_dir():
        return _scan(path, follow_symlinks)
    if not path.is_file():
        raise SourceError(f"{spec}: no such file or directory")
    if path.suffix.lower() in SUFFIX_KINDS and path.suffix.lower() != ".txt":
        return Resolved([Source(str(path))])
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"{spec}: cannot be read as a UTF-8 list of sources: {exc}") from exc
    if path.suffix.lower() != ".csv":
        lines: list[Line] = [(n, x.strip(), None, None) for n, x in enumerate(text.splitlines(), 1)]
        return _listed(spec, path.parent, lines, follow_symlinks)
    reader = csv.DictReader(text.splitlines())
    fields = reader.fieldnames or []
    if "page_kind" in fields:
        from pipeline.ingest.catalogue import catalogue_sources, parse_catalogue

        return Resolved(catalogue_sources(parse_catalogue(text, spec)))
    column = "source" if "source" in fields else "url" if "url" in fields else None
    if column is None:
        raise SourceError(f"{spec}: a CSV of sources needs a 'source' (or 'url') column")
    return _csv_rows(spec, path.parent, reader, column, follow_symlinks)


def _csv_rows(
    spec: str, base: Path, reader: csv.DictReader[str], column: str, follow_symlinks: bool
) -> Resolved:
    """The lines of a CSV of sources; a row with too many or too few cells is an error."""
    lines: list[Line] = []
    bad = Resolved()
    for row in reader:
        number = reader.line_num
        if None in row or row.get(column) is None:
            cells = "too many" if None in row else "too few"
            message = f"malformed CSV row ({cells} cells for the header)"
            bad.errors.append(ErrorRow(f"{spec}:{number}", "sources", message))
            continue
        lines.append(
            (number, (row[column] or "").strip(), _cell(row, "territory"), _cell(row, "id"))
        )
    resolved = _listed(spec, base, lines, follow_symlinks)
    resolved.errors[:0] = bad.errors
    return resolved


def _listed(spec: str, base: Path, lines: list[Line], follow_symlinks: bool) -> Resolved:
    """The sources of a list's lines (blank lines and ``#`` comments skipped)."""
    resolved = Resolved()
    for number, location, territory, doc_id in lines:
        if not location or location.startswith("#"):
            continue
        try:
            resolved.extend(_line(location, territory, doc_id, base, follow_symlinks))
        except (SourceError, OSError) as exc:
            message = str(exc) if isinstance(exc, SourceError) else exc.strerror or str(exc)
            where = f"{writable(spec)}:{number}"
            resolved.errors.append(ErrorRow(where, "sources", f"{location[:200]}: {message}"))
    return resolved


def _line(
    location: str, territory: str | None, doc_id: str | None, base: Path, follow_symlinks: bool
) -> Resolved:
    """The sources one line names: a URL, a file or a folder (relative to ``base``)."""
    if _URL.match(location):
        return Resolved([Source(location, territory, doc_id)])
    if "://" in location:
        raise SourceError("only http and https URLs are fetched")
    local = Path(location)
    if not local.is_absolute():
        local = base / local
    problem = name_problem(str(local))
    if problem is not None:
        raise SourceError(problem)
    if local.is_dir():
        found = _scan(local, follow_symlinks)
    elif local.is_file():
        found = Resolved([Source(str(local))])
    else:
        raise SourceError("no such file or directory")
    given_id = doc_id if len(found.sources) == 1 and local.is_file() else None
    found.sources = [Source(s.location, territory, given_id) for s in found.sources]
    return found


def _cell(row: dict[str, str | None], column: str) -> str | None:
    """A stripped CSV cell, None when the column is missing or the cell empty."""
    return (row.get(column) or "").strip() or None
