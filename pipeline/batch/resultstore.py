"""Kept results: one file per document, named by everything its result depends on.

What: a result (``pipeline.batch.results``) is kept in ``<raw dir>/results/<2 hex>/<key>.json``.
The key is the SHA-256 of the document's raw bytes, what the text stage is told about
them (id, location, kind, charset) and the ``Fingerprint`` of the code that reads them:
every registered extractor's name and version, the pipeline's version, the result
format, a digest of every code and data file reading and extraction use (vocabularies,
geography, installed plug-ins: ``pipeline.batch.codeprint``) and the versions of the
libraries and spaCy model they call. A run looks a document's key up before reading it; a kept result is used as is.
Files are written whole (temporary file, then ``os.replace``).

Why: analysts re-run the batch as contracts are published; only new or changed
documents, or all of them when an extractor's version changes, should be read again.
The key names the inputs, so a kept result can never be stale for them. A run killed
at any point leaves only complete files: the next run resumes from them.
Granularity: the key covers the shared code (generic extractors, vocabularies, text
stage, geography): editing any of it re-extracts every document, since every document
reads through it. Territory plug-ins are not in the key: each result lists every plug-in
of its run with its digest and whether it applied (``DocResult.territories``), and
``territory_change`` compares that list with the plug-ins of this run. A changed
plug-in that applied re-extracts the document; a new or changed one that did not is
asked again whether it applies now (the text is read, nothing extracted unless it
does). So editing one plug-in re-extracts exactly the documents it reads.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pipeline import __version__
from pipeline.batch.results import FORMAT
from pipeline.model import Source

RESULTS_DIR = "results"


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """The code that turns bytes into a result: extractors (``name@version``), pipeline,
    the digest of every file reading and extraction use (``codeprint``) and the versions
    of the libraries and model they call."""

    extractors: tuple[str, ...]
    pipeline: str = __version__
    format: int = FORMAT
    code: str = ""
    libraries: tuple[str, ...] = ()
    territories: tuple[tuple[str, str], ...] = ()  # (name, folder_digest) per plug-in

    @property
    def digest(self) -> str:
        """A short stable hash of the shared part (the territory plug-ins left out)."""
        parts = [self.format, self.pipeline, list(self.extractors), self.code]
        text = json.dumps([*parts, list(self.libraries)])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    @property
    def whole(self) -> str:
        """A short stable hash of everything, territory plug-ins included: a worker
        reads as this process does only when the two agree."""
        text = json.dumps([self.digest, [list(t) for t in self.territories]])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def describe(self) -> str:
        """One line naming every part, for error messages."""
        return (
            f"cls-pipeline {self.pipeline} (files {self.code}), extractors "
            f"{', '.join(self.extractors)}, {', '.join(self.libraries)}"
        )


def current_fingerprint() -> Fingerprint:
    """The fingerprint of this process's registered extractors and files (loads no model)."""
    from extractors.registry import default_registry
    from pipeline.batch import codeprint

    shared, apart = [], {}
    for item in default_registry().all():
        folder = None
        if item.kind != "generic":
            folder = codeprint.territory_folder(type(item.extractor).__module__)
        if folder is None:
            shared.append(item)
        else:
            apart[item.name] = (folder, f"{item.name}@{item.version}")
    modules = [type(r.extractor).__module__ for r in shared]
    folders = [folder for folder, _ in apart.values()]
    return Fingerprint(
        tuple(f"{r.name}@{r.version}" for r in shared),
        code=codeprint.code_digest(modules, folders),
        libraries=codeprint.library_versions(),
        territories=tuple(
            (name, codeprint.folder_digest(folder, label))
            for name, (folder, label) in sorted(apart.items())
        ),
    )


@dataclass(frozen=True, slots=True)
class TerritoryChange:
    """What the plug-ins of this run change for a kept result: ``extract`` when a plug-in
    that read the document changed or went; ``ask`` the new or changed plug-ins that
    did not read it, to be asked whether they apply now."""

    extract: bool = False
    ask: tuple[str, ...] = ()

    @property
    def none(self) -> bool:
        """True when the kept result stands as it is."""
        return not self.extract and not self.ask


def territory_change(
    fingerprint: Fingerprint, kept: list[tuple[str, str, bool]]
) -> TerritoryChange:
    """Compare a kept result's plug-ins (name, digest, applied) with this run's."""
    before = {name: (digest, applied) for name, digest, applied in kept}
    now = dict(fingerprint.territories)
    ask = []
    for name in sorted(set(before) | set(now)):
        digest, applied = before.get(name, (None, False))
        if digest == now.get(name):
            continue
        if applied:
            return TerritoryChange(extract=True)
        if name in now:
            ask.append(name)
    return TerritoryChange(ask=tuple(ask))


def territory_uses(fingerprint: Fingerprint, applied: set[str]) -> list[tuple[str, str, bool]]:
    """The plug-ins of this run with their digests and whether each read the document."""
    return [(name, digest, name in applied) for name, digest in fingerprint.territories]


def result_key(
    fingerprint: Fingerprint, sha256: str, source: Source, kind: str, charset: str | None
) -> str:
    """The name of a document's result: its bytes, how they are read, and by which code."""
    parts = [fingerprint.digest, sha256, source.doc_id, source.location, kind, charset]
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()


class ResultStore:
    """Result files under ``root`` (``<raw dir>/results``), each written atomically."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, key: str) -> Path:
        """Where the result with this key lives."""
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> bytes | None:
        """The kept result's bytes, None when there is none."""
        try:
            return self.path_for(key).read_bytes()
        except FileNotFoundError:
            return None

    def put(self, key: str, data: bytes) -> None:
        """Keep a result: a temporary file in the same folder, then an atomic rename."""
        target = self.path_for(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
