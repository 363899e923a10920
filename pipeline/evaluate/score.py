"""Score predicted CLS records against gold records, as ``shared/corpus/SCHEMA.md`` says.

Scalars count when gold or prediction is non-null; lists are matched one-to-one; the
headline is micro-F1 over every field of every document, with role accuracy beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from pipeline.model import LIST_FIELDS, SCALAR_FIELDS
from pipeline.textnorm import norm_text

_ARTICLES = {"le", "la", "les", "l", "de", "du", "des", "d", "et", "en", "au", "aux", "a"}


def same_string(a: Any, b: Any) -> bool:
    """Equal strings per the schema: fuzzy ratio >= 90 or the shorter's words in the longer."""
    x, y = norm_text(a), norm_text(b)
    if x == y:
        return True
    if not x or not y:
        return False
    if fuzz.ratio(x, y) >= 90:
        return True
    short, long_ = sorted((x, y), key=len)
    words = [w for w in short.split() if w not in _ARTICLES]
    long_words = set(long_.split())
    return bool(words) and all(w in long_words for w in words)


def same_scalar(a: Any, b: Any) -> bool:
    """Equality of scalar values; strings compared leniently."""
    if isinstance(a, str) or isinstance(b, str):
        return same_string(a, b)
    return bool(a == b)


def same_axis(a: Any, b: Any) -> bool:
    """Axis titles match with a fuzzy token ratio of at least 85."""
    return fuzz.token_sort_ratio(norm_text(a), norm_text(b)) >= 85


def same_org(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Organisations (gold first) match on type plus place, or on name when gold has no place."""
    if a.get("type") != b.get("type"):
        return False
    if a.get("place") is None:
        return same_string(a.get("name", ""), b.get("name", ""))
    if b.get("place") is None:
        return False
    return same_string(a["place"], b["place"])


def same_amendment(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Amendments match when both dates agree (a year matches a date in that year)."""

    def part(x: Any, y: Any) -> bool:
        if x is None or y is None:
            return x is None and y is None
        return str(x)[:4] == str(y)[:4] if min(len(str(x)), len(str(y))) == 4 else x == y

    return part(a.get("signed_on"), b.get("signed_on")) and part(
        a.get("extends_to"), b.get("extends_to")
    )


_LIST_MATCHERS: dict[str, Callable[[Any, Any], bool]] = {
    "ars_regions": same_string,
    "axes": same_axis,
    "organisations": same_org,
    "amendments": same_amendment,
}


@dataclass
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """Per-field counts, role accuracy and per-document details of an evaluation."""

    fields: dict[str, Counts] = field(default_factory=dict)
    roles_right: int = 0
    roles_total: int = 0
    missing: list[str] = field(default_factory=list)
    details: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def micro(self) -> Counts:
        total = Counts()
        for counts in self.fields.values():
            total.add(counts)
        return total

    @property
    def role_accuracy(self) -> float:
        return self.roles_right / self.roles_total if self.roles_total else 1.0


def _match(
    gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool]
) -> list[tuple[int, int]]:
    """One-to-one greedy matching of list items in order."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def score_record(gold: dict[str, Any], pred: dict[str, Any], score: Score) -> None:
    """Add one document's comparison to the running score."""
    doc = str(gold.get("id"))
    for name in SCALAR_FIELDS:
        g, p = gold.get(name), pred.get(name)
        counts = score.fields.setdefault(name, Counts())
        if g is None and p is None:
            continue
        if g is not None and p is not None and same_scalar(g, p):
            counts.tp += 1
            continue
        if p is not None:
            counts.fp += 1
        if g is not None:
            counts.fn += 1
        score.details.append((doc, name, f"gold={g!r} pred={p!r}"))
    for name in LIST_FIELDS:
        golds, preds = list(gold.get(name) or []), list(pred.get(name) or [])
        counts = score.fields.setdefault(name, Counts())
        pairs = _match(golds, preds, _LIST_MATCHERS[name])
        counts.tp += len(pairs)
        counts.fp += len(preds) - len(pairs)
        counts.fn += len(golds) - len(pairs)
        matched_g = {g for g, _ in pairs}
        matched_p = {p for _, p in pairs}
        for gi, g in enumerate(golds):
            if gi not in matched_g:
                score.details.append((doc, name, f"missed {g!r}"))
        for pi, p in enumerate(preds):
            if pi not in matched_p:
                score.details.append((doc, name, f"spurious {p!r}"))
        if name == "organisations":
            for gi, pi in pairs:
                score.roles_total += 1
                if golds[gi].get("role") == preds[pi].get("role"):
                    score.roles_right += 1
                else:
                    score.details.append(
                        (
                            doc,
                            "role",
                            f"{golds[gi]['name']!r}: "
                            f"gold={golds[gi].get('role')} pred={preds[pi].get('role')}",
                        )
                    )


def evaluate(golds: Iterable[dict[str, Any]], preds: dict[str, dict[str, Any]]) -> Score:
    """Score every gold record against the prediction with the same id."""
    score = Score()
    for gold in golds:
        pred = preds.get(str(gold["id"]))
        if pred is None:
            score.missing.append(str(gold["id"]))
            pred = {"id": gold["id"]}
        score_record(gold, pred, score)
    return score


def format_score(score: Score, verbose: bool = False) -> str:
    """A plain-text report; its last line is ``micro P=… R=… F1=…``."""
    lines = [f"{'field':<15} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name, c in score.fields.items():
        lines.append(
            f"{name:<15} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"
            f" {c.tp:4d} {c.fp:4d} {c.fn:4d}"
        )
    if verbose:
        lines.append("")
        lines.extend(f"{doc}: {name}: {what}" for doc, name, what in score.details)
        lines.append("")
    for doc in score.missing:
        lines.append(f"no prediction for {doc}")
    lines.append(
        f"roles accuracy={score.role_accuracy:.3f} ({score.roles_right}/{score.roles_total})"
    )
    m = score.micro
    lines.append(f"micro P={m.precision:.3f} R={m.recall:.3f} F1={m.f1:.3f}")
    return "\n".join(lines)
