"""Which contract of the territory this is: 1st, 2nd ("CLS 2", "seconde génération")…

History (the contracts it follows) always has lower numbers and future contracts are
recognised by their words, so the highest remaining mention is this contract's.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.context import DocContext, Sentence
from extractors.resolve import Candidate, Resolution, Weighed, resolve
from pipeline.model import Finding

NAME = "generic.generation"
_ORDINALS: dict[str, int] = {
    str(k): int(v) for k, v in vocab.load("triggers")["generation"]["ordinals"].items()
}
_ORD_WORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_NOUN = r"(?:contrat\s+local\s+de\s+sant[ée]|contrat|CLS|g[ée]n[ée]ration|fois|version)"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("cls-roman", re.compile(r"\bCLS\s?(?P<r>III|II|IV|V|I)\b")),
    (
        "cls-number-sign",
        re.compile(
            r"(?:\bCLS|contrat\s+local\s+de\s+sant[ée])\s*n\s*°\s*(?P<n>[1-6])(?!\d)", re.IGNORECASE
        ),
    ),
    ("cls-number", re.compile(r"\bCLS\s?(?P<n>[1-6])(?![\d\w])\s*\+?", re.IGNORECASE)),
    (
        "contrat-local-number",
        re.compile(r"contrat\s+local\s+de\s+sant[ée]\s+(?P<n>[1-6])(?![\d])\s*\+?", re.IGNORECASE),
    ),
    (
        "ordinal-digits",
        re.compile(
            rf"(?<![\w])(?P<n>[1-6])\s?(?:e|è|ème|eme|nd|nde|er|ère|re)\s+{_NOUN}", re.IGNORECASE
        ),
    ),
    (
        "ordinal-word",
        re.compile(
            rf"(?<![\w])(?P<w>{_ORD_WORD})\s+(?:(?:nouveau|nouvel)\s+)?{_NOUN}", re.IGNORECASE
        ),
    ),
    (
        "renewed-nth-time",
        re.compile(
            rf"renouvel\w*\s+(?:[\w'’]+\s+){{0,3}}pour\s+la\s+(?P<w>{_ORD_WORD})\s+fois",
            re.IGNORECASE,
        ),
    ),
    ("ordinal-since", re.compile(rf"\ble\s+(?P<w>{_ORD_WORD})\s+depuis\b", re.IGNORECASE)),
    (
        "ordinal-of-generation",
        re.compile(rf"(?:de|en)\s+(?P<w>{_ORD_WORD})\s+g[ée]n[ée]ration", re.IGNORECASE),
    ),
]
_FUTURE = vocab.trigger("generation", "future")
_ANY_NOUN = re.compile(r"cls|contrat|g[ée]n[ée]ration|fois|version|depuis", re.IGNORECASE)
_OTHER_CONTRACT = vocab.trigger("roles", "other_contract")
_RENEWAL = vocab.trigger("generation", "renewal")
_FOLLOWS = re.compile(
    r"(?:prend\s+le\s+relais\s+d[eu]s?|succ[èe]de\s+(?:[àa]\s+l['’]|[àa]u|aux)|apr[èe]s\s+(?:le|un|l['’])|"
    r"fait\s+suite\s+(?:[àa]\s+l['’]|[àa]u|aux))\s*$",
    re.IGNORECASE,
)
_HISTORY_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?,?\s*(?:qui\s+)?(?:avai(?:t|ent)\s+[ée]t[ée]\s+(?:mis\s+en|sign[ée]|conclu|lanc[ée])|"
    r"a\s+[ée]t[ée]\s+sign[ée]\s+en|"
    r"sign[ée]e?\s+en\s+(?:19|20)\d\d|mis\s+en\s+[œo]e?uvre\s+(?:de|sur|entre)|"
    r"couvrait|portait|(?:de|sur\s+la\s+p[ée]riode)\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)


def _value(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("r"):
        return {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}[groups["r"]]
    if groups.get("n"):
        return int(groups["n"])
    word = (groups.get("w") or "").lower()
    return _ORDINALS.get(word)


_SELF = vocab.trigger("generation", "self")
_ELSEWHERE = vocab.trigger("generation", "elsewhere")
_RANK_AMONG = vocab.trigger("generation", "rank_among")
_OWN_AREA = re.compile(
    r"\s*(?:" + vocab.alternation(vocab.words("generation", "own_area")) + r")\b", re.IGNORECASE
)
SELF_SCORE = 2.0
"""The score of a rank the document states of itself ("le présent contrat est le …")."""


def _mention(ctx: DocContext, sentence: Sentence, rule: str, m: re.Match[str]) -> Candidate | None:
    """One generation mention as a candidate, or None when it is another contract's."""
    value = _value(m)
    if value is None:
        return None
    before = sentence.text[max(0, m.start() - 60) : m.start()]
    after = sentence.text[m.end() : m.end() + 40]
    own = _OWN_AREA.match(after) is not None  # "le premier CLS du territoire"
    if (
        _FUTURE.search(before)
        or _FUTURE.search(after)
        or _OTHER_CONTRACT.search(sentence.text)
        or (_ELSEWHERE.search(sentence.text) and not own)
    ):
        return None
    first_time = rule == "ordinal-word" and m.group(0).lower().endswith("fois") and value == 1
    if first_time and not _first_time_of_contract(sentence.text):
        return None
    if _RANK_AMONG.search(sentence.text[m.end() : m.end() + 80]):
        return None
    if rule == "renewed-nth-time":
        value += 1
    start, end = sentence.start + m.start(), sentence.start + m.end()
    score = 1.0
    if _FOLLOWS.search(before[-30:]) or _HISTORY_AFTER.match(after):
        value += 1
        rule, score = f"{rule}-follows-history", 0.8
    elif _SELF.search(before):
        rule, score = f"{rule}-self", SELF_SCORE
    ev = ctx.evidence(start, end, NAME, rule, 0.85 if score >= 1.0 else 0.7)
    return ctx.candidate("generation", value, ev, score)


_FIRST_TIME = vocab.trigger("generation", "first_time_acts")
_CLS_WORDS = vocab.trigger("territory", "cls")


def _first_time_of_contract(text: str) -> bool:
    """ "Pour la première fois, les intercommunalités se dotent d'un contrat local de
    santé": a first time that tells the contract's own act (getting, signing one) makes
    it a first contract; another first time ("pour la première fois, le CLS inclut …")
    does not."""
    return _FIRST_TIME.search(text) is not None and _CLS_WORDS.search(text) is not None


def generation_candidates(ctx: DocContext) -> list[Candidate]:
    """Every mention of a contract's rank that is not a future or another's contract."""
    out: list[Candidate] = []
    for sentence in ctx.sentences:
        if _ANY_NOUN.search(sentence.text) is None:
            continue  # every pattern needs one of these words
        for rule, pattern in PATTERNS:
            for m in pattern.finditer(sentence.text):
                found = _mention(ctx, sentence, rule, m)
                if found is not None:
                    out.append(found)
    return out


def _highest(items: list[Weighed]) -> Weighed:
    """Among mentions that weigh alike, a self-statement ("le présent contrat est le
    deuxième") first, then the highest rank: a history names only lower ones."""
    return max(items, key=lambda w: (w.candidate.score >= SELF_SCORE, w.candidate.value, w.weight))


def resolve_generation(ctx: DocContext) -> Resolution:
    """The generation's candidates weighed by zone and agreement (once per document:
    the signature reads it too)."""
    return ctx.once(
        "resolve_generation",
        lambda: ctx.keep(resolve("generation", generation_candidates(ctx), _highest)),
    )


def extract_generation(ctx: DocContext) -> list[Finding]:
    """The generation of the contract, from the highest non-future mention."""
    chosen = resolve_generation(ctx).finding()
    if chosen is not None:
        return [chosen]
    for sentence in ctx.sentences:
        renewal = _RENEWAL.search(sentence.text)
        if renewal and re.search(r"\bCLS\b|contrat", sentence.text, re.IGNORECASE):
            ev = ctx.evidence(
                sentence.start + renewal.start(),
                sentence.start + renewal.end(),
                NAME,
                "renewal-means-second",
                0.6,
            )
            return [Finding("generation", 2, ev)]
    return []
