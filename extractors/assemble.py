"""Assemble the findings of the generic extractors into one record per document."""

from __future__ import annotations

import re
from typing import Any

from extractors import vocab
from extractors.context import DocContext, has
from extractors.generic import (
    actions,
    axes,
    counts,
    generation,
    parties,
    period,
    signature,
    territory,
)
from extractors.generic import lead as lead_finder
from extractors.generic.orgmatch import find_mentions
from extractors.generic.venues import is_venue
from extractors.resolve import Resolution, Weighed, resolve
from extractors.wordmatch import fold
from pipeline.model import Amendment, CLSRecord, Document, Evidence, Finding, Organisation

_CLS = vocab.trigger("documents", "is_cls")
_BARE_LEAD = re.compile(
    rf"(?<![\w])(?:{vocab.alternation(vocab.words('roles', 'bare_lead_articles', bounded=False))})\s*"
    rf"{vocab.alternation(vocab.words('roles', 'bare_lead'))}"
    rf"(?!\s+(?:{vocab.alternation(vocab.words('roles', 'bare_lead_of', bounded=False))})?\s*(?-i:[A-ZÉÈÎ]))",
    re.IGNORECASE,
)
"""The carrying authority named by its kind alone ("conclu entre la Communauté de communes
et l'ARS"): no name follows."""


def _ev(finding: Finding) -> dict[str, Any]:
    return finding.evidence.to_dict()


def _set(record: CLSRecord, findings: list[Finding]) -> None:
    for finding in findings:
        if getattr(record, finding.field) in (None, []):
            setattr(record, finding.field, finding.value)
            record.evidence[finding.field] = _ev(finding)


def _ars(
    ctx: DocContext, found: list[parties.Party]
) -> tuple[list[str], Evidence | None, str | None]:
    """ARS regions: the ARS is a party whenever it is named; its region when written."""
    mentions = [p.mention for p in found if p.mention.type == "ARS"]
    mentions += [
        m for s in ctx.sentences for m in find_mentions(s.text, s.start) if m.type == "ARS"
    ]
    if not mentions:
        return [], None, None
    with_place = [m for m in mentions if m.place]
    current = [m for m in with_place if m.place_kind != "former_region"] or with_place
    chosen = current[0] if current else mentions[0]
    region = chosen.place if chosen.place else "?"
    ev = ctx.evidence(chosen.start, chosen.end, parties.NAME, "ars-named", 0.9)
    return [region], ev, chosen.name


def assemble(doc: Document, ctx: DocContext | None = None) -> CLSRecord:
    """The CLS record of a document from all generic extractors (``ctx`` keeps the
    resolutions of its fields for ``extractors.explain``)."""
    ctx = ctx if ctx is not None else DocContext.of(doc)
    record = CLSRecord(id=doc.id, source=doc.source)
    record.is_cls = bool(_CLS.search(doc.text))
    _set(record, period.extract_period(ctx))
    _set(record, generation.extract_generation(ctx))
    _set(record, signature.extract_signature(ctx))
    amendments = _of_this_period(record, signature.extract_amendments(ctx))
    if amendments:
        record.amendments = [f.value for f in amendments]
        record.evidence["amendments"] = [_ev(f) for f in amendments]
        _extend_period(record, record.amendments)
    axis_findings = axes.extract_axes(ctx)
    if axis_findings:
        record.axes = list(axis_findings[0].value)
        record.evidence["axes"] = [_ev(f) for f in axis_findings[1:]]
    _axes_count(ctx, record, axis_findings)
    _actions(ctx, record)
    _organisations(ctx, record)
    return record


LIST_LENGTH_SCORE = 0.8
"""The length of the axes list as a candidate for ``n_axes``: a stated count weighs more
alone, but a count the list agrees with wins over one it does not."""


def _axes_count(ctx: DocContext, record: CLSRecord, axis_findings: list[Finding]) -> None:
    """``n_axes`` by the resolver: the stated counts and the length of the axes list
    (consistency between the two fields: the value they agree on wins)."""
    candidates = counts.axes_count_candidates(ctx)
    if record.axes and len(axis_findings) > 1:
        first = axis_findings[1].evidence
        ev = Evidence(
            first.snippet,
            first.start,
            first.end,
            first.page,
            axes.NAME,
            "length-of-axes-list",
            first.confidence,
            first.version,
        )
        candidates.append(ctx.candidate("n_axes", len(record.axes), ev, LIST_LENGTH_SCORE))
    resolution = ctx.keep(resolve("n_axes", candidates))
    chosen = resolution.finding()
    if chosen is None:
        return
    record.n_axes = int(chosen.value)
    record.evidence["n_axes"] = _ev(chosen)
    if record.axes and record.n_axes == len(record.axes) - 1 and _transversal_added(record):
        record.n_axes = len(record.axes)  # the announced axes and the transversal one


FICHES_SCORE = 0.6
"""The number of fiches set out, as a candidate for ``n_actions``: a stated count weighs
more, but the count the fiches agree with wins."""


def _actions(ctx: DocContext, record: CLSRecord) -> None:
    """The fiches actions, then ``n_actions`` by the resolver: the stated counts, the
    number of fiches set out with their rows (three or more) and the number of numbered
    fiche headings, weighed by zone; a count the fiches agree with wins (cross-field
    consistency)."""
    period = (record.period_start, record.period_end)
    record.actions = actions.extract_actions(ctx, record.axes, period)
    if record.actions:
        record.evidence["actions"] = [a.evidence.get("title") for a in record.actions]
    extra = [
        ctx.candidate(f.field, f.value, f.evidence, f.evidence.confidence - 0.1)
        for f in counts.numbered_fiches(ctx)
    ]
    with_rows = [a for a in record.actions if a.pilot or a.partners or a.start]
    if len(with_rows) >= 3 and len(with_rows) * 2 >= len(record.actions):
        title = record.actions[0].evidence.get("title") or {}
        start = int(title.get("start", 0))
        ev = ctx.evidence(start, int(title.get("end", start)), actions.NAME, "fiches-set-out", 0.6)
        extra.append(ctx.candidate("n_actions", len(record.actions), ev, FICHES_SCORE))
    chosen = ctx.keep(counts.resolve_actions_count(ctx, extra)).finding()
    if chosen is not None:
        record.n_actions = int(chosen.value)
        record.evidence["n_actions"] = _ev(chosen)


def _of_this_period(record: CLSRecord, found: list[Finding]) -> list[Finding]:
    """The amendments of this contract: one extending it to a year before its period
    starts prolonged an earlier contract (a renewal's preamble: "un avenant l'a prolongé
    jusqu'au 31 décembre 2022" in a 2023-2028 contract) — a check across fields. So did
    an avenant signed before this contract was ("son avenant du 12 décembre 2019" in a
    contract signed in 2021): no contract is amended before it exists."""
    start = record.period_start
    out = []
    for f in found:
        ends = f.value.extends_to
        if start is not None and ends and int(str(ends)[:4]) < start:
            continue
        signed = f.value.signed_on
        if signed and record.signed_on and str(signed) < str(record.signed_on):
            continue
        out.append(f)
    return out


def _extend_period(record: CLSRecord, amendments: list[Amendment]) -> None:
    for am in amendments:
        year = int(str(am.extends_to)[:4]) if am.extends_to else None
        if (
            year
            and record.period_end
            and year > record.period_end
            and year - record.period_end <= 5
        ):
            record.period_end = year


def _listed_signatories(
    found: list[parties.Party], ctx: DocContext | None = None
) -> list[parties.Party]:
    """Signatories given as list items or table rows (a signature grid, a table of
    parties): two or more. With ``ctx``, a list introduced as still to sign ("sera signé
    par :") is left out."""
    signed = [p for p in found if p.role == "signatory"]
    listed = [p for p in signed if p.evidence.rule.startswith(("list-", "item-"))]
    if ctx is not None:
        listed = [p for p in listed if not _introduced_as_planned(ctx, p.mention.start)]
    return listed if len(listed) >= 2 else []


def _introduced_as_planned(ctx: DocContext, offset: int) -> bool:
    """True when the paragraph or heading that introduces the list item at ``offset``
    speaks of a signature to come."""
    sentence = ctx.sentence_at(offset)
    if sentence is None:
        return False
    blocks = ctx.doc.blocks
    for back in range(sentence.block_index - 1, max(-1, sentence.block_index - 40), -1):
        if blocks[back].kind not in ("list_item", "table_row"):
            return signature.is_planned_wording(blocks[back].text)
    return False


def _transversal_added(record: CLSRecord) -> bool:
    """True when the last axis is a transversal one told after the announced list."""
    evidence = record.evidence.get("axes") or []
    last = evidence[-1] if evidence else None
    return isinstance(last, dict) and last.get("rule") == axes.TRANSVERSAL_RULE


def _explicit_signatory_list(ctx: DocContext, found: list[parties.Party]) -> list[parties.Party]:
    """Signatories given as a list: list items or table rows, or one signing sentence
    naming two or more distinct bodies ("la Ville et l'ARS ont signé", SCHEMA: "however
    short"). Signatories scattered over the text are no list to count."""
    listed = _listed_signatories(found)
    if listed:
        return listed
    by_sentence: dict[int, list[parties.Party]] = {}
    for party in found:
        if party.role != "signatory":
            continue
        sentence = ctx.sentence_at(party.mention.start)
        if sentence is not None:
            by_sentence.setdefault(sentence.start, []).append(party)
    groups = [
        g
        for start, g in by_sentence.items()
        if _bodies_named(ctx, start, g) >= 2 and not _partial_sentence(ctx, start)
    ]
    return max(groups, key=len) if groups else []


def _bodies_named(ctx: DocContext, offset: int, group: list[parties.Party]) -> int:
    """How many distinct bodies a signing sentence names: its parties, and the carrying
    authority when the sentence names it by its kind alone ("la Communauté de communes")
    and no local authority is among its parties."""
    keys = {_party_key(p) for p in group}
    local = any(p.mention.type in ("EPCI", "COMMUNE") for p in group)
    sentence = ctx.sentence_at(offset)
    if not local and sentence is not None and ctx.search(_BARE_LEAD, sentence):
        return len(keys) + 1
    return len(keys)


def _partial_sentence(ctx: DocContext, offset: int) -> bool:
    """True when the sentence at ``offset`` adds unnamed others ("et de nombreux
    partenaires"): its list is not the whole list of signatories."""
    sentence = ctx.sentence_at(offset)
    return sentence is not None and has("counts", "partial_list", sentence.text)


def _party_key(party: parties.Party) -> str:
    m = party.mention
    return parties.org_key(m.type, m.place, m.name)


def _epci_core(name: str) -> str:
    """An intercommunality's name without its head, leading or trailing ("Communauté
    d'agglomération Béziers Méditerranée" and "Béziers Méditerranée Agglomération" are
    both "beziers mediterranee"), folded: one body however its name is ordered."""
    words = fold(territory.territory_of(name)).split()
    trailing = {fold(w) for w in vocab.entries("territory", "trailing_heads")}
    while len(words) > 1 and words[-1] in trailing:
        words.pop()
    return " ".join(words)


def _better_name(name: str, other: str) -> bool:
    """True when ``name`` names one intercommunality better than ``other``: its proper,
    capitalised name with its head ("PETR du Val d'Oust") over a description in lower case
    ("pôle d'équilibre territorial et rural du Val d'Oust"), else the longer."""
    headed = [_epci_core(n) != fold(n) for n in (name, other)]
    if name[:1].isupper() != other[:1].isupper() and all(headed):
        return name[:1].isupper()
    return len(name) > len(other)


def _merge_placeless(orgs: dict[str, Organisation]) -> None:
    """Drop a place-less mention ("le CCAS") when one placed organisation of its type exists,
    or one whose name starts with it ("la CPTS" and the "CPTS du Pays de Bitche")."""
    for key, org in list(orgs.items()):
        if key not in orgs:
            continue
        if org.place is not None or org.type in ("ARS", "ASSOCIATION", "OTHER"):
            continue
        if org.type == "EPCI":
            inner = territory.territory_of(org.name).lower()
            core = _epci_core(org.name)
            if any(
                k != key
                and o.type == "EPCI"
                and (
                    (core == _epci_core(o.name) and _better_name(o.name, org.name))
                    or (
                        core != _epci_core(o.name)
                        and inner in territory.territory_of(o.name).lower()
                        and len(o.name) > len(org.name)
                    )
                )
                for k, o in orgs.items()
            ):
                del orgs[key]
            continue
        generic = len(re.sub(r"\(.*?\)", "", org.name).split()) <= 2
        if not generic and org.type not in parties.ONE_PER_TYPE:
            continue
        placed = [k for k, o in orgs.items() if o.type == org.type and o.place is not None]
        named = [  # "la CPTS" beside the one "CPTS du Pays de Bitche": that one
            k
            for k, o in orgs.items()
            if k != key and o.type == org.type and fold(o.name).startswith(fold(org.name) + " ")
        ]
        if len(named) == 1:
            placed = named
        if len(placed) == 1:
            if org.role == "signatory":
                keep = orgs[placed[0]]
                orgs[placed[0]] = Organisation(keep.name, keep.type, keep.place, "signatory")
            del orgs[key]


def _merge_untyped(orgs: dict[str, Organisation]) -> None:
    """A body named once with its kind ("l'association Maison des aidants du Cantal") and
    once without it (a grid's "Maison des aidants du Cantal", of no known type) is one
    body: the untyped mention joins the typed one, a signatory if either signs."""
    for key, org in list(orgs.items()):
        if org.type != "OTHER":
            continue
        bare = fold(org.name)
        for other_key, other in orgs.items():
            if other_key == key or other.type == "OTHER":
                continue
            full = fold(other.name)
            if len(bare.split()) >= 2 and full.endswith(" " + bare):
                if org.role == "signatory" and other.role != "signatory":
                    orgs[other_key] = Organisation(other.name, other.type, other.place, "signatory")
                del orgs[key]
                break


def _place_social_centres(orgs: dict[str, Organisation], evidence: dict[str, Evidence]) -> None:
    """A CCAS is a commune's: named without a place ("la Commune de Saint-Louis, son
    Centre communal d'action sociale") beside exactly one commune with a place, it is
    that commune's; its mentions then make one organisation."""
    communes = {o.place for o in orgs.values() if o.type == "COMMUNE" and o.place}
    if len(communes) != 1:
        return
    place = next(iter(communes))
    for key, org in list(orgs.items()):
        if org.type != "CCAS" or org.place is not None:
            continue
        del orgs[key]
        new_key = parties.org_key("CCAS", place, org.name)
        evidence.setdefault(new_key, evidence[key])
        old = orgs.get(new_key)
        role = "signatory" if "signatory" in (org.role, old.role if old else None) else org.role
        name = old.name if old is not None and len(old.name) >= len(org.name) else org.name
        orgs[new_key] = Organisation(name, "CCAS", place, role)


def _co_signatories(ctx: DocContext, lead: territory.Lead, orgs: dict[str, Organisation]) -> None:
    """Local authorities named beside the lead in its carrying sentence sign with it."""
    sentence = ctx.sentence_at(lead.evidence.start)
    if sentence is None:
        return
    for m in find_mentions(sentence.text, sentence.start):
        if is_venue(sentence.text, m.start - sentence.start):
            continue
        if m.type in ("EPCI", "COMMUNE"):
            key = parties.org_key(m.type, m.place, m.name)
            if key not in orgs:
                orgs[key] = Organisation(m.name, m.type, m.place, "signatory")
            elif orgs[key].role != "signatory":
                old = orgs[key]
                orgs[key] = Organisation(old.name, old.type, old.place, "signatory")


def _partner_only(ctx: DocContext, lead: territory.Lead, found: list[parties.Party]) -> bool:
    """The document names the chosen carrier only as a partner, and says so expressly (a
    neighbouring intercommunality "associée en qualité de partenaire" to a town's contract,
    a body "qui ne signe pas"): it does not carry it. A carrier merely seen in a steering
    committee or "en partenariat avec" keeps its place."""
    keys = {parties.org_key(m.type, m.place, m.name) for m in lead.mentions}
    mine = [
        p for p in found if parties.org_key(p.mention.type, p.mention.place, p.mention.name) in keys
    ]
    if not mine or any(p.role != "partner" for p in mine):
        return False
    for p in mine:
        sentence = ctx.sentence_at(p.mention.start)
        if sentence is None or not parties.expressly_partner(sentence.text):
            return False
    return True


def _lead_and_territory(
    ctx: DocContext, found: list[parties.Party]
) -> tuple[territory.Lead | None, Finding | None]:
    """The carrier and the territory: from the sentences, else the one from the other,
    else the only local authority of the signing grid."""
    lead = lead_finder.find_lead(ctx)
    if lead is not None and _partner_only(ctx, lead, found):
        lead = None  # "Cap Nord est associée en qualité de partenaire": not the carrier
    terr = territory.find_territory(ctx, lead)
    if lead is None and terr is not None:
        lead = territory.city_as_lead(ctx, str(terr.value), terr.evidence)
    if lead is None and terr is not None:
        lead = territory.epci_as_lead(ctx, str(terr.value), terr.evidence)
    if lead is None and terr is None:
        listed = _listed_signatories(found, ctx)
        lead = territory.lead_from_grid([p.mention for p in listed], [p.evidence for p in listed])
        terr = territory.find_territory(ctx, lead) if lead is not None else None
    if lead is not None and "lead_body" not in ctx.resolutions:
        fallback = ctx.candidate("lead_body", lead.name, lead.evidence)  # derived, alone
        ctx.keep(Resolution("lead_body", Weighed(fallback, 1.0)))
    return lead, terr


def _organisations(ctx: DocContext, record: CLSRecord) -> None:
    found = parties.find_parties(ctx)
    lead, terr = _lead_and_territory(ctx, found)
    if terr is not None:
        record.territory = terr.value
        record.evidence["territory"] = _ev(terr)
    orgs: dict[str, Organisation] = {}
    evidence: dict[str, Evidence] = {}
    if lead is not None:
        record.lead_body = lead.name
        record.evidence["lead_body"] = lead.evidence.to_dict()
        for m in lead.mentions:
            key = parties.org_key(m.type, m.place, m.name)
            orgs[key] = Organisation(m.name, m.type, m.place, "signatory")
            evidence[key] = lead.evidence
    regions, ars_ev, ars_name = _ars(ctx, found)
    if regions and ars_ev is not None and ars_name is not None:
        record.ars_regions = regions
        record.evidence["ars_regions"] = [ars_ev.to_dict()]
        place = None if regions[0] == "?" else regions[0]
        orgs["ARS"] = Organisation(ars_name, "ARS", place, "signatory")
        evidence["ARS"] = ars_ev
    own = parties.own_contract_holders(ctx) - set(orgs)
    for party in found:
        m = party.mention
        key = parties.org_key(m.type, m.place, m.name)
        if key in own:
            continue  # "X renouvelait le sien": X signs its own contract, not this one
        if key in orgs:
            old = orgs[key]
            name = m.name if key.endswith("|") and len(m.name) < len(old.name) else old.name
            if parties.bare_kind(old.name) and not parties.bare_kind(m.name):
                name = m.name  # "le Département", then "le Conseil départemental du Loiret"
            role = "signatory" if "signatory" in (party.role, old.role) else old.role
            orgs[key] = Organisation(name, old.type, old.place, role)
            continue
        orgs[key] = Organisation(m.name, m.type, m.place, party.role)  # type: ignore[arg-type]
        evidence[key] = party.evidence
    if lead is not None:
        _co_signatories(ctx, lead, orgs)
        for key in orgs:
            evidence.setdefault(key, lead.evidence)
    _place_social_centres(orgs, evidence)
    _merge_placeless(orgs)
    _merge_untyped(orgs)
    record.organisations = list(orgs.values())
    record.evidence["organisations"] = [evidence[k].to_dict() for k in orgs]
    _signatories_count(ctx, record, found)


def _signatories_count(ctx: DocContext, record: CLSRecord, found: list[parties.Party]) -> None:
    """``n_signatories`` by the resolver: every stated count, and the length of an
    explicit list of signatories (a signing sentence, a grid) weighing less than a count
    the text states; a count in a sidebar or a history weighs less than either."""
    candidates = counts.signatories_count_candidates(ctx)
    if not ctx.has("roles", "pending") and not ctx.has("counts", "partial_actors"):
        signed = [o for o in record.organisations if o.role == "signatory"]
        planned = signature.signature_is_planned(ctx)  # a grid of parties still counts
        explicit = _explicit_signatory_list(ctx, found)  # a planned signing's list too
        if len(signed) >= 2 and explicit:
            ev = explicit[0].evidence
            candidates.append(ctx.candidate("n_signatories", len(signed), ev, LIST_SCORE))
        enumerated = counts.enumerated_signatories(ctx)
        more = enumerated is not None and int(enumerated.value) > len(signed)
        if enumerated is not None and more and not planned and not _listed_signatories(found):
            candidates.append(enumerated)  # a grid would name them all already
    chosen = ctx.keep(resolve("n_signatories", candidates)).finding()
    if chosen is not None:
        record.n_signatories = int(chosen.value)
        record.evidence["n_signatories"] = _ev(chosen)


LIST_SCORE = 0.5
"""A list's length weighs half a stated count: the text's own number wins when both are
in the body, a list wins over a count told in a sidebar or a history."""
