"""Corsica: the Collectivité de Corse signs in place of the region and the departments."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from extractors.api import TerritoryExtractor
from extractors.context import DocContext
from extractors.generic.parties import classify
from pipeline.model import Document, Finding, Organisation


class CorseExtractor(TerritoryExtractor):
    """The Collectivité de Corse as a party (typed REGION, place Corse)."""

    name: ClassVar[str] = "corse"
    version: ClassVar[str] = "0.1.0"
    territories: ClassVar[tuple[str, ...]] = ("2A", "2B", "Corse", "Ajaccio", "Bastia")
    domains: ClassVar[tuple[str, ...]] = ("isula.corsica", "corse.ars.sante.fr")

    def extract(self, doc: Document) -> Iterable[Finding]:
        """The Collectivité de Corse wherever a party context names it."""
        pattern = re.compile("|".join(self.patterns["names"]), re.IGNORECASE)
        ctx = DocContext.of(doc)
        for sentence in ctx.sentences:
            role = classify(sentence.text)
            if role is None:
                continue
            m = pattern.search(sentence.text)
            if m is None:
                continue
            start = sentence.start + m.start()
            org = Organisation(m.group(0), "REGION", str(self.patterns["place"]), role)  # type: ignore[arg-type]
            yield self.finding(
                doc, "organisations", org, start, start + len(m.group(0)), "collectivite-de-corse"
            )
            return
