"""Recognise organisation mentions and type them, from the organisation vocabulary.

A mention is a type's name or acronym, an optional acronym in brackets, and an optional
place qualifier ("la CPAM d'Ille-et-Vilaine", "l'ARS Bretagne", "DSDEN 22"); EPCI names
written before their head ("Dinan Agglomération") are read leftwards.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from extractors import places, vocab
from extractors.gate import TextCheck
from extractors.wordmatch import fold, fragment, text_length
from pipeline import geo


def _o(key: str, bounded: bool = False) -> str:
    """An alternation of the fragments of ``[orgs] key`` in triggers.toml."""
    # Pieces of the patterns below: the code says where words start and end, unless
    # ``bounded`` (whole words, as the vocabulary file writes them).
    return vocab.alternation(vocab.words("orgs", key, bounded=bounded))


_OF = vocab.grammar("of")
_OF_SPACED = vocab.grammar("of_spaced")
_OF_ELIDED = vocab.grammar("of_elided")
_OF_SP = rf"(?:(?:{_OF_ELIDED})\s*|(?:{_OF_SPACED})\s+)"
"""A form of "de" and what follows it: "de la ", "du ", "d'"."""
_PREP = re.compile(rf"\s*(?:{_OF_SP}|{_o('place_of_in')}\s+)")
_DIRECT = re.compile(r"\s+(?=[A-ZÉÈÎÔÂ])")
_NUMBERED = re.compile(r"\s*\(?(?P<code>\d{2,3}|2[AB])\)?(?![\d\w])")
_STATE_ALONE = vocab.trigger("orgs", "state_alone")
_ACRONYM = re.compile(r"\s*\((?P<acr>[A-ZÉ][\w&-]{1,12}(?:\s+(?:\d{2,3}|2[AB]))?)\)")
_AND_EPCI_OF = re.compile(
    rf"\s+{vocab.grammar('and')}\s+(?:{_OF_SP}|(?:{vocab.grammar('articles')})\s*)?(?i:{_o('epci_heads')})\s+"
    + _OF_SP
)
_STOP = rf"(?!{_o('not_name_starts')}\b)"
_LINKS = _o("name_links")
_NAME_ELIDED = f"(?:{vocab.grammar('name_elided')})"
_CAPSEQ = re.compile(
    rf"[A-ZÉÈÎÔÂ][\w’'-]*(?:\s+(?:(?:{_LINKS})\s+|{_NAME_ELIDED})?"
    + _STOP
    + r"[A-ZÉÈÎÔÂ][\w’'-]*)*"
)
_CAPSEQ_ET = re.compile(
    rf"[A-ZÉÈÎÔÂ][\w’'-]*(?:\s+(?:(?:{_LINKS}|{vocab.grammar('and')})\s+|{_NAME_ELIDED})?"
    + _STOP
    + r"(?:[A-ZÉÈÎÔÂ][\w’'-]*|\d{1,3}(?![\d-])"
    + rf"(?!\s+(?i:{vocab.alternation(vocab.words('dates', 'months'))})\b)))*"
)
"""A capitalised name that may hold "et" and a number ("Maisons de santé 93"); a number
followed by a month is a date after the name ("la délibération du PETR du Pays X du 22 juin
2021"), not part of it."""
_LOWER_THEN_PLACE = re.compile(
    rf"(?:\s+(?!(?:{_o('not_name_words')})\b)[a-zéèêàçô'’-]+){{1,3}}\s+(?:{_OF_SP})?"
)
_GRAND = re.compile(rf"(?<![\w-]){_o('grand')}\s+[A-ZÉÈ][\w’'-]+(?:\s+[A-ZÉÈ][\w’'-]+)?(?![\w-])")
_HOSPITAL_TOWNS = re.compile(
    rf"(?:\s+(?:{_o('hospital_adjectives')}))+\s+(?P<towns>[A-ZÉ][\w’'-]*(?:\s+[A-ZÉ][\w’'-]*)*)"
)
_HOSPITAL_JOINT = re.compile(r"\s+(?P<towns>[A-ZÉ][\w’'-]*(?:\s+[A-ZÉ][\w’'-]*)*)")
"""Capitalised words right after a hospital's head or adjectives: maybe the towns its sites
stand in, joined by hyphens ("Centre hospitalier Albertville-Moûtiers")."""
_HOSPITAL_STATUS = re.compile(rf"\s+(?:{_o('hospital_status')})(?=\s+[A-ZÉÈÎÔÂ])")
_ADJECTIVES = re.compile(rf"(?:\s+[a-zéè][a-zéèêâîôûç-]+){{1,2}}(?=\s+(?:{_OF}))")
_LOWER_NAME_ACRONYM = re.compile(r"(?:\s+[a-zéèêàç'’-]+){1,6}\s*\([A-Z][\w-]{1,10}\)")
_COMITE = re.compile(rf"\s*(?:[–—-]\s*|\(\s*)(?i:{_o('committee')})\s+" + _OF_SP)
_NAMED_TYPES = {"HOSPITAL", "ASSOCIATION", "OTHER", "PROFESSIONALS"}
_PLURAL_COMMUNITIES = re.compile(rf"{_o('plural_communities')}\s", re.IGNORECASE)
_NAME_EXTENSION = re.compile(rf"\s+(?:(?:{_OF})\s*)?")
_LEFT_WORDS = re.compile(rf"[A-ZÉÈÎÔÂ][\w’'-]*\d*|\b(?:{_o('left_links')})\b")
_ASSOCIATION_WORDS = re.compile(_o("association_words", True), re.IGNORECASE)
_PLACE_OF = re.compile(rf"\b(?:{_OF_ELIDED}|(?:{_OF_SPACED})\s+)")
_COMPLEMENT = re.compile(
    rf"\s+(?:{_o('complement_of')})\s*[a-zéè][\w-]+(?:\s+[a-zéè][\w-]+){{0,2}}(?=\s+(?:{_OF}))"
)
_AREA = re.compile(
    r"\s+(?:" + vocab.alternation(vocab.words("PREFECTURE", "areas", "organisations")) + r")(?=\s)",
    re.IGNORECASE,
)
COLLECTIVITY_ALONE = re.compile(
    vocab.alternation(vocab.words("orgs", "collectivity_alone")), re.UNICODE
)
"""A collectivity named by its capitalised kind alone ("le Département signe", as French
administrations write their own council): the council of a département left unnamed."""
_WRITTEN_DIRECT = {"ARS", "MSA", "CARSAT", "CPAM", "CAF", "MUTUALITE"}
_DIRECT_PLACE_TYPES = _WRITTEN_DIRECT | {
    "REGION",
    "DEPARTEMENT",
    "PREFECTURE",
    "EDUCATION_NATIONALE",
    "ASSOCIATION",
    "PROFESSIONALS",
}
INSTITUTIONAL = {
    "ARS",
    "PREFECTURE",
    "EDUCATION_NATIONALE",
    "REGION",
    "DEPARTEMENT",
    "CPAM",
    "CAF",
    "MSA",
    "CARSAT",
    "MUTUALITE",
    "PROFESSIONALS",
    "CCAS",
    "COMMUNE",
}


@dataclass(frozen=True, slots=True)
class OrgMention:
    """An organisation named in the text: where, as written, its type and place."""

    start: int
    end: int
    name: str
    type: str
    place: str | None
    place_kind: str | None


def _name_pattern(name: str, spec: dict[str, Any]) -> str:
    """The pattern of one name of an organisation type (the word syntax, bounded by the
    caller), with the words it must follow or not, or not follow ("l'hôtel de ville")."""
    body = fragment(name, bounded=False)
    for word in spec.get("not_after", {}).get(name, []):
        # a look-behind needs a fixed width: one space between the words
        body = f"(?<!{fragment(word, bounded=False).replace(chr(92) + 's+', ' ')} )" + body
    before = spec.get("only_before", {}).get(name)
    if before:
        body += f"(?= {vocab.alternation([fragment(w, bounded=False) for w in before])})"
    not_before = spec.get("not_before", {}).get(name)
    if not_before:
        body += f"(?! {vocab.alternation([fragment(w, bounded=False) for w in not_before])})"
    return body


@cache
def _type_patterns() -> list[tuple[str, re.Pattern[str], bool, bool]]:
    """(type, head pattern, numbered, needs_place) in vocabulary order."""
    out: list[tuple[str, re.Pattern[str], bool, bool]] = []
    data = vocab.load("organisations")
    for org_type, spec in data.items():
        names = [str(n) for n in spec.get("names", [])]
        parts = [(text_length(n), f"(?i:{_name_pattern(n, spec)})") for n in names]
        acronyms = [str(a) for a in spec.get("acronyms", [])]
        parts += [(len(a), re.escape(a)) for a in acronyms]
        # Long acronyms are also written as words ("Ireps", "Carsat").
        parts += [
            (len(a), re.escape(a.capitalize())) for a in acronyms if len(a) >= 4 and a.isalpha()
        ]
        # the longest name first, so that "Mutualité française" is not "Mutualité"
        ordered = [p for _, p in sorted(parts, key=lambda lp: lp[0], reverse=True)]
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w])")
        out.append((org_type, pattern, bool(spec.get("numbered")), bool(spec.get("needs_place"))))
    return out


@cache
def _suffix_pattern() -> re.Pattern[str]:
    heads = vocab.load("organisations")["EPCI"].get("suffix_heads", [])
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, heads)) + r")(?![\w])")


def _past_inner_words(text: str, pos: int, org_type: str) -> int:
    """Where the place of a name may start: after its acronym in brackets, a préfet's
    area ("de l'arrondissement"), a named body's complement ("des médecins libéraux")
    and a hospital's adjectives and status ("privé")."""
    acr = _ACRONYM.match(text, pos)
    if acr:
        pos = acr.end()
    area = _AREA.match(text, pos) if org_type == "PREFECTURE" else None
    if area:
        pos = area.end()  # "le sous-préfet de l'arrondissement de Saint-Paul"
    comp = _COMPLEMENT.match(text, pos)
    if comp and org_type in ("PROFESSIONALS", "ASSOCIATION", "OTHER", "HOSPITAL"):
        pos = comp.end()
    adjective = _ADJECTIVES.match(text, pos)
    if adjective and org_type == "HOSPITAL":
        pos = adjective.end()
    status = _HOSPITAL_STATUS.match(text, pos) if org_type == "HOSPITAL" else None
    if status:
        pos = status.end()  # "l'hôpital privé Vivalto": the name follows the status
    return pos


def _qualifier(
    text: str, pos: int, org_type: str, numbered: bool
) -> tuple[int, str | None, str | None]:
    """Read a place qualifier at pos: (end, place, place kind)."""
    pos = _past_inner_words(text, pos, org_type)
    if org_type == "HOSPITAL":
        joint = _joint_towns(text, pos)
        if joint is not None:
            return joint[0], joint[1], "written"
        named = _HOSPITAL_TOWNS.match(text, pos)
        if named is not None:
            for town in re.finditer(r"[A-ZÉ][\w’'-]+(?:-[\w’'-]+)*", named.group("towns")):
                hit = places.lookup(town.group(0))
                if hit is not None and hit[1] == "commune":
                    return named.end(), hit[0], "commune"
    if numbered:
        num = _NUMBERED.match(text, pos)
        if num and (name := places.departement_by_number(num.group("code"))):
            return num.end(), name, "departement"
    prep = _PREP.match(text, pos)
    direct = _DIRECT.match(text, pos)
    if prep is not None and prep.group(0).strip() in ("du", "des"):
        article = "Le " if prep.group(0).strip() == "du" else "Les "
        rest = text[prep.end() : prep.end() + 120]
        with_article = places.match_place(article + rest)
        if with_article is not None and with_article.length > len(article):
            return (
                prep.end() + with_article.length - len(article),
                with_article.name,
                with_article.kind,
            )
    for m in (prep, direct):
        if m is None:
            continue
        rest = text[m.end() : m.end() + 120]
        place = places.match_place(rest)
        if m is direct and org_type not in _DIRECT_PLACE_TYPES:
            continue
        if place is not None and m is direct:
            whole = _CAPSEQ.match(rest)
            if whole and whole.end() > place.length and org_type in _WRITTEN_DIRECT:
                return m.end() + whole.end(), whole.group(0), "written"
            if whole and whole.end() > place.length:
                continue
        if place is not None:
            return m.end() + place.length, place.name, place.kind
        if m is prep and org_type in INSTITUTIONAL | {"HOSPITAL"}:
            cap = _CAPSEQ.match(rest)
            if cap and len(cap.group(0)) > 2:
                return m.end() + cap.end(), cap.group(0), "written"
        if m is direct and org_type in _WRITTEN_DIRECT:
            cap = _CAPSEQ.match(rest)
            if cap and len(cap.group(0)) > 2:
                return m.end() + cap.end(), cap.group(0), "written"
    return pos, None, None


def _joint_towns(text: str, pos: int) -> tuple[int, str] | None:
    """A hospital named after the two or more towns of its sites, joined by hyphens,
    after its head or its adjectives ("Centre hospitalier Albertville-Moûtiers", "Groupe
    hospitalier intercommunal Le Raincy-Montfermeil"): (end, the towns as written). Its
    place is that joint name, which no gazetteer holds. A single town is read as before."""
    at = pos
    adjectives = _HOSPITAL_TOWNS.match(text, pos)
    if adjectives is not None:
        at = adjectives.start("towns") - 1
    found = _HOSPITAL_JOINT.match(text, at)
    if found is None:
        return None
    words = found.group("towns").split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if "-" in name and len(_communes_joined(name.split("-"))) >= 2:
            return found.start("towns") + len(name), name
    return None


def _communes_joined(parts: list[str]) -> list[str]:
    """The communes that hyphen-separated parts spell one after another ("Le Raincy",
    "Montfermeil"; "Saint-Jean", "Luz"), or [] when they do not all read as communes."""
    if not parts:
        return []
    for i in range(len(parts), 0, -1):
        head = "-".join(parts[:i])
        hit = places.lookup(head)
        if hit is None or hit[1] != "commune":
            continue
        if i == len(parts):
            return [head]
        rest = _communes_joined(parts[i:])
        if rest:
            return [head, *rest]
    return []


def find_mentions(text: str, offset: int = 0) -> list[OrgMention]:
    """Every organisation mention in a text, longest first where they overlap.

    The extractors ask about every sentence several times (parties, lead body, ARS), so
    the mentions of a text are found once (``_mentions``, a bounded cache) and shifted.
    """
    found = _mentions(text)
    if not offset:
        return list(found)
    return [replace(m, start=m.start + offset, end=m.end + offset) for m in found]


@lru_cache(maxsize=16384)
def _mentions(text: str) -> tuple[OrgMention, ...]:
    """``find_mentions`` at offset 0, cached: sixteen thousand sentences, a few MiB."""
    return tuple(_find_mentions(text, 0))


def _find_mentions(text: str, offset: int) -> list[OrgMention]:
    # A pattern is not run on a text lacking every word its matches hold (extractors.gate).
    check = TextCheck(text)
    raw: list[OrgMention] = []
    for org_type, pattern, numbered, needs_place in _type_patterns():
        if not check.may_match(pattern):
            continue
        for m in pattern.finditer(text):
            raw.extend(_typed_mentions(text, offset, m, org_type, numbered, needs_place))
    if check.may_match(_PLURAL_HEAD):  # the heads the ellipses follow
        raw.extend(_elliptical_epcis(text, offset))
    if check.may_match(_PLURAL_TOWNS):
        raw.extend(_plural_communes(text, offset))
    raw.extend(_official_epci_names(text, offset))
    for m in _GRAND.finditer(text) if check.may_match(_GRAND) else ():
        if geo.epci_by_name(m.group(0)) is not None:
            raw.append(
                OrgMention(offset + m.start(), offset + m.end(), m.group(0), "EPCI", None, None)
            )
    suffix = _suffix_pattern()
    for m in suffix.finditer(text) if check.may_match(suffix) else ():
        left = _left_name(text, m.start())
        if left is not None:
            raw.append(
                OrgMention(
                    offset + left, offset + m.end(), text[left : m.end()], "EPCI", None, None
                )
            )
    return _shared_place(text, offset, _join_appositions(text, offset, _resolve_overlaps(raw)))


_APPOSITION_DASH = re.compile(r"[ \t]+[–—-][ \t]+")
"""A dash between spaces: in "Centre hospitalier Isarien – Établissement public de santé
mentale de l'Oise" the second name says what the first body is."""


_DEPARTMENTAL = {"CAF", "CPAM", "PREFECTURE", "EDUCATION_NATIONALE"}
"""Bodies every département has one of."""
_SHARED_BY = re.compile(
    rf"\s+(?:{vocab.grammar('and')})\s+(?:(?:{_OF_SP})|(?:{vocab.grammar('articles')})\s*)?"
)


def _shared_place(text: str, offset: int, mentions: list[OrgMention]) -> list[OrgMention]:
    """A departmental body left unplaced before another placed after it, the two joined by
    "et" ("de la CAF et de la CPAM du Finistère"): the qualifier is shared, both are the
    Finistère's."""
    out = list(mentions)
    for k in range(len(out) - 1, 0, -1):
        first, second = out[k - 1], out[k]
        if (
            first.place is None
            and first.type in _DEPARTMENTAL
            and second.type in _DEPARTMENTAL
            and second.place_kind == "departement"
            and _SHARED_BY.fullmatch(text, first.end - offset, second.start - offset)
        ):
            out[k - 1] = replace(first, place=second.place, place_kind=second.place_kind)
    return out


def _join_appositions(text: str, offset: int, mentions: list[OrgMention]) -> list[OrgMention]:
    """A body's own name followed, after a dash, by its status of the same kind ("Centre
    hospitalier Isarien – Établissement public de santé mentale de l'Oise") names one body:
    the first name has no place, the second gives it. A dash-separated list of bodies
    ("CH de Bastia – CH de Corte – …") is not joined."""
    out: list[OrgMention] = []
    k = 0
    while k < len(mentions):
        first = mentions[k]
        second = mentions[k + 1] if k + 1 < len(mentions) else None
        if (
            second is not None
            and second.type == first.type
            and first.place is None
            and second.place is not None
            and _APPOSITION_DASH.fullmatch(text, first.end - offset, second.start - offset)
            and not _APPOSITION_DASH.match(text, second.end - offset)
            and not (
                out and _APPOSITION_DASH.fullmatch(text, out[-1].end - offset, first.start - offset)
            )
        ):
            name = text[first.start - offset : second.end - offset]
            joined = replace(first, end=second.end, name=name, place=second.place)
            out.append(replace(joined, place_kind=second.place_kind))
            k += 2
            continue
        out.append(first)
        k += 1
    return out


def _typed_mentions(
    text: str, offset: int, m: re.Match[str], org_type: str, numbered: bool, needs_place: bool
) -> list[OrgMention]:
    """The mentions one match of a type's name starts: itself with its qualifier, and the
    EPCIs a plural "communautés de communes de X et de Y" lists."""
    found: list[OrgMention] = []
    start = m.start()
    if org_type == "EPCI":
        epci_end = _epci_end(text, m.start(), m.end())
        if epci_end is None:
            return found
        end, place, kind = epci_end, None, None
    else:
        end, place, kind = _qualifier(text, m.end(), org_type, numbered)
    if org_type == "EPCI" and _PLURAL_COMMUNITIES.match(m.group(0)):
        found.extend(_plural_epcis(text, end, offset))
    alone = COLLECTIVITY_ALONE.fullmatch(m.group(0)) is not None  # "le Département"
    if needs_place and place is None and org_type not in ("EPCI", "COMMUNE") and not alone:
        return found
    if _wrong_kind_of_place(org_type, place, kind):
        return found
    if org_type == "COMMUNE" and place is None:
        return found + _commune_sharing_a_place(text, offset, m)
    acr = _ACRONYM.match(text, end)
    if acr:
        end = acr.end()
    if place is None and org_type not in _NAMED_TYPES:
        end, place, kind = _bracketed_place(text, end)
    number = _NUMBERED.match(text, end) if numbered and org_type in _NAMED_TYPES else None
    if number is not None and (dep := places.departement_by_number(number.group("code"))):
        end, place, kind = number.end(), dep, "departement"  # "le DAC 15", "SDIS 29"
    if place is None and org_type in _NAMED_TYPES:
        tail = _named_extension(text, m, end, org_type)
        if tail is None:
            return found
        end, place, kind = _with_city(tail, m.group(0), text[m.end() : tail[0]], org_type)
    if org_type not in _NAMED_TYPES:
        end = _cut_person(text, start, end)
    name = text[start:end].strip(" ,;.")
    stop = offset + start + len(name)
    if org_type == "EPCI" and _PLURAL_COMMUNITIES.match(m.group(0)):
        name = _singular(m.group(0)) + name[len(m.group(0)) :]  # one of the communautés
    found.append(
        OrgMention(
            offset + start,
            stop,
            name,
            org_type,
            _place_value(org_type, place, kind),
            kind,
        )
    )
    return found


def _commune_sharing_a_place(text: str, offset: int, m: re.Match[str]) -> list[OrgMention]:
    """ "la Ville et la Communauté d'agglomération de Vannes": the town is Vannes."""
    joint = _AND_EPCI_OF.match(text, m.end())
    shared = places.match_place(text[joint.end() :]) if joint else None
    if shared is None or shared.kind != "commune":
        return []
    name = f"{m.group(0)} de {shared.name}"  # the name as French writes it
    return [
        OrgMention(offset + m.start(), offset + m.end(), name, "COMMUNE", shared.name, "commune")
    ]


def _named_extension(
    text: str, m: re.Match[str], end: int, org_type: str
) -> tuple[int, str | None, str | None] | None:
    """Where a named body ("Centre hospitalier Yves Le Foll", "association Les Amis de…")
    ends and the place its name carries; ``None`` for a lower-case common noun with no name."""
    start = m.start()
    end, place, kind = _named_tail(text, end, org_type)
    if place is not None:
        return end, place, kind
    ext = _NAME_EXTENSION
    sep = ext.match(text, end)
    cap = _CAPSEQ_ET.match(text, sep.end()) if sep else None
    if sep and cap and (sep.end() - end <= 1 or org_type != "HOSPITAL"):
        end = cap.end()
        acr = _ACRONYM.match(text, end)
        if acr:
            end = acr.end()
        tail_end, found = _lower_words_then_place(text, end)
        if found is not None:
            end = tail_end + found.length
        place = last_place(text[start:end], org_type) or _area_of_name(m.group(0), org_type, cap)
        return end, place, "written" if place else None
    if not m.group(0)[:1].isupper() and "(" not in text[m.end() : end]:
        return None
    return end, place, kind


def _area_of_name(head: str, org_type: str, name: re.Match[str]) -> str | None:
    """The area a body serving one is named after ("Groupement hospitalier de territoire
    (GHT) Mont Saint-Michel"), as written: its place even when no list knows it."""
    return name.group(0) if fold(head.strip()) in _heads(org_type, "area_named") else None


@cache
def _heads(org_type: str, key: str) -> frozenset[str]:
    """The folded heads of a type's list ``key`` in organisations.toml ("city_named",
    "area_named"), built once."""
    return frozenset(fold(h) for h in vocab.load("organisations")[org_type].get(key, []))


_LOWER_WORDS = [
    re.compile(rf"(?:\s+(?!(?:{_o('not_name_words')})\b)[a-zéèêàçô'’-]+){{{n}}}\s+(?:{_OF_SP})?")
    for n in (3, 2, 1)
]


def _lower_words_then_place(text: str, pos: int) -> tuple[int, places.Place | None]:
    """A named body's lower-case words then its place ("Maison des adolescents de la
    Haute-Saône", "Maison des aidants du Finistère"): the place after one, two or three
    such words, whichever reads one ("de" may be a word or open "de la")."""
    for pattern in _LOWER_WORDS:
        tail = pattern.match(text, pos)
        if tail is not None and (found := places.match_place(text[tail.end() :])):
            return tail.end(), found
    return pos, None


def _with_city(
    found: tuple[int, str | None, str | None], head: str, name: str, org_type: str
) -> tuple[int, str | None, str | None]:
    """A named body's (end, place, kind), a university hospital placed in its city."""
    end, place, kind = found
    if place is None and org_type == "HOSPITAL":
        place = _city_of_university_hospital(head, name)
        kind = "commune" if place else kind
    return end, place, kind


def _city_of_university_hospital(head: str, name: str) -> str | None:
    """A university or regional hospital is named after its city, then its area ("CHU
    Dijon-Bourgogne", "CHRU Nancy-Brabois"): the city is its place. Other hospitals may
    carry a person's name ("Centre hospitalier Yves Le Foll"), so only these heads."""
    if fold(head.strip()) not in _heads("HOSPITAL", "city_named"):
        return None
    first = re.match(r"\s*([A-ZÉÈ][\w’']+(?:\s[A-ZÉÈ][\w’']+)?)(?=-[A-ZÉÈ])", name)
    hit = places.lookup(first.group(1)) if first else None
    return hit[0] if hit is not None and hit[1] == "commune" else None


_BRACKET = re.compile(r"\s*\(\s*[a-zéè][^()]{0,100}\)")
_OF_IN = re.compile(rf"\s{_OF_SP}")


def _bracketed_place(text: str, end: int) -> tuple[int, str | None, str | None]:
    """A service's place written in brackets after its name ("Éducation nationale
    (direction des services départementaux d'Eure-et-Loir)"): the département or region
    closing the bracket, and the bracket as part of the name."""
    bracket = _BRACKET.match(text, end)
    if bracket is None:
        return end, None, None
    for of in _OF_IN.finditer(text, end, bracket.end()):
        found = places.match_place(text[of.end() : bracket.end()])
        if found is None or found.kind not in ("departement", "region"):
            continue
        if text[of.end() + found.length : bracket.end()].strip() == ")":
            return bracket.end(), found.name, found.kind
    return end, None, None


def _wrong_kind_of_place(org_type: str, place: str | None, kind: str | None) -> bool:
    """A body whose place is of the wrong kind for it: a region's council named after a
    département, a département's after a commune, a commune after a region ("la première
    commune de Guyane" is a commune in a region, not one named Guyane)."""
    if org_type == "REGION":
        return kind not in ("region", "former_region", None)
    if org_type == "DEPARTEMENT":
        return kind not in ("departement", "written", "former_region", None) and not (
            place and geo.departement_by_name(place)
        )
    return org_type == "COMMUNE" and kind in ("region", "former_region")


def _place_value(org_type: str, place: str | None, kind: str | None) -> str | None:
    if place is None:
        return None
    if org_type == "ARS" and kind == "written":
        return places.region_of(place) or place
    return place


_EPCI_PREP = re.compile(rf"\s+(?:{_OF_SP})?")


def _epci_end(text: str, start: int, head_end: int) -> int | None:
    """End of an EPCI name written head first ("Communauté de communes du Haut-Allier");
    None when no name follows or the whole is a region ("Pays de la Loire")."""
    spelled = _LOWER_NAME_ACRONYM.match(text, head_end)
    if spelled is not None:
        after = _epci_end(text, start, spelled.end())  # "… rural (PETR) du Doubs central"
        return after if after is not None else spelled.end()
    acronym = _ACRONYM.match(text, head_end)
    if acronym is not None:
        head_end = acronym.end()  # "Pays (PETR) du Lunellois": the name follows it
    sep = _EPCI_PREP.match(text, head_end)
    if sep is None:
        return None
    cap = _CAPSEQ_ET.match(text, sep.end())
    if cap is None:
        return None
    whole = text[start : cap.end()]
    hit = places.lookup(whole)
    if hit and hit[1] in ("region", "former_region", "departement"):
        return None
    end = _before_another_epci(text, cap.start(), cap.end())
    if not _PLURAL_COMMUNITIES.match(text, start):  # "les communautés de A, de B et de C"
        end = _enumerated_areas(text, end)
        end = _official_two_areas(text, start, end)
    return _conjoined_to_acronym(text, end)


def _official_two_areas(text: str, start: int, end: int) -> int:
    """An intercommunality named after two areas joined by "et du" ("Communauté de
    communes du Pays de Colombey et du Sud Toulois"): the name runs over the second area
    when the official geography knows the whole name and not the first part alone."""
    second = _LAST_AREA_ITEM.match(text, end)
    if second is None or starts_with_a_kind(second["name"]):
        return end
    if geo.epci_by_name(text[start : second.end()]) is None:
        return end
    return end if geo.epci_by_name(text[start:end]) is not None else second.end()


_AREA_ITEM = re.compile(rf",\s*{_OF_SP}(?P<name>{_CAPSEQ.pattern})")
_LAST_AREA_ITEM = re.compile(rf"\s+{vocab.grammar('and')}\s+{_OF_SP}(?P<name>{_CAPSEQ.pattern})")


def _enumerated_areas(text: str, end: int) -> int:
    """A body named after the areas it joins ("Syndicat mixte du SCoT du Bassin d'Aurillac,
    du Carladès et de la Châtaigneraie Cantalienne"): the name runs over the enumeration
    "…, du B et de la C", which French closes with "et"; an item that names another kind
    of body ("…, de la Région X et de l'ARS") ends the name before it."""
    pos = end
    while (item := _AREA_ITEM.match(text, pos)) is not None and not starts_with_a_kind(
        item["name"]
    ):
        pos = item.end()
    if pos == end:
        return end
    last = _LAST_AREA_ITEM.match(text, pos)
    if last is None or starts_with_a_kind(last["name"]):
        return end
    return last.end()


def starts_with_a_kind(name: str) -> bool:
    """True when a name starts with the words of a kind of body ("Région", "ARS",
    "Communauté de communes"), not with a bare area's name ("Bassin d'Aurillac")."""
    return any(pattern.match(name) for _, pattern, _, _ in _type_patterns())


def names_a_body(name: str) -> bool:
    """True when a name says it is a body: it starts with the words of a kind of body, or
    ends with an intercommunality's head ("Quimperlé Communauté"); a bare area's name
    ("Bassin d'Aurillac") does not."""
    if starts_with_a_kind(name):
        return True
    ends = [m.end() for m in _suffix_pattern().finditer(name)]
    return bool(ends) and not name[ends[-1] :].strip()


_CONJOINED_TO_ACRONYM = re.compile(
    rf"\s+{vocab.grammar('and')}\s+{_OF_SP}(?P<name>[A-ZÉÈÎÔÂ][^,;.()]{{0,60}}?)"
    r"(?=\s*\([A-Z0-9][\w&-]{1,12}\))"
)


def _conjoined_to_acronym(text: str, end: int) -> int:
    """An intercommunality named after two territories up to its acronym ("Communauté de
    communes de la Champagne Conlinoise et du Pays de Sillé (4CPS)"): the name runs to
    the acronym that abbreviates it, over "et du"."""
    m = _CONJOINED_TO_ACRONYM.match(text, end)
    return end if m is None else m.end()


def _before_another_epci(text: str, begin: int, end: int) -> int:
    """A name run on with "et" into another intercommunality's official name ("Pays
    Bigouden et Quimper Bretagne Occidentale") ends before the "et"."""
    name = text[begin:end]
    joint = name.rfind(" et ")
    if joint > 0 and geo.epci_by_name(name[joint + 4 :]) is not None:
        return begin + joint
    return end


def _named_tail(text: str, end: int, org_type: str) -> tuple[int, str | None, str | None]:
    """A place written after a named body: "Ligue contre le cancer (comité de l'Isère)",
    "URPS médecins libéraux Auvergne-Rhône-Alpes"."""
    for pattern in (_COMITE, _LOWER_THEN_PLACE):
        m = pattern.match(text, end)
        if m is None:
            continue
        found = places.match_place(text[m.end() :])
        if (found is not None and found.kind != "commune") or (
            found is not None and pattern is _COMITE
        ):
            stop = m.end() + found.length
            if text[stop : stop + 1] == ")":
                stop += 1
            return stop, found.name, found.kind
    return end, None, None


def _cut_person(text: str, start: int, end: int) -> int:
    """End a name before a person's first name ("Pays du Trégor-Goëlo Isabelle Nicolas")."""
    names = vocab.first_names()
    for m in re.finditer(r"[A-ZÉÈ][\w-]+", text[start:end]):
        if m.start() > 0 and m.group(0) in names:
            return start + m.start()
    return end


_PLURAL_HEAD = re.compile(
    r"(?<![\w-])(?P<head>"
    + vocab.alternation(
        vocab.words("EPCI", "plural_heads", "organisations")
        + vocab.words("EPCI", "singular_heads", "organisations")
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)
_ELLIPSIS = re.compile(
    r"(?<![\w-])" + vocab.alternation(vocab.words("EPCI", "ellipsis", "organisations")) + r"\s+",
    re.IGNORECASE,
)
_OF_NAME = re.compile(rf"(?P<prep>{vocab.grammar('of')})\s*(?P<name>{_CAPSEQ.pattern})")
_NAME_LIST_SEP = re.compile(rf"\s*,\s*|\s+{vocab.grammar('and')}\s+")
_LIST_SEP = re.compile(rf"\s*,\s*(?:{vocab.grammar('and')}\s+)?|\s+{vocab.grammar('and')}\s+")


def _official_epci_names(text: str, offset: int) -> list[OrgMention]:
    """An intercommunality written by its official name alone, with no head word
    ("Quimper Bretagne Occidentale"): a capitalised sequence of two words or more that
    the official geography names as exactly one EPCI."""
    out: list[OrgMention] = []
    for m in _CAPSEQ.finditer(text):
        name = m.group(0)
        if len(name.split()) < 2 or _LEAD_STOP.match(name):
            continue
        if geo.epci_by_name(name) is not None and places.lookup(name) is None:
            out.append(OrgMention(offset + m.start(), offset + m.end(), name, "EPCI", None, None))
    return out


_LEAD_STOP = re.compile(_STOP.replace("(?!", "(?=", 1))


def _singular(plural: str) -> str:
    """The singular head of a plural one ("communautés de communes" → "communauté de
    communes"), from the vocabulary's paired lists."""
    pairs = zip(
        vocab.words("EPCI", "plural_heads", "organisations"),
        vocab.entries("EPCI", "singular_of", "organisations"),
        strict=True,
    )
    return next((one for many, one in pairs if re.fullmatch(many, plural, re.IGNORECASE)), plural)


def _elliptical_epcis(text: str, offset: int) -> list[OrgMention]:
    """Intercommunalities named elliptically after a head: "quatre communautés de
    communes … l'ont signé, celles de Castillon-Pujols, du Fronsadais et du Pays Foyen"
    → "communauté de communes de Castillon-Pujols", …; "la communauté de communes du Cap
    Sizun, celle du Haut Pays Bigouden" (the head said once for all)."""
    out: list[OrgMention] = []
    for head in _PLURAL_HEAD.finditer(text):
        ellipsis = _ELLIPSIS.search(text, head.end(), head.end() + 160)
        if ellipsis is None:
            continue
        name_head = _singular(head.group("head"))
        pos = ellipsis.end()
        while True:
            item = _OF_NAME.match(text, pos)
            if item is None:
                break
            name = f"{name_head} {item.group('prep').strip()} {item.group('name')}".replace(
                "' ", "'"
            )
            out.append(
                OrgMention(offset + item.start(), offset + item.end(), name, "EPCI", None, None)
            )
            sep = _LIST_SEP.match(text, item.end())
            if sep is None:
                break
            again = _ELLIPSIS.match(text, sep.end())  # "…, celle du Haut Pays Bigouden"
            pos = again.end() if again is not None else sep.end()
    return out


_ITEM_SEP = re.compile(rf"\s*,\s*|\s+{vocab.grammar('and')}\s+")
_ITEM_OF = re.compile(rf"(?:{_OF_SP})?")


_PLURAL_TOWNS = re.compile(
    r"(?<![\w-])(?P<head>"
    + vocab.alternation(vocab.words("COMMUNE", "plural_heads", "organisations"))
    + r")\s+",
    re.IGNORECASE,
)


_TOWN_OF = re.compile(rf"(?:{_OF_SP})?")


def _plural_communes(text: str, offset: int) -> list[OrgMention]:
    """Towns enumerated after a plural head, each with its own "de": "les villes de
    Lunel, de Mauguio et des Matelles" → "ville de Lunel", "ville de Mauguio", "ville des
    Matelles" (place "Les Matelles"); "les villes de Lunel, Mauguio et Lattes" too. Only
    names the geography knows as communes."""
    out: list[OrgMention] = []
    for head in _PLURAL_TOWNS.finditer(text):
        singular = vocab.entries("COMMUNE", "singular_of", "organisations")[0]
        pos = head.end()
        while True:
            of = _TOWN_OF.match(text, pos)
            if of is None or (not of.group(0) and pos == head.end()):
                break  # the first town comes with its "de"; the others may drop it
            article = {"du": "Le ", "des": "Les "}.get(of.group(0).strip(), "")
            found = places.match_place(article + text[of.end() : of.end() + 120])
            if found is None or found.kind != "commune" or found.length <= len(article):
                break
            end = of.end() + found.length - len(article)
            written = text[of.start() : end] if of.group(0) else f"de {text[of.start() : end]}"
            name = f"{singular} {written}".replace("' ", "'")
            out.append(
                OrgMention(
                    offset + of.start(), offset + end, name, "COMMUNE", found.name, "commune"
                )
            )
            sep = _ITEM_SEP.match(text, end)
            if sep is None:
                break
            pos = sep.end()
    return out


def _plural_epcis(text: str, end: int, offset: int) -> list[OrgMention]:
    """Further EPCI names enumerated after a plural head ("…, Ambert Livradois Forez et
    Billom Communauté"; "les communautés de communes Cœur de Lys, du Val Fleuri et de la
    Haute Vallée": each name keeps its own "du", "de la"), each named with the singular
    head the plural stands for ("communauté de communes du Val Fleuri"); a name with
    "et" is split unless the geography knows it whole. The enumeration stops at a body
    of another kind ("… et de la Région Bretagne")."""
    out: list[OrgMention] = []
    pos = end
    head = _PLURAL_HEAD_BEFORE.search(text, max(0, end - 200), end)
    singular = _singular(head.group("head")) if head is not None else None
    while True:
        sep = _ITEM_SEP.match(text, pos)
        of = _ITEM_OF.match(text, sep.end()) if sep else None
        cap = _CAPSEQ_ET.match(text, of.end()) if sep and of else None
        if sep is None or of is None or cap is None:
            break
        if of.group(0) and _other_body(cap.group(0)):
            break
        chunk_start = cap.start()
        chunk_end = _joined_name_end(text, chunk_start, cap.end())
        chunk = text[chunk_start:chunk_end]
        parts = [chunk] if geo.epci_by_name(chunk) else chunk.split(" et ")
        cursor = chunk_start
        for n, part in enumerate(parts):
            begin = text.index(part, cursor)
            first = of.start() if n == 0 and of.group(0) else begin
            name = text[first : begin + len(part)]
            if singular is not None and of.group(0) and n == 0:
                name = f"{singular} {name}".replace("' ", "'")
            out.append(
                OrgMention(offset + first, offset + begin + len(part), name, "EPCI", None, None)
            )
            cursor = begin + len(part)
        pos = chunk_end
    return out


def _joined_name_end(text: str, start: int, end: int) -> int:
    """The end of an enumerated name that itself holds "et du" ("… Terres Touloises et du
    Pays de Colombey et du Sud Toulois"): run on over "et du X" when the geography knows
    the longer name as one intercommunality."""
    sep = _ITEM_SEP.match(text, end)
    of = _ITEM_OF.match(text, sep.end()) if sep is not None and "," not in sep.group(0) else None
    cap = _CAPSEQ_ET.match(text, of.end()) if of is not None and of.group(0) else None
    if cap is not None and geo.epci_by_name(text[start : cap.end()]) is not None:
        return cap.end()
    return end


_PLURAL_HEAD_BEFORE = re.compile(
    r"(?<![\w-])(?P<head>"
    + vocab.alternation(vocab.words("EPCI", "plural_heads", "organisations"))
    + r")(?![\w-])",
    re.IGNORECASE,
)


def _other_body(name: str) -> bool:
    """True when a name opens with the head of another kind of body than an
    intercommunality ("Région Bretagne", "Département du Lot")."""
    for org_type, pattern, _numbered, _needs in _type_patterns():
        if org_type != "EPCI" and (hit := pattern.match(name)) is not None and hit.start() == 0:
            return True
    return False


def _left_name(text: str, head_start: int) -> int | None:
    """Start of the capitalised name written before an EPCI suffix head."""
    window = text[max(0, head_start - 80) : head_start]
    words = list(_LEFT_WORDS.finditer(window))
    base = max(0, head_start - 80)
    start = None
    expected_end = head_start
    for w in reversed(words):
        if base + w.end() + 1 != expected_end and base + w.end() != expected_end:
            break
        if w.group(0)[0].isupper():
            start = base + w.start()
        expected_end = base + w.start()
    if start is None:
        return None
    first = text[start:head_start].split()[0]
    if first in ("La", "Le", "Les", "L", "Une", "Un", "Cette", "Notre"):
        return None
    return start


def _resolve_overlaps(mentions: list[OrgMention]) -> list[OrgMention]:
    """Keep the longest of overlapping mentions, then order by position.

    The kept mentions never overlap, so ordered by start they are ordered by end too and
    a new mention can only overlap its two neighbours (found by bisection: thousands of
    mentions, as in a hostile text, no longer cost a quadratic scan).
    """
    kept: list[OrgMention] = []  # by start
    starts: list[int] = []
    for m in sorted(mentions, key=lambda x: (-(x.end - x.start), x.start)):
        at = bisect.bisect_right(starts, m.start)
        neighbours = kept[max(0, at - 1) : at + 1]
        if all(m.end <= k.start or m.start >= k.end for k in neighbours):
            kept.insert(at, m)
            starts.insert(at, m.start)
    return kept


def type_of_name(name: str) -> tuple[str, str | None]:
    """Type and place of a whole organisation name (a list item or table cell)."""
    mentions = find_mentions(name)
    if mentions:
        best = max(mentions, key=lambda m: m.end - m.start)
        place = best.place or last_place(name, best.type)
        return best.type, place
    if _ASSOCIATION_WORDS.search(name):
        return "ASSOCIATION", last_place(name, "ASSOCIATION")
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip(" ;,.")
    if _STATE_ALONE.fullmatch(bare):
        return "PREFECTURE", None  # "l'État" standing alone as a party: the préfet signs for it
    if len(bare.split()) >= 2 and geo.epci_by_name(bare) is not None:
        return "EPCI", None
    return "OTHER", last_place(name, "OTHER")


def last_place(name: str, org_type: str) -> str | None:
    """The last known place introduced by a preposition in a name."""
    if org_type == "EPCI":
        return None
    found: str | None = None
    for m in _PLACE_OF.finditer(name):
        place = places.match_place(name[m.end() :])
        if place is not None:
            found = place.name
    if found is None and org_type != "OTHER":
        words = re.sub(r"\s*\([^)]*\)\s*$", "", name).split()
        for size in (3, 2, 1):
            piece = " ".join(words[-size:]) if len(words) > size else ""
            hit = places.match_place(piece) if piece[:1].isupper() else None
            alias = size == 1 and hit is not None and fold(hit.name) != fold(piece)
            if hit is not None and hit.length == len(piece) and hit.kind != "commune" and not alias:
                found = hit.name  # a lone word standing for a region ("Sud") is no place
                break
    return found
