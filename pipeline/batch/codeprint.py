"""The digest of every code and data file that reading and extraction use.

What: ``reading_files`` lists the files a document's result depends on: the core of
``pipeline`` (model, limits, text normalisation, errors), the official geography with its
aliases, the text stage with its vocabularies, the batch's own result format and stage
path, the whole ``extractors`` package (generic extractors, vocabularies, shipped
territory plug-ins), and the folder of every plug-in registered from elsewhere (an
installed package, or one registered in-process). ``code_digest`` hashes their paths and
bytes; ``library_versions`` names the installed versions of the libraries and of the
spaCy model that read and extract (a new ``fr_core_news_sm`` reads names differently).

Why: a kept result must never outlive the code that made it. Extractor versions alone
miss an edited vocabulary, an extractor changed without a version bump, a new geography
or model: the summary said "skipped (unchanged)" and the tables kept the old values.
Hashing the files themselves catches every change; the commands, the report, the watch,
fetching and discovery are left out because they do not change a document's result.
Hashes are cached per file on its size and modification time, so a worker's check costs a
few ``stat`` calls once the files were read.

Territory plug-ins are hashed apart (``territory_folder``, ``folder_digest``): each reads
only the documents it applies to, so editing one re-extracts those documents alone
(``pipeline.batch.resultstore``); everything else is in the one shared digest.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Final

PIPELINE = Path(__file__).resolve().parents[1]
EXTRACTORS = PIPELINE.parent / "extractors"
READING_PARTS: Final = (
    "geo",
    "records",
    "text",
    "ingest/content.py",
    "batch/results.py",
    "batch/stages.py",
)
"""What of ``pipeline`` reads and extracts, beside its top-level modules."""
LIBRARIES: Final = (
    "fr-core-news-sm",
    "spacy",
    "pypdfium2",
    "pdfplumber",
    "beautifulsoup4",
    "lxml",
    "charset-normalizer",
    "dateparser",
    "text2num",
)
_SKIP: Final = ("__pycache__", ".pyc", ".pyo")
_hashes: dict[Path, tuple[int, int, str]] = {}


def _tree(root: Path) -> list[Path]:
    """Every file of a folder (or the file itself), caches and byte code left out."""
    if root.is_file():
        return [root]
    if not root.is_dir():
        return []
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and not any(s in p.parts or p.name.endswith(s) for s in _SKIP)
    )


def plugin_roots(modules: Iterable[str]) -> list[Path]:
    """The folder (or file) of each module's top-level package, outside ``pipeline`` and
    ``extractors`` (those are hashed whole)."""
    roots: set[Path] = set()
    for name in modules:
        module = sys.modules.get(name.split(".")[0])
        where = getattr(module, "__file__", None) if module is not None else None
        if where is None:
            continue
        path = Path(where).resolve()
        root = path.parent if path.name == "__init__.py" else path
        if not root.is_relative_to(PIPELINE) and not root.is_relative_to(EXTRACTORS):
            roots.add(root)
    return sorted(roots)


def territory_folder(module_name: str) -> Path | None:
    """What a territory plug-in's result depends on beyond the shared files: its own
    folder under ``extractors/territories``, or the package an installed one lives in;
    None when the module has no file (its extractor then counts as shared code)."""
    module = sys.modules.get(module_name)
    where = getattr(module, "__file__", None) if module is not None else None
    if where is None:
        return None
    path = Path(where).resolve()
    shipped = EXTRACTORS / "territories"
    if path.is_relative_to(shipped) and path.parent != shipped:
        return shipped / path.relative_to(shipped).parts[0]
    if path.is_relative_to(PIPELINE) or path.is_relative_to(EXTRACTORS):
        return None
    roots = plugin_roots([module_name])
    return roots[0] if roots else None


def _outside(path: Path, apart: tuple[Path, ...]) -> bool:
    return not any(path == a or path.is_relative_to(a) for a in apart)


def reading_files(
    plugin_modules: Iterable[str] = (), apart: Iterable[Path] = ()
) -> list[tuple[str, Path]]:
    """Every file a document's result depends on (see the module docstring), each with
    its name relative to the folder holding its package (the same on every machine);
    files under the folders ``apart`` (territory plug-ins, hashed on their own) left out."""
    away = tuple(apart)
    files = sorted(PIPELINE.glob("*.py"))
    for part in READING_PARTS:
        files += _tree(PIPELINE / part)
    files += [p for p in _tree(EXTRACTORS) if _outside(p, away)]
    named = [(p.relative_to(PIPELINE.parent).as_posix(), p) for p in files]
    for root in plugin_roots(plugin_modules):
        if _outside(root, away):
            named += [(p.relative_to(root.parent).as_posix(), p) for p in _tree(root)]
    return named


def _file_hash(path: Path) -> str:
    stat = path.stat()
    known = _hashes.get(path)
    if known is not None and known[:2] == (stat.st_size, stat.st_mtime_ns):
        return known[2]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    _hashes[path] = (stat.st_size, stat.st_mtime_ns, digest)
    return digest


def code_digest(plugin_modules: Iterable[str] = (), apart: Iterable[Path] = ()) -> str:
    """A hash of the paths and bytes of ``reading_files``."""
    total = hashlib.sha256()
    for name, path in reading_files(plugin_modules, apart):
        total.update(f"{name}\0{_file_hash(path)}\n".encode())
    return total.hexdigest()[:16]


def folder_digest(folder: Path, label: str) -> str:
    """A hash of a territory plug-in: ``label`` (its name and version) and the names and
    bytes of the files of its folder."""
    total = hashlib.sha256(label.encode("utf-8"))
    for path in _tree(folder):
        total.update(f"{path.relative_to(folder.parent).as_posix()}\0{_file_hash(path)}\n".encode())
    return total.hexdigest()[:16]


@cache
def library_versions() -> tuple[str, ...]:
    """``name==version`` of each library of ``LIBRARIES`` (``name==absent`` if missing)."""
    found = []
    for name in LIBRARIES:
        try:
            found.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}==absent")
    return tuple(found)
