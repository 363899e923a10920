"""Signature blocks of signed contracts: "Fait à …, le …" and one "Pour …" per party.

The generic extractors read prose; a signed contract's last page says who signed and
when in a layout of its own, which this extractor reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property
from typing import ClassVar

from extractors.api import TerritoryExtractor
from extractors.generic.dates import find_dates
from extractors.generic.orgmatch import find_mentions, type_of_name
from extractors.generic.signature import closes_another_act
from pipeline.model import Document, Finding, Organisation


class SignatureBlockExtractor(TerritoryExtractor):
    """Signatories and signature date from the signature block of a contract."""

    name: ClassVar[str] = "signature_block"
    version: ClassVar[str] = "0.2.0"
    precedence: ClassVar[int] = 10  # a layout refinement: a territory's own plug-in wins over it

    @cached_property
    def _fait_a(self) -> re.Pattern[str]:
        return re.compile(self.patterns["fait_a"], re.IGNORECASE)

    @cached_property
    def _pour(self) -> re.Pattern[str]:
        return re.compile(self.patterns["pour"], re.IGNORECASE)

    @cached_property
    def _avenant(self) -> re.Pattern[str]:
        return re.compile(self.patterns["avenant"], re.IGNORECASE)

    @cached_property
    def _state(self) -> re.Pattern[str]:
        return re.compile(self.patterns["state"], re.IGNORECASE)

    def matches(self, doc: Document) -> bool:
        """Documents with a "Fait à …, le" line followed by "Pour …" lines."""
        found = self._fait_a.search(doc.text)
        return found is not None and bool(self._pour_lines(doc, found.start()))

    def _pour_lines(self, doc: Document, after: int) -> list[tuple[str, int, str]]:
        """(organisation, offset, the whole "Pour …" cell) of each signing line."""
        out: list[tuple[str, int, str]] = []
        blocks = [b for b in doc.blocks if b.end >= after][: int(self.patterns["window"])]
        for block in blocks:
            for cell in block.text.split(" | "):
                m = self._pour.match(cell.strip())
                if m:
                    name = self._cut_title(m.group("org"))
                    start = doc.text.find(name, block.start)
                    out.append((name, start if start >= 0 else block.start, m.group("org")))
        return out

    def _cut_title(self, name: str) -> str:
        lowered = name.lower()
        cut = len(name)
        for title in self.patterns["signer_titles"]:
            at = lowered.find(" " + title)
            if at >= 0:
                cut = min(cut, at)
        return name[:cut].strip(" ,;.")

    def _is_title(self, name: str) -> bool:
        """A "Pour …" line naming the person the signer acts for ("Pour le Directeur général
        et par délégation, le Directeur de la stratégie"), no body: its name opens with a
        signer's title."""
        lowered = name.lower()
        titles = [t.split(" ", 1)[-1] for t in self.patterns["signer_titles"]]
        return any(lowered == t or lowered.startswith(t + " ") for t in titles)

    def extract(self, doc: Document) -> Iterable[Finding]:
        """The signature date (when filled in) and the parties that sign."""
        block = self._fait_a.search(doc.text)
        if block is None:
            return
        dates = find_dates(doc.text[block.end() : block.end() + 40], block.end())
        avenant = self._avenant.search(doc.text[:20000]) is not None
        if closes_another_act(doc.text):
            dates = []  # a deliberation's or a decision's "Fait à …, le …" dates that act
        if not avenant and dates and dates[0].start - block.end() < 3 and dates[0].year is not None:
            day = dates[0].resolve(dates[0].year)
            if day is not None:
                yield self.finding(
                    doc,
                    "signed_on",
                    day.isoformat(),
                    dates[0].start,
                    dates[0].end,
                    "fait-a-le-date",
                )
        seen: set[str] = set()
        for name, start, cell in self._pour_lines(doc, block.start()):
            mentions = find_mentions(name)
            if not mentions and self._state.match(name):
                mentions = [m for m in find_mentions(cell) if m.type == "PREFECTURE"]
            if mentions:
                best = max(mentions, key=lambda m: m.end - m.start)
                org = Organisation(best.name, best.type, best.place, "signatory")
            elif self._is_title(name):
                continue  # "Pour le Directeur général et par délégation": a person's title
            else:
                org_type, place = type_of_name(name)
                org = Organisation(name, org_type, place, "signatory")
            if org.name.lower() in seen:
                continue
            seen.add(org.name.lower())
            yield self.finding(doc, "organisations", org, start, start + len(name), "pour-line")
        if len(seen) >= 2:
            yield self.finding(
                doc,
                "n_signatories",
                len(seen),
                block.start(),
                block.end(),
                "count-of-pour-lines",
                0.8,
            )
