"""Properties of the normaliser over generated batches (Hypothesis).

Whatever the records: keys hold, a document belongs to at most one contract, the documents
of one contract are pairwise compatible and about one territory, and the tables do not
depend on the order of the input.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from tablehelpers import assert_keys_hold, make_outcome

from pipeline.model import Outcome
from pipeline.tables import build_tables
from pipeline.tables.geo_link import link_territory
from pipeline.tables.identity import compatible

TERRITORIES = ["Reims", "Ville de Reims", "Rennes Métropole", "Saint-Denis", "Pays de Brocéliande"]


@st.composite
def batches(draw: st.DrawFn) -> list[Outcome]:
    n = draw(st.integers(min_value=1, max_value=8))
    outcomes = []
    for i in range(n):
        start = draw(st.one_of(st.none(), st.integers(2010, 2026)))
        length = draw(st.integers(0, 6))
        end = draw(st.sampled_from([None, (start or 2015) + length]))
        outcomes.append(
            make_outcome(
                f"doc{i}",
                draw(st.sampled_from(["html", "pdf", "txt"])),
                territory=draw(st.sampled_from([None, *TERRITORIES])),
                period_start=start,
                period_end=end,
                generation=draw(st.one_of(st.none(), st.integers(1, 3))),
                n_axes=draw(st.one_of(st.none(), st.integers(1, 6))),
                ars_regions=draw(st.sampled_from([[], ["Île-de-France"], ["Grand Est"]])),
            )
        )
    return outcomes


@settings(max_examples=150, deadline=None)
@given(batches(), st.randoms(use_true_random=False))
def test_invariants(outcomes: list[Outcome], rnd: random.Random) -> None:
    tables = build_tables(outcomes)
    assert_keys_hold(tables)
    records = {o.document.id: o.record for o in outcomes if o.document and o.record}
    members: dict[str, list[str]] = {}
    for doc in tables["documents"]:
        if doc["contract_id"]:
            members.setdefault(doc["contract_id"], []).append(doc["document_id"])
    assert sorted(members) == sorted(c["contract_id"] for c in tables["contracts"])
    for contract in tables["contracts"]:
        docs = members[contract["contract_id"]]
        assert contract["n_documents"] == len(docs)
        recs = [records[d] for d in docs]
        for a in recs:
            for b in recs:
                assert compatible(a, b)
        keys = {link_territory(r.territory or "", r.ars_regions).key for r in recs}
        names = {r.territory for r in recs}
        assert len(keys) == 1 or "Saint-Denis" in names  # namesakes may join a linked key
    shuffled = outcomes[:]
    rnd.shuffle(shuffled)
    assert build_tables(shuffled) == tables
