"""Per-document analysis shared by every extractor: sentences with their offsets.

Sentences are cut by rules (fast, deterministic); each keeps a link to its block so
list items and table rows can inherit the context of the paragraph that introduces them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, TypeVar

from extractors import vocab
from extractors.gate import SentenceGates
from extractors.generic import VERSION
from extractors.generic.dates import issue_month_end, page_date
from extractors.resolve import Candidate, Resolution
from extractors.zones import classify
from pipeline.model import Block, Document, Evidence

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"A-ZÀÂÉÈÊÎÔÛÇ0-9])")
_ABBREVIATIONS = re.compile(r"(?:\b(?:M|Mme|Dr|St|Ste|n°|art|cf|etc|p|av|bd)\.)$")


_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the document with its span and the index of its block."""

    text: str
    start: int
    end: int
    block_index: int


@dataclass
class DocContext:
    """A document prepared for extraction."""

    doc: Document
    sentences: list[Sentence] = field(default_factory=list)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def once(self, key: str, compute: Callable[[], _T]) -> _T:
        """``compute()`` the first time ``key`` is asked for this document, then its
        kept value: a reading several extractors need (the generation, whether the
        document is an avenant) is made once."""
        if key not in self.memo:
            self.memo[key] = compute()
        value: _T = self.memo[key]
        return value

    @classmethod
    def of(cls, doc: Document) -> DocContext:
        """Cut a document into sentences."""
        ctx = cls(doc)
        for index, block in enumerate(doc.blocks):
            ctx.sentences.extend(split_sentences(block, index))
        return ctx

    @property
    def text(self) -> str:
        """The whole document text."""
        return self.doc.text

    @cached_property
    def gates(self) -> SentenceGates:
        """Which sentences a pattern may match, from its literals (``extractors.gate``)."""
        return SentenceGates(self.sentences)

    def search(self, pattern: re.Pattern[str], sentence: Sentence) -> re.Match[str] | None:
        """``pattern.search(sentence.text)``, not run on a sentence of the document
        lacking every literal the pattern requires."""
        if not self.gates.may_match(pattern, sentence):
            return None
        return pattern.search(sentence.text)

    def finditer(self, pattern: re.Pattern[str], sentence: Sentence) -> Iterator[re.Match[str]]:
        """``pattern.finditer(sentence.text)``, gated as ``search`` is."""
        if not self.gates.may_match(pattern, sentence):
            return iter(())
        return pattern.finditer(sentence.text)

    def search_text(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern.search(self.text)``: None at once when the document lacks every
        literal the pattern requires, and searched once per document."""
        kept = self.memo.setdefault("text-searches", {})
        entry = kept.get(id(pattern))
        if entry is not None and entry[0] is pattern:
            found: re.Match[str] | None = entry[1]
            return found
        found = pattern.search(self.text) if self.gates.text_may_match(pattern, self.text) else None
        kept[id(pattern)] = (pattern, found)
        return found

    def has(self, section: str, key: str) -> bool:
        """``has(section, key, self.text)``: a trigger of the vocabulary in the document."""
        return self.search_text(vocab.trigger(section, key)) is not None

    def sentences_with(self, *patterns: re.Pattern[str]) -> list[Sentence]:
        """The sentences, in order, that one of ``patterns`` may match (holding one of
        the literals it requires): a loop that skips every sentence none of them matches
        finds, over these alone, all it found over every sentence."""
        found: set[int] = set()
        for pattern in patterns:
            hits = self.gates.hits(pattern)
            if hits is None:
                return list(self.sentences)
            found |= hits
        return [self.sentences[i] for i in sorted(found)]

    def block(self, sentence: Sentence) -> Block:
        """The block holding a sentence."""
        return self.doc.blocks[sentence.block_index]

    def evidence(
        self,
        start: int,
        end: int,
        extractor: str,
        rule: str,
        confidence: float = 1.0,
        pad: int = 60,
    ) -> Evidence:
        """Evidence for a span: the snippet around it, its page."""
        lo = max(0, start - pad)
        hi = min(len(self.text), end + pad)
        snippet = self.text[lo:hi].replace("\n", " ").strip()
        return Evidence(
            snippet, start, end, self.doc.page_at(start), extractor, rule, confidence, VERSION
        )

    @cached_property
    def publication_date(self) -> date | None:
        """The page's publication (or update) date, to complete year-less dates."""
        return page_date(self.doc)

    @cached_property
    def date_bound(self) -> date | None:
        """The latest day a year-less date of the document can be: its publication date,
        else the end of the month its issue is dated by (a bulletin of "janvier 2020")."""
        return self.publication_date or issue_month_end(self.doc)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing an offset."""
        starts = self._starts
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def zones(self) -> list[str]:
        """The zone of every block (``extractors.zones``), computed once."""
        return classify(self.doc)

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.doc.blocks]

    def zone_at(self, offset: int) -> str:
        """The zone of the block holding an offset ("body" outside every block)."""
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i < 0 or not self.zones:
            return "body"
        return self.zones[i]

    def candidate(
        self,
        name: str,
        value: object,
        ev: Evidence,
        score: float = 1.0,
        group: str | None = None,
    ) -> Candidate:
        """A candidate for a field, placed in the zone of its evidence."""
        return Candidate(name, value, ev, self.zone_at(ev.start), score, group)

    def keep(self, resolution: Resolution) -> Resolution:
        """Keep a field's resolution for ``extractors.explain`` (the last one of a name
        wins) and return it."""
        kept: dict[str, Resolution] = self.memo.setdefault("resolutions", {})
        kept[resolution.name] = resolution
        return resolution

    @property
    def resolutions(self) -> dict[str, Resolution]:
        """The resolutions kept so far, by field name."""
        kept: dict[str, Resolution] = self.memo.get("resolutions", {})
        return kept


def split_sentences(block: Block, index: int) -> list[Sentence]:
    """Cut a block's text into sentences (rules; abbreviations kept whole)."""
    out: list[Sentence] = []
    text = block.text
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATIONS.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        _add_pieces(out, text, begin, match.start(), block.start, index)
        begin = match.end()
    _add_pieces(out, text, begin, len(text), block.start, index)
    return out


MAX_SENTENCE = 1500


def _add_pieces(
    out: list[Sentence], text: str, begin: int, end: int, base: int, index: int
) -> None:
    """Add a sentence; one longer than any real sentence (a line of garbage, a table
    flattened into one line) is cut at spaces so that no rule works on a huge string."""
    while end - begin > MAX_SENTENCE:
        cut = text.rfind(" ", begin + MAX_SENTENCE // 2, begin + MAX_SENTENCE)
        cut = cut if cut > begin else begin + MAX_SENTENCE
        if text[begin:cut].strip():
            out.append(Sentence(text[begin:cut], base + begin, base + cut, index))
        begin = cut
    if text[begin:end].strip():
        out.append(Sentence(text[begin:end], base + begin, base + end, index))


def has(section: str, key: str, text: str) -> bool:
    """True when a trigger of the vocabulary occurs in the text."""
    return vocab.trigger(section, key).search(text) is not None
