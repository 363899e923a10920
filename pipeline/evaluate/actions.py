"""Score predicted fiches actions against ``NAME.actions.json`` golds (SCHEMA.md, 1.1).

What: gold and predicted actions of a document are matched one-to-one, by number when
both have one, else by title (fuzzy token ratio of at least 85); precision, recall and
F1 count the matches, then each field's accuracy is measured over the matched pairs.

Why: the headline micro-F1 leaves actions out, so the programme of long contracts needs
its own figure; the per-field accuracies say which part of a fiche is read wrongly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from pipeline.evaluate.score import Counts, same_string
from pipeline.textnorm import norm_text

ACTION_FIELDS: tuple[str, ...] = ("title", "axis", "pilot", "partners", "public", "start", "end")


def same_title(a: Any, b: Any) -> bool:
    """Titles match with a fuzzy token ratio of at least 85."""
    return fuzz.token_sort_ratio(norm_text(a), norm_text(b)) >= 85


def same_pilot(a: Any, b: Any) -> bool:
    """Pilots match with a ratio of at least 85 or one name contained in the other."""
    x, y = norm_text(a), norm_text(b)
    if not x or not y:
        return x == y
    return fuzz.ratio(x, y) >= 85 or x in y or y in x


def same_partners(a: Any, b: Any) -> bool:
    """Partner lists match when their items pair one-to-one (lenient string equality)."""
    golds, preds = list(a or []), list(b or [])
    if len(golds) != len(preds):
        return False
    used: set[int] = set()
    for g in golds:
        hit = next((i for i, p in enumerate(preds) if i not in used and same_string(g, p)), None)
        if hit is None:
            return False
        used.add(hit)
    return True


def _same_value(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return same_string(a, b) if isinstance(a, str) else bool(a == b)


_FIELD_SAME: dict[str, Callable[[Any, Any], bool]] = {
    "title": same_title,
    "axis": _same_value,
    "pilot": lambda a, b: (a is None and b is None) or (a is not None and same_pilot(a, b)),
    "partners": same_partners,
    "public": _same_value,
    "start": _same_value,
    "end": _same_value,
}


@dataclass
class ActionScore:
    """Matching counts of actions, and per-field right/total over matched actions."""

    counts: Counts = field(default_factory=Counts)
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ACTION_FIELDS, 0))
    matched: int = 0
    documents: int = 0
    details: list[tuple[str, str, str]] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        """Share of matched actions whose field agrees with gold (1.0 when none matched)."""
        return self.right[name] / self.matched if self.matched else 1.0


def _number_key(value: Any) -> str:
    return norm_text(value).replace(" ", "") if value else ""


def match_actions(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index): by number first, then by title."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    by_number: dict[str, list[int]] = {}
    for pi, p in enumerate(pred):
        if _number_key(p.get("number")):
            by_number.setdefault(_number_key(p.get("number")), []).append(pi)
    for gi, g in enumerate(gold):
        free = [pi for pi in by_number.get(_number_key(g.get("number")), []) if pi not in used_p]
        if _number_key(g.get("number")) and free:
            pairs.append((gi, free[0]))
            used_g.add(gi)
            used_p.add(free[0])
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        for pi, p in enumerate(pred):
            if pi not in used_p and same_title(g.get("title"), p.get("title")):
                pairs.append((gi, pi))
                used_p.add(pi)
                break
    return sorted(pairs)


def score_actions(
    doc: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]], score: ActionScore
) -> None:
    """Add one document's actions to the running score."""
    score.documents += 1
    pairs = match_actions(gold, pred)
    score.counts.tp += len(pairs)
    score.counts.fp += len(pred) - len(pairs)
    score.counts.fn += len(gold) - len(pairs)
    score.matched += len(pairs)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    for gi, pi in pairs:
        for name in ACTION_FIELDS:
            g, p = gold[gi].get(name), pred[pi].get(name)
            if _FIELD_SAME[name](g, p):
                score.right[name] += 1
            else:
                label = gold[gi].get("number") or gold[gi].get("title")
                score.details.append((doc, f"actions.{name}", f"{label}: gold={g!r} pred={p!r}"))
    score.details.extend(
        (doc, "actions", f"missed {g.get('number')} {g.get('title')!r}")
        for gi, g in enumerate(gold)
        if gi not in matched_g
    )
    score.details.extend(
        (doc, "actions", f"spurious {p.get('number')} {p.get('title')!r}")
        for pi, p in enumerate(pred)
        if pi not in matched_p
    )


def evaluate_actions(
    golds: Iterable[tuple[str, list[dict[str, Any]]]], preds: dict[str, dict[str, Any]]
) -> ActionScore:
    """Score every document that has an actions gold against its prediction's actions."""
    score = ActionScore()
    for doc, gold in golds:
        pred = preds.get(doc) or {}
        score_actions(doc, gold, list(pred.get("actions") or []), score)
    return score


def format_actions(score: ActionScore, verbose: bool = False) -> list[str]:
    """Report lines: one ``actions P=… R=… F1=…`` line with the field accuracies."""
    c = score.counts
    fields = " ".join(f"{name}={score.accuracy(name):.3f}" for name in ACTION_FIELDS)
    lines = [
        f"actions P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}"
        f" tp={c.tp} fp={c.fp} fn={c.fn} docs={score.documents} {fields}"
    ]
    if verbose:
        lines.extend(f"{doc}: {name}: {what}" for doc, name, what in score.details)
    return lines
