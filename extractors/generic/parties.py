"""Who is party to the contract, and in which role (signatory or partner).

An organisation is a party only when the sentence, list or table that names it speaks
of signing or of partnership; list items and table rows inherit the context of the
paragraph or heading that introduces them. Organisations merely mentioned are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from extractors import nlp, places, vocab
from extractors.context import DocContext, Sentence
from extractors.generic.orgmatch import (
    COLLECTIVITY_ALONE,
    OrgMention,
    find_mentions,
    names_a_body,
    type_of_name,
)
from extractors.generic.venues import is_attending, is_venue
from pipeline.model import Block, Evidence
from pipeline.textnorm import norm_text

NAME = "generic.parties"
_SIGN = vocab.trigger("roles", "signatory")
_PARTNER = vocab.trigger("roles", "partner")
_PARTNER_CAPACITY = vocab.trigger("roles", "partner_capacity")
_SIGNING_ITEM = vocab.trigger("roles", "signing_item")
_DECISION = re.compile(
    rf"^(?:{vocab.alternation(vocab.words('roles', 'decision_verbs', bounded=False))})\b",
    re.IGNORECASE,
)
_MENTION = vocab.trigger("roles", "mention")
_NOT_SIGNATORY = vocab.trigger("roles", "not_signatory")
_NOT_PARTY = vocab.trigger("roles", "not_party")
_OTHER_CONTRACT = vocab.trigger("roles", "other_contract")
_OTHER_NAMED = vocab.trigger("roles", "other_contract_named")
_OWN_CONTRACT = vocab.trigger("roles", "own_contract")
_THIS_CONTRACT = vocab.trigger("roles", "this_contract")
_EARLIER = vocab.trigger("territory", "history")
_FICHE = re.compile(
    rf"^(?:{vocab.alternation(vocab.words('sections', 'fiche', bounded=False))}\b"
    rf"|{vocab.alternation(vocab.words('sections', 'fiche_numbered', bounded=False))}\s*(?:n\s*°\s*)?\d)",
    re.IGNORECASE,
)
_PARTIES_SECTION = vocab.trigger("sections", "parties")
_PERSON = re.compile(
    r"(?:"
    + vocab.alternation(vocab.words("roles", "person_titles", bounded=False))
    + rf")(?:\s+[\wéè-]+){{0,3}}\s+(?:{vocab.grammar('of')})\s*$",
    re.IGNORECASE,
)
_TITLE_ALONE = re.compile(
    vocab.alternation(vocab.words("roles", "person_titles", bounded=False))
    + rf"(?:\s+{vocab.alternation(vocab.words('roles', 'title_qualifiers', bounded=False))})?",
    re.IGNORECASE,
)
_GENERIC_NOUN = re.compile(
    vocab.alternation(vocab.words("orgs", "generic_nouns", bounded=False)), re.IGNORECASE
)
_LABEL = re.compile(r"^[^:]{3,80}:\s+(?=\S)")
_DETERMINER = re.compile(
    rf"^(?:(?:{vocab.grammar('coordination')})\s+)?(?:{vocab.grammar('determiners')})\s*", re.I
)
_ORG_NOUN = vocab.trigger("orgs", "nouns")
_PRONOUN_SUBJECT = re.compile(rf"^\W*(?:[\w ,]{{0,30}}\s)?(?:{vocab.grammar('pronouns')})\s", re.I)
_INFINITIVE = re.compile(
    rf"^[A-ZÉÈ][a-zéèêàâîôûç]+{vocab.alternation(vocab.words('grammar', 'infinitive_endings', bounded=False))}\b"
)
_SPLIT = re.compile(
    rf"\s*[;,]\s+|\s+{vocab.grammar('and')}\s+(?=(?:{vocab.grammar('articles')})\s*[A-ZÉÈÎ]|[A-ZÉÈÎ])"
)


ONE_PER_TYPE = {
    "PREFECTURE",
    "EDUCATION_NATIONALE",
    "CPAM",
    "CAF",
    "MSA",
    "CARSAT",
    "REGION",
    "DEPARTEMENT",
    "MUTUALITE",
}


@dataclass(frozen=True, slots=True)
class Party:
    """An organisation found in a party context."""

    mention: OrgMention
    role: str
    evidence: Evidence


def classify(text: str) -> str | None:
    """'signatory', 'partner' or None for the words of a context."""
    if _OTHER_CONTRACT.search(text):
        return None
    if _OTHER_NAMED.search(text) and not _THIS_CONTRACT.search(text):
        return None
    if _NOT_PARTY.search(text) and not _PARTNER.search(text):
        return None
    if _NOT_SIGNATORY.search(text) or _NOT_PARTY.search(text):
        return "partner"
    if _PARTNER_CAPACITY.search(text) and not _SIGN.search(text):
        return "partner"  # "Assistaient, en qualité de partenaires : …": named as partners
    if _MENTION.search(text) and not _SIGN.search(text):
        return None
    if _SIGN.search(text):
        return "signatory"
    if _PARTNER.search(text):
        return "partner"
    return None


def expressly_partner(text: str) -> bool:
    """The words say in so many words that the bodies are partners and not signatories
    ("en qualité de partenaires", "qui ne le signent pas")."""
    return classify(text) == "partner" and (
        _PARTNER_CAPACITY.search(text) is not None or _NOT_SIGNATORY.search(text) is not None
    )


def _intro_role(ctx: DocContext, index: int) -> str | None:
    """Role given by the paragraph or heading that introduces a list or table, or, for a
    table continued on the next page, by what introduced its first part."""
    role = _introduced_role(ctx, index)
    if role is None and ctx.doc.blocks[index].kind == "table_row":
        role = _continued_table_role(ctx, index)
    return role


def _table_start(blocks: list[Block], index: int) -> int:
    while index > 0 and blocks[index - 1].kind == "table_row":
        index -= 1
    return index


def _continued_table_role(ctx: DocContext, index: int) -> str | None:
    """A table whose header row repeats the header row of a table shortly before it
    ("Institution | Qualité | Signature" on both pages of a signature grid) continues that
    table, a page's running title between them: it has that table's role."""
    blocks = ctx.doc.blocks
    start = _table_start(blocks, index)
    header = blocks[start].text
    if not _HEADER.match(header.split(" | ")[0].strip()):
        return None
    for back in range(start - 1, max(-1, start - 12), -1):
        block = blocks[back]
        if block.kind == "table_row" and block.text == header:
            return _introduced_role(ctx, back) if _table_start(blocks, back) == back else None
    return None


def _introduced_role(ctx: DocContext, index: int) -> str | None:
    blocks = ctx.doc.blocks
    seen_heading = False
    for back in range(index - 1, max(-1, index - 40), -1):
        block = blocks[back]
        if block.kind in ("list_item", "table_row"):
            continue
        role = classify(block.text if block.kind == "heading" else _last_sentence(block.text))
        if role is not None:
            return role
        if block.kind == "heading":
            return None
        if block.kind == "paragraph" and not seen_heading and not block.text.rstrip().endswith(":"):
            return None
        if block.kind == "paragraph" and len(_last_sentence(block.text).split()) >= OWN_INTRO_WORDS:
            return None  # "Il compte vingt fiches réparties en cinq axes :" introduces its own
    return None


OWN_INTRO_WORDS = 6
"""A sentence of this many words closing with a colon and giving no role introduces a list
of its own (axes, decisions); a shorter one ("Entre :") leaves the role to what precedes."""


def _last_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return parts[-1] if parts else text


def _is_person(text: str, rel: int, org_type: str = "COMMUNE") -> bool:
    """A title of a person before a local authority's name ("le maire de …")."""
    if org_type not in ("COMMUNE", "EPCI", "DEPARTEMENT", "REGION"):
        return False
    return _PERSON.search(text[max(0, rel - 60) : rel]) is not None


def _signs_for(text: str, rel: int) -> bool:
    """A person's title before a local authority in a sentence that says who signs
    ("paraphée par la présidente du Grand Montauban", "le président du Département a
    signé", "aux côtés du maire de …"): the person signs for the body, so the body is a
    signatory."""
    return _PERSON.search(text[max(0, rel - 60) : rel]) is not None


_HEADER = re.compile(
    r"^" + vocab.alternation(vocab.words("orgs", "table_headers", bounded=False)) + r"$", re.I
)


_ON_BEHALF = re.compile(
    rf"^\s*{vocab.alternation(vocab.words('roles', 'on_behalf', bounded=False))}\s+(?:{vocab.grammar('articles')})?\s*",
    re.IGNORECASE,
)
_SIGNER_TITLE = re.compile(
    rf"\s(?:{vocab.grammar('capital_articles')})\s*(?i:"
    + vocab.alternation(vocab.words("roles", "person_titles", bounded=False))
    + r")(?![\w-])"
)


def _signer_cut(text: str) -> str:
    """A signature grid's cell read as one line ("Pour la Communauté urbaine d'Arras Le
    Président Frédéric Lemaire"): the body only, blanked around (offsets kept)."""
    title = _SIGNER_TITLE.search(text)
    if title is None:
        return text
    head = _ON_BEHALF.match(text)
    start = head.end() if head is not None else 0
    return " " * start + text[start : title.start()] + " " * (len(text) - title.start())


def _item_parties(ctx: DocContext, block: Block, role: str, column: int = 0) -> list[Party]:
    """Organisations of a list item or table row in a party context."""
    text = block.text
    base = block.start
    if block.kind == "table_row" and column < 0:
        grid: list[Party] = []
        offset = block.start
        for cell in block.text.split(" | "):
            one = Block("list_item", _grid_cell(cell), offset, offset + len(cell), block.page)
            grid.extend(_item_parties(ctx, one, role))
            offset += len(cell) + 3
        return grid
    if block.kind == "table_row":
        cells = block.text.split(" | ")
        column = min(column, len(cells) - 1)
        base += sum(len(c) + 3 for c in cells[:column])
        text = cells[column]
    if block.kind == "table_row" and _HEADER.match(text.strip()):
        return []
    label = _LABEL.match(text)
    if label:
        base += label.end()
        text = text[label.end() :]
    text = _signer_cut(text)
    text = re.sub(r"^\s*(?:[-–—•·*▪►◦●]|\d{1,2}[.)])\s*", lambda m: " " * len(m.group(0)), text)
    mentions = [
        m for m in find_mentions(text, base) if not _is_person(text, m.start - base, m.type)
    ]
    covered = sum(m.end - m.start for m in mentions)
    stripped = text.strip(" ;,.")
    out: list[Party] = []
    if mentions and (covered >= 0.5 * len(stripped) or _DECISION.match(stripped)):
        for m in mentions:
            out.append(Party(m, role, ctx.evidence(m.start, m.end, NAME, f"list-{role}", 0.85)))
        return out
    if _DECISION.match(stripped):
        return out  # a council's decision ("AUTORISE le Maire à le signer"), not a name
    for segment in _SPLIT.split(stripped):
        party = _segment_party(ctx, block, segment, role)
        if party is not None:
            out.append(party)
    return out


_CELL_LINE = " ; "
"""How the text reader joins the lines of one table cell."""


def _grid_cell(cell: str) -> str:
    """A signature grid's cell read line by line ("Caisse primaire d'assurance ; maladie du
    Val-d'Oise ; Le Directeur général ; Frédéric Lemasson"): the body's name is every line
    above the signer's title ("Le Directeur", "Pour le Préfet et par délégation"), one name
    broken over lines, joined again; the title and the person are blanked (offsets kept)."""
    lines = cell.split(_CELL_LINE)
    for k in range(1, len(lines)):
        if _SIGNER_LINE.match(lines[k]) or _TITLE_AFTER.match(lines[k]):
            head = " " * len(_CELL_LINE)
            name = head.join(lines[:k])
            on_behalf = _ON_BEHALF.match(name)  # "Pour la Région ; La Présidente"
            if on_behalf is not None:
                name = " " * on_behalf.end() + name[on_behalf.end() :]
            return name + " " * (len(cell) - len(name))
    return cell


def _encodable(text: str) -> bool:
    """True when the text is valid Unicode for UTF-8 (no lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


CAPITAL_TITLE_WORDS = 4
"""A segment this long written all in capitals and naming no known kind of body is a
title (a numbered section of a newsletter), not an acronym or a body's name."""


def _segment_party(ctx: DocContext, block: Block, segment: str, role: str) -> Party | None:
    """The organisation one comma-separated segment of an item names with no vocabulary
    mention: a capitalised name that reads as a body, or a commune; ``None`` otherwise."""
    name = _DETERMINER.sub("", segment.strip(" ;,.")).strip()
    if len(name) < 3 or not name[:1].isupper():
        return None
    if _SIGNER_LINE.match(name):
        return None  # "Pour la Présidente du conseil régional": who signs, not a body
    if (_INFINITIVE.match(name) and not re.search(r"\s[A-ZÉÈÎ]", name)) or len(name.split()) > 14:
        return None
    org_type, place = type_of_name(name)
    if org_type == "OTHER" and name.isupper() and len(name.split()) >= CAPITAL_TITLE_WORDS:
        return None  # "3. MOBILITÉ : LE PLAN DE MOBILITÉ ADOPTÉ": a newsletter's section title
    hit = None if name.isupper() else places.lookup(name)
    if (
        org_type == "OTHER"
        and not hit
        and not _ORG_NOUN.search(name)
        and not re.search(r"\b[A-Z]{2,}\b", name)
    ):
        return None
    if org_type == "OTHER" and not hit and (not _encodable(name) or nlp.is_person_name(name)):
        return None  # a lone surrogate (a broken file) cannot go to the language model
    if hit and hit[1] == "commune":
        org_type, place = "COMMUNE", hit[0]
    elif hit:
        return None
    start = ctx.text.find(name, block.start, block.end + 1)
    start = start if start >= 0 else block.start
    mention = OrgMention(start, start + len(name), name, org_type, place, None)
    return Party(mention, role, ctx.evidence(start, start + len(name), NAME, f"item-{role}", 0.7))


_TOWN = r"[A-ZÉÈÎ][\w'’-]*(?:\s+[A-ZÉÈÎ][\w'’-]*)*"
_BENEFICIARY = re.compile(
    rf"\b(?i:{vocab.alternation(vocab.words('roles', 'beneficiary'))})\s+"
    rf"(?:{_TOWN}\s*(?:,|\s{vocab.grammar('and')})\s*)*$"
)
"""Bare town names enumerated after "pour" ("signé en 2021 pour Cazals et Lunan"): the
places a scheme was signed for, not bodies that sign it."""


_ARTICLE_ONLY = re.compile(rf"^\s*(?:(?:{vocab.grammar('articles')})\s*)?$", re.IGNORECASE)


def _entrusted(text: str, rel: int) -> bool:
    """The body right after words of partnership ending in "à" ("la coordination est
    confiée à la Plateforme santé …"): the body it is given to, not a place."""
    window = text[max(0, rel - 60) : rel]
    return any(_ARTICLE_ONLY.match(window[m.end() :]) for m in _PARTNER.finditer(window))


_CONTRACT_OF = re.compile(
    rf"(?:{vocab.alternation(vocab.words('territory', 'cls', bounded=False))})\s+"
    rf"(?:{vocab.grammar('of')})\s*$",
    re.IGNORECASE,
)
_AREA_GAP = re.compile(
    rf"(?:\s*(?:,|(?:{vocab.grammar('and')})(?!\w)|(?:{vocab.grammar('of')})|[A-ZÉÈÎÔÂ][\w’'-]*))*\s*"
)
"""What stands between the areas a contract is named after ("…, du Carladès et de la ")."""


def _names_the_contracts_area(text: str, mention: OrgMention, area_end: int | None) -> bool:
    """True when an area's bare name, not a body's, follows the contract's name ("le
    contrat local de santé du Bassin d'Aurillac, du Carladès et de la Châtaigneraie
    Cantalienne"): the territory the contract covers, not a party to it."""
    if names_a_body(mention.name):
        return False
    if _CONTRACT_OF.search(text, max(0, mention.start - 60), mention.start):
        return True
    return area_end is not None and _AREA_GAP.fullmatch(text, area_end, mention.start) is not None


_PUBLISHER_ALONE = re.compile(vocab.alternation(vocab.words("orgs", "publisher_alone")))
_PUBLISHER_KEYS = ("site_name", "logo", "publisher")
_TITLE_SUFFIX = re.compile(r"\s[–—|-]\s")
_PUBLISHERS = ("COMMUNE", "DEPARTEMENT", "REGION")


def publisher(ctx: DocContext) -> dict[str, OrgMention]:
    """The collectivity that publishes the page, by kind, with its place: named by the
    site's name, its logo, its publisher or the end of its title ("… – Ville d'Aurillac",
    "… – Département de l'Aveyron"). Read once per document."""
    return ctx.once("publisher", lambda: _publisher(ctx))


def _publisher(ctx: DocContext) -> dict[str, OrgMention]:
    meta = ctx.doc.metadata
    texts = [str(meta.get(k, "")) for k in _PUBLISHER_KEYS]
    texts.append(_TITLE_SUFFIX.split(str(meta.get("title", "")))[-1])
    found: dict[str, OrgMention] = {}
    for text in texts:
        for m in find_mentions(text):
            if m.type in _PUBLISHERS and m.place is not None:
                found.setdefault(m.type, m)
    return found


def bare_kind(name: str) -> bool:
    """True for a collectivity named by its kind alone ("Département", "Ville"): any name
    of the same body says more."""
    return bool(COLLECTIVITY_ALONE.fullmatch(name) or _PUBLISHER_ALONE.fullmatch(name))


def _as_publisher(ctx: DocContext, m: OrgMention) -> OrgMention:
    """A collectivity named by its kind alone ("le Département") on the page it publishes:
    the publisher, placed."""
    own = publisher(ctx).get(m.type)
    if own is None or m.place is not None or not COLLECTIVITY_ALONE.fullmatch(m.name):
        return m
    return replace(m, place=own.place, place_kind=own.place_kind)


def _publishing_town(
    ctx: DocContext, sentence: Sentence, mentions: list[OrgMention]
) -> list[OrgMention]:
    """ "la Ville" written alone on the town's own page: the publishing town."""
    own = publisher(ctx).get("COMMUNE")
    if own is None:
        return []
    out = []
    for hit in _PUBLISHER_ALONE.finditer(sentence.text):
        start = sentence.start + hit.start()
        if any(m.start <= start < m.end for m in mentions):
            continue
        end = sentence.start + hit.end()
        out.append(OrgMention(start, end, hit.group(0), "COMMUNE", own.place, own.place_kind))
    return out


def _sentence_parties(ctx: DocContext, sentence: Sentence, role: str) -> list[Party]:
    out: list[Party] = []
    previous: OrgMention | None = None
    mentions = [_as_publisher(ctx, m) for m in find_mentions(sentence.text, sentence.start)]
    mentions = sorted(mentions + _publishing_town(ctx, sentence, mentions), key=lambda m: m.start)
    history = ctx.search(_EARLIER, sentence)
    area_end: int | None = None
    for m in mentions:
        rel = m.start - sentence.start
        if _names_the_contracts_area(ctx.text, m, area_end):
            area_end = m.end
            continue
        person = _is_person(sentence.text, rel, m.type)
        if person and not (role == "signatory" and _signs_for(sentence.text, rel)):
            continue
        if is_venue(sentence.text, rel) and not _entrusted(sentence.text, rel):
            continue
        if is_attending(sentence.text, rel):
            continue
        if history is not None and rel > history.start():
            continue
        if _replaces_its_signer(ctx, out, m):
            out[-1] = Party(m, role, ctx.evidence(m.start, m.end, NAME, f"sentence-{role}", 0.8))
            previous = m
            continue
        if (
            m.type in ONE_PER_TYPE
            and _TITLE_AFTER.match(m.name)
            and any(p.mention.type == m.type and p.mention.place for p in out)
        ):
            continue  # "la Préfecture de l'Ain, représentée par le Sous-Préfet de …": its signer
        if (
            previous is not None
            and previous.type == m.type
            and ctx.text[previous.end : m.start].strip() == ","
            and m.type == "PREFECTURE"
        ):
            continue
        previous = m
        out.append(Party(m, role, ctx.evidence(m.start, m.end, NAME, f"sentence-{role}", 0.8)))
    if role == "signatory":
        out += _mayors_communes(ctx, sentence, mentions, out)
        out.extend(_enumerated_communes(ctx, sentence, role, mentions))
    return out


_GEOGRAPHY = re.compile(
    rf"(?<!\w)(?i:{vocab.alternation(vocab.words('roles', 'geography'))})\s*"
    rf"(?:{_TOWN}\s*(?:,|\s{vocab.grammar('and')})\s*)*$"
)
"""Towns named to place the territory ("ce territoire rural situé entre Dole et Lons"),
written just before a town: a map's landmarks, not signatories."""


_ON_BEHALF_OF = re.compile(
    rf"^\s*,?\s*(?:{vocab.alternation(vocab.words('roles', 'signs_on_behalf_of', bounded=False))})"
    rf"\s*$",
    re.IGNORECASE,
)


def _replaces_its_signer(ctx: DocContext, out: list[Party], mention: OrgMention) -> bool:
    """True when a State's body follows the one just read, joined by "au nom de" ("le
    sous-préfet de Vienne, au nom du préfet de l'Isère, a signé"): the sous-préfet signs
    for the préfet, whose body is the party."""
    if not out or mention.type != "PREFECTURE" or out[-1].mention.type != "PREFECTURE":
        return False
    return _ON_BEHALF_OF.match(ctx.text[out[-1].mention.end : mention.start]) is not None


_MAYOR_OF = re.compile(
    rf"(?<![\w-])(?i:(?:{vocab.alternation(vocab.words('roles', 'mayor_articles', bounded=False))})\s+"
    rf"{vocab.alternation(vocab.words('roles', 'mayor', bounded=False))})\s+"
    rf"(?i:{vocab.grammar('of')})\s*(?P<town>{_TOWN})"
)


def _commune_named(town: str) -> tuple[str, str] | None:
    """The commune a town's name read after "de"/"du" names ("du Mans": Le Mans)."""
    from extractors.generic.territory import CITY_ARTICLES

    for name in (town, *(f"{article} {town}" for article in CITY_ARTICLES)):
        hit = places.lookup(name)
        if hit is not None and hit[1] == "commune":
            return hit
    return None


def _mayors_communes(
    ctx: DocContext, sentence: Sentence, mentions: list[OrgMention], out: list[Party]
) -> list[Party]:
    """The communes whose mayors a signing sentence names among the signers ("le préfet a
    signé le contrat aux côtés du président de l'agglomération et du maire de Vienne"):
    the mayor signs for the commune. Not a mayor attending ("en présence du maire de …"),
    one named inside a body's name, nor a second office of a person named before, written
    without an article ("le président de la Métropole, également maire de Nancy")."""
    found: list[Party] = []
    history = _EARLIER.search(sentence.text)
    for m in _MAYOR_OF.finditer(sentence.text):
        if history is not None and m.start() > history.start():
            break  # "… comme le maire de Vienne l'avait signé lors du précédent contrat"
        town = m.group("town")
        hit = _commune_named(town)
        if hit is None or is_attending(sentence.text, m.start("town")):
            continue
        start = sentence.start + m.start("town")
        if any(x.start <= start < x.end for x in mentions):
            continue
        if any(p.mention.type == "COMMUNE" and p.mention.place == hit[0] for p in out + found):
            continue
        mention = OrgMention(start, start + len(town), town, "COMMUNE", hit[0], "commune")
        ev = ctx.evidence(start, start + len(town), NAME, "mayor-of-commune-signatory", 0.7)
        found.append(Party(mention, "signatory", ev))
    return found


def _enumerated_communes(
    ctx: DocContext, sentence: Sentence, role: str, mentions: list[OrgMention]
) -> list[Party]:
    """Towns a signing sentence enumerates by their bare names ("signé par Cazals, Lunan
    et l'ARS"), outside any body's name: the communes sign; not the towns a scheme serves ("pour Cazals et Lunan") nor
    those placing the territory on the map ("situé entre Dole et Lons")."""
    out: list[Party] = []
    for segment in _SPLIT.split(sentence.text.strip(" .")):
        name = _DETERMINER.sub("", segment.strip(" ;,.")).strip()
        bare = segment.strip(" ;,.")
        hit = None
        if _TITLE_ALONE.fullmatch(name) or _GENERIC_NOUN.fullmatch(name):
            continue  # "la maire": a person; "Ville", "État": a kind of body, no commune
        for candidate in (bare, name):
            if not candidate.isupper() and len(candidate) >= 3 and hit is None:
                hit = places.lookup(candidate)
                name = candidate if hit else name
        rel = sentence.text.find(name)
        inside = any(m.start <= sentence.start + rel < m.end for m in mentions)
        if hit and hit[1] == "commune" and not inside and rel >= 0:
            if _BENEFICIARY.search(sentence.text[:rel]) or _GEOGRAPHY.search(sentence.text[:rel]):
                continue
            start = sentence.start + rel
            mention = OrgMention(start, start + len(name), name, "COMMUNE", hit[0], "commune")
            out.append(
                Party(
                    mention,
                    role,
                    ctx.evidence(start, start + len(name), NAME, f"enumerated-commune-{role}", 0.6),
                )
            )
    return out


def _name_column(ctx: DocContext, index: int) -> int:
    """The column of a table that holds organisation names (most mentions); -1 when
    every column does (a grid of partners)."""
    blocks = ctx.doc.blocks
    start = index
    while start > 0 and blocks[start - 1].kind == "table_row":
        start -= 1
    end = index
    while end + 1 < len(blocks) and blocks[end + 1].kind == "table_row":
        end += 1
    hits: dict[int, int] = {}
    for row in blocks[start : end + 1]:
        for col, cell in enumerate(row.text.split(" | ")):
            hits[col] = hits.get(col, 0) + len(find_mentions(_grid_cell(cell)))
    rows = end - start + 1
    if len([c for c, n in hits.items() if n >= max(2, rows // 2)]) >= 2:
        return -1
    return max(sorted(hits), key=lambda c: hits[c]) if hits else 0


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _contracts_table(ctx: DocContext, index: int) -> bool:
    """A table row among rows that each name a contract with its years ("Pantin | CLS 2
    (2018-2022) | 5 mai 2018"): a list of several contracts, not this one's parties."""
    blocks = ctx.doc.blocks
    if blocks[index].kind != "table_row":
        return False
    start = index
    while start > 0 and blocks[start - 1].kind == "table_row":
        start -= 1
    end = index
    while end + 1 < len(blocks) and blocks[end + 1].kind == "table_row":
        end += 1
    rows = blocks[start : end + 1]
    named = [r for r in rows if _THIS_CONTRACT.search(r.text) and _YEAR.search(r.text)]
    return len(named) >= 2 and 2 * len(named) >= len(rows)


def _laid_out_parties(ctx: DocContext, index: int, block: Block) -> list[Party] | None:
    """The parties of a list item, a table row or a paragraph of names under a title,
    read by their layout; ``None`` when the block is to be read sentence by sentence."""
    if block.kind in ("list_item", "table_row"):
        role = _intro_role(ctx, index)
        if role is not None:
            column = _name_column(ctx, index) if block.kind == "table_row" else 0
            return _item_parties(ctx, block, role, column)
        if block.kind == "table_row" or not _SIGNING_ITEM.search(block.text):
            return []
        return None  # an item that says who signs is read as a sentence
    if block.kind == "paragraph" and classify(block.text) is None:
        return _names_under_heading(ctx, index) or None
    return None


def find_parties(ctx: DocContext) -> list[Party]:
    """Every organisation named in a party context, with its role."""
    parties: list[Party] = []
    blocks = ctx.doc.blocks
    by_block: dict[int, list[Sentence]] = {}
    for sentence in ctx.sentences:
        by_block.setdefault(sentence.block_index, []).append(sentence)
    in_fiche = False
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            if _FICHE.search(block.text.strip()):
                in_fiche = True
            elif _PARTIES_SECTION.search(block.text):
                in_fiche = False
        if in_fiche or ctx.zones[index] in ("glossary", "teaser") or _contracts_table(ctx, index):
            continue  # a fiche's partners, sigles, a sidebar, others' contracts: not parties
        laid_out = _laid_out_parties(ctx, index, block)
        if laid_out is not None:
            parties.extend(laid_out)
            continue
        previous: str | None = None
        for sentence in by_block.get(index, []):
            if _of_an_earlier_contract(ctx, sentence):
                previous = None
                continue  # "Un premier contrat … avait été signé par …" in a renewal
            role = classify(sentence.text)
            mentions_here = find_mentions(sentence.text)
            if role is None and ctx.zones[index] == "signature":
                signer = _signing_cell(ctx, sentence)
                if signer is not None:
                    parties.append(signer)
                    continue
            if (
                role is None
                and previous is not None
                and len(mentions_here) >= 2
                and not ctx.search(_MENTION, sentence)
                and not ctx.search(_OTHER_CONTRACT, sentence)  # "…, dont le contrat …"
            ):
                role = previous
            if (
                role == "signatory"
                and previous != "signatory"
                and all(m.type == "ARS" for m in mentions_here)
                and _PRONOUN_SUBJECT.match(sentence.text)
            ):
                parties.extend(
                    Party(p.mention, "signatory", p.evidence)
                    for p in parties
                    if p.role == "partner" and p.mention.start >= ctx.block(sentence).start
                )
            if role is not None:
                parties.extend(_sentence_parties(ctx, sentence, role))
            previous = role
    return parties


_SIGNER_TITLES = vocab.alternation(
    vocab.words("roles", "person_titles", bounded=False)
    + vocab.words("roles", "signer_titles", bounded=False)
)
_SIGNER_LINE = re.compile(
    rf"^\s*(?:{vocab.alternation(vocab.words('roles', 'on_behalf'))})\s+"
    rf"(?:(?:{vocab.grammar('articles')})\s*)?(?:{_SIGNER_TITLES})(?![\w-])",
    re.IGNORECASE,
)
"""The title line of a signature grid's cell ("Pour le Préfet et par délégation", "Pour la
Présidente du conseil régional, la Vice-présidente …"): a person signing on behalf of the
body the cell names, never a body itself."""


_TITLE_AFTER = re.compile(
    rf"^\s*(?:{vocab.grammar('determiners')})?\s*(?:{_SIGNER_TITLES})\b",
    re.IGNORECASE,
)


NAMES_SHARE = 0.5
"""Share of a paragraph's characters that bodies' names must cover for it to be a list of
names rather than a sentence."""


def _names_only(block: Block) -> list[OrgMention]:
    """The bodies of a paragraph that is nothing but their names (a slide, a logo strip),
    or nothing."""
    mentions = find_mentions(block.text, block.start)
    covered = sum(m.end - m.start for m in mentions)
    return mentions if covered >= NAMES_SHARE * len(block.text.strip(" .;,")) else []


def _names_under_heading(ctx: DocContext, index: int) -> list[Party]:
    """Bodies' names laid out under a title that gives their role, as on the slides of a
    signing ceremony ("Les signataires" above a paragraph of names joined by "·"; "Avec
    l'appui de" above the partners, one per line): the names take the title's role, as the
    items of a list take their introduction's."""
    mentions = _names_only(ctx.doc.blocks[index])
    if not mentions:
        return []
    for back in range(index - 1, max(-1, index - 6), -1):
        block = ctx.doc.blocks[back]
        if block.kind == "heading":
            role = classify(block.text)
            if role is None:
                return []
            return [
                Party(m, role, ctx.evidence(m.start, m.end, NAME, f"titled-{role}", 0.8))
                for m in mentions
            ]
        if block.kind != "paragraph" or not _names_only(block):
            return []
    return []


def _signing_cell(ctx: DocContext, sentence: Sentence) -> Party | None:
    """On a signature page, a line opening with a body's name followed by its signer's
    title ("Région Grand Est Le Président du conseil régional", "Préfecture de l'Ain Pour
    le Préfet, le Sous-Préfet de Gex"): the body signs."""
    mentions = find_mentions(sentence.text, sentence.start)
    if not mentions:
        return None
    first = mentions[0]
    before = sentence.text[: first.start - sentence.start]
    after = sentence.text[first.end - sentence.start :]
    if before.strip(" |") or not (_TITLE_AFTER.match(after) or _SIGNER_LINE.match(after)):
        return None  # a title ("Le Président"), or one signing for it ("Pour le Préfet, …")
    return Party(
        first, "signatory", ctx.evidence(first.start, first.end, NAME, "signature-cell", 0.8)
    )


def _of_an_earlier_contract(ctx: DocContext, sentence: Sentence) -> bool:
    """A sentence that names a contract only by a rank below this one's generation tells
    that earlier contract: the bodies it names signed that one, not this one."""
    from extractors.generic.generation import names_earlier_contract

    return names_earlier_contract(ctx, sentence.text)


def own_contract_holders(ctx: DocContext) -> set[str]:
    """The keys of the local authorities a sentence says have a contract of their own ("Le
    même jour, la Communauté X renouvelait le sien"): a page about one contract that tells
    of a neighbour's signing the same day."""
    keys: set[str] = set()
    for sentence in ctx.sentences_with(_OWN_CONTRACT):
        if _OWN_CONTRACT.search(sentence.text):
            for m in find_mentions(sentence.text):
                if m.type in ("EPCI", "COMMUNE"):
                    keys.add(org_key(m.type, m.place, m.name))
    return keys


@cache
def _expansions(org_type: str) -> dict[str, str]:
    """What the acronyms opening a type's names stand for (``expansions`` of the type in
    organisations.toml)."""
    spec = vocab.load("organisations").get(org_type, {})
    return {str(k): str(v) for k, v in spec.get("expansions", {}).items()}


def _spelt_out(org_type: str, name: str) -> str:
    """A name whose first word is an acronym of its type, written out ("CPTS du
    Beauvaisis" → "communauté professionnelle territoriale de santé du Beauvaisis")."""
    head, _, rest = name.partition(" ")
    full = _expansions(org_type).get(head)
    if full is not None:
        return f"{full} {rest}"
    inner = _ACRONYM_INSIDE.match(name)  # "Communauté professionnelle … (CPTS) du Diois"
    if inner is not None and norm_text(_expansions(org_type).get(inner["acr"], "")) == norm_text(
        inner["full"]
    ):
        return f"{inner['full']} {inner['rest']}".strip()
    return name


_ACRONYM_INSIDE = re.compile(r"^(?P<full>[^()]+?)\s*\((?P<acr>[A-Z][\w-]{1,10})\)\s*(?P<rest>.*)$")
"""A name written out with its acronym in brackets before its place."""


def org_key(org_type: str, place: str | None, name: str) -> str:
    """Identity of an organisation within one document: a body named once by its acronym
    and once in full is one body."""
    if org_type in ("ARS",):
        return "ARS"
    if org_type in ("PROFESSIONALS", "ASSOCIATION", "OTHER", "HOSPITAL"):
        return f"{org_type}|{norm_text(place or '')}|{norm_text(_spelt_out(org_type, name))}"
    if place is None and org_type in ONE_PER_TYPE:
        return f"{org_type}|"
    if place:
        return f"{org_type}|{norm_text(place)}"
    return f"{org_type}|{norm_text(name)}"
