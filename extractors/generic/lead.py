"""The authority carrying the contract (or the authorities carrying it together).

What: ``lead_candidates`` proposes every local authority named in a sentence that is not
about an earlier or another contract, weighed by the sentence (a carrying verb, the
contract's name, the top of the document), and every group of co-carriers a carrying
sentence coordinates ("la Ville et la Métropole portent …"); an acronym the document
defines ("Communauté d'agglomération du Libournais (Cali)") stands for the full name
wherever it is used alone. ``find_lead`` lets the resolver choose with the mentions of
one authority pooled and zone priors (a sidebar's carrier weighs little); a carrier named
as such ("Le contrat est porté et animé par …") outranks any count of mentions.

Why: a truncated or passing mention must not beat the authority the document keeps
naming as the one that carries and signs its contract.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.context import DocContext, Sentence
from extractors.generic.orgmatch import OrgMention, find_mentions, names_a_body
from extractors.generic.territory import NAME, Lead
from extractors.generic.venues import is_venue
from extractors.resolve import Candidate, Weighed, resolve
from pipeline.model import Evidence
from pipeline.textnorm import norm_text

_LEADS = ("EPCI", "COMMUNE")
_CARRY = vocab.trigger("territory", "carry")
_OTHER_CONTRACT = vocab.trigger("roles", "other_contract")
_HISTORY = vocab.trigger("territory", "history")
_DEFINED = re.compile(r"\((?P<acr>[A-Z][A-Za-z]{1,9})\)\s*$")
_CLS = vocab.alternation(vocab.words("territory", "cls", bounded=False))
_NAME_LINKS = vocab.alternation(vocab.words("territory", "carrier_links", bounded=False))
_TRAILING_LINK = re.compile(rf"\s+{_NAME_LINKS}$")
_PLURAL_VERB = re.compile(
    rf"\s*{vocab.alternation(vocab.words('territory', 'carry_plural', bounded=False))}\b",
    re.IGNORECASE,
)
_BETWEEN_COORDINATED = re.compile(
    rf"\s*(?:,|{vocab.grammar('and')}|,\s*{vocab.grammar('and')})\s*"
    rf"(?:{vocab.grammar('singular_articles')})?\s*"
)
"""What stands between two coordinated carriers: ", ", " et ", ", et la "."""
_CARRIED_BY = re.compile(
    rf"(?:{vocab.alternation(vocab.words('territory', 'carried_subject', bounded=False))}\s+"
    rf"|(?<![\w-]){vocab.alternation(vocab.words('territory', 'carried_pronoun', bounded=False))}\s+)"
    rf"{vocab.alternation(vocab.words('territory', 'carried_by', bounded=False))}\s+"
    rf"(?:(?:{vocab.grammar('articles')})\s*)?(?P<name>(?-i:[A-ZÉÈÎ][\w'’-]*)"
    rf"(?:\s+(?:(?-i:[A-ZÉÈÎ][\w'’-]*)|{_NAME_LINKS}|d['’]\w+))*)"
    r"(?:\s*\((?P<acr>(?-i:[A-Z][A-Z0-9-]{1,9}))\))?",
    re.IGNORECASE,
)
_CLS_OF_BODY = re.compile(rf"(?<![\w])(?:{_CLS})\s+(?:{vocab.grammar('of')})\s*$", re.IGNORECASE)
"""The contract named after the body that owns it, just before its name written with its
kind ("le contrat local de santé de la Ville de Millau", "le CLS de la Communauté de
communes du Lodévois"); a name without its kind ("le CLS d'Aunis Atlantique") names the
territory."""
CLS_OF_BODY_BONUS = 2.0
_NOT_THE_CONTRACTS = ("fiche", "annex", "glossary", "history", "teaser", "furniture")
NAMED_SCORE = 1000.0
"""A carrier a sentence names as such outranks any sum of mentions."""


def _acronyms(ctx: DocContext) -> dict[str, OrgMention]:
    """Acronyms the document defines after a local authority's name ("… du Libournais
    (Cali)"), each with the mention that defines it."""
    out: dict[str, OrgMention] = {}
    for sentence in ctx.sentences:
        for m in find_mentions(sentence.text, sentence.start):
            d = _DEFINED.search(m.name) if m.type in _LEADS else None
            if d is not None and d.group("acr").lower() not in ("cls", "ars"):
                out.setdefault(d.group("acr"), m)
    return out


def _mentions(
    ctx: DocContext, sentence: Sentence, aliases: dict[str, OrgMention]
) -> list[OrgMention]:
    """The local authorities a sentence names (not as a venue), its acronyms included."""
    found = [
        m
        for m in find_mentions(sentence.text, sentence.start)
        if m.type in _LEADS and not is_venue(sentence.text, m.start - sentence.start)
    ]
    for acr, full in aliases.items():
        for hit in re.finditer(rf"(?<![\w(]){re.escape(acr)}(?![\w)])", sentence.text):
            start = sentence.start + hit.start()
            if any(m.start <= start < m.end for m in found):
                continue
            found.append(
                OrgMention(start, start + len(acr), full.name, full.type, full.place, None)
            )
    return sorted(found, key=lambda m: m.start)


def _coordinated(text: str, offset: int, mentions: list[OrgMention]) -> list[OrgMention]:
    """Mentions joined by commas/"et" and followed by a plural verb: co-carriers."""
    ordered = sorted(mentions, key=lambda m: m.start)
    groups: list[list[OrgMention]] = [[ordered[0]]]
    for m in ordered[1:]:
        between = text[groups[-1][-1].end - offset : m.start - offset]
        if _BETWEEN_COORDINATED.fullmatch(between):
            groups[-1].append(m)
        else:
            groups.append([m])
    for g in groups:
        after = text[g[-1].end - offset : g[-1].end - offset + 40]
        if len(g) > 1 and _PLURAL_VERB.match(after):
            return g
    return [ordered[0]]


_CO_CARRY_LINK = vocab.alternation(vocab.words("territory", "co_carry_link", bounded=False))
_CO_CARRY = re.compile(
    rf"^\W{{0,3}}(?:(?:{vocab.grammar('relatives')})\s+)?(?:{_CO_CARRY_LINK}\s+)?"
    rf"(?:{vocab.alternation(vocab.words('territory', 'co_carry'))})\b",
    re.IGNORECASE,
)
_COORDINATED = re.compile(
    rf"\s*(?:,|{vocab.grammar('and')}|,\s*{vocab.grammar('and')})\s*"
    rf"(?:{vocab.grammar('singular_articles')})?\s*"
)
"""What stands between two coordinated bodies: a comma, "et", then maybe an article."""
_CO_CARRIER_TYPES = ("EPCI", "COMMUNE", "DEPARTEMENT", "REGION")


def _co_carriers(ctx: DocContext, sentence: Sentence) -> list[OrgMention]:
    """The local authorities of a coordination said to carry the contract together ("l'ARS,
    le conseil départemental de l'Aude et la communauté de communes, qui en sont les
    copilotes"; "la Région et la Ville portent ensemble le contrat"), a département or a
    region among them; the agency and the State co-sign but do not carry. Empty when the
    sentence says no such thing."""
    text = sentence.text
    mentions = [
        m
        for m in find_mentions(text, sentence.start)
        if not is_venue(text, m.start - sentence.start)
    ]
    if len(mentions) < 2:
        return []
    chains: list[list[OrgMention]] = [[mentions[0]]]
    for m in mentions[1:]:
        between = text[chains[-1][-1].end - sentence.start : m.start - sentence.start]
        if _COORDINATED.fullmatch(between):
            chains[-1].append(m)
        else:
            chains.append([m])
    for chain in chains:
        after = text[chain[-1].end - sentence.start :]
        carriers = [m for m in chain if m.type in _CO_CARRIER_TYPES]
        if len(carriers) > 1 and _CO_CARRY.match(after):
            return carriers
    return []


def _key(m: OrgMention) -> str:
    """One key per authority: a commune by its place, however the text calls it ("la
    commune de Sainte-Anne", "la Ville de Sainte-Anne"); any other body by its name."""
    if m.type == "COMMUNE" and m.place:
        return "commune|" + norm_text(m.place)
    return norm_text(m.name)


def _better_name(shown: str, other: str) -> bool:
    """True when ``other`` names the authority better than ``shown``: its proper name
    ("Ville de Sainte-Anne", capitalised) over a description ("commune de Sainte-Anne"),
    written in mixed case over capitals, with its accents and ligatures over plain letters."""
    if shown.isupper() and not other.isupper():
        return True
    if shown.isascii() and not other.isascii() and norm_text(shown) == norm_text(other):
        return True  # "Cœur de Lorraine" spelt out over a site title's "Coeur de Lorraine"
    return shown[:1].islower() and other[:1].isupper()


_Candidates = tuple[list[Candidate], dict[str, tuple[OrgMention, ...]]]


def lead_candidates(ctx: DocContext) -> _Candidates:
    """Every carrier candidate (single authorities, and groups of co-carriers whose keys
    start with "+") with the mentions each key stands for; read once per document (the
    generation's reading of other carriers asks too)."""
    return ctx.once("lead_candidates", lambda: _lead_candidates(ctx))


def _lead_candidates(ctx: DocContext) -> _Candidates:
    out: list[Candidate] = []
    first: dict[str, tuple[OrgMention, ...]] = {}
    aliases = _acronyms(ctx)
    for i, sentence in enumerate(ctx.sentences):
        mentions = _mentions(ctx, sentence, aliases)
        if not mentions or ctx.search(_OTHER_CONTRACT, sentence) or ctx.search(_HISTORY, sentence):
            continue
        carry = ctx.search(_CARRY, sentence)
        cls_here = re.search(_CLS, sentence.text, re.IGNORECASE)
        group = _coordinated(sentence.text, sentence.start, mentions) if carry else [mentions[0]]
        for m in mentions:
            key = _key(m)
            weight = 1.0 + (1.0 if cls_here else 0.0) + (0.5 if i < 8 else 0.0)
            if carry and m in group:
                weight += 2.0
            if names_a_body(m.name) and _CLS_OF_BODY.search(
                sentence.text, 0, m.start - sentence.start
            ):
                weight += CLS_OF_BODY_BONUS  # "le contrat local de santé de la Ville de X"
            ev = ctx.evidence(m.start, m.end, NAME, "carrying-authority", 0.7)
            out.append(ctx.candidate("lead_body", m.name, ev, weight, key))
            if key not in first or _better_name(first[key][0].name, m.name):
                first[key] = (m,)
        if len(group) < 2:
            group = _co_carriers(ctx, sentence)
        if len(group) > 1:
            key = "+" + " et ".join(norm_text(m.name) for m in group)
            bonus = 2.0 if any(m.type == "EPCI" for m in group) else 0.0
            weight = 3.5 * len(group) + bonus + (2.0 if cls_here else 0.0)
            ev = ctx.evidence(group[0].start, group[-1].end, NAME, "co-carriers", 0.6)
            name = " et ".join(m.name for m in group)
            out.append(ctx.candidate("lead_body", name, ev, weight, key))
            first.setdefault(key, tuple(group))
    return out, first


def find_lead(ctx: DocContext) -> Lead | None:
    """The authority carrying the contract with the ARS, chosen by the resolver: a
    carrier named as such first, else co-carriers when a carrying sentence coordinates
    several, else the heaviest authority, its mentions pooled; on equal weight the one
    named first. Read once per document (the generation asks too)."""
    return ctx.once("find_lead", lambda: _find_lead(ctx))


def _find_lead(ctx: DocContext) -> Lead | None:
    found, shared = lead_candidates(ctx)
    first = dict(shared)  # the named carrier is added below; the kept reading stays as read
    groups = [c for c in found if c.key().startswith("+")]
    pool = groups or found
    named = _carried_by(ctx)
    if named is not None:
        key = "=" + norm_text(named.name)
        first[key] = named.mentions
        pool = [*pool, ctx.candidate("lead_body", named.name, named.evidence, NAMED_SCORE, key)]
    if not pool:
        return None
    starts = {k: v[0].start for k, v in first.items()}

    def earliest(items: list[Weighed]) -> Weighed:
        return max(items, key=lambda w: (w.weight, -starts[w.candidate.key()]))

    resolution = ctx.keep(resolve("lead_body", pool, earliest, pool=True))
    if resolution.chosen is None:
        return None
    if named is not None and resolution.chosen.candidate.key().startswith("="):
        return named
    key = resolution.chosen.candidate.key()
    chosen = first[key]
    name = " et ".join(m.name for m in chosen)
    evidence = _first_evidence(found, key, name) or resolution.chosen.candidate.evidence
    return Lead(name, chosen, evidence)


def _first_evidence(found: list[Candidate], key: str, name: str) -> Evidence | None:
    """The evidence of a key's first mention in the document written as ``name``, else
    of its first mention."""
    mine = [c for c in found if c.key() == key]
    spelt = [c for c in mine if c.value == name] or mine
    return min((c.evidence for c in spelt), key=lambda e: e.start) if spelt else None


def _carried_by(ctx: DocContext) -> Lead | None:
    """The carrier a sentence names as such ("Le contrat est porté et animé par Quimper
    Cornouaille Développement (QCD)"), whatever its kind; not the ARS."""
    for sentence in ctx.sentences_with(_CARRIED_BY):
        m = _CARRIED_BY.search(sentence.text)
        if m is None or ctx.search(_HISTORY, sentence):
            continue
        if ctx.zone_at(sentence.start) in _NOT_THE_CONTRACTS:
            continue  # a fiche's "Il est porté par le CCAS", a sidebar's carrier
        name = _TRAILING_LINK.sub("", m.group("name")).strip()
        if len(name) < 4:
            continue
        start = sentence.start + m.start("name")
        found = [x for x in find_mentions(name, start) if x.end - x.start == len(name)]
        if any(x.type == "ARS" for x in find_mentions(name, start)):
            continue  # the agency co-signs; the carrier is the other party
        longer = [x for x in find_mentions(sentence.text, sentence.start) if x.start == start]
        if not found and longer:  # "le Syndicat mixte du SCoT": a name with lower-case words
            found = longer[:1]
            name = found[0].name
        mention = (
            found[0] if found else OrgMention(start, start + len(name), name, "OTHER", None, None)
        )
        ev = ctx.evidence(start, start + len(name), NAME, "carried-by-named", 0.8)
        return Lead(name, (mention,), ev)
    return None
