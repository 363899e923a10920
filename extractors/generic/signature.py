"""The contract's signature date and its amendments (avenants, extensions).

A date is the signature when a signature word governs it in its sentence, closer than
any word that ties it to something else (a council vote, an update, a charter) and with
no sign that the signature is still to come.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from extractors import vocab
from extractors.context import DocContext, Sentence
from extractors.generic.dates import MONTH_YEAR_RE, DateMention, complete_year, find_dates
from extractors.resolve import Candidate, Resolution, resolve
from pipeline.model import Amendment, Finding

NAME = "generic.signature"
_POS = vocab.trigger("signature", "positive")
_NEG = vocab.trigger("signature", "negative")
_PLANNED = vocab.trigger("signature", "planned")
_ENDING = vocab.trigger("signature", "ending")


def _w(key: str, bounded: bool = False) -> str:
    """An alternation of the fragments of ``[signature] key`` in triggers.toml."""
    # Pieces of the patterns below: the code says where words start and end, unless
    # ``bounded`` (whole words, as the vocabulary file writes them).
    return vocab.alternation(vocab.words("signature", key, bounded=bounded))


_EARLIER = vocab.trigger("signature", "earlier")
_SIGN_STEM = re.compile(rf"\b{_w('sign_stem')}", re.IGNORECASE)
_NEXT_DAY = re.compile(rf"\d{{1,2}}\s+\w+\s+{_w('next')}", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(rf"{_w('until_before', True)}\s*$", re.IGNORECASE)
_DEED = vocab.trigger("signature", "deed")
_DELIBERATION = vocab.trigger("signature", "deliberation")
_AMEND = vocab.trigger("signature", "amendment")
_AVENANT = vocab.trigger("signature", "avenant")
_SELF_AVENANT = vocab.trigger("signature", "self_avenant")
_CONTRACT_WORD = vocab.trigger("generation", "contract_words")
_OTHER_DOC = vocab.trigger("documents", "other")
_NEXT_CONTRACT = vocab.trigger("generation", "future")
_OTHER_PLAN = vocab.trigger("period", "other_plan")
_OF_CONTRACT = re.compile(rf"^\s*(?:n\s*°\s*\d+\s*)?{_w('of_contract')}\b", re.IGNORECASE)
_CLAUSE_START = re.compile(
    rf"[;:]|\b{_w('new_clause')}\s+(?=\w+\s+{_w('new_clause_verbs')}\s)", re.IGNORECASE
)
_UNTIL = re.compile(rf"{_w('until', True)}\s+", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_LONG_SENTENCE = 4000
_WINDOW = 1000


@dataclass(frozen=True, slots=True)
class _Dated:
    mention: DateMention
    day: date
    sentence: Sentence
    answers_signature_heading: bool = False


def _nearest(pattern: re.Pattern[str], text: str, pos: int) -> int | None:
    """Distance from a position to the nearest match of a pattern in the text."""
    best: int | None = None
    for m in pattern.finditer(text):
        dist = min(abs(m.start() - pos), abs(m.end() - pos))
        if best is None or dist < best:
            best = dist
    return best


def _year_candidates(ctx: DocContext, sentence: Sentence) -> list[int]:
    """Years written near a sentence (its block, at most 1,500 characters around) and at
    the top of the document: the candidates for a date written without its year."""
    block = ctx.block(sentence)
    lo = max(block.start, sentence.start - 1500)
    hi = min(block.end, sentence.end + 1500)
    years = [int(y) for y in _YEAR.findall(ctx.text[lo:hi])]
    years += [int(y) for y in _YEAR.findall(ctx.text[:2000])]
    return years


def _answers_heading(ctx: DocContext, sentence: Sentence, mention: DateMention) -> bool:
    """A date opening the paragraph under a heading about the signature ("Quand a-t-il
    été signé ?" — "Le 25 mars 2022, …")."""
    block = ctx.block(sentence)
    if sentence.start != block.start or mention.start - sentence.start > 8:
        return False
    index = sentence.block_index
    previous = ctx.doc.blocks[index - 1] if index > 0 else None
    return (
        previous is not None
        and previous.kind == "heading"
        and _POS.search(previous.text) is not None
        and not _AVENANT.search(previous.text)
    )


def dated_sentences(ctx: DocContext) -> list[_Dated]:
    """Every day-precise date with its sentence, year-less ones completed."""
    out: list[_Dated] = []
    years_of: dict[int, list[int]] = {}  # per block: a block's years are read once
    for sentence in ctx.sentences:
        for mention in find_dates(sentence.text, sentence.start):
            block = ctx.block(sentence).start
            if block not in years_of:
                years_of[block] = _year_candidates(ctx, sentence)
            day = complete_year(mention, years_of[block], ctx.publication_date)
            if day is not None:
                out.append(_Dated(mention, day, sentence, _answers_heading(ctx, sentence, mention)))
    return out


def _is_signature(item: _Dated) -> tuple[bool, bool]:
    """(is a signature date, is an amendment's) for a dated sentence.

    In a sentence longer than ``_LONG_SENTENCE`` characters (text without full stops:
    a PDF's table dump, a hostile file) only the ``_WINDOW`` characters on each side of
    the date are read, so that many dates in one such sentence cost linear, not
    quadratic, time.
    """
    text = item.sentence.text
    pos = item.mention.start - item.sentence.start
    if len(text) > _LONG_SENTENCE:
        first = max(0, pos - _WINDOW)
        text, pos = text[first : pos + _WINDOW], pos - first
    if _UNTIL_BEFORE.search(text[max(0, pos - 12) : pos]):
        return False, False
    if _ENDING.search(text[max(0, pos - 30) : pos]):
        return False, False  # "ce premier contrat a pris fin le 31 décembre 2024"
    pos_dist = _nearest(_POS, text, pos)
    if pos_dist is None and item.answers_signature_heading and not _NEG.search(text):
        return True, False
    if pos_dist is None or _PLANNED.search(text):
        return False, False
    neg_dist = _nearest(_NEG, text, pos)
    if neg_dist is not None and neg_dist < pos_dist:
        return False, False
    clause_starts = [m.end() for m in _CLAUSE_START.finditer(text[:pos])]
    clause = text[clause_starts[-1] if clause_starts else 0 : pos]
    other = _OTHER_DOC.search(clause)
    if other and not _CONTRACT_WORD.search(clause[other.end() :]):
        return False, False
    found = list(_AVENANT.finditer(clause))
    avenant = found[-1] if found else None
    if avenant is not None:
        rest = _OF_CONTRACT.sub("", clause[avenant.end() :], count=1)
        if not _CONTRACT_WORD.search(rest):
            return True, True
    return True, False


def signature_candidates(ctx: DocContext) -> list[Candidate]:
    """Every day-precise date that a sentence reports as this contract's signing, or that
    closes a signature page ("Fait à …, le …"); a date told of an earlier contract is a
    lesser candidate."""
    out: list[Candidate] = []
    deliberation = _DELIBERATION.search(ctx.text) is not None
    avenant = document_is_avenant(ctx)  # its signature page dates the avenant
    renewal = _is_renewal(ctx)
    for item in dated_sentences(ctx) + _weekdays_of_the_week(ctx):
        m = item.mention
        signed, amendment = _is_signature(item)
        deed = not signed and not deliberation and _is_deed(ctx, item)
        if not (signed or deed) or amendment:
            continue
        if avenant and (deed or ctx.zone_at(m.start) == "signature"):
            continue
        rule = "signature-word-near-date" if m.year else "signature-word-near-yearless-date"
        score = 0.9 if m.year else 0.75
        if not any(c.isdigit() for c in ctx.text[m.start : m.end]):
            rule, score = "weekday-before-publication", WEEKDAY_SCORE
        if deed:
            rule, score = "deed-formula-on-signature-page", 0.8
        before = item.sentence.text[
            max(0, m.start - item.sentence.start - 200) : m.start - item.sentence.start
        ]
        after = item.sentence.text[m.end - item.sentence.start :][:_OBJECT_SPAN]
        if _told_of_earlier(before, renewal) and not _names_signed_contract(after):
            continue  # the first contract's signing, told in a renewal: not this one's
        ev = ctx.evidence(m.start, m.end, NAME, rule, score)
        out.append(ctx.candidate("signed_on", item.day.isoformat(), ev, score))
    return out


_BARE_WEEKDAY = re.compile(
    rf"(?<![\w-])(?P<wd>{vocab.alternation(vocab.words('dates', 'weekdays', bounded=False))})"
    rf"(?:\s+{_w('day_parts')})?(?![\w-])(?!\s+(?:\d|1er|{_w('day_parts')}))",
    re.IGNORECASE,
)
WEEKDAY_SCORE = 0.6
"""A weekday without its date weighs less than a written date."""


def _weekdays_of_the_week(ctx: DocContext) -> list[_Dated]:
    """A weekday written without its date in a dated page ("ont signé mardi soir" in an
    article of Thursday 1 February 2018): the last such day on or before the publication
    (2018-01-30); the week is unambiguous. Only in sentences that write no date."""
    published = ctx.publication_date
    if published is None:
        return []
    names = [w.lower() for w in vocab.entries("dates", "weekdays")]
    out: list[_Dated] = []
    for sentence in ctx.sentences:
        if find_dates(sentence.text) or not _POS.search(sentence.text):
            continue
        for m in _BARE_WEEKDAY.finditer(sentence.text):
            weekday = names.index(m.group("wd").lower())
            day = published - timedelta(days=(published.weekday() - weekday) % 7)
            start = sentence.start + m.start()
            mention = DateMention(
                start, sentence.start + m.end(), day.day, day.month, None, weekday
            )
            out.append(_Dated(mention, day, sentence))
    return out


def _is_renewal(ctx: DocContext) -> bool:
    """True when the document's contract is a second (or later) one: then "le premier
    contrat" is an earlier contract, not this one."""
    from extractors.generic.generation import resolve_generation

    chosen = resolve_generation(ctx).chosen
    return chosen is not None and int(chosen.candidate.value) >= 2


def _told_of_earlier(before: str, renewal: bool) -> bool:
    """True when the words before a date speak of an earlier contract ("son premier
    contrat, signé le …" in a renewal; "le précédent contrat"), not of this one ("ce
    premier contrat"), and no later contract is named between ("après un premier
    contrat, le 2e CLS a été signé le …")."""
    matches = list(_EARLIER.finditer(before))
    found = matches[-1] if matches else None
    if found is None:
        return False
    if _FIRST.match(found.group(0)) and not renewal:
        return False
    if _THIS_ONE.search(before[: found.start()]) and not renewal:
        return False  # "ce premier contrat" is this one, unless this one is a renewal
    return _LATER_CONTRACT.search(before[found.end() :]) is None


_OBJECT_SPAN = 40


def _names_signed_contract(after: str) -> bool:
    """True when the words right after a date name the contract signed on it, and it is
    not an earlier one ("… a signé le 12/05/2023 son deuxième contrat"): the object of the
    signing tells which contract the date is of, whatever history opened the sentence."""
    found = _LATER_CONTRACT.match(after.lstrip(" ,"))
    return found is not None and _EARLIER.search(found.group(0)) is None


def _is_deed(ctx: DocContext, item: _Dated) -> bool:
    """A date closing a deed on the signature page: "Fait à Lille, le 3 mai 2024"."""
    if ctx.zone_at(item.mention.start) != "signature":
        return False
    pos = item.mention.start - item.sentence.start
    return _DEED.search(item.sentence.text[max(0, pos - 80) : pos]) is not None


def resolve_signature(ctx: DocContext) -> Resolution:
    """The signature date weighed by zone (a signature page over a history box) and
    agreement; on equal weight the first in the document."""
    return ctx.keep(resolve("signed_on", signature_candidates(ctx)))


def extract_signature(ctx: DocContext) -> list[Finding]:
    """The signature date of the contract (day-precise), with evidence."""
    finding = resolve_signature(ctx).finding()
    return [finding] if finding is not None else []


def _extends_to(sentence: Sentence, ctx: DocContext) -> tuple[str | int | None, int]:
    """The end date or year an extension sentence states ("jusqu'au 11 juillet 2022");
    an end stated after the word of extension wins over one before it ("initialement
    conclu jusqu'au 31 décembre 2023, il est prolongé … et prend fin le 31 décembre 2025")."""
    turn = _first_extension(sentence.text)
    found = list(_UNTIL.finditer(sentence.text))
    if turn >= 0:
        found = [m for m in found if m.end() > turn] + [m for m in found if m.end() <= turn]
    for m in found:
        rest = sentence.text[m.end() : m.end() + 40]
        dates = find_dates(rest, sentence.start + m.end())
        if dates and dates[0].start - (sentence.start + m.end()) < 6:
            mention = dates[0]
            day = complete_year(mention, _year_candidates(ctx, sentence), None)
            if day is not None:
                return day.isoformat(), mention.start
        year = _YEAR.match(rest.strip())
        if year:
            return int(year.group(1)), sentence.start + m.end()
    return None, -1


def document_is_avenant(ctx: DocContext) -> bool:
    """True when the document itself is an avenant: its first heading or title says so,
    or it speaks of itself as one ("le présent avenant"). Read once per document."""
    return ctx.once("document_is_avenant", lambda: _is_avenant(ctx))


def _is_avenant(ctx: DocContext) -> bool:
    for block in ctx.doc.blocks[:3]:
        if block.kind == "heading" and _AVENANT.match(block.text.strip()):
            return True
    if _AVENANT.match(ctx.doc.metadata.get("title", "").strip()):
        return True
    return _SELF_AVENANT.search(ctx.text) is not None


_HISTORY = vocab.trigger("territory", "history")
_FIRST = vocab.trigger("signature", "earlier_first")
_THIS_ONE = re.compile(
    rf"\b(?:{vocab.alternation(vocab.words('signature', 'this_one', bounded=False))})\s+$",
    re.IGNORECASE,
)
_LATER_CONTRACT = re.compile(
    rf"\b(?:{vocab.alternation(vocab.words('signature', 'contract_determiners', bounded=False))})\s+"
    rf"(?:[\wéè]+\s+){{0,2}}{_w('contract_nouns')}\b",
    re.IGNORECASE,
)
_EXTENSION = re.compile(_w("extension_stems"), re.IGNORECASE)
_PROLONGED = re.compile(_w("prolonged"), re.IGNORECASE)


def _first_extension(text: str) -> int:
    m = _EXTENSION.search(text)
    return m.start() if m else -1


def extract_amendments(ctx: DocContext) -> list[Finding]:
    """Avenants and extensions of this contract with their dates."""
    findings: list[Finding] = []
    seen: set[tuple[object, object]] = set()
    signature_of: dict[int, str] = {}
    for item in dated_sentences(ctx):
        signed, amendment = _is_signature(item)
        if signed and amendment:
            signature_of.setdefault(item.sentence.start, item.day.isoformat())
    is_avenant = document_is_avenant(ctx)
    for sentence in ctx.sentences:
        prolonged = _PROLONGED.search(sentence.text)
        about = _AVENANT.search(sentence.text) or prolonged or is_avenant
        if not about or _PLANNED.search(sentence.text):
            continue
        trigger = prolonged or _AVENANT.search(sentence.text)
        if trigger is not None and _OTHER_PLAN.search(
            sentence.text[max(0, trigger.start() - 50) : trigger.start()]
        ):
            continue
        earlier = _HISTORY.search(sentence.text)
        if earlier is not None and _first_extension(sentence.text) > earlier.start():
            continue
        extends, where = _extends_to(sentence, ctx)
        signed_on = signature_of.get(sentence.start)
        if extends is None and signed_on is None:
            continue
        key = (signed_on, extends)
        if key in seen:
            continue
        seen.add(key)
        start = where if where >= 0 else sentence.start
        ev = ctx.evidence(
            start,
            min(start + 40, sentence.end),
            "generic.amendments",
            "amendment-sentence-with-date",
            0.8,
        )
        findings.append(Finding("amendments", Amendment(signed_on, extends), ev))
    return _as_one_avenant(ctx, findings) if is_avenant and findings else findings


def _as_one_avenant(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """In an avenant document, the extensions no sentence dates are the avenant's own:
    one amendment, dated by its signature page ("Fait à Toul, le 11 décembre 2023"),
    extending to the latest end they state (an earlier end is the contract's first one).
    Earlier avenants it cites with their own dates stay as they are."""
    dated = [f for f in findings if f.value.signed_on]
    undated = [f for f in findings if not f.value.signed_on]
    if not undated:
        return findings
    latest = max(undated, key=lambda f: str(f.value.extends_to or ""))
    deeds = [item for item in dated_sentences(ctx) if _is_deed(ctx, item)]
    signed_on = deeds[-1].day.isoformat() if deeds else None
    own = replace(latest, value=Amendment(signed_on, latest.value.extends_to))
    return [*dated, own]


def is_planned_wording(text: str) -> bool:
    """True when a passage speaks of a signature to come ("sera signé par :")."""
    return _PLANNED.search(text) is not None


def signature_is_planned(ctx: DocContext) -> bool:
    """True when the text says the contract's signature is still to come."""
    return any(
        _SIGN_STEM.search(s.text)
        and _PLANNED.search(s.text)
        and not _AVENANT.search(s.text)
        and not _NEXT_CONTRACT.search(_NEXT_DAY.sub("", s.text))
        for s in ctx.sentences
    )


def month_only_signature(ctx: DocContext) -> bool:
    """True when the contract is said signed in a month without a day (gives no date)."""
    return any(_POS.search(s.text) and MONTH_YEAR_RE.search(s.text) for s in ctx.sentences)
