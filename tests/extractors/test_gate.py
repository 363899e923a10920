"""Literal gates (extractors/gate.py): a pattern never matches a sentence its gate skips."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import extractors.generic
from extractors.context import DocContext, Sentence
from extractors.gate import DIGIT, EXACT, FOLDED, SentenceGates, TextCheck, fold, required_literals
from extractors.generic import orgmatch
from pipeline.text.plain import read_text

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def _patterns() -> list[re.Pattern[str]]:
    names = ["extractors.assemble", "extractors.context", "extractors.zones"]
    names += [
        f"extractors.generic.{m.name}" for m in pkgutil.iter_modules(extractors.generic.__path__)
    ]
    found: list[re.Pattern[str]] = []
    for name in names:
        module = importlib.import_module(name)
        found += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    found += [p for _, p, _, _ in orgmatch._type_patterns()] + [orgmatch._suffix_pattern()]
    return found


def test_literals_of_simple_patterns() -> None:
    # the longest run of letters every match holds
    assert required_literals(re.compile(r"\bcontrat\s+local")) == {("contrat", EXACT)}
    assert required_literals(re.compile(r"(?:avenant|prolong\w+)", re.I)) == {
        ("avenant", FOLDED),
        ("prolong", FOLDED),
    }
    assert required_literals(re.compile(r"(?:avenant)?[a-z]+")) is None  # optional: nothing
    assert required_literals(re.compile(r"(?:avenant)?\d+")) == {("0", DIGIT)}  # a digit
    assert required_literals(re.compile(r"[A-Z]\w+")) is None
    assert required_literals(re.compile(r"d[eu]\s(?:la|un)")) is None  # too short to skip any
    # a run of letters goes on through a small class, one string per spelling
    assert required_literals(re.compile(r"pr[ée]fet", re.I)) == {
        ("préfet", FOLDED),
        ("prefet", FOLDED),
    }
    assert required_literals(re.compile(r"\bCH\b")) == {("CH", EXACT)}  # an acronym as written
    assert required_literals(re.compile(r"SIGNATURE(?i:s)")) == {("SIGNATURE", EXACT)}


def test_folding_follows_re() -> None:
    """``re`` ignoring case takes "İ" for "i" and "ſ" for "s": so does the fold."""
    for text, word in (("İLE", "ile"), ("ſigné", "signé"), ("ÉTAT", "état")):
        pattern = re.compile(word, re.IGNORECASE)
        assert pattern.search(text)
        assert fold(word) in fold(text)
        gates = SentenceGates([Sentence(text, 0, len(text), 0)])
        assert gates.hits(re.compile(word + "s?", re.IGNORECASE)) == {0}


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_gates_skip_only_sentences_that_cannot_match(seed: Path) -> None:
    doc = read_text(seed.read_text(encoding="utf-8"), seed.stem, seed.name)
    ctx = DocContext.of(doc)
    for pattern in _patterns():
        for sentence in ctx.sentences:
            if pattern.search(sentence.text):
                assert ctx.gates.may_match(pattern, sentence), (pattern.pattern, sentence.text)
                assert TextCheck(sentence.text).may_match(pattern), (pattern.pattern, sentence.text)
        assert (ctx.search_text(pattern) is None) == (pattern.search(ctx.text) is None)
