"""Venues and attendance: a body named as the place where something happened, or as
present at a signing, is not a party.

What: ``is_venue`` says whether the words just before a mention make it a place ("signé
à l'hôpital de Dinan", "dans la salle d'honneur de la mairie de Flers", "le premier signé
dans le département de l'Orne").

``is_attending`` says whether a mention stands in a clause of attendance ("en présence du
sous-préfet", up to the clause's end): officials who attend do not sign.

Why: press pages and communiqués name the room, the town hall or the département where a
contract was signed in the same sentence as its signatories; counted as parties, they
inflate the signatories and can take the carrier's place.
"""

from __future__ import annotations

import re

from extractors import vocab

_PREP = vocab.grammar("place_prepositions")
_ART = vocab.grammar("articles")
_VENUE = re.compile(
    rf"(?<!\w)(?:{_PREP}|{vocab.alternation(vocab.words('roles', 'venue_heads', bounded=False))})\s*"
    rf"(?:{_ART}\s*)?$",
    re.IGNORECASE,
)
_VENUE_ROOM = re.compile(
    rf"(?<!\w)(?:{_PREP})\s+(?:{_ART}\s*)?"
    + vocab.alternation(vocab.words("roles", "venue_rooms", bounded=False))
    + rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:{vocab.grammar('of')})\s*$",
    re.IGNORECASE,
)


def is_venue(text: str, rel: int) -> bool:
    """A place where something happened, not a party: "signé à l'hôpital de Dinan",
    "dans le département de l'Orne", "dans la salle d'honneur de la mairie de Flers"."""
    before = text[max(0, rel - 60) : rel]
    return _VENUE.search(before[-30:]) is not None or _VENUE_ROOM.search(before) is not None


_ATTENDING = vocab.trigger("roles", "attending")


def is_attending(text: str, rel: int) -> bool:
    """A mention inside a clause of attendance: "…, en présence du sous-préfet et de la
    secrétaire générale de la préfecture, …" (from the words to the next comma or
    semicolon)."""
    for m in _ATTENDING.finditer(text, 0, rel):
        if not re.search(r"[,;:]", text[m.end() : rel]):
            return True
    return False
