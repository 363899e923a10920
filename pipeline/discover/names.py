"""Names of the territories of an area, for discovery from pages that list many CLS.

What: ``area_names(region, departement)`` gathers the official names of the communes
(of at least the vocabulary's minimum population) and of the EPCI of an area, the
département when given, else the région, from the official geography
(``pipeline.geo``). ``AreaNames.in_text`` finds them as whole words in text normalised
by ``pipeline.discover.vocab.normalise``; ``AreaNames.in_host`` finds them spelled in a host
name ("ville-saint-malo.fr", "saintmalo.fr", "quimperle-communaute.bzh"). An EPCI is
known by its whole name and by its name without its kind ("Pays de Nay" for "CC du Pays
de Nay").

Why: a link on an ARS page that names "Quimperlé Communauté" leads to that territory's
CLS, and a host that spells a territory's name is that territory's own site, where
discovery may go. Keeping to the page's area keeps homonyms of other regions out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from pipeline.discover.vocab import listing_vocabulary, normalise

MAX_NAME_WORDS = 8
MIN_NAME_LENGTH = 3


@dataclass(frozen=True, slots=True)
class AreaNames:
    """Normalised territory names of an area (words joined by one space) -> official."""

    names: Mapping[str, str]
    compact: Mapping[str, str]  # the same names without spaces, for host names

    def in_text(self, normalised: str) -> list[str]:
        """Official names of the territories named in normalised text, longest first."""
        words = normalised.split()
        found = {self.names[gram]: len(gram) for gram in _grams(words, " ") if gram in self.names}
        return sorted(found, key=lambda name: (-found[name], name))

    def in_host(self, host: str | None, ignore: frozenset[str] = frozenset()) -> list[str]:
        """Official names of the territories a host name spells (labels split on dots and
        hyphens; runs of ``ignore`` words alone do not count)."""
        labels = normalise((host or "").replace(".", " ")).split()
        found: set[str] = set()
        for size in range(1, min(len(labels), MAX_NAME_WORDS) + 1):
            for start in range(len(labels) - size + 1):
                run = labels[start : start + size]
                if all(label in ignore for label in run):
                    continue
                name = self.names.get(" ".join(run)) or self.compact.get("".join(run))
                if name:
                    found.add(name)
        return sorted(found)


@cache
def area_names(region_code: str, departement_code: str | None = None) -> AreaNames:
    """The names of an area's communes and EPCI (read once per area)."""
    from pipeline import geo

    vocab = listing_vocabulary()
    names: dict[str, str] = {}
    for commune in geo.communes():
        inside = (
            commune.departement_code == departement_code
            if departement_code
            else commune.region_code == region_code
        )
        if inside and (commune.population or 0) >= vocab.min_commune_population:
            _add(names, _key(commune.name), commune.name)
    for epci in geo.epcis():
        inside = (
            departement_code in epci.departement_codes
            if departement_code
            else region_code in epci.region_codes
        )
        if inside:
            key = _key(epci.name)
            _add(names, key, epci.name)
            _add(names, _without_kind(key, vocab.epci_kind_words, vocab.articles), epci.name)
    compact = {key.replace(" ", ""): name for key, name in names.items()}
    return AreaNames(MappingProxyType(names), MappingProxyType(compact))


def _key(name: str) -> str:
    """A name in normalised words, without parenthesised acronyms ("(CARENE)")."""
    head = name.split("(")[0] if "(" in name and not name.startswith("(") else name
    return normalise(head).strip()


def _without_kind(key: str, kinds: tuple[str, ...], articles: frozenset[str]) -> str:
    """An EPCI name without its leading kind and articles ("cc du pays de nay" gives
    "pays de nay")."""
    for kind in sorted(kinds, key=len, reverse=True):
        if key.startswith(kind + " "):
            key = key[len(kind) + 1 :]
            break
    words = key.split()
    while words and words[0] in articles:
        words.pop(0)
    return " ".join(words)


def _add(names: dict[str, str], key: str, name: str) -> None:
    if len(key) >= MIN_NAME_LENGTH and len(key.split()) <= MAX_NAME_WORDS:
        names.setdefault(key, name)


def _grams(words: list[str], joiner: str) -> set[str]:
    """Every run of 1..MAX_NAME_WORDS consecutive words."""
    return {
        joiner.join(words[start : start + size])
        for size in range(1, MAX_NAME_WORDS + 1)
        for start in range(len(words) - size + 1)
    }
