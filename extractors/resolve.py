"""Candidates for a field and the one resolver that chooses among them.

What: every component proposes ``Candidate`` values for the fields it knows (value,
evidence, rule, its own score). ``resolve`` weighs each candidate by the zone its
evidence stands in (``extractors.zones.priors``) and by agreement (other candidates
stating the same value elsewhere), keeps the candidates close to the best, and lets a
field's own tie rule choose among them (the latest period, the highest generation, the
earliest signature). ``Resolution`` keeps the winner and every rejected candidate with
its weight (``Weighed.explain``), so that a value can be shown beside the candidates it
beat.

Why: first-wins extraction took a history box, a fiche action's calendar or a neighbour's
contract as this contract's facts. The same words in a cover, a "Durée" article or a
signature page are worth more than in a preamble telling the past; a value the document
repeats is more likely its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from extractors.zones import priors
from pipeline.model import Evidence, Finding

KEEP_RATIO = 0.5
"""Candidates within this ratio of the best weight go to the field's tie rule."""
AGREEMENT_STEP = 0.15
AGREEMENT_CAP = 4
OTHER_PAGES = frozenset({"teaser", "furniture"})
"""Zones that speak of other pages (sidebars, "À lire aussi", the site's chrome): a value
found only there is never chosen, however little else competes with it."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A value proposed for a field, where it stands and how sure its component is."""

    field: str
    value: Any
    evidence: Evidence
    zone: str = "body"
    score: float = 1.0
    group: str | None = None
    """The value's identity when spellings differ ("CŒUR DE NACRE" = "Cœur de Nacre")."""

    def key(self) -> str:
        """The value as a comparable text (for agreement)."""
        return self.group if self.group is not None else repr(self.value)


@dataclass(frozen=True, slots=True)
class Weighed:
    """A candidate with its final weight."""

    candidate: Candidate
    weight: float

    def explain(self) -> dict[str, Any]:
        """The candidate as JSON: value, zone, scores and evidence."""
        ev = self.candidate.evidence.to_dict()
        ev.update(
            value=self.candidate.value,
            zone=self.candidate.zone,
            score=round(self.candidate.score, 3),
            weight=round(self.weight, 3),
        )
        return ev


@dataclass(slots=True)
class Resolution:
    """The chosen candidate of a field and the rejected ones, heaviest first."""

    name: str
    chosen: Weighed | None = None
    rejected: list[Weighed] = field(default_factory=list)

    def finding(self) -> Finding | None:
        """The chosen value as a finding (its evidence carries its zone)."""
        if self.chosen is None:
            return None
        return Finding(self.name, self.chosen.candidate.value, self.chosen.candidate.evidence)


TieRule = Callable[[list[Weighed]], Weighed]


def heaviest(items: list[Weighed]) -> Weighed:
    """The default tie rule: the heaviest, the first in the document on equal weight."""
    return max(items, key=lambda w: (w.weight, -w.candidate.evidence.start))


def weigh(candidates: list[Candidate]) -> list[Weighed]:
    """Each candidate's weight: its score × its zone's prior × agreement with the others."""
    counts = Counter(c.key() for c in candidates)
    out: list[Weighed] = []
    for c in candidates:
        prior = priors(c.field).get(c.zone, 1.0)
        agree = 1.0 + AGREEMENT_STEP * min(counts[c.key()] - 1, AGREEMENT_CAP)
        out.append(Weighed(c, c.score * prior * agree))
    return out


def pooled(candidates: list[Candidate]) -> list[Weighed]:
    """Weights for fields where repetition is the evidence (the territory, the carrier):
    each candidate weighs its score × its zone's prior, and the mentions of one value
    pool their weights; the value is represented by its heaviest mention."""
    groups: dict[str, list[Weighed]] = {}
    for c in candidates:
        prior = priors(c.field).get(c.zone, 1.0)
        groups.setdefault(c.key(), []).append(Weighed(c, c.score * prior))
    out: list[Weighed] = []
    for members in groups.values():
        best = max(members, key=lambda w: (w.weight, -w.candidate.evidence.start))
        out.append(Weighed(best.candidate, sum(w.weight for w in members)))
    return out


def resolve(
    name: str, candidates: list[Candidate], tie: TieRule = heaviest, pool: bool = False
) -> Resolution:
    """Choose a field's value among its candidates (see the module docstring); with
    ``pool``, the mentions of one value add up (``pooled``) instead of agreeing."""
    weighed = pooled(candidates) if pool else weigh(candidates)
    own = [w for w in weighed if w.candidate.zone not in OTHER_PAGES]
    if not own:  # stated only in a sidebar or the site's chrome: another page's fact
        return Resolution(name, None, sorted(weighed, key=lambda w: -w.weight))
    best = max(w.weight for w in own)
    close = [w for w in own if w.weight >= best * KEEP_RATIO and w.weight > 0]
    chosen = tie(close) if close else heaviest(own)
    rejected = sorted(
        (w for w in weighed if w is not chosen),
        key=lambda w: (-w.weight, w.candidate.evidence.start),
    )
    return Resolution(name, chosen, rejected)
