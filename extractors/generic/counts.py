"""Counts stated in the text: actions, axes and signatories, tied to their noun.

A number counts only when its noun follows it ("27 fiches actions", "trente-quatre
actions"), so communes, inhabitants, euros, pages or phone numbers never count.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extractors import vocab
from extractors.context import DocContext, Sentence
from extractors.generic.generation import names_earlier_contract
from extractors.generic.numbers import NUMBER, parse_number
from extractors.generic.orgmatch import find_mentions
from extractors.resolve import Candidate, Resolution, Weighed, resolve
from extractors.wordmatch import wordset
from pipeline.model import Finding

NAME = "generic.counts"


def _noun(key: str, bounded: bool = False) -> str:
    """An alternation of the words of ``[counts] key`` (compiled from the word syntax)."""
    # Pieces of the patterns below: the code says where words start and end, unless
    # ``bounded`` (whole words, as the vocabulary file writes them).
    return vocab.alternation(vocab.words("counts", key, bounded=bounded))


_ADJ = r"(?:" + vocab.alternation(vocab.words("counts", "adjectives", bounded=False)) + r"\s+)?"
_APPROX = vocab.trigger("counts", "approximate")
_SIGN_WORD = re.compile(_noun("sign_stem"), re.IGNORECASE)
_NOT_AXES = vocab.trigger("axes", "not_axes")
_ONE_AXIS = re.compile(
    rf"(?<![\w])(?:{_noun('one_axis', True)}|{_noun('one_axis_numbered')}\s+(?:\d|[IVX]+\b))",
    re.IGNORECASE,
)
_OTHER_PLAN = vocab.trigger("period", "other_plan")


ACTIONS_RE = re.compile(
    rf"(?<![\w.,-])(?P<n>{NUMBER})\s+{_ADJ}(?P<noun>{_noun('actions')})(?![\w])", re.IGNORECASE
)
AXES_RE = re.compile(
    rf"(?<![\w.,-])(?P<n>{NUMBER})\s+{_ADJ}(?P<noun>{_noun('axes')})(?![\w])", re.IGNORECASE
)
_SUBSET = vocab.alternation(vocab.words("counts", "subsets", bounded=False))
SIGNATORIES_RE = re.compile(
    rf"(?<![\w.,-])(?P<n>{NUMBER})\s+(?P<sub>{_SUBSET}\s+)?{_ADJ}(?:{_noun('signatory_partners')}\s+)?"
    rf"{_noun('signatory_noun')}(?![\w])",
    re.IGNORECASE,
)
SIGNED_BY_RE = re.compile(
    rf"{_noun('signed')}\s+(?:(?:(?!\b{_noun('by')}\b|\b{_noun('and')}\b)[^.;]){{3,70}}?\s+)?"
    rf"{_noun('by')}\s+(?:{_noun('all_of')}\s+)?(?P<n>{NUMBER})\s+{_ADJ}"
    rf"(?:{_noun('signatory_partners')}|{_noun('signatory_noun')})(?![\w])",
    re.IGNORECASE,
)
HAVE_SIGNED_RE = re.compile(
    rf"(?<![\w.,-])(?P<n>{NUMBER})\s+{_ADJ}{_noun('signatory_partners')}\s+"
    rf"(?:(?:{_noun('after_partners')})\s+)?{_noun('have_signed')}",
    re.IGNORECASE,
)
OTHERS_RE = re.compile(
    rf"(?P<n>{NUMBER})\s+{_noun('others')}\s+(?:{_noun('signatory_partners')}|{_noun('signatory_noun')})",
    re.IGNORECASE,
)
MAIN_RE = re.compile(rf"(?P<n>{NUMBER})\s+{_noun('main_signatories')}", re.IGNORECASE)
# Words without which OTHERS_RE and MAIN_RE cannot match, searched first: those two start
# with a number (a long alternation tried at every position) and most sentences hold
# neither word. Same flags, so the test never hides a match.
_AUTRES = re.compile(_noun("others"), re.IGNORECASE)
_SIGNATAIRES = re.compile(_noun("signatories_plural"), re.IGNORECASE)
ITS_RE = re.compile(
    rf"\b{_noun('its')}\s+(?P<n>{NUMBER})\s+(?:{_noun('signatory_partners')}|{_noun('signatory_noun')})",
    re.IGNORECASE,
)
AROUND_RE = re.compile(
    rf"{_noun('around')}\s*(?P<lead>[^,]{{2,60}}),\s+(?P<n>{NUMBER})\s+(?:{_noun('signatory_noun')}|"
    rf"{_noun('signatory_partners')}\s+(?:(?:{_noun('after_partners')})\s+)?{_noun('have_signed')})",
    re.IGNORECASE,
)
BESIDES_RE = re.compile(
    rf"\b{_noun('besides')}\s+(?P<list>[^,;:.]{{3,120}}?)\s*,(?P<rest>[^.;:]*)", re.IGNORECASE
)
SIGNATURES_RE = re.compile(
    rf"(?<![\w.,-])(?P<n>{NUMBER})\s+(?:{_noun('signature_nouns')})(?![\w])", re.IGNORECASE
)
_LEADS_COUNTED = re.compile(
    rf"^(?:{_noun('plural_determiners')}\s+)?(?P<n>{NUMBER})\s", re.IGNORECASE
)


_OWN_SUBJECT = vocab.trigger("axes", "own_subject")
_NUMBERED_BEFORE = re.compile(rf"{_noun('numbered_before', True)}\s*$", re.IGNORECASE)
_OF = re.compile(rf"\s*{_noun('of')}\s+", re.IGNORECASE)
_OF_THIS_AXIS = re.compile(rf"\s*{_noun('of_this_axis')}", re.IGNORECASE)
_SUM_BETWEEN = re.compile(rf"[\w\s'’-]{{0,30}}?\s{_noun('plus')}\s", re.IGNORECASE)
_BY = re.compile(rf"\b{_noun('by')}\s", re.IGNORECASE)


def _of_other_plan(text: str, start: int, end: int) -> bool:
    """A count of axes told of another plan: a plan named just after it ("les sept axes
    du PRS"), or before it with no word bringing the subject back to this contract
    between them ("Issu du PRS …, il s'organise autour de quatre axes" is this
    contract's); a study before it is no plan (``plans_before``)."""
    if _OTHER_PLAN.search(text[end : end + 60]):
        return True
    plans = plans_before(text, start)
    return bool(plans) and not _OWN_SUBJECT.search(text[plans[-1].end() : start])


_STUDY = wordset(vocab.entries("axes", "studies"))


def plans_before(text: str, start: int) -> list[re.Match[str]]:
    """The other plans named before a position, studies aside: a diagnostic or a survey
    has no axes of its own, it leads to the contract's ("Le diagnostic réalisé l'an
    dernier a permis de retenir quatre axes thématiques : …")."""
    return [
        m
        for m in _OTHER_PLAN.finditer(text, 0, start)
        if not _STUDY.whole(m.group(0)) and not _in_incise(text, m, start)
    ]


def _in_incise(text: str, plan: re.Match[str], start: int) -> bool:
    """A plan named inside an incise between the contract, subject of the sentence, and
    its verb ("Le contrat, conclu pour s'achever avec le projet régional de santé, retient
    quatre axes : …"): the commas close the plan's clause, the axes are the contract's."""
    first = text.find(",")
    if first < 0 or first > plan.start() or not _OWN_SUBJECT.search(text[:first]):
        return False
    return "," in text[plan.end() : start]


def _approximate(sentence: Sentence, rel: int) -> bool:
    return _APPROX.search(sentence.text[max(0, rel - 20) : rel]) is not None


_NEEDS = {
    "n_actions": re.compile(_noun("needs_actions"), re.IGNORECASE),
    "n_axes": re.compile(_noun("needs_axes", True), re.IGNORECASE),
    "n_signatories": re.compile(_noun("needs_signatories"), re.IGNORECASE),
}


def _sentences_needed(ctx: DocContext, field: str) -> list[Sentence]:
    """The sentences holding the noun a count of ``field`` ends with (patterns of that
    field cannot match elsewhere); found once per document for all the patterns."""
    needed = _NEEDS.get(field)
    if needed is None:
        return list(ctx.sentences)
    return ctx.once(
        f"counts-sentences-{field}",
        lambda: [s for s in ctx.sentences_with(needed) if needed.search(s.text) is not None],
    )


def _scan(
    ctx: DocContext, pattern: re.Pattern[str], field: str, rule: str, minimum: int = 2
) -> list[Finding]:
    out: list[Finding] = []
    for sentence in _sentences_needed(ctx, field):
        # Searched once per sentence, not once per count in it (quadratic on a sentence
        # of thousands of counts). The first "axe 2" of the sentence ends before a count
        # exactly when the text before the count holds one: matches end on a letter or
        # digit, a count starts after a non-word character, and no match nests in another.
        one_axis = ctx.search(_ONE_AXIS, sentence) if field == "n_actions" else None
        for m in ctx.finditer(pattern, sentence):
            value = parse_number(m.group("n"))
            if value is None or value < minimum or value > 500:
                continue
            if _approximate(sentence, m.start()):
                continue
            if m.groupdict().get("sub"):
                continue
            before = sentence.text[max(0, m.start() - 25) : m.start()].lower()
            if _NUMBERED_BEFORE.search(before) or re.search(r"\d\d[\s.]$", before):
                continue  # "fiche action n° 12", "axe 3", a date's day
            if re.search(r"(?:\.\s?){3,}\s*$|…\s*$", before):
                continue  # a page number after dot leaders, then the next contents line
            if re.match(r"\.\w|@", sentence.text[m.end() : m.end() + 2]):
                continue
            if (
                one_axis is not None
                and one_axis.end() <= m.start()
                and not _CLAUSE_BREAK.search(sentence.text, one_axis.end(), m.start())
            ):
                continue  # "le premier axe compte six actions"; not after a ":" or ";"
            after = sentence.text[m.end() : m.end() + 40]
            if field == "n_axes":
                if _NOT_AXES.match(after.strip()) or (_OF.match(after) and _NOT_AXES.search(after)):
                    continue
                if _of_other_plan(sentence.text, m.start(), m.end()):
                    continue
            if field == "n_actions" and _OF_THIS_AXIS.match(after):
                continue
            if field == "n_actions" and (_of_progress(after) or _axis_row(ctx, sentence)):
                continue
            ev = ctx.evidence(sentence.start + m.start(), sentence.start + m.end(), NAME, rule, 0.9)
            out.append(Finding(field, value, ev))
    return out


_PROGRESS = wordset(vocab.entries("counts", "progress"))
_CLAUSE_END = re.compile(r"[,;:.()]")


def _of_progress(after: str) -> bool:
    """True when the words after a count of fiches, in its clause, give their state ("neuf
    fiches étaient réalisées", "quatre n'avaient pas été engagées"): a report's count of
    fiches by progress, a part of the programme."""
    end = _CLAUSE_END.search(after)
    return _PROGRESS.search(after[: end.start() if end else len(after)]) is not None


_AXIS_HEAD = vocab.trigger("axes", "heading")


def _axis_row(ctx: DocContext, sentence: Sentence) -> bool:
    """True when a count stands in a table row whose first cell is an axis ("Axe
    stratégique n° 1 | … | 6 fiches actions (1.1 à 1.6)", "Axe transversal | … | 5
    fiches"), or in one row of a table whose other rows count fiches too ("Santé
    mentale | 5 actions"): a summary table counts the fiches of each row, not of the
    contract (its total row, if any, is read apart)."""
    block = ctx.block(sentence)
    if block.kind != "table_row":
        return False
    if _AXIS_HEAD.match(block.text.split("|", 1)[0].strip()) is not None:
        return True
    if re.match(rf"^{_noun('total_row')}\b", block.text.strip(), re.IGNORECASE):
        return False
    return _rows_counting(ctx, sentence.block_index) >= 2


def _rows_counting(ctx: DocContext, index: int) -> int:
    """How many rows of the table a row stands in (the run of table rows around it) state
    a count of actions; read once per table, not once per count (a table of a thousand
    counted rows would make it quadratic)."""
    blocks = ctx.doc.blocks
    first = index
    while first > 0 and blocks[first - 1].kind == "table_row":
        first -= 1
    memo: dict[int, int] = ctx.memo.setdefault("rows_counting_actions", {})
    if first not in memo:
        last = index
        while last + 1 < len(blocks) and blocks[last + 1].kind == "table_row":
            last += 1
        memo[first] = sum(
            1 for k in range(first, last + 1) if ACTIONS_RE.search(blocks[k].text) is not None
        )
    return memo[first]


_CLAUSE_BREAK = re.compile(r"[;:]")
_HISTORY = vocab.trigger("territory", "history")
_PAST = vocab.trigger("counts", "past_tense")


def _in_history(ctx: DocContext, offset: int) -> bool:
    """True when the sentence around an offset speaks of an earlier contract, or stands
    in a section telling the history ("Les contrats précédents")."""
    if ctx.zone_at(offset) == "history":
        return True
    sentence = ctx.sentence_at(offset)
    if sentence is None:
        return False
    return ctx.search(_HISTORY, sentence) is not None or ctx.search(_PAST, sentence) is not None


TOTAL_RE = re.compile(
    rf"(?:{_noun('actions')})\b[^.;:]{{0,40}}?[,:]\s*(?P<n>{NUMBER})\s+{_noun('in_total')}",
    re.IGNORECASE,
)
"""A total told after the actions, behind a comma or a colon ("… poursuit ces actions et
en ajoute de nouvelles : 31 au total")."""
_TOTAL_ROW = re.compile(rf"^{_noun('total_row')}\s*\|\s*(?P<n>\d{{1,3}})\s*$", re.IGNORECASE)
_ACTION_WORD = re.compile(_noun("needs_actions_column"), re.IGNORECASE)


_TOTAL_CELLS = re.compile(rf"^{_noun('total_row')}\s*(?:\|\s*\d{{1,3}}\s*){{2,}}$", re.IGNORECASE)


def _column_total(ctx: DocContext, i: int) -> Finding | None:
    """The total row of a table with several columns of counts ("Axe | Fiches | Réalisées
    | En cours" … "Total | 23 | 9 | 10 | 4", an evaluation's status table): the total of
    the column whose header names the fiches or actions without a state of progress."""
    block = ctx.doc.blocks[i]
    first = i
    while first > 0 and ctx.doc.blocks[first - 1].kind == "table_row":
        first -= 1
    if first == i:
        return None
    header = [c.strip() for c in ctx.doc.blocks[first].text.split("|")]
    cells = [c.strip() for c in block.text.split("|")]
    needs = _NEEDS["n_actions"]
    for head, cell in zip(header[1:], cells[1:], strict=False):
        if needs.search(head) and not _PROGRESS.search(head) and cell.isdigit():
            return Finding(
                "n_actions",
                int(cell),
                ctx.evidence(block.start, block.end, NAME, "total-row-of-actions-column", 0.8),
            )
    return None


def _table_total(ctx: DocContext) -> list[Finding]:
    """A table of axes whose columns count actions and whose last row is their total."""
    for i, block in enumerate(ctx.doc.blocks):
        if block.kind == "table_row" and _TOTAL_CELLS.match(block.text):
            found = _column_total(ctx, i)
            if found is not None:
                return [found]
        m = _TOTAL_ROW.match(block.text) if block.kind == "table_row" else None
        if m is None:
            continue
        head = next((b for b in reversed(ctx.doc.blocks[:i]) if b.kind != "table_row"), None)
        header_rows = [b for b in ctx.doc.blocks[max(0, i - 30) : i] if b.kind == "table_row"]
        if any(_ACTION_WORD.search(b.text) for b in header_rows[:1]) or (
            head is not None and _ACTION_WORD.search(head.text)
        ):
            ev = ctx.evidence(block.start, block.end, NAME, "total-row-of-actions", 0.8)
            return [Finding("n_actions", int(m.group("n")), ev)]
    return []


HISTORY_FACTOR = 0.15
"""A count told in a sentence about an earlier contract weighs this much of its score."""


ALIKE = 0.9
"""Counts within this ratio of the heaviest weigh alike (``_largest``)."""


def _largest(items: list[Weighed]) -> Weighed:
    """Among counts that weigh alike, the largest: a contract states its whole number of
    actions, its parts ("6 fiches actions" of one axis) are smaller; a count the text
    repeats (a sentence and a table's total) weighs more than one it states once."""
    best = max(w.weight for w in items)
    alike = [w for w in items if w.weight >= best * ALIKE]
    return max(alike, key=lambda w: (int(w.candidate.value), w.weight))


def actions_count_candidates(ctx: DocContext) -> list[Candidate]:
    """Every count of actions the text states ("27 fiches actions", "… 34 au total", a
    table's total row); a count in a sentence about an earlier contract weighs little."""
    found = _scan(ctx, ACTIONS_RE, "n_actions", "number-before-action-noun")
    found += _scan(ctx, TOTAL_RE, "n_actions", "actions-n-in-total")
    found += _table_total(ctx)
    out: list[Candidate] = []
    for f in found:
        score = HISTORY_FACTOR if _in_history(ctx, f.evidence.start) else 1.0
        out.append(ctx.candidate("n_actions", f.value, f.evidence, score))
    return out


def resolve_actions_count(ctx: DocContext, extra: list[Candidate] | None = None) -> Resolution:
    """The number of actions among the stated counts (and ``extra`` candidates, such as
    the number of fiches set out), weighed by zone; the largest of the best."""
    return resolve("n_actions", actions_count_candidates(ctx) + (extra or []), _largest)


def extract_actions(ctx: DocContext) -> list[Finding]:
    """The number of actions of the contract: the resolved stated count, else the number
    of numbered fiche headings."""
    chosen = resolve_actions_count(ctx).finding()
    return [chosen] if chosen is not None else numbered_fiches(ctx)


_FICHE_HEADING = re.compile(
    rf"^{_noun('fiche_heading')}\s*(?:n\s*°\s*)?(?P<n>(?:\d{{1,2}}|[A-Z])[.-]\d{{1,2}}|\d{{1,2}})\b",
    re.IGNORECASE,
)
"""A fiche's number: "12", "2.3", or a lettered axis's "T.3" (a transversal axis)."""


def numbered_fiches(ctx: DocContext) -> list[Finding]:
    """A contract that states no count but sets out its fiches actions as numbered
    headings: their number (three or more distinct ones)."""
    numbers: dict[str, int] = {}
    for block in ctx.doc.blocks:
        if block.kind != "heading":
            continue
        m = _FICHE_HEADING.match(block.text.strip())
        if m:
            numbers.setdefault(m.group("n").replace("-", "."), block.start)
    if len(numbers) < 3:
        return []
    first = min(numbers.values())
    ev = ctx.evidence(first, first + 20, NAME, "numbered-fiche-headings", 0.6)
    return [Finding("n_actions", len(numbers), ev)]


_PLUS_TRANSVERSAL = re.compile(
    rf"\s*(?:\w+\s+){{0,2}}?{_noun('plus')}\s+{_noun('one')}\s+"
    + vocab.alternation(vocab.words("axes", "transversal", bounded=False))
    + r"\b",
    re.IGNORECASE,
)


def axes_count_candidates(ctx: DocContext) -> list[Candidate]:
    """Every count of axes the text states, as candidates: "quatre axes thématiques et
    deux axes transversaux" adds up to six, "quatre axes … et un axe transversal" to five
    (a sum explains more of the sentence and weighs more than its parts)."""
    found = _scan(ctx, AXES_RE, "n_axes", "number-before-axis-noun")
    out = [ctx.candidate("n_axes", f.value, f.evidence) for f in found]
    for first, second in pairwise(found):
        between = ctx.text[first.evidence.end : second.evidence.start]
        if _SUM_BETWEEN.fullmatch(between):
            total = int(first.value) + int(second.value)
            ev = ctx.evidence(
                first.evidence.start, second.evidence.end, NAME, "sum-of-axis-counts", 0.8
            )
            out.append(ctx.candidate("n_axes", total, ev, 1.2))
    for f in found:
        plus = _PLUS_TRANSVERSAL.match(ctx.text, f.evidence.end, f.evidence.end + 60)
        if plus is not None:
            end = f.evidence.end + plus.end()
            ev = ctx.evidence(f.evidence.start, end, NAME, "count-plus-transversal-axis", 0.8)
            out.append(ctx.candidate("n_axes", int(f.value) + 1, ev, 1.2))
    return out


def extract_axes_count(ctx: DocContext) -> list[Finding]:
    """The number of axes the text states, chosen among ``axes_count_candidates``."""
    chosen = resolve("n_axes", axes_count_candidates(ctx)).finding()
    return [chosen] if chosen is not None else []


_PATTERN_SCORES = (
    (SIGNED_BY_RE, "signed-by-n", 1.0),
    (SIGNATORIES_RE, "n-signatories", 0.9),
    (HAVE_SIGNED_RE, "n-have-signed", 0.9),
    (SIGNATURES_RE, "n-signatures", 0.8),
)


def signatories_count_candidates(ctx: DocContext) -> list[Candidate]:
    """Every count of signatories the text states ("signé par 20 partenaires", "outre les
    deux principaux signataires, treize autres partenaires" → 15, "Onze signatures en
    tout"), as candidates placed in their zones: a sentence's sum first, then the
    patterns; a sidebar's or a history's count weighs little (``[priors.n_signatories]``)."""
    out: list[Candidate] = []
    summed: set[int] = set()
    # a sum needs one of these patterns (see _stated_in); no other sentence states one
    for sentence in ctx.sentences_with(
        OTHERS_RE, ITS_RE, JOINED_RE, BESIDES_RE, AROUND_RE, RAISED_RE
    ):
        found = _stated_in(ctx, sentence)
        if found is not None:
            summed.add(sentence.start)
            raised = found.evidence.rule == "count-raised-to"
            score = RAISED_SCORE if raised else 1.1  # the new count supersedes the old
            out.append(ctx.candidate("n_signatories", found.value, found.evidence, score))
    pending = ctx.has("roles", "pending")
    for pattern, rule, score in _PATTERN_SCORES:
        if pattern is SIGNATURES_RE and pending:
            continue  # signatures made so far, others still to come: not the count
        for f in _scan(ctx, pattern, "n_signatories", rule):
            around = ctx.sentence_at(f.evidence.start)
            if around is not None and around.start in summed:
                continue  # the sentence's sum already counts this number
            if around is not None and names_earlier_contract(ctx, around.text):
                continue  # "le deuxième contrat, signé par sept partenaires" in a third
            weight = score * HISTORY_FACTOR if _told_in_the_past(ctx, around) else score
            out.append(ctx.candidate("n_signatories", f.value, f.evidence, weight))
    return out


def _told_in_the_past(ctx: DocContext, sentence: Sentence | None) -> bool:
    """True when a count of signatories stands in a history section or in a sentence in the
    imperfect, the tense of a contract that is over ("Ce contrat à trois signataires
    couvrait les années 2014 à 2016", "il comptait six signataires"): an earlier
    contract's signatories, not this one's."""
    if sentence is None:
        return False
    return ctx.zone_at(sentence.start) == "history" or _PAST.search(sentence.text) is not None


def extract_signatories_count(ctx: DocContext) -> list[Finding]:
    """The number of signatories stated, chosen among ``signatories_count_candidates``."""
    chosen = resolve("n_signatories", signatories_count_candidates(ctx)).finding()
    return [chosen] if chosen is not None else []


RAISED_SCORE = 1.5
"""A count said to change to a new number outweighs the count it replaces, stated as such
elsewhere ("signé … par six signataires" in the visas of an avenant)."""
RAISED_RE = re.compile(
    rf"(?:{_noun('signatory_noun')}|{_noun('signatory_partners')})(?![\w])[^.;:]{{0,40}}?"
    rf"(?<![\w]){_noun('raised')}(?:\s+\w+)?\s+{_noun('from')}\s+(?P<before>{NUMBER})\s+{_noun('to')}\s+(?P<n>{NUMBER})(?![\w])",
    re.IGNORECASE,
)
"""A count of signatories said to change ("le nombre de signataires est porté de six à
huit", an avenant adding parties): the new count."""


def _stated_in(ctx: DocContext, sentence: Sentence) -> Finding | None:
    """A count of signatories one sentence states as a sum or as "the lead and its N", or
    as changed to a new number ("porté de six à huit")."""
    raised = ctx.search(RAISED_RE, sentence)
    if raised is not None and (n := parse_number(raised.group("n"))):
        ev = ctx.evidence(
            sentence.start + raised.start("before"),
            sentence.start + raised.end(),
            NAME,
            "count-raised-to",
            0.85,
        )
        return Finding("n_signatories", n, ev)
    others = ctx.search(OTHERS_RE, sentence) if ctx.search(_AUTRES, sentence) else None
    main = ctx.search(MAIN_RE, sentence) if ctx.search(_SIGNATAIRES, sentence) else None
    if others and main and ctx.search(_SIGN_WORD, sentence):
        a, b = parse_number(main.group("n")), parse_number(others.group("n"))
        if a and b:
            ev = ctx.evidence(
                sentence.start + main.start(),
                sentence.start + others.end(),
                NAME,
                "main-plus-others",
                0.85,
            )
            return Finding("n_signatories", a + b, ev)
    if others and not main and _SIGN_WORD.search(sentence.text[: others.start()]):
        head = sentence.text[: others.start()]
        by = list(_BY.finditer(head))
        listed = head[by[-1].end() :] if by else ""
        named = [s for s in re.split(r",|\set\s", listed) if s.strip()]
        if not named:
            named = [m.name for m in find_mentions(head)]
        n = parse_number(others.group("n"))
        if named and n:
            ev = ctx.evidence(
                sentence.start, sentence.start + others.end(), NAME, "named-plus-others", 0.75
            )
            return Finding("n_signatories", len(named) + n, ev)
    its = ctx.search(ITS_RE, sentence)
    if its and _SIGN_WORD.search(sentence.text[its.end() :]):
        n = parse_number(its.group("n"))
        if n:
            ev = ctx.evidence(
                sentence.start + its.start(),
                sentence.start + its.end(),
                NAME,
                "lead-and-its-partners",
                0.8,
            )
            return Finding("n_signatories", n + 1, ev)
    joined = _joined_bodies(ctx, sentence)
    if joined is not None:
        return joined
    besides = _besides_bodies(ctx, sentence)
    if besides is not None:
        return besides
    return _around_bodies(ctx, sentence)


def _around_bodies(ctx: DocContext, sentence: Sentence) -> Finding | None:
    """Partners counted around named carriers ("Autour de la Ville et de l'ARS, onze
    partenaires ont signé" → 13; "Autour des trois intercommunalités, seize …" → 19)."""
    around = ctx.search(AROUND_RE, sentence)
    if around and not _names_bodies(around.group("lead")):
        return None  # "Autour de la table, six signataires : …": a scene, no carrier
    if around:
        n = parse_number(around.group("n"))
        carriers = _bodies_named(around.group("lead"))
        if n and carriers:  # "Autour des trois intercommunalités, seize partenaires"
            n += carriers - 1
        if n:
            ev = ctx.evidence(
                sentence.start + around.start(),
                sentence.start + around.end(),
                NAME,
                "around-lead-n-signatories",
                0.8,
            )
            return Finding("n_signatories", n + 1, ev)
    return None


def _names_bodies(phrase: str) -> bool:
    """True when the words after "autour de" name bodies ("l'Agglo2B", "la Ville et
    l'ARS", "des trois intercommunalités", "la commune"), not the scene of the signing
    ("Autour de la table, six signataires : …", "autour d'un café"): a capitalised
    word, a count, a known body or a kind of body."""
    if re.search(r"[A-ZÉÈÎÔÂ]", phrase):
        return True
    if _LEADS_COUNTED.match(phrase.strip()) or MAIN_RE.search(phrase) or find_mentions(phrase):
        return True
    return any(_GENERIC_BODY.match(w.strip("'’")) for w in re.split(r"[\s'’]+", phrase))


JOINED_RE = re.compile(
    rf"(?<![\w.,-])(?P<n>{NUMBER})\s+{_ADJ}{_noun('signatory_partners')}\s+"
    rf"{_noun('joined')}\s+(?P<list>[^.;:]{{3,200}}?)\s+{_noun('joined_purpose')}(?![\w])",
    re.IGNORECASE,
)
_JOINED_SPLIT = re.compile(
    rf",\s*(?:{_noun('joined_item_prepositions')}\s+)?"
    rf"|\s+{_noun('and')}\s+(?:{_noun('joined_item_prepositions')}\s+)?",
    re.IGNORECASE,
)


def _joined_bodies(ctx: DocContext, sentence: Sentence) -> Finding | None:
    """Counted partners joining named bodies to sign ("sept partenaires se sont joints à
    l'ARS et à la Ville pour signer le contrat" → 9): the count plus the bodies named."""
    m = ctx.search(JOINED_RE, sentence)
    if m is None:
        return None
    n = parse_number(m.group("n"))
    items = [i.strip() for i in _JOINED_SPLIT.split(m.group("list")) if i.strip()]
    if not n or not items or len(items) > 4:
        return None
    ev = ctx.evidence(
        sentence.start + m.start(), sentence.start + m.end(), NAME, "n-joined-named", 0.8
    )
    return Finding("n_signatories", n + len(items), ev)


def _bodies_named(phrase: str) -> int | None:
    """How many bodies a short phrase names: the number it states ("les trois
    intercommunalités" → 3), else its items joined by commas and "et" ("la Ville et l'ARS"
    → 2); None for a phrase too long to be a list of bodies."""
    phrase = phrase.strip()
    counted = _LEADS_COUNTED.match(phrase) or MAIN_RE.search(phrase)
    if counted:
        return parse_number(counted.group("n"))
    items = [i for i in _JOINED_SPLIT.split(phrase) if i.strip()]
    return len(items) if 0 < len(items) <= 4 else None


def _besides_bodies(ctx: DocContext, sentence: Sentence) -> Finding | None:
    """Partners counted besides named bodies ("outre la Métropole et l'ARS, le contrat
    sera signé par treize partenaires" → 15): the bodies named sign too."""
    m = ctx.search(BESIDES_RE, sentence)
    if m is None or not _SIGN_WORD.search(m.group("rest")):
        return None
    count = SIGNED_BY_RE.search(m.group("rest")) or SIGNATORIES_RE.search(m.group("rest"))
    count = count or HAVE_SIGNED_RE.search(m.group("rest"))
    named = _bodies_named(m.group("list"))
    n = parse_number(count.group("n")) if count else None
    if count is None or not n or not named:
        return None
    start = sentence.start + m.start()
    end = sentence.start + m.start("rest") + count.end()
    ev = ctx.evidence(start, end, NAME, "named-besides-n", 0.8)
    return Finding("n_signatories", n + named, ev)


_ENUMERATED = re.compile(
    rf"^(?P<list>[^.;:()]{{3,200}}?)\s+{_noun('enumeration_verbs')}(?![\w])", re.IGNORECASE
)
_ITEM_SPLIT = re.compile(rf",\s*|\s+{_noun('and')}\s+", re.IGNORECASE)
ENUMERATION_SCORE = 0.55
"""A signing sentence's own enumeration weighs a little more than the bodies recognised in
it when it names more of them ("Ville, État, hôpital, Assurance maladie et ARS")."""


_GENERIC_BODY = re.compile(
    vocab.alternation(vocab.words("orgs", "generic_nouns", bounded=False)) + r"$", re.IGNORECASE
)


def _body_like(item: str) -> bool:
    """A short item naming a body: capitalised ("Assurance maladie") or a kind of body
    ("hôpital")."""
    return len(item.split()) <= 6 and (item[:1].isupper() or bool(_GENERIC_BODY.match(item)))


def enumerated_signatories(ctx: DocContext) -> Candidate | None:
    """The bodies a signing sentence enumerates as its subject, however it names them
    ("Ville, État, hôpital, Assurance maladie et Agence régionale de santé se sont
    engagés" → 5): short items, each opening with a capital letter."""
    for sentence in ctx.sentences_with(_ENUMERATED):
        m = _ENUMERATED.match(sentence.text.strip())
        if m is None:
            continue
        items = [i.strip() for i in _ITEM_SPLIT.split(m.group("list")) if i.strip()]
        if len(items) < 3 or not all(_body_like(i) for i in items):
            continue
        start = sentence.start + sentence.text.find(m.group("list"))
        ev = ctx.evidence(start, start + len(m.group("list")), NAME, "enumerated-subject", 0.6)
        return ctx.candidate("n_signatories", len(items), ev, ENUMERATION_SCORE)
    return None
