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
from extractors.resolve import OTHER_PAGES, Candidate, Resolution, resolve
from extractors.wordmatch import fold, wordset
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


_RANGE = re.compile(
    rf"(?<!\d)((?:19|20)\d\d)\s*(?:-|–|—|/|{_w('year_range_to')})\s*(?:19|20)\d\d(?!\d)"
)


def _signing_years(ctx: DocContext, sentence: Sentence) -> list[int]:
    """The candidate years of a year-less date in a sentence (``_year_candidates``), the
    first year of each period written in its sentence first, then the year before it: a
    contract is signed just before or in its first year, never in its last ("signé le
    mercredi 11 décembre … pour les années 2020 à 2024" is 11 December 2019, the weekday
    deciding between the two)."""
    firsts = [int(m.group(1)) for m in ctx.finditer(_RANGE, sentence)]
    around = [y for a in firsts for y in (a, a - 1)]
    return list(dict.fromkeys(around + _year_candidates(ctx, sentence)))


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
                years_of[block] = _signing_years(ctx, sentence)
            day = complete_year(mention, years_of[block], ctx.date_bound)
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


_VISA = re.compile(rf"\s*(?:{_w('visa')})\s")  # case-sensitive: "Vu", not "vu"


def _in_visa(item: _Dated) -> bool:
    """True when a date stands in a visa of a deed ("Vu l'arrêté du 2 juillet 2018 … ;
    Vu le contrat local de santé signé le 26 janvier 2017 ;"): a contract's visas cite the
    texts it rests on, all earlier than itself. (An avenant's visas cite the contract it
    amends, whose signature that is: the caller keeps them for an avenant.)"""
    text = item.sentence.text
    pos = item.mention.start - item.sentence.start
    return _VISA.match(text, text.rfind(";", 0, pos) + 1, pos) is not None


_IS_CLS = vocab.trigger("documents", "is_cls")


def _visa_of_the_contract(item: _Dated) -> bool:
    """True when a visa cites a contrat local de santé before the date ("Vu le contrat
    local de santé de …, signé le …"). In a decision or a deliberation about a first
    contract (a funding decision, a council's vote on its coordination) that visa is where
    the act tells the contract's own signing; in a renewal it cites the earlier one."""
    text = item.sentence.text
    pos = item.mention.start - item.sentence.start
    return _IS_CLS.search(text, text.rfind(";", 0, pos) + 1, pos) is not None


FIRST_CLS_DAY = date(2009, 7, 21)
"""The contrats locaux de santé were created by the loi HPST of 21 July 2009: a date
signed before it ("la Constitution de l'OMS, signée le 22 juillet 1946" under a cover's
quotation, a law's or a charter's date) is never a CLS's signature."""


def closes_another_act(text: str) -> bool:
    """True when the document is a council's deliberation or an administrative decision
    ("après en avoir délibéré", "DÉCIDE :"): its closing "Fait à …, le …" dates that act,
    not a contract's signing."""
    return _DELIBERATION.search(text) is not None


def signature_candidates(ctx: DocContext) -> list[Candidate]:
    """Every day-precise date that a sentence reports as this contract's signing, or that
    closes a signature page ("Fait à …, le …"); a date told of an earlier contract is a
    lesser candidate."""
    out: list[Candidate] = []
    deliberation = ctx.search_text(_DELIBERATION) is not None  # closes_another_act
    avenant = document_is_avenant(ctx)  # its signature page dates the avenant
    renewal = _is_renewal(ctx)
    for item in dated_sentences(ctx) + _weekdays_of_the_week(ctx) + _days_of_publication(ctx):
        m = item.mention
        if item.day < FIRST_CLS_DAY:
            continue  # a quotation's source, a founding text: no contract local de santé
        if (
            not avenant
            and _in_visa(item)
            and not (deliberation and not renewal and _visa_of_the_contract(item))
        ):
            continue  # "Vu le contrat … signé le …" in a contract: an earlier text's date
        signed, amendment = _is_signature(item)
        deed = not signed and not deliberation and _is_deed(ctx, item)
        if not (signed or deed) or amendment:
            continue
        if avenant and (deed or ctx.zone_at(m.start) == "signature"):
            continue
        rule = "signature-word-near-date" if m.year else "signature-word-near-yearless-date"
        score = 0.9 if m.year else 0.75
        if not any(c.isdigit() for c in ctx.text[m.start : m.end]):
            rule = "weekday-before-publication" if m.weekday is not None else "day-of-publication"
            score = WEEKDAY_SCORE
        if deed:
            rule, score = "deed-formula-on-signature-page", 0.8
        before = item.sentence.text[
            max(0, m.start - item.sentence.start - 200) : m.start - item.sentence.start
        ]
        after = item.sentence.text[m.end - item.sentence.start :][:_OBJECT_SPAN]
        if _told_of_earlier(before, renewal) and not _names_signed_contract(after):
            continue  # the first contract's signing, told in a renewal: not this one's
        if _OTHER_DEED_AFTER.match(after.lstrip(" ,")):
            continue  # "avaient signé, le …, une charte": the day of another deed
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
    for sentence in ctx.sentences_with(_POS):
        if find_dates(sentence.text) or not _POS.search(sentence.text):
            continue
        for m in ctx.finditer(_BARE_WEEKDAY, sentence):
            weekday = names.index(m.group("wd").lower())
            day = published - timedelta(days=(published.weekday() - weekday) % 7)
            start = sentence.start + m.start()
            mention = DateMention(
                start, sentence.start + m.end(), day.day, day.month, None, weekday
            )
            out.append(_Dated(mention, day, sentence))
    return out


_TODAY = wordset(vocab.entries("signature", "today"))
_YESTERDAY = wordset(vocab.entries("signature", "yesterday"))
_TODAY_AFTER = wordset(vocab.entries("signature", "today_after_signing"))
_AT_THIS_DAY = re.compile(rf"{_w('up_to', bounded=True)}\s+$", re.IGNORECASE)
_NEAR_SIGNING = 100
"""At most this many characters between "ce matin" and the word of signing it dates."""
_RIGHT_AFTER = 20
"""At most this many characters between a word of signing and "aujourd'hui"."""


def _publication_day_word(text: str) -> tuple[re.Match[str], int] | None:
    """The word dating a signing by the page's day, with how many days before it."""
    for words, back, span in (
        (_TODAY, 0, _NEAR_SIGNING),
        (_YESTERDAY, 1, _NEAR_SIGNING),
        (_TODAY_AFTER, 0, _RIGHT_AFTER),
    ):
        m = words.search(text)
        if m is None or _AT_THIS_DAY.search(text[: m.start()]):
            continue
        if span == _RIGHT_AFTER:
            before = [p for p in _POS.finditer(text[: m.start()])]
            if not before or m.start() - before[-1].end() > span:
                continue
        elif (near := _nearest(_POS, text, m.start())) is None or near > span:
            continue
        return m, back
    return None


def _days_of_publication(ctx: DocContext) -> list[_Dated]:
    """A signing dated by the day the page was written ("Ce matin en mairie, le contrat a
    été signé", "signé hier soir" in a page of 24 June 2022): the publication date, or the
    day before. Only in a dated page, in a sentence that writes no date, and only near
    the word of signing; a word of the present ("aujourd'hui") only right after it, as
    elsewhere it tells the present, not the day ("signé en 2019, il compte aujourd'hui
    vingt actions"); "à ce jour" is "so far"."""
    published = ctx.publication_date
    if published is None:
        return []
    out: list[_Dated] = []
    for sentence in ctx.sentences_with(_POS):
        if _POS.search(sentence.text) is None:
            continue  # every reading below needs a word of signing (cheapest test first)
        found = _publication_day_word(sentence.text)
        if found is None or find_dates(sentence.text) or ctx.search(MONTH_YEAR_RE, sentence):
            continue
        m, back = found
        day = published - timedelta(days=back)
        start = sentence.start + m.start()
        mention = DateMention(start, sentence.start + m.end(), day.day, day.month, None, None)
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
_OTHER_DEED_AFTER = re.compile(
    rf"{vocab.grammar('determiners')}(?:(?<=['’])|\s+)(?:[\w-]+\s+)?"
    rf"{vocab.alternation(vocab.words('documents', 'other'))}",
    re.IGNORECASE,
)
"""The object of a signing written right after its date names another deed than the
contract ("les partenaires avaient signé, le 2 mai 2019, une charte préalable", "ont signé
le 4 juin la convention de financement"): the date is that deed's, not the contract's."""


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
    found = list(ctx.finditer(_UNTIL, sentence))
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
    return ctx.search_text(_SELF_AVENANT) is not None


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
    is_avenant = document_is_avenant(ctx)
    for item in dated_sentences(ctx):
        signed, amendment = _is_signature(item)
        if (signed and amendment) or (
            _named_by_its_day(item) and (is_avenant or not _in_visa(item))
        ):
            signature_of.setdefault(item.sentence.start, item.day.isoformat())
    # a sentence is about an amendment by one of its words, unless the document is one
    about_words = ctx.sentences if is_avenant else ctx.sentences_with(_PROLONGED, _AVENANT)
    for sentence in about_words:
        prolonged = ctx.search(_PROLONGED, sentence)
        about = ctx.search(_AVENANT, sentence) or prolonged or is_avenant
        if not about or ctx.search(_PLANNED, sentence):
            continue
        if ctx.zone_at(sentence.start) in OTHER_PAGES:
            continue  # a sidebar's headline: another page's plan or contract prolonged
        if not is_avenant and sentence.start not in signature_of and _proposed(ctx, sentence):
            continue  # proposed, not signed: "un avenant … à soumettre aux conseils"
        trigger = prolonged or ctx.search(_AVENANT, sentence)
        if trigger is not None and _OTHER_PLAN.search(
            sentence.text[max(0, trigger.start() - 50) : trigger.start()]
        ):
            continue
        earlier = ctx.search(_HISTORY, sentence)
        if earlier is not None and _first_extension(sentence.text) > earlier.start():
            continue
        extends, where = _extends_to(sentence, ctx)
        if _keeps_duration(sentence.text):
            extends, where = None, -1  # "la durée n'est pas modifiée : il prend fin le …"
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
    return _as_one_avenant(ctx, findings) if is_avenant else findings


_AVENANT_OF_DAY = re.compile(
    rf"{_w('avenant')}(?:\s+n\s*°\s*\d+)?\s*,?\s+(?:{_w('dated_of')})\s*$", re.IGNORECASE
)


def _named_by_its_day(item: _Dated) -> bool:
    """A deed is named by the day it was signed: "l'avenant n° 1 du 14 juin 2022",
    "l'avenant en date du 3 mars 2023" give the avenant's signature."""
    pos = item.mention.start - item.sentence.start
    return _AVENANT_OF_DAY.search(item.sentence.text[max(0, pos - 40) : pos]) is not None


_PROPOSED = wordset(vocab.entries("signature", "proposed"))
_INFINITIVE = wordset(vocab.entries("signature", "extension_infinitives"))


def _proposed(ctx: DocContext, sentence: Sentence) -> bool:
    """True when an extension is only proposed: a word of proposal in its sentence ("par
    un avenant à soumettre aux conseils", "un avenant est envisagé"), or a list item
    opening with the infinitive of an extension ("– prolonger le contrat de deux ans,
    jusqu'au 31 décembre 2027 ;"), the form of a list of proposals or objectives. (The
    caller does not ask it of an avenant, whose own wording is a deed: "le présent
    avenant a pour objet de prolonger …".)"""
    if _PROPOSED.search(sentence.text) is not None:
        return True
    block = ctx.block(sentence)
    head = sentence.text.lstrip(" \t–—-•*·")
    return block.kind == "list_item" and _INFINITIVE.pattern.match(fold(head)) is not None


_UNCHANGED = wordset(vocab.entries("signature", "unchanged"))
_OTHER_CLAUSES = wordset(vocab.entries("signature", "unchanged_others"))


def _keeps_duration(text: str) -> bool:
    """True when a sentence says the contract's duration is left as it was ("La durée du
    contrat n'est pas modifiée : il prend fin le 31 décembre 2025"): the end it states is
    the contract's own, not an extension. "Les autres stipulations demeurent inchangées"
    and "sans modifier les autres articles" speak of the other clauses."""
    found = _UNCHANGED.search(text)
    if found is None:
        return False
    around = text[max(0, found.start() - 40) : found.end() + 30]
    return _OTHER_CLAUSES.search(around) is None


def _as_one_avenant(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """In an avenant document, the extensions no sentence dates are the avenant's own:
    one amendment, dated by its signature page ("Fait à Toul, le 11 décembre 2023"),
    extending to the latest end they state (an earlier end is the contract's first one).
    Earlier avenants it cites with their own dates stay as they are. An avenant that
    extends nothing (new signatories, new fiches) is still an amendment, dated by its
    signature page."""
    dated = [f for f in findings if f.value.signed_on]
    undated = [f for f in findings if not f.value.signed_on]
    deeds = [item for item in dated_sentences(ctx) if _is_deed(ctx, item)]
    signed_on = deeds[-1].day.isoformat() if deeds else None
    if not undated:
        if signed_on is None or any(f.value.signed_on == signed_on for f in dated):
            return findings
        item = deeds[-1]
        ev = ctx.evidence(
            item.mention.start,
            item.mention.end,
            "generic.amendments",
            "avenant-signature-page",
            0.7,
        )
        return [*dated, Finding("amendments", Amendment(signed_on, None), ev)]
    latest = max(undated, key=lambda f: str(f.value.extends_to or ""))
    own = replace(latest, value=Amendment(signed_on, latest.value.extends_to))
    return [*dated, own]


def is_planned_wording(text: str) -> bool:
    """True when a passage speaks of a signature to come ("sera signé par :")."""
    return _PLANNED.search(text) is not None


def signature_is_planned(ctx: DocContext) -> bool:
    """True when the text says the contract's signature is still to come."""
    return any(
        ctx.search(_SIGN_STEM, s)
        and ctx.search(_PLANNED, s)
        and not ctx.search(_AVENANT, s)
        and not _NEXT_CONTRACT.search(_NEXT_DAY.sub("", s.text))
        for s in ctx.sentences_with(_SIGN_STEM)
    )


def month_only_signature(ctx: DocContext) -> bool:
    """True when the contract is said signed in a month without a day (gives no date)."""
    return any(
        ctx.search(_POS, s) and ctx.search(MONTH_YEAR_RE, s) for s in ctx.sentences_with(_POS)
    )
