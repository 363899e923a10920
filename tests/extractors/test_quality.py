"""Extraction quality on the corpora with gold records, kept above agreed floors."""

from __future__ import annotations

import json
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Floor:
    """A team-written corpus and the scores it must keep; ``history`` says where they
    come from (first contact while blind, then as a development set)."""

    corpus: str
    micro_f1: float
    history: str
    field_f1: float | None = None  # every field at least this, when set


# Each floor is 0.05 under the score once the corpus was worked on (rules of French
# administrative writing, each with a unit test).
FLOORS = [
    Floor("corpus2", 0.95, "blind"),
    Floor("corpus3", 0.95, "blind"),
    Floor(
        "corpus4",
        0.94,
        "blind; 0.764 first contact, 0.827 after the whole-document readings, 0.992 as dev",
        field_f1=0.85,
    ),
    Floor("corpus5", 0.94, "blind; 0.878 first contact, 0.992 as dev"),
    Floor("corpus6", 0.92, "blind; 0.912 first contact, 0.975 as dev"),
    Floor("corpus7", 0.95, "blind; 0.893 first contact, 1.000 as dev"),
    Floor("corpus8", 0.95, "blind; 0.878 first contact, 0.888 after corpus7, 1.000 as dev"),
    Floor("corpus9", 0.92, "blind; 0.870 first contact, 0.874 after corpus8, 0.971 as dev"),
    Floor("corpus10", 0.95, "blind; 0.915 first contact, 0.920 after corpus9, 1.000 as dev"),
]


@pytest.mark.parametrize("floor", FLOORS, ids=[f.corpus for f in FLOORS])
def test_team_corpus_floor(root: Path, floor: Floor) -> None:
    score = _score(root / "tests" / "fixtures" / floor.corpus)
    assert score.micro.f1 >= floor.micro_f1, score.details
    if floor.field_f1 is not None:
        weak = {name: c.f1 for name, c in score.fields.items() if c.f1 < floor.field_f1}
        assert weak == {}, score.details
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
