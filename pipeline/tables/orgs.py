"""Which organisations named by different contracts are the same institution.

The rule (``organisation_key``):

* bodies of which there is one per place (``ONE_PER_PLACE``: the ARS of a région, the
  Conseil départemental, a commune, the préfecture, the CPAM, the CAF, the CCAS) are the
  same institution when type and place agree: "ARS Grand Est" in two contracts is one row;
* other bodies with a place are told apart by their name too: the URPS of médecins and the
  URPS of pharmaciens of Bretagne are two rows;
* a body named without a place is only known within its contract: two contracts' "CAF"
  are not known to be the same CAF, so each stays a row of its own (``scope_contract_id``).

Identifiers are readable (``ars-grand-est``) and get a short hash when the readable part
alone would not be unique.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Final

from pipeline.model import Organisation
from pipeline.tables.values import fold, fold_name, slug

ONE_PER_PLACE: Final = frozenset(
    {"ARS", "REGION", "DEPARTEMENT", "COMMUNE", "PREFECTURE", "CPAM", "CAF", "CCAS"}
)

OrgKey = tuple[str, ...]


def organisation_key(org: Organisation, contract_id: str) -> OrgKey:
    """The identity of an institution (see the module docstring)."""
    if org.place:
        if org.type in ONE_PER_PLACE:
            return (org.type, fold(org.place))
        return (org.type, fold(org.place), fold_name(org.name))
    return (org.type, "", fold_name(org.name), contract_id)


def readable_id(key: OrgKey) -> str:
    """``type-place`` or ``type-place-name`` or ``type-name`` (unscoped part only)."""
    parts = [slug(key[0]), *(slug(p, 32) for p in key[1:3] if p)]
    return "-".join(parts)


def organisation_ids(keys: Iterable[OrgKey]) -> dict[OrgKey, str]:
    """A unique, stable id per key; a 6-hex hash is added where readable ids collide.

    Keys scoped to a contract always get the hash, since their readable part ("caf-caf")
    recurs across contracts by design.
    """
    by_readable: dict[str, list[OrgKey]] = {}
    for key in sorted(set(keys)):
        by_readable.setdefault(readable_id(key), []).append(key)
    out: dict[OrgKey, str] = {}
    for readable, group in by_readable.items():
        for key in group:
            scoped = len(key) == 4
            out[key] = f"{readable}-{_hash(key)}" if scoped or len(group) > 1 else readable
    return out


def _hash(key: OrgKey) -> str:
    return hashlib.sha256("|".join(key).encode()).hexdigest()[:6]
