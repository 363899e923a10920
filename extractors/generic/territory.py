"""The territory the contract covers and the authority (or authorities) carrying it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import vocab
from extractors.context import DocContext
from extractors.generic.orgmatch import OrgMention, find_mentions
from extractors.generic.venues import is_venue
from extractors.resolve import Candidate, Resolution, Weighed, resolve
from pipeline.model import Evidence, Finding
from pipeline.textnorm import norm_text

NAME = "generic.territory"
_CLS = vocab.alternation(vocab.words("territory", "cls"))
_TNOUN = "(?i:" + vocab.alternation(vocab.words("territory", "nouns")) + ")"
_CAP = r"[A-ZÉÈÎÔÂ][\w’'-]*"
_DEMONYM = r"[a-zéè]+(?:ien|ienne|ais|aise|ois|oise|in|ine|ain|aine|an|ane)\b"
_NAME = rf"(?:{_TNOUN}\s+{_DEMONYM}|(?:{_TNOUN}\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?)?{_CAP}(?:\s+(?:(?:de|du|des|la|le|sur|en|et)\s+|d['’]|l['’])?{_CAP})*)"
CLS_OF = re.compile(
    rf"(?i:{_CLS})(?:\s*\(CLS\))?(?:\s*(?:n\s*°\s*)?\d\+?)?(?:\s+(?i:intercommunal|m[ée]tropolitain|communal|territorial))?\s+"
    rf"(?P<prep>(?i:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?(?!(?i:est|sont|a|ont|sign[ée]e?s?|sera|se|pour|avec|en)\b)(?P<t>{_NAME})"
)
_CARRY = vocab.trigger("territory", "carry")
_OTHER_CONTRACT = vocab.trigger("roles", "other_contract")
_HISTORY = vocab.trigger("territory", "history")
_CARRIED_BY = re.compile(
    rf"(?:{vocab.alternation(vocab.words('territory', 'carried_by'))})\s+"
    r"(?:l['’]\s*|la\s+|le\s+)?(?P<name>(?-i:[A-ZÉÈÎ][\w'’-]*)(?:\s+(?:(?-i:[A-ZÉÈÎ][\w'’-]*)|de|du|des|d['’]\w+|et))*)"
    r"(?:\s*\((?P<acr>(?-i:[A-Z][A-Z0-9-]{1,9}))\))?",
    re.IGNORECASE,
)
_LEADS = ("EPCI", "COMMUNE")
_PREFIX = re.compile(
    r"^(?:ville|commune|mairie|communaut[ée]s? de communes|communaut[ée] d['’]agglom[ée]ration|"
    r"communaut[ée] urbaine|communaut[ée] intercommunale|agglom[ée]ration|syndicat mixte|p[ôo]le d['’][ée]quilibre territorial et rural|"
    r"PETR|p[ôo]le m[ée]tropolitain)"
    r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?",
    re.IGNORECASE,
)
_BAD_TERRITORY = re.compile(r"^(?:CLS|Contrat|Santé|ARS|Agence|Le|La|Les|L)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Lead:
    """The carrying authority (or authorities) and the mentions they were read from."""

    name: str
    mentions: tuple[OrgMention, ...]
    evidence: Evidence


def territory_of(name: str) -> str:
    """The territory a carrying authority's name designates ("Ville de Reims" → Reims;
    "Pôle d'équilibre territorial et rural (PETR) du Val de Lorraine" → Val de Lorraine)."""
    bare = re.sub(r"^(\w[^()]*?)\s*\([^()]*\)\s+(?=(?:de|du|des|d['’]))", r"\1 ", name)
    return _PREFIX.sub("", bare).strip() or name


def _title_texts(ctx: DocContext) -> list[str]:
    texts = [ctx.doc.metadata.get("title", "")]
    texts += [b.text for b in ctx.doc.blocks[:12] if b.kind == "heading"]
    return [t for t in texts if t]


def find_lead(ctx: DocContext) -> Lead | None:
    """The authority carrying the contract with the ARS."""
    scores: dict[str, float] = {}
    first: dict[str, tuple[OrgMention, ...]] = {}
    evid: dict[str, Evidence] = {}
    groups: dict[str, float] = {}
    for i, sentence in enumerate(ctx.sentences):
        mentions = [
            m
            for m in find_mentions(sentence.text, sentence.start)
            if m.type in _LEADS and not is_venue(sentence.text, m.start - sentence.start)
        ]
        if not mentions or _OTHER_CONTRACT.search(sentence.text) or _HISTORY.search(sentence.text):
            continue
        carry = _CARRY.search(sentence.text)
        cls_here = re.search(_CLS, sentence.text, re.IGNORECASE)
        group = _coordinated(sentence.text, sentence.start, mentions) if carry else [mentions[0]]
        for m in mentions:
            key = norm_text(m.name)
            weight = 1.0 + (1.0 if cls_here else 0.0) + (0.5 if i < 8 else 0.0)
            if carry and m in group:
                weight += 2.0
            scores[key] = scores.get(key, 0.0) + weight
            evid.setdefault(key, ctx.evidence(m.start, m.end, NAME, "carrying-authority", 0.7))
            if key not in first or (first[key][0].name.isupper() and not m.name.isupper()):
                first[key] = (m,)
        if carry and len(group) > 1:
            key = " et ".join(norm_text(m.name) for m in group)
            scores[key] = scores.get(key, 0.0) + 3.5 * len(group)
            bonus = 2.0 if any(m.type == "EPCI" for m in group) else 0.0
            groups[key] = (
                groups.get(key, 0.0) + 3.5 * len(group) + bonus + (2.0 if cls_here else 0.0)
            )
            first.setdefault(key, tuple(group))
            evid.setdefault(
                key, ctx.evidence(group[0].start, group[-1].end, NAME, "co-carriers", 0.6)
            )
    named = _carried_by(ctx)
    if named is not None:
        return named
    if not scores:
        return None
    if groups:
        scores = groups
    best = max(scores, key=lambda k: (scores[k], -first[k][0].start))
    chosen = first[best]
    return Lead(" et ".join(m.name for m in chosen), chosen, evid[best])


def _carried_by(ctx: DocContext) -> Lead | None:
    """The carrier a sentence names as such ("Le contrat est porté et animé par Quimper
    Cornouaille Développement (QCD)"), whatever its kind; not the ARS."""
    for sentence in ctx.sentences:
        m = _CARRIED_BY.search(sentence.text)
        if m is None or _HISTORY.search(sentence.text):
            continue
        name = re.sub(r"\s+(?:de|du|des|et)$", "", m.group("name")).strip()
        if len(name) < 4:
            continue
        start = sentence.start + m.start("name")
        found = [x for x in find_mentions(name, start) if x.end - x.start == len(name)]
        if any(x.type == "ARS" for x in find_mentions(name, start)):
            continue  # the agency co-signs; the carrier is the other party
        mention = (
            found[0] if found else OrgMention(start, start + len(name), name, "OTHER", None, None)
        )
        ev = ctx.evidence(start, start + len(name), NAME, "carried-by-named", 0.8)
        return Lead(name, (mention,), ev)
    return None


def lead_from_grid(mentions: list[OrgMention], evidence: list[Evidence]) -> Lead | None:
    """The carrying authority when no sentence names one: the only local authority among
    the signatories of a list or grid (a masthead "la communauté de communes" above a
    table of the signing institutions)."""
    local: dict[str, tuple[OrgMention, Evidence]] = {}
    for mention, ev in zip(mentions, evidence, strict=True):
        if mention.type in _LEADS:
            local.setdefault(norm_text(mention.name), (mention, ev))
    if len(local) != 1:
        return None
    mention, ev = next(iter(local.values()))
    return Lead(mention.name, (mention,), ev)


def _coordinated(text: str, offset: int, mentions: list[OrgMention]) -> list[OrgMention]:
    """Mentions joined by commas/"et" and followed by a plural verb: co-carriers."""
    ordered = sorted(mentions, key=lambda m: m.start)
    groups: list[list[OrgMention]] = [[ordered[0]]]
    for m in ordered[1:]:
        between = text[groups[-1][-1].end - offset : m.start - offset]
        if re.fullmatch(r"\s*(?:,|et|,\s*et)\s*(?:la|le|l['’])?\s*", between):
            groups[-1].append(m)
        else:
            groups.append([m])
    for g in groups:
        after = text[g[-1].end - offset : g[-1].end - offset + 40]
        if len(g) > 1 and re.match(r"\s*(?:ont|portent|signent|s['’]engagent|sont)\b", after):
            return g
    return [ordered[0]]


def _readable(ctx: DocContext, name: str) -> str:
    """A name written in capitals in a title, as the text writes it elsewhere (or in
    title case): "CŒUR DE NACRE" → "Cœur de Nacre"."""
    if not name.isupper():
        return name
    for m in re.finditer(re.escape(name), ctx.text, re.IGNORECASE):
        if not m.group(0).isupper():
            return m.group(0)
    small = {"De", "Du", "Des", "La", "Le", "Les", "Et", "Sur", "En", "D", "L"}
    words = [w.capitalize() for w in name.lower().split()]
    return " ".join(w.lower() if i and w in small else w for i, w in enumerate(words))


def city_as_lead(ctx: DocContext, name: str, evidence: Evidence) -> Lead | None:
    """A city's own page that never writes "Ville de X": when the territory is a commune
    and the text speaks of "la ville"/"la commune", the city carries the contract."""
    from extractors import places

    hit = places.lookup(name)
    if hit is None or hit[1] != "commune":
        return None
    if not re.search(
        r"\b(?:la|notre)\s+(?:ville|commune|municipalit[ée])\b", ctx.text, re.IGNORECASE
    ):
        return None
    mention = OrgMention(
        evidence.start, evidence.end, f"Ville de {hit[0]}", "COMMUNE", hit[0], "commune"
    )
    return Lead(mention.name, (mention,), evidence)


_LEGAL_FORMS = {
    "CC": "Communauté de communes",
    "CA": "Communauté d'agglomération",
    "CU": "Communauté urbaine",
}


def epci_as_lead(ctx: DocContext, name: str, evidence: Evidence) -> Lead | None:
    """An intercommunality's page that calls itself "l'agglomération" or "la communauté
    de communes": when the territory is an EPCI of the official geography, it carries
    the contract, under its legal form and name."""
    from pipeline import geo

    if not re.search(
        r"\b(?:l['’]agglom[ée]ration|l['’]agglo|la\s+communaut[ée]|l['’]intercommunalit[ée])\b",
        ctx.text,
        re.IGNORECASE,
    ):
        return None
    epci = geo.epci_by_name(name)
    form = _LEGAL_FORMS.get(epci.type) if epci is not None else None
    if epci is None or form is None:
        return None
    full = f"{form} {name}"
    mention = OrgMention(evidence.start, evidence.end, full, "EPCI", None, None)
    return Lead(full, (mention,), evidence)


def _weight(name: str, base: float) -> float:
    """A name given by an adjective ("bassin annécien") counts less than a proper name."""
    return base * 0.3 if _is_demonym(name) else base


def _is_demonym(name: str) -> bool:
    return re.fullmatch(rf"{_TNOUN}\s+{_DEMONYM}", name.strip()) is not None


_RANK = re.compile(
    r"(?<![\w])(?:le|la|l['’])\s*"
    + vocab.alternation(
        [re.escape(str(w)) for w in vocab.load("triggers")["generation"]["ordinals"]]
        + vocab.words("territory", "rank_words")
    )
    + r"\s*$",
    re.IGNORECASE,
)


def _ranked_area(before: str, name: str) -> bool:
    """A département or region named after a rank ("le premier contrat local de santé de
    l'Orne", "le deuxième CLS de la Lozère"): the area of a ranking, not the territory."""
    from extractors import places

    if _RANK.search(before[-40:]) is None:
        return False
    hit = places.lookup(re.sub(r"^(?:la|le|les|l['’])\s*", "", name, flags=re.IGNORECASE))
    return hit is not None and hit[1] in ("departement", "region")


def territory_candidates(ctx: DocContext) -> list[Candidate]:
    """Every territory named after "CLS de …": titles (the page title and the first
    headings) weigh twice a sentence; a ranking's area weighs a tenth; mentions of one
    territory (however spelled) are one value."""
    out: list[Candidate] = []

    def add(t: str, start: int, score: float, rule: str, before: str) -> None:
        name = territory_of(t)
        if _ranked_area(before, t):
            score, rule = score * 0.1, "ranked-area"
        ev = ctx.evidence(start, start + len(t), NAME, rule, 0.75)
        out.append(ctx.candidate("territory", name, ev, _weight(t, score), norm_text(name)))

    title = ctx.doc.metadata.get("title", "")
    headings = [(b.text, b.start) for b in ctx.doc.blocks[:12] if b.kind == "heading"]
    for text, base in ([(title, -1)] if title else []) + headings:
        for m in CLS_OF.finditer(text):
            t = m.group("t").strip()
            if not _BAD_TERRITORY.match(t):
                found = ctx.text.find(t) if base < 0 else base + m.start("t")
                add(t, max(found, 0), 2.0, "cls-of-territory-title", text[: m.start()])
    for sentence in ctx.sentences:
        if _OTHER_CONTRACT.search(sentence.text) or _HISTORY.search(sentence.text):
            continue
        for m in CLS_OF.finditer(sentence.text):
            t = m.group("t").strip()
            if _BAD_TERRITORY.match(t) or re.fullmatch(r"\d.*", t) or not m.group("prep"):
                continue
            before = sentence.text[: m.start()]
            add(t, sentence.start + m.start("t"), 1.0, "cls-of-territory", before)
    return out


def _longest_name(items: list[Weighed]) -> Weighed:
    """The heaviest territory; on equal weight the longer name."""
    return max(items, key=lambda w: (w.weight, len(w.candidate.key())))


def find_territory(ctx: DocContext, lead: Lead | None) -> Finding | None:
    """The territory: named after "CLS de …" (titles first), or derived from the lead;
    chosen by the resolver with its mentions pooled (``extractors.resolve``). A name
    given by an adjective ("bassin annécien") or a ranking's area yields to the lead."""
    found = territory_candidates(ctx)
    derived = _from_lead(lead) if lead is not None else None
    if derived is not None:
        key = norm_text(str(derived.value))
        found.append(ctx.candidate("territory", derived.value, derived.evidence, 0.5, key))
    resolution = ctx.keep(resolve("territory", found, _longest_name, pool=True))
    if resolution.chosen is None:
        return None
    chosen = resolution.chosen.candidate
    best = _readable(ctx, str(chosen.value))
    weak = _is_demonym(best) or chosen.evidence.rule == "ranked-area"
    if derived is not None and weak:
        lead_side = [w for w in resolution.rejected if w.candidate.evidence == derived.evidence]
        if lead_side:
            others = [w for w in resolution.rejected if w is not lead_side[0]]
            ctx.keep(Resolution("territory", lead_side[0], [resolution.chosen, *others]))
        return derived
    if chosen.evidence == (derived.evidence if derived is not None else None):
        return derived
    ev = chosen.evidence
    if ev.rule == "cls-of-territory-title":
        ev = ctx.evidence(ev.start, ev.end, NAME, "cls-of-territory", 0.75)
    return Finding("territory", best, ev)


def _from_lead(lead: Lead) -> Finding:
    """The territory a carrying authority designates."""
    only = lead.mentions[0]
    if len(lead.mentions) > 1:
        name = lead.name
    elif only.type == "COMMUNE" and only.place:
        name = only.place
    else:
        name = territory_of(only.name)
        acronym = re.search(r"\(([A-Z][\w-]{1,10})\)\s*$", name)
        if acronym and not name[:1].isupper():
            name = acronym.group(1)
        name = re.sub(r"\s*\([^)]*\)\s*$", "", name) or name
    return Finding("territory", name, lead.evidence)
