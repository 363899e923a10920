"""A batch over broken and hostile inputs beside good documents: every bad input ends as
one error row (or a not-a-CLS document), every good one keeps its record, the run stays
within its limits, and a run killed while writing leaves the previous tables intact."""

from __future__ import annotations

import csv
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.limits import MAX_HTML_BYTES
from tests.text.hostilepdf import corrupt, inflating, many_pages, text_pdf, truncated

BIN = Path(sys.executable).parent
SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"

BAD = {
    "zero.html": b"",
    "garbage.html": bytes(range(256)) * 64,
    "corrupt.pdf": corrupt(),
    "truncated.pdf": truncated(text_pdf(["Contrat local de sant\xe9"] * 40)),
    "encrypted.pdf": text_pdf(["Contrat local de sant\xe9"], user_password="secret"),
    "thousands.pdf": many_pages(3000),
    "bomb.pdf": inflating(400),
    "deep.html": b"<html><body>"
    + b"<div>" * 100_000
    + b"CLS"
    + b"</div>" * 100_000
    + b"</body></html>",
    "huge.html": b"<html><body><p>"
    + b"Contrat local de sant\xc3\xa9. " * (MAX_HTML_BYTES // 20)
    + b"</p></body></html>",
}
NOT_CLS = {
    "english.html": (
        b"<html><body><main><h1>Local health contract</h1><p>The city and the regional "
        b"health agency signed the local health contract on 3 March 2021 for the period "
        b"2021-2025. It has four strategic areas and twenty actions, and the partners are "
        b"the health insurance fund and the hospital.</p></main></body></html>"
    ),
    "marche.html": (
        "<html><body><main><h1>Le marché de Noël</h1><p>Le marché de Noël ouvre le 3 "
        "décembre sur la place de l'Hôtel de Ville, avec quarante chalets et une patinoire "
        "pour les enfants de la commune.</p></main></body></html>"
    ).encode(),
}


def _corpus(folder: Path) -> None:
    folder.mkdir()
    for name, data in {**BAD, **NOT_CLS}.items():
        (folder / name).write_bytes(data)
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.slow
def test_hostile_corpus_batch(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _corpus(corpus)
    out = tmp_path / "out"
    started = time.monotonic()
    done = subprocess.run(
        [
            str(BIN / "cls-pipeline"),
            "run",
            str(corpus),
            "--out",
            str(out),
            "--raw-dir",
            str(tmp_path / "raw"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    seconds = time.monotonic() - started
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert done.returncode == 1, done.stderr  # some documents failed, the batch finished
    assert "Traceback" not in done.stderr
    errors = _rows(out / "errors.csv")
    reported = {Path(row["source"]).name for row in errors}
    documents = {row["document_id"]: row for row in _rows(out / "documents.csv")}
    for name in BAD:
        # an error or warning row, or (a bomb read within the limits) a document that is
        # recorded as not about a CLS: never a contract, never a crash
        document = documents.get(Path(name).stem)
        assert name in reported or (document is not None and document["is_cls"] != "true"), name
    bomb = [r["message"] for r in errors if Path(r["source"]).name == "bomb.pdf"]
    assert bomb == ["no text found (no text layer, no scanned image): nothing to extract"]
    for seed in SEEDS.glob("*.txt"):
        assert documents[seed.stem]["is_cls"] == "true"
    contracts = _rows(out / "contracts.csv")
    assert len(contracts) == 3
    for name in NOT_CLS:
        assert documents[Path(name).stem]["is_cls"] == "false"
    for line in done.stderr.splitlines():
        assert len(line) < 400  # one clear line per failure
    assert seconds < 400, f"batch took {seconds:.0f}s"
    assert peak_mib < 2048, f"peak memory {peak_mib:.0f} MiB"


@pytest.mark.slow
def test_previous_tables_survive_a_run_killed_while_writing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    args = [
        str(BIN / "cls-pipeline"),
        "run",
        str(corpus),
        "--out",
        str(out),
        "--raw-dir",
        str(tmp_path / "raw"),
    ]
    subprocess.run(args, check=True, capture_output=True)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix in (".csv", ".parquet")}
    (corpus / "extra.txt").write_text(
        "Le contrat local de santé de Vannes 2024-2028 a été signé le 3 mai 2024.", "utf-8"
    )
    proc = subprocess.Popen(
        [*args, "--full"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "CLS_TEST_PAUSE_BEFORE_SWAP": "30"},
    )
    staging_seen = False
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.startswith(".") for p in tmp_path.iterdir() if p.is_dir()) or any(
            p.name.startswith(".") for p in out.iterdir()
        ):
            staging_seen = True
            time.sleep(0.5)
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix in (".csv", ".parquet")}
    assert after == before
    assert staging_seen or proc.returncode == -signal.SIGKILL
