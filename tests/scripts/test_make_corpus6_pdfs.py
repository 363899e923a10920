"""The corpus6 PDFs are what ``scripts/make_corpus6_pdfs.py`` writes, byte for byte.

The PDFs and the fiches-actions golds are committed; this test rebuilds them into a
temporary folder with the script itself and compares the bytes, so that an edit of the
script (or of the committed files) that would make them disagree fails here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

pytest.importorskip("reportlab", reason="reportlab (a dev extra) builds the corpus6 PDFs")


def _build(root: Path, out: Path) -> list[Path]:
    script = root / "scripts" / "make_corpus6_pdfs.py"
    subprocess.run(
        [sys.executable, str(script), "--out", str(out)], check=True, capture_output=True
    )
    return sorted(out.iterdir())


def test_committed_pdfs_and_actions_are_the_scripts_output(root: Path, tmp_path: Path) -> None:
    corpus = root / "tests" / "fixtures" / "corpus6"
    built = _build(root, tmp_path)
    assert len([p for p in built if p.suffix == ".pdf"]) == 5
    for path in built:
        committed = corpus / path.name
        assert committed.exists(), f"{path.name} is not committed; run scripts/make_corpus6_pdfs.py"
        assert committed.read_bytes() == path.read_bytes(), f"{path.name} differs from the script's"


def test_long_contracts_have_twenty_pages_and_golds_that_count_their_fiches(root: Path) -> None:
    corpus = root / "tests" / "fixtures" / "corpus6"
    actions_files = sorted(corpus.glob("*.actions.json"))
    assert len(actions_files) == 1
    for path in actions_files:
        stem = path.name.removesuffix(".actions.json")
        pdf = pdfium.PdfDocument(corpus / f"{stem}.pdf")
        assert len(pdf) >= 20, stem
        pdf.close()
        gold = json.loads((corpus / f"{stem}.gold.json").read_text("utf-8"))
        actions = json.loads(path.read_text("utf-8"))
        assert gold["n_actions"] == len(actions)
        assert {a["axis"] for a in actions} == set(range(1, len(gold["axes"]) + 1))


def test_every_gold_has_its_document(root: Path) -> None:
    corpus = root / "tests" / "fixtures" / "corpus6"
    golds = sorted(corpus.glob("*.gold.json"))
    assert len(golds) >= 15
    for path in golds:
        gold = json.loads(path.read_text("utf-8"))
        assert path.name == f"{gold['id']}.gold.json"
        documents = [corpus / f"{gold['id']}{suffix}" for suffix in (".html", ".txt", ".pdf")]
        assert sum(d.exists() for d in documents) == 1, gold["id"]
