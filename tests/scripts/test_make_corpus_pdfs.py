"""The PDFs of the blind corpora are what their ``scripts/make_corpusN_pdfs.py`` writes,
byte for byte.

The PDFs and the fiches-actions golds are committed; each test rebuilds them into a
temporary folder with the corpus' own script and compares the bytes, so that an edit of a
script (or of the committed files) that would make them disagree fails here. One table
says what each corpus holds.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest

pytest.importorskip("reportlab", reason="reportlab (a dev extra) builds the corpus PDFs")


@dataclass(frozen=True)
class Corpus:
    name: str
    pdfs: int  # PDFs the script writes
    actions: int  # long contracts with a fiches-actions gold
    golds: int  # at least this many gold records


CORPORA = [
    Corpus("corpus4", pdfs=6, actions=3, golds=18),
    Corpus("corpus5", pdfs=6, actions=3, golds=15),
    Corpus("corpus6", pdfs=5, actions=1, golds=15),
    Corpus("corpus7", pdfs=5, actions=1, golds=15),
    Corpus("corpus8", pdfs=5, actions=1, golds=15),
    Corpus("corpus9", pdfs=5, actions=1, golds=15),
    Corpus("corpus10", pdfs=5, actions=1, golds=15),
]
_IDS = [c.name for c in CORPORA]


def _build(root: Path, corpus: Corpus, out: Path) -> list[Path]:
    script = root / "scripts" / f"make_{corpus.name}_pdfs.py"
    subprocess.run(
        [sys.executable, str(script), "--out", str(out)], check=True, capture_output=True
    )
    return sorted(out.iterdir())


@pytest.mark.parametrize("corpus", CORPORA, ids=_IDS)
def test_committed_pdfs_and_actions_are_the_scripts_output(
    root: Path, tmp_path: Path, corpus: Corpus
) -> None:
    folder = root / "tests" / "fixtures" / corpus.name
    built = _build(root, corpus, tmp_path)
    assert len([p for p in built if p.suffix == ".pdf"]) == corpus.pdfs
    for path in built:
        committed = folder / path.name
        assert committed.exists(), (
            f"{path.name} is not committed; run scripts/make_{corpus.name}_pdfs.py"
        )
        assert committed.read_bytes() == path.read_bytes(), f"{path.name} differs from the script's"


@pytest.mark.parametrize("corpus", CORPORA, ids=_IDS)
def test_long_contracts_have_twenty_pages_and_golds_that_count_their_fiches(
    root: Path, corpus: Corpus
) -> None:
    folder = root / "tests" / "fixtures" / corpus.name
    actions_files = sorted(folder.glob("*.actions.json"))
    assert len(actions_files) == corpus.actions
    for path in actions_files:
        stem = path.name.removesuffix(".actions.json")
        pdf = pdfium.PdfDocument(folder / f"{stem}.pdf")
        assert len(pdf) >= 20, stem
        pdf.close()
        gold = json.loads((folder / f"{stem}.gold.json").read_text("utf-8"))
        actions = json.loads(path.read_text("utf-8"))
        assert gold["n_actions"] == len(actions)
        assert {a["axis"] for a in actions} == set(range(1, len(gold["axes"]) + 1))


@pytest.mark.parametrize("corpus", CORPORA, ids=_IDS)
def test_every_gold_has_its_document(root: Path, corpus: Corpus) -> None:
    folder = root / "tests" / "fixtures" / corpus.name
    golds = sorted(folder.glob("*.gold.json"))
    assert len(golds) >= corpus.golds
    for path in golds:
        gold = json.loads(path.read_text("utf-8"))
        assert path.name == f"{gold['id']}.gold.json"
        documents = [folder / f"{gold['id']}{suffix}" for suffix in (".html", ".txt", ".pdf")]
        assert sum(d.exists() for d in documents) == 1, gold["id"]
