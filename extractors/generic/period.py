"""The years the contract covers ("2025-2030", "de 2018 à 2022", "cinq ans à compter de 2023").

Periods of other plans (PRS, contrat de ville) and of previous contracts are told apart
by the words just before them; among the periods left, the latest is this contract's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors import vocab
from extractors.context import DocContext, Sentence
from extractors.generic.dates import month_number
from extractors.generic.numbers import NUMBER, parse_number
from extractors.resolve import Resolution, Weighed, resolve
from extractors.wordmatch import wordset
from pipeline.model import Evidence, Finding

NAME = "generic.period"
_YEAR = r"(?:19|20)\d\d"


def _w(key: str, bounded: bool = False) -> str:
    """An alternation of the fragments of ``[period] key`` in triggers.toml."""
    # Pieces of the patterns below: the code says where words start and end, unless
    # ``bounded`` (whole words, as the vocabulary file writes them).
    return vocab.alternation(vocab.words("period", key, bounded=bounded))


RANGE_RE = re.compile(
    rf"(?<![\d/.])(?:(?P<from>{_w('range_from')})\s+)?(?P<a>{_YEAR})\s*(?P<sep>-|–|—|/|{_w('range_to')}|>|→|➔)\s*"
    rf"(?P<b>{_YEAR})(?![\d/])",
    re.IGNORECASE,
)
DURATION_RE = re.compile(
    rf"{_w('duration_lead')}\s+(?P<n>{NUMBER})\s+{_w('duration_units')}[^.;]{{0,40}}?"
    rf"{_w('duration_from')}\s+(?:{_w('year_lead')}\s+)?(?P<a>{_YEAR})",
    re.IGNORECASE,
)
DATE_RANGE_RE = re.compile(
    rf"{_w('date_from')}\s+(?:1er|\d{{1,2}})\s+[a-zéû]+\.?\s+(?P<a>{_YEAR})"
    rf"\s+{_w('date_to')}\s+(?:\d{{1,2}})\s+[a-zéû]+\.?\s+(?P<b>{_YEAR})",
    re.IGNORECASE,
)
_MONTHS = vocab.alternation(vocab.words("dates", "months", bounded=False))
_EDGE = rf"(?:{_w('month_edges')}\s+)?"
MONTH_RANGE_RE = re.compile(
    rf"{_w('month_from')}\s*{_EDGE}(?P<ma>{_MONTHS})\s+(?P<a>{_YEAR})\s+"
    rf"{_w('month_to')}\s+{_EDGE}(?P<mb>{_MONTHS})\s+(?P<b>{_YEAR})",
    re.IGNORECASE,
)
OPENS_RE = re.compile(
    rf"{_w('opens')}\s+(?P<a>{_YEAR})[^.;]{{0,60}}?{_w('opens_until')}\s+(?P<b>{_YEAR})",
    re.IGNORECASE,
)
_OTHER = vocab.trigger("period", "other_plan")
_ACTION_CALENDAR = re.compile(rf"(?<![\w]){_w('action_calendar')}\s*[:|]\s*$", re.IGNORECASE)
"""A label ending the text before a range ("Calendrier prévisionnel :")."""
ACTION_CALENDAR_FACTOR = 0.2
_TWO_YEARS = re.compile(r"(?:19|20)\d\d")
_HISTORY = vocab.trigger("period", "history")
_FUTURE = vocab.trigger("generation", "future")
_CONTRACT = re.compile(_w("contract_context", True), re.IGNORECASE)
_PLAN_NOUN = wordset(vocab.entries("period", "plan_nouns"))
OTHER_PLAN_FACTOR = 0.4
"""A range after the noun of a plan, in a sentence that never names the contract ("Le
programme local de prévention des déchets 2022-2027 a été lancé en septembre", in an
activity report of several policies), is most likely that plan's: it weighs less than
half a range said of the contract, so it no longer ties with one."""


@dataclass(frozen=True, slots=True)
class PeriodCandidate:
    """A period found in the text and how much it looks like this contract's."""

    start_year: int
    end_year: int
    evidence: Evidence
    score: float


def _context_score(ctx: DocContext, start: int, end: int, sent_text: str, rel: int) -> float | None:
    """None when the words before the period tie it to another plan or contract."""
    before = sent_text[max(0, rel - 45) : rel]
    after = sent_text[rel : rel + 60]
    if _OTHER.search(before) or _OTHER.search(after[:25]):
        return None
    if _HISTORY.search(before):
        return None
    if _future(before):
        return None
    score = 1.0
    if _speaks_of_contract(sent_text):
        score += 1.0
    elif _PLAN_NOUN.search(before):
        score *= OTHER_PLAN_FACTOR
    return score


_STAGE_CONTRACT = vocab.trigger("period", "stage_contract")


def _future(before: str) -> bool:
    """Words of a contract to come before a range ("le futur contrat", "préfigurer"),
    unless they only name the contract's own stage ("Le contrat de préfiguration couvre
    les années 2023 et 2024": a short first contract, signed, whose years are its own)."""
    stages = [m.span() for m in _STAGE_CONTRACT.finditer(before)]
    return any(not any(a <= m.start() < b for a, b in stages) for m in _FUTURE.finditer(before))


@lru_cache(maxsize=64)
def _speaks_of_contract(sent_text: str) -> bool:
    """The sentence names a contract or a period; read once per sentence, not once per
    period in it (a sentence of thousands of periods made this quadratic)."""
    return bool(_CONTRACT.search(sent_text))


def candidates(ctx: DocContext) -> list[PeriodCandidate]:
    """Every plausible period of the text with a score."""
    from extractors.generic.generation import other_carriers_blocks, other_contracts_rows

    out: list[PeriodCandidate] = []
    others = other_carriers_blocks(ctx) | other_contracts_rows(ctx)
    for sentence in ctx.sentences:
        if ctx.search(_TWO_YEARS, sentence) is None and "ans" not in sentence.text:
            continue  # no period can be written without a year (or a duration)
        if sentence.block_index in others:
            continue  # a paragraph about another carrier's contract
        out.extend(_year_ranges(ctx, sentence))
        out.extend(_dated_ranges(ctx, sentence))
    return out


def _year_ranges(ctx: DocContext, sentence: Sentence) -> list[PeriodCandidate]:
    """ "2023-2027", "de 2023 à 2027" scored by their context; "ouvre … jusqu'en 2027"."""
    out: list[PeriodCandidate] = []
    for m in ctx.finditer(RANGE_RE, sentence):
        a, b = int(m.group("a")), int(m.group("b"))
        if not (2009 <= a < b <= a + 10):
            continue
        rel = m.start()
        score = _context_score(
            ctx, sentence.start + m.start(), sentence.start + m.end(), sentence.text, rel
        )
        if score is None:
            continue
        if m.group("sep").lower() == "et" and not m.group("from"):
            score *= 0.5  # "les années 2024 et 2025": two years named, not a span
        if _ACTION_CALENDAR.search(sentence.text[max(0, rel - 40) : rel]):
            score *= ACTION_CALENDAR_FACTOR  # a fiche action's own calendar
        ev = ctx.evidence(
            sentence.start + m.start(), sentence.start + m.end(), NAME, "year-range", 0.9
        )
        out.append(PeriodCandidate(a, b, ev, score))
    for m in ctx.finditer(OPENS_RE, sentence):
        a, b = int(m.group("a")), int(m.group("b"))
        if 2009 <= a < b <= a + 10:
            ev = ctx.evidence(
                sentence.start + m.start(), sentence.start + m.end(), NAME, "opens-until", 0.8
            )
            out.append(PeriodCandidate(a, b, ev, 2.0))
    return out


def _under_a_year(m: re.Match[str]) -> bool:
    """A range of months shorter than a year ("entre octobre 2024 et février 2025") dates
    a piece of work (a diagnostic, a consultation), not a contract's period."""
    first, last = month_number(m.group("ma")), month_number(m.group("mb"))
    if first is None or last is None:
        return False
    return (int(m.group("b")) * 12 + last) - (int(m.group("a")) * 12 + first) + 1 < 12


def _dated_ranges(ctx: DocContext, sentence: Sentence) -> list[PeriodCandidate]:
    """Ranges written with months or full dates, and a duration from a start year."""
    out: list[PeriodCandidate] = []
    for m in ctx.finditer(MONTH_RANGE_RE, sentence):
        a, b = int(m.group("a")), int(m.group("b"))
        if (
            2009 <= a < b <= a + 10
            and not _under_a_year(m)
            and _context_score(
                ctx,
                sentence.start + m.start(),
                sentence.start + m.end(),
                sentence.text,
                m.start(),
            )
            is not None
        ):
            ev = ctx.evidence(
                sentence.start + m.start(),
                sentence.start + m.end(),
                NAME,
                "month-year-range",
                0.85,
            )
            out.append(PeriodCandidate(a, b, ev, 2.0))
    for m in ctx.finditer(DATE_RANGE_RE, sentence):
        a, b = int(m.group("a")), int(m.group("b"))
        if 2009 <= a <= b <= a + 10:
            ev = ctx.evidence(
                sentence.start + m.start(), sentence.start + m.end(), NAME, "date-range", 0.9
            )
            out.append(PeriodCandidate(a, b, ev, 2.0))
    for m in ctx.finditer(DURATION_RE, sentence):
        n = parse_number(m.group("n"))
        a = int(m.group("a"))
        if n is None or not 1 <= n <= 10:
            continue
        ev = ctx.evidence(
            sentence.start + m.start(),
            sentence.start + m.end(),
            NAME,
            _COMPUTED,
            0.8,
        )
        out.append(PeriodCandidate(a, a + n, ev, 1.5))
    return out


def _latest(items: list[Weighed]) -> Weighed:
    """Among the periods that weigh alike, the latest is this contract's (a history
    names earlier ones, a renewal follows the one it replaces)."""

    def key(w: Weighed) -> tuple[int, int, float]:
        start, end = w.candidate.value
        return start, end, w.weight

    return max(items, key=key)


def _earliest(items: list[Weighed]) -> Weighed:
    """In an avenant, the contract it amends is the period it cites first in time (its
    own dates, effect and funding years, come after); its extension is applied apart."""

    def key(w: Weighed) -> tuple[int, int, float]:
        start, end = w.candidate.value
        return -start, -end, w.weight

    return max(items, key=key)


def _written_over_computed(found: list[PeriodCandidate]) -> list[PeriodCandidate]:
    """A period computed from a duration ("cinq ans à compter du 1er janvier 2024" →
    2024-2029) yields to a range the text writes from the same start year ("soit pour la
    période 2024-2028"): the document's own end year beats the arithmetic."""
    written = {c.start_year for c in found if c.evidence.rule != _COMPUTED}
    return [c for c in found if c.evidence.rule != _COMPUTED or c.start_year not in written]


_COMPUTED = "duration-from-start-year"


def resolve_period(ctx: DocContext) -> Resolution:
    """The period's candidates weighed by zone and agreement, the latest of the best
    (the earliest in an avenant)."""
    from extractors.generic.signature import document_is_avenant

    found = [
        ctx.candidate("period", (c.start_year, c.end_year), c.evidence, c.score)
        for c in _written_over_computed(candidates(ctx))
    ]
    return ctx.keep(resolve("period", found, _earliest if document_is_avenant(ctx) else _latest))


def extract_period(ctx: DocContext) -> list[Finding]:
    """period_start and period_end of the contract."""
    chosen = resolve_period(ctx).chosen
    if chosen is None:
        return []
    start, end = chosen.candidate.value
    ev = chosen.candidate.evidence
    return [Finding("period_start", start, ev), Finding("period_end", end, ev)]
