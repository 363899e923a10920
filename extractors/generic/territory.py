"""The territory the contract covers and the authority (or authorities) carrying it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import vocab
from extractors.context import DocContext
from extractors.generic.orgmatch import OrgMention
from extractors.resolve import Candidate, Resolution, Weighed, resolve
from pipeline.model import Evidence, Finding
from pipeline.textnorm import norm_text

NAME = "generic.territory"


def _w(key: str, bounded: bool = False) -> str:
    """An alternation of the fragments of ``[territory] key`` in triggers.toml."""
    # Pieces of the patterns below: the code says where words start and end, unless
    # ``bounded`` (whole words, as the vocabulary file writes them).
    return vocab.alternation(vocab.words("territory", key, bounded=bounded))


_CLS = vocab.alternation(vocab.words("territory", "cls", bounded=False))
_TNOUN = "(?i:" + vocab.alternation(vocab.words("territory", "nouns", bounded=False)) + ")"
_CAP = r"[A-ZÉÈÎÔÂ][\w’'-]*"
_DEMONYM = rf"[a-zéè]+{_w('demonym_endings')}\b"
_OF = vocab.grammar("of")
_NAME = rf"(?:{_TNOUN}\s+{_DEMONYM}|(?:{_TNOUN}\s+(?:(?:{_OF})\s*)?)?{_CAP}(?:\s+(?:{_w('name_links')}\s+|d['’]|l['’])?{_CAP})*)"
CLS_OF = re.compile(
    rf"(?i:{_CLS})(?:\s*\(CLS\))?(?:\s*(?:n\s*°\s*)?\d\+?)?(?:\s+(?i:{_w('cls_adjectives')}))?\s+"
    rf"(?P<prep>(?i:{_OF})\s*)?(?!(?i:{_w('not_names')})\b)(?P<t>{_NAME})"
)
_OTHER_CONTRACT = vocab.trigger("roles", "other_contract")
_HISTORY = vocab.trigger("territory", "history")
CLS_AT_SCALE = re.compile(
    rf"(?i:{_CLS})[^.;:]{{0,60}}?(?<![\w])(?i:{_w('scale')})\s*(?P<t>{_NAME})"
)
"""The contract drawn up "à l'échelle du pays bellegardien": its area, as "CLS de X"."""
CLS_OF_AREAS = re.compile(
    rf"(?i:{_CLS})\s+(?i:{_OF})\s*(?P<t>(?i:{_w('shared_areas')})\s+[a-zéèêàâîôûç-]+\s+"
    rf"(?:{_OF})\s*{_CAP}(?:\s+(?:{_w('name_links')}\s+|d['’]|l['’])?{_CAP})*)"
)
"""The contract of territories named together by a noun, an adjective and a name ("le
contrat local de santé des territoires ruraux de l'Orléanais"): the area they form, not
one of its carriers."""
_LEADS = ("EPCI", "COMMUNE")
_PREFIX = re.compile(rf"^{_w('authority_heads')}\s+(?:(?:{_OF})(?:(?<=['’])|\s+))?", re.IGNORECASE)
_BAD_TERRITORY = re.compile(rf"^{_w('not_territories')}\b", re.IGNORECASE)
_BARE_KIND = re.compile(
    vocab.alternation(vocab.words("roles", "bare_lead", bounded=False)), re.IGNORECASE
)
"""A kind of authority alone ("le contrat local de santé de la Ville", "… de la Commune",
the city's page naming itself by its kind): no territory's name."""
_ACRONYM_BEFORE_OF = re.compile(rf"^(\w[^()]*?)\s*\([^()]*\)\s+(?=(?:{_OF}))")
_CITY_SELF = re.compile(rf"\b{_w('city_self')}\b", re.IGNORECASE)
_EPCI_SELF = re.compile(rf"\b{_w('epci_self')}\b", re.IGNORECASE)
_ARTICLE = re.compile(rf"^(?:{vocab.grammar('articles')})\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Lead:
    """The carrying authority (or authorities) and the mentions they were read from."""

    name: str
    mentions: tuple[OrgMention, ...]
    evidence: Evidence


def territory_of(name: str) -> str:
    """The territory a carrying authority's name designates ("Ville de Reims" → Reims;
    "Pôle d'équilibre territorial et rural (PETR) du Val de Lorraine" → Val de Lorraine)."""
    bare = _ACRONYM_BEFORE_OF.sub(r"\1 ", name)
    return _PREFIX.sub("", bare).strip() or name


def _title_texts(ctx: DocContext) -> list[str]:
    texts = [ctx.doc.metadata.get("title", "")]
    texts += [b.text for b in ctx.doc.blocks[:12] if b.kind == "heading"]
    return [t for t in texts if t]


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
    for article in CITY_ARTICLES:  # "le contrat du Lorrain": the commune Le Lorrain
        if hit is None or hit[1] != "commune":
            hit = places.lookup(f"{article} {name}")
    if hit is None or hit[1] != "commune":
        return None
    if not ctx.search_text(_CITY_SELF):
        return None
    city = f"Ville {city_of(hit[0])}"
    mention = OrgMention(evidence.start, evidence.end, city, "COMMUNE", hit[0], "commune")
    return Lead(mention.name, (mention,), evidence)


CITY_ARTICLES = ("Le", "Les")
"""The articles a commune's name starts with that "de" absorbs ("du Lorrain", "des
Abymes"): the territory read after them lacks the article."""


def city_of(commune: str) -> str:
    """ "de" before a commune's name, contracted with its article: "du Lorrain", "des
    Abymes", "de La Trinité", "de Brest"."""
    for article, contracted in (("Le ", "du "), ("Les ", "des ")):
        if commune.startswith(article):
            return contracted + commune[len(article) :]
    return f"de {commune}"


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

    if not _EPCI_SELF.search(ctx.text):
        return None
    epci = geo.epci_by_name(name)
    form = _LEGAL_FORMS.get(epci.type) if epci is not None else None
    if epci is None or form is None:
        form = _bare_epci_kind(ctx)
    if form is None:
        return None
    full = f"{form} {name}"
    mention = OrgMention(evidence.start, evidence.end, full, "EPCI", None, None)
    return Lead(full, (mention,), evidence)


_BARE_KIND_NAMED = re.compile(
    rf"(?<![\w])(?:{vocab.alternation(vocab.words('roles', 'bare_lead_articles', bounded=False))})\s*"
    rf"(?P<kind>{vocab.alternation(vocab.words('roles', 'bare_lead', bounded=False))})"
    rf"(?!\s+(?:(?:{vocab.alternation(vocab.words('roles', 'bare_lead_of', bounded=False))})\s*)?"
    r"[A-ZÉÈÎ\w])",
    re.IGNORECASE,
)


def _bare_epci_kind(ctx: DocContext) -> str | None:
    """The legal form an intercommunality's text gives itself by its kind alone ("La
    communauté de communes, l'ARS et leurs partenaires le signeront"), when the official
    geography does not know the territory's name: the carrier is that form of the
    territory ("Communauté de communes Pays bellegardien")."""
    from extractors.wordmatch import wordset

    heads = wordset(vocab.entries("orgs", "epci_heads"))
    for m in _BARE_KIND_NAMED.finditer(ctx.text):
        kind = m.group("kind")
        if len(kind.split()) > 1 and heads.whole(kind):  # a legal form, not "l'agglomération"
            return kind[:1].upper() + kind[1:].lower()
    return None


def _weight(name: str, base: float) -> float:
    """A name given by an adjective ("bassin annécien") counts less than a proper name."""
    return base * 0.3 if _is_demonym(name) else base


def _is_demonym(name: str) -> bool:
    return re.fullmatch(rf"{_TNOUN}\s+{_DEMONYM}", name.strip()) is not None


_RANK = re.compile(
    rf"(?<![\w]){vocab.grammar('singular_articles')}\s*"
    + vocab.alternation(
        [re.escape(str(w)) for w in vocab.load("triggers")["generation"]["ordinals"]]
        + vocab.words("territory", "rank_words", bounded=False)
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
    hit = places.lookup(_ARTICLE.sub("", name))
    return hit is not None and hit[1] in ("departement", "region")


_PLURAL_CONTRACTS = re.compile(rf"(?<![\w])(?:{_w('plural_contracts')})\s+$", re.IGNORECASE)


def _area_of_contracts(before: str, name: str) -> bool:
    """A département or region named after contracts in the plural ("les coordinateurs
    des CLS de la Manche"): the area holding several contracts, not this one's territory."""
    from extractors import places

    if _PLURAL_CONTRACTS.search(before[-12:]) is None:
        return False
    hit = places.lookup(_ARTICLE.sub("", name))
    return hit is not None and hit[1] in ("departement", "region")


_COVER_BLOCKS = 12
_AREA_LINE = re.compile(
    rf"(?i:{_w('area_nouns')})\s+(?:{_OF})\s*{_CAP}(?:\s+(?:{_w('name_links')}\s+|d['’]|l['’])?{_CAP})*$"
)
"""A title line naming an area that is no authority ("Bassin de santé intermédiaire de
Saint-Flour"), alone in its block at the top of the document."""


def territory_candidates(ctx: DocContext) -> list[Candidate]:
    """Every territory named after "CLS de …": titles (the page title and the first
    headings) weigh twice a sentence; a ranking's area weighs a tenth; mentions of one
    territory (however spelled) are one value."""
    out: list[Candidate] = []

    def add(t: str, start: int, score: float, rule: str, before: str) -> None:
        name = territory_of(t)
        if _ranked_area(before, t) or _area_of_contracts(before, t):
            score, rule = score * 0.1, "ranked-area"
        ev = ctx.evidence(start, start + len(t), NAME, rule, 0.75)
        out.append(ctx.candidate("territory", name, ev, _weight(t, score), norm_text(name)))

    title = ctx.doc.metadata.get("title", "")
    headings = [(b.text, b.start) for b in ctx.doc.blocks[:12] if b.kind == "heading"]
    for text, base in ([(title, -1)] if title else []) + headings:
        for m in CLS_OF.finditer(text):
            t = m.group("t").strip()
            if not _BAD_TERRITORY.match(t) and not _BARE_KIND.fullmatch(t):
                found = ctx.text.find(t) if base < 0 else base + m.start("t")
                add(t, max(found, 0), 2.0, "cls-of-territory-title", text[: m.start()])
    for block in ctx.doc.blocks[:_COVER_BLOCKS]:
        area = _AREA_LINE.match(block.text.strip())
        if area is not None and ctx.zone_at(block.start) in ("cover", "body"):
            add(area.group(0), block.start + block.text.find(area.group(0)), 2.0, "area-line", "")
    for sentence in ctx.sentences_with(
        CLS_OF, CLS_OF_AREAS, CLS_AT_SCALE
    ):  # nothing found elsewhere
        if ctx.search(_OTHER_CONTRACT, sentence) or ctx.search(_HISTORY, sentence):
            continue
        for m in ctx.finditer(CLS_OF, sentence):
            t = m.group("t").strip()
            if _BAD_TERRITORY.match(t) or re.fullmatch(r"\d.*", t) or not m.group("prep"):
                continue
            if _BARE_KIND.fullmatch(t):
                continue
            before = sentence.text[: m.start()]
            add(t, sentence.start + m.start("t"), 1.0, "cls-of-territory", before)
        for m in ctx.finditer(CLS_AT_SCALE, sentence):
            t = m.group("t").strip()
            if not _BAD_TERRITORY.match(t) and not _BARE_KIND.fullmatch(t):
                name = t[:1].upper() + t[1:]
                add(name, sentence.start + m.start("t"), 1.0, "cls-at-scale", "")
        for m in ctx.finditer(CLS_OF_AREAS, sentence):
            t = m.group("t")
            shared = t[:1].upper() + t[1:]
            ev = ctx.evidence(
                sentence.start + m.start("t"),
                sentence.start + m.end("t"),
                NAME,
                "cls-of-areas",
                0.75,
            )
            out.append(ctx.candidate("territory", shared, ev, 1.0, norm_text(shared)))
    return out


def _longest_name(items: list[Weighed]) -> Weighed:
    """The heaviest territory; on equal weight the longer name."""
    return max(items, key=lambda w: (w.weight, len(w.candidate.key())))


def find_territory(ctx: DocContext, lead: Lead | None) -> Finding | None:
    """The territory: named after "CLS de …" (titles first), or derived from the lead;
    chosen by the resolver with its mentions pooled (``extractors.resolve``). A name
    given by an adjective ("bassin annécien") or a ranking's area yields to the lead."""
    found = territory_candidates(ctx)
    if not found and lead is None:
        return _publisher(ctx)
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


_TITLE_PARTS = re.compile(r"\s+[–—|-]\s+")


def _publisher(ctx: DocContext) -> Finding | None:
    """The territory of the local authority that publishes the page, when the text names
    no carrier but itself by its kind ("Autour de la Ville se sont engagés …" in a mayor's
    editorial, "l'agglomération a signé" on its own site): the site's name closing the
    page title ("L'édito du maire – Le Mag n° 12 – Ville de Trélazé") is that authority.
    The carrier then follows from the territory (``city_as_lead``, ``epci_as_lead``)."""
    body = publisher(ctx)
    if body is not None:
        itself = (_CITY_SELF if body.type == "COMMUNE" else _EPCI_SELF).search(ctx.text)
        if itself is None:
            return None
        name = body.place if body.type == "COMMUNE" and body.place else territory_of(body.name)
        ev = ctx.evidence(itself.start(), itself.end(), NAME, "publisher-of-the-page", 0.5)
        ctx.keep(Resolution("territory", Weighed(ctx.candidate("territory", name, ev), 0.5)))
        return Finding("territory", name, ev)
    return None


def publisher(ctx: DocContext, types: tuple[str, ...] = _LEADS) -> OrgMention | None:
    """The authority of one of ``types`` whose site publishes the page: its name closes the
    page title after a dash ("Le contrat local de santé renouvelé – Ville de Millau");
    offsets are the title's."""
    from extractors.generic.orgmatch import find_mentions

    parts = _TITLE_PARTS.split(ctx.doc.metadata.get("title", "").strip())
    for part in reversed(parts[1:]):
        part = part.strip()
        whole = [m for m in find_mentions(part) if m.type in types and m.end - m.start == len(part)]
        if whole:
            return whole[0]
    return None


def _from_lead(lead: Lead) -> Finding:
    """The territory a carrying authority designates."""
    only = lead.mentions[0]
    if len(lead.mentions) > 1:
        name = " et ".join(territory_of(m.name) for m in lead.mentions)  # co-carriers' areas
    elif only.type == "COMMUNE" and only.place:
        name = only.place
    else:
        name = territory_of(only.name)
        acronym = re.search(r"\(([A-Z][\w-]{1,10})\)\s*$", name)
        if acronym and not name[:1].isupper():
            name = acronym.group(1)
        name = re.sub(r"\s*\([^)]*\)\s*$", "", name) or name
    return Finding("territory", name, lead.evidence)
