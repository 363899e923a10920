"""Which contract of the territory this is: 1st, 2nd ("CLS 2", "seconde génération")…

History (the contracts it follows) always has lower numbers and future contracts are
recognised by their words, so the highest remaining mention is this contract's.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.context import DocContext, Sentence
from extractors.resolve import Candidate, Resolution, Weighed, resolve
from extractors.wordmatch import wordset
from pipeline.model import Finding

NAME = "generic.generation"
_ORDINALS: dict[str, int] = {
    str(k): int(v) for k, v in vocab.load("triggers")["generation"]["ordinals"].items()
}
_ORD_WORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))


def _w(key: str, bounded: bool = False) -> str:
    """An alternation of the fragments of ``[generation] key`` in triggers.toml."""
    # Pieces of the patterns below: the code says where words start and end, unless
    # ``bounded`` (whole words, as the vocabulary file writes them).
    return vocab.alternation(vocab.words("generation", key, bounded=bounded))


_NOUN = _w("rank_nouns")
_CLS = _w("cls_abbr")  # matched case-sensitively: "cls" in a word is not the contract
_CLS_FULL = _w("cls_full")
_HASHTAG = re.sub(r"\\s[+*]|\s+", "", _CLS_FULL)
"""The contract's full name as a hashtag: its words glued ("ContratLocalDeSanté")."""
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("cls-roman", re.compile(rf"\b{_CLS}\s?(?P<r>III|II|IV|V|I)\b")),
    (
        "cls-number-sign",
        re.compile(
            rf"(?:\b{_CLS}|{_CLS_FULL})\s*n\s*°\s*(?P<n>[1-6])(?!\d)",
            re.IGNORECASE,
        ),
    ),
    ("cls-number", re.compile(rf"\b{_CLS}\s?(?P<n>[1-6])(?![\d\w])\s*\+?", re.IGNORECASE)),
    (
        "contrat-local-number",
        re.compile(rf"{_CLS_FULL}\s+(?P<n>[1-6])(?![\d])\s*\+?", re.IGNORECASE),
    ),
    (
        "ordinal-digits",
        re.compile(rf"(?<![\w])(?P<n>[1-6])\s?{_w('ordinal_suffixes')}\s+{_NOUN}", re.IGNORECASE),
    ),
    (
        "ordinal-word",
        re.compile(rf"(?<![\w])(?P<w>{_ORD_WORD})\s+(?:{_w('new')}\s+)?{_NOUN}", re.IGNORECASE),
    ),
    (
        # A social post glues the contract's name into a hashtag ("notre 2e
        # #ContratLocalDeSanté", "1er #CLS"): the words of the name without their spaces.
        "ordinal-digits-hashtag",
        re.compile(
            rf"(?<![\w])(?P<n>[1-6])\s?{_w('ordinal_suffixes')}\s+"
            rf"#(?:{_HASHTAG}|{_CLS})(?!\w)",
            re.IGNORECASE,
        ),
    ),
    (
        # The rank in apposition to the contract, its noun left out ("Ce contrat, le
        # premier de l'agglomération, couvre …"); a rank among areas ("le troisième du
        # département") is set aside by ``_RANK_AMONG`` as for any rank.
        "ordinal-apposition",
        re.compile(
            rf"(?:\b{_CLS}|{_CLS_FULL}|\b{_w('contract_words')})\s*,\s*{_w('the')}\s+"
            rf"(?P<w>{_ORD_WORD})(?=\s+(?:{_w('of_rank')}|{vocab.grammar('of_contracted')})\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "renewed-nth-time",
        re.compile(
            rf"{_w('renewed_nth')}\w*\s+(?:[\w'’]+\s+){{0,3}}{_w('renewed_for')}"
            rf"\s+(?P<w>{_ORD_WORD})\s+{_w('time')}",
            re.IGNORECASE,
        ),
    ),
    (
        "ordinal-since",
        re.compile(rf"\b{_w('the')}\s+(?P<w>{_ORD_WORD})\s+{_w('since')}\b", re.IGNORECASE),
    ),
    (
        "ordinal-of-generation",
        re.compile(rf"{_w('of_rank')}\s+(?P<w>{_ORD_WORD})\s+{_w('generation')}", re.IGNORECASE),
    ),
]
_FUTURE = vocab.trigger("generation", "future")
_POSSIBLE = wordset(vocab.entries("generation", "possible"))
_ANY_NOUN = re.compile(_w("needs"), re.IGNORECASE)
_OTHER_CONTRACT = vocab.trigger("roles", "other_contract")
_RENEWAL = vocab.trigger("generation", "renewal")
_FOLLOWS = re.compile(rf"{_w('follows')}\s*$", re.IGNORECASE)
_HISTORY_AFTER = re.compile(
    rf"\s*(?:\([^)]*\)\s*)?,?\s*(?:{_w('which')}\s+)?"
    rf"(?:{_w('history_after')}|{_w('history_after_year')}\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
_CONTRACT_WORD = vocab.trigger("generation", "contract_words")


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
    r"\s*(?:" + vocab.alternation(vocab.words("generation", "own_area", bounded=False)) + r")\b",
    re.IGNORECASE,
)
FIRST_IN_MAKING_SCORE = 0.5
"""The score of a first contract named as in the making ("l'élaboration du premier
contrat"): below any rank stated plainly."""
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
    future = _FUTURE.search(before) or _FUTURE.search(after)
    if (
        (future and value != 1)
        or _POSSIBLE.search(before[-40:])
        or ctx.search(_OTHER_CONTRACT, sentence)
        or (ctx.search(_ELSEWHERE, sentence) and not own)
    ):
        return None
    if future:
        # "porte l'élaboration du premier contrat local de santé du territoire" (a
        # deliberation before the signing): a first contract in the making is this one, as
        # no contract can precede a first; a weak candidate, beaten by any other rank.
        ev = ctx.evidence(
            sentence.start + m.start(), sentence.start + m.end(), NAME, f"{rule}-in-the-making", 0.6
        )
        return ctx.candidate("generation", value, ev, FIRST_IN_MAKING_SCORE)
    if rule == "ordinal-word" and _TIMES.search(m.group(0)):
        rule = "ordinal-times"  # "pour la troisième fois": a count of acts, not a noun rank
    first_time = rule == "ordinal-times" and value == 1
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


def other_carriers_blocks(ctx: DocContext) -> frozenset[int]:
    """The paragraphs that speak of another carrier's contract: they name an authority
    that could carry a contract (a lead candidate) other than this one's carrier, and never
    this one's ("Le même jour, la communauté voisine signait son deuxième contrat, pour la
    période 2018-2022." on a page about a first contract signed elsewhere). Their ranks and
    periods are that other contract's. Read once per document."""
    return ctx.once("other_carriers_blocks", lambda: _other_carriers_blocks(ctx))


_AREA_SEPARATOR = re.compile(rf",\s*|\s+(?:{vocab.grammar('and')})\s+")
_LEADING_OF = re.compile(rf"^(?:{vocab.grammar('of')})\s*", re.IGNORECASE)


def _areas(name: str) -> list[str]:
    """The areas a carrier enumerates in its name ("SCoT du Bassin d'Aurillac, du Carladès
    et de la Châtaigneraie Cantalienne"), each one the carrier's own in a paragraph."""
    parts = _AREA_SEPARATOR.split(name)
    return [_LEADING_OF.sub("", p) for p in parts] if len(parts) > 1 else []


def _our_names(ctx: DocContext) -> set[str] | None:
    """The carrier's and territory's names, normalised (None when no carrier is found)."""
    from extractors.generic.lead import find_lead
    from extractors.generic.territory import territory_of
    from pipeline.textnorm import norm_text

    lead = find_lead(ctx)
    if lead is None:
        return None
    names = [territory_of(m.name) for m in lead.mentions] + [m.name for m in lead.mentions]
    ours = {norm_text(n) for n in names} | {norm_text(a) for n in names for a in _areas(n)}
    return {n for n in ours if len(n) >= 3}


def other_contracts_rows(ctx: DocContext) -> frozenset[int]:
    """The rows of a table that lists several contracts, one a row, each with its rank
    or its period ("Territoire | Génération | Période", a box of a department's contracts
    on an agency's page): a row whose first cell names another area than this contract's
    gives that area's contract, not this one's. Read once per document."""
    return ctx.once("other_contracts_rows", lambda: _other_contracts_rows(ctx))


_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d")


def _other_contracts_rows(ctx: DocContext) -> frozenset[int]:
    from pipeline.textnorm import norm_text

    ours = _our_names(ctx)
    if not ours:
        return frozenset()
    blocks = ctx.doc.blocks
    out: set[int] = set()
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "table_row":
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind == "table_row":
            j += 1
        listed = [k for k in range(i, j) if _states_a_contract(blocks[k].text)]
        if len(listed) >= 2:  # a table of several contracts, not one contract's sheet
            for k in listed:
                cell = blocks[k].text.split(" | ")[0]
                first = norm_text(cell)
                if (
                    _area_cell(cell)
                    and len(first) >= 3
                    and not any(n in first or first in n for n in ours)
                ):
                    out.add(k)
        i = j
    return frozenset(out)


def _area_cell(cell: str) -> bool:
    """A first cell that names an area: a capitalised name without digits and without a
    contract's words ("CLS 2 | 2019-2023" and "Calendrier | 2024-2026" are one contract's
    history or calendar, not another area's contract)."""
    cell = cell.strip()
    return (
        cell[:1].isupper()
        and not any(ch.isdigit() for ch in cell)
        and _ANY_NOUN.search(cell) is None
    )


def _states_a_contract(row: str) -> bool:
    """A row that gives a contract's rank or period in a cell after its first."""
    cells = row.split(" | ")
    if len(cells) < 2:
        return False
    rest = " | ".join(cells[1:])
    return _YEAR_RANGE.search(rest) is not None or any(
        rule in _DIRECT_RULES and pattern.search(rest) for rule, pattern in PATTERNS
    )


def _other_carriers_blocks(ctx: DocContext) -> frozenset[int]:
    from extractors.generic.lead import lead_candidates
    from pipeline.textnorm import norm_text

    ours = _our_names(ctx)
    if ours is None:
        return frozenset()
    found, _ = lead_candidates(ctx)
    out: set[int] = set()
    for c in found:
        name = norm_text(str(c.value))
        if any(n in name or name in n for n in ours):
            continue
        sentence = ctx.sentence_at(c.evidence.start)
        if sentence is None:
            continue
        block = ctx.doc.blocks[sentence.block_index]
        text = norm_text(block.text)
        if not any(n in text for n in ours):
            out.add(sentence.block_index)
    return frozenset(out)


def generation_candidates(ctx: DocContext) -> list[Candidate]:
    """Every mention of a contract's rank that is not a future or another's contract."""
    out: list[Candidate] = []
    others = other_carriers_blocks(ctx) | other_contracts_rows(ctx)
    for sentence in ctx.sentences_with(_ANY_NOUN):
        if _ANY_NOUN.search(sentence.text) is None:
            continue  # every pattern needs one of these words
        if sentence.block_index in others:
            continue  # a paragraph (or a table's row) about another carrier's contract
        for rule, pattern in PATTERNS:
            for m in ctx.finditer(pattern, sentence):
                found = _mention(ctx, sentence, rule, m)
                if found is not None:
                    out.append(found)
    return out


_TIMES = re.compile(rf"{_w('time')}$", re.IGNORECASE)
_DIRECT_RULES = frozenset(
    {"cls-roman", "cls-number-sign", "cls-number", "contrat-local-number", "ordinal-digits"}
    | {"ordinal-word", "ordinal-digits-hashtag", "ordinal-apposition"}
)
_INFERRED_RULES = frozenset({"renewed-nth-time"})


def _direct(w: Weighed) -> bool:
    """A rank the document gives its contract with a contract noun ("un troisième
    contrat", "CLS 3"), not inferred from history or from a number of times."""
    rule = w.candidate.evidence.rule
    return rule in _DIRECT_RULES or rule.removesuffix("-self") in _DIRECT_RULES


def _highest(items: list[Weighed]) -> Weighed:
    """Among mentions that weigh alike, a self-statement ("le présent contrat est le
    deuxième") first, then the highest rank: a history names only lower ones. A rank
    inferred from renewals ("renouvelé pour la troisième fois" → 4) yields to a rank the
    document states with a contract noun ("un troisième contrat"): the renewal count
    is ambiguous, the noun is not."""
    if any(_direct(w) for w in items):
        items = [w for w in items if w.candidate.evidence.rule not in _INFERRED_RULES]
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
    for sentence in ctx.sentences_with(_RENEWAL):
        renewal = _RENEWAL.search(sentence.text)
        if renewal and ctx.search(_CONTRACT_WORD, sentence):
            ev = ctx.evidence(
                sentence.start + renewal.start(),
                sentence.start + renewal.end(),
                NAME,
                "renewal-means-second",
                0.6,
            )
            return [Finding("generation", 2, ev)]
    return []


def names_earlier_contract(ctx: DocContext, text: str) -> bool:
    """True when a sentence names a contract by a rank below this contract's generation,
    never by its own, and before any word of signing ("Le deuxième contrat, signé en 2018
    par sept partenaires" in a third contract): its counts and signatories are that
    earlier contract's. "Pour la première fois" is no contract's rank; "six signataires
    … depuis le deuxième contrat" speaks of this one's."""
    chosen = resolve_generation(ctx).chosen
    if chosen is None:
        return False
    own = int(chosen.candidate.value)
    ranks = [
        (m.start(), value)
        for rule, pattern in PATTERNS
        if rule in _DIRECT_RULES
        for m in pattern.finditer(text)
        if (value := _value(m)) is not None and not _TIMES.search(m.group(0))
    ]
    if not ranks or max(v for _, v in ranks) >= own:
        return False
    signing = _SIGNING.search(text)  # the earlier contract is the subject of the signing
    return signing is None or min(p for p, _ in ranks) < signing.start()


_SIGNING = vocab.trigger("roles", "signatory")
