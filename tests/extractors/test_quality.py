"""Extraction quality on the corpora with gold records, kept above agreed floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.batch.stages import process_source
from pipeline.evaluate.score import Score, evaluate
from pipeline.ingest.sources import Source
from pipeline.text import SUFFIX_KINDS

DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"
DEV2 = DEV.parent / "dev2"


def _score(gold_dir: Path) -> Score:
    golds = [json.loads(p.read_text("utf-8")) for p in sorted(gold_dir.glob("*.gold.json"))]
    preds: dict[str, dict[str, object]] = {}
    for gold in golds:
        for suffix in SUFFIX_KINDS:
            path = gold_dir / f"{gold['id']}{suffix}"
            if path.exists():
                outcome = process_source(Source(str(path)))
                assert outcome.record is not None, outcome.errors
                preds[gold["id"]] = outcome.record.to_dict()
                break
    return evaluate(golds, preds)


def test_seeds_micro_f1_and_roles(seeds_dir: Path) -> None:
    score = _score(seeds_dir)
    assert score.micro.f1 >= 0.98, score.details
    assert score.role_accuracy >= 0.9


@pytest.mark.skipif(not DEV.is_dir(), reason="shared/corpus/dev is not beside the repository")
def test_dev_corpus_floor() -> None:
    score = _score(DEV)
    assert score.micro.f1 >= 0.98, score.details


@pytest.mark.skipif(not DEV2.is_dir(), reason="shared/corpus/dev2 is not beside the repository")
def test_dev2_corpus_floor() -> None:
    # dev2 (written by other people) scored 0.862 on first contact; 0.971 at this floor's setting
    score = _score(DEV2)
    assert score.micro.f1 >= 0.95, score.details
    weak = {name: c.f1 for name, c in score.fields.items() if c.f1 < 0.9}
    assert weak == {}, score.details


def test_second_corpus_floor(root: Path) -> None:
    score = _score(root / "tests" / "fixtures" / "corpus2")
    assert score.micro.f1 >= 0.95, score.details
    assert score.role_accuracy >= 0.9


def test_third_corpus_floor(root: Path) -> None:
    score = _score(root / "tests" / "fixtures" / "corpus3")
    assert score.micro.f1 >= 0.95, score.details
    assert score.role_accuracy >= 0.9


def test_fourth_corpus_floor(root: Path) -> None:
    # corpus4 scored micro-F1 0.764 on first contact (written blind), 0.827 after the
    # whole-document readings of #16, 0.992 once used as a development set (the resolver
    # for every count and the carrier); floor 0.05 under it, every field >= 0.85
    score = _score(root / "tests" / "fixtures" / "corpus4")
    assert score.micro.f1 >= 0.94, score.details
    weak = {name: c.f1 for name, c in score.fields.items() if c.f1 < 0.85}
    assert weak == {}, score.details
    assert score.role_accuracy >= 0.9


def test_fifth_corpus_floor(root: Path) -> None:
    # corpus5 (written blind, for #16) scored micro-F1 0.878 on first contact, 0.992 once
    # used as a development set (rules of French administrative writing, each with a unit
    # test); floor 0.05 under it
    score = _score(root / "tests" / "fixtures" / "corpus5")
    assert score.micro.f1 >= 0.94, score.details
    assert score.role_accuracy >= 0.9


def test_sixth_corpus_floor(root: Path) -> None:
    # corpus6 (written blind, for #16) scored micro-F1 0.912 on first contact, 0.975 once
    # used as a development set (rules of French administrative writing, each with a unit
    # test); floor 0.05 under it
    score = _score(root / "tests" / "fixtures" / "corpus6")
    assert score.micro.f1 >= 0.92, score.details
    assert score.role_accuracy >= 0.9


def test_seventh_corpus_floor(root: Path) -> None:
    # corpus7 (written blind, for #16) scored micro-F1 0.893 on first contact, 1.000 once
    # used as a development set (rules of French writing, each with a unit test); floor
    # 0.05 under it
    score = _score(root / "tests" / "fixtures" / "corpus7")
    assert score.micro.f1 >= 0.95, score.details
    assert score.role_accuracy >= 0.9


def test_eighth_corpus_floor(root: Path) -> None:
    # corpus8 (written blind, for #16) scored micro-F1 0.878 on first contact, 0.888 after
    # the work on corpus7 (still unseen), 1.000 once used as a development set; floor 0.05
    # under it
    score = _score(root / "tests" / "fixtures" / "corpus8")
    assert score.micro.f1 >= 0.95, score.details
    assert score.role_accuracy >= 0.9


def test_corpus9_floor(root: Path) -> None:
    # corpus9 (written blind, for #16) scored micro-F1 0.870 on first contact, 0.874 after
    # the work on corpus8 (still unseen), 0.944 once used as a development set; floor 0.05
    # under it
    score = _score(root / "tests" / "fixtures" / "corpus9")
    assert score.micro.f1 >= 0.89, score.details
    assert score.role_accuracy >= 0.9


def test_bundled_samples_match_their_expected_records(root: Path) -> None:
    expected = json.loads(
        (root / "tests" / "fixtures" / "samples_expected.json").read_text("utf-8")
    )
    golds = list(expected.values())
    preds = {}
    for name in expected:
        outcome = process_source(Source(str(root / "data" / "raw" / "samples" / name)))
        assert outcome.record is not None, outcome.errors
        preds[outcome.record.id] = outcome.record.to_dict()
    score = evaluate(golds, preds)
    assert score.micro.f1 >= 0.9, score.details
