"""The text stage's records: a document's blocks and the document itself.

What: ``Block``, ``Document`` and their kinds (``BlockKind``, ``DocKind``), which
``pipeline.model`` re-exports with the other stages' records.

Why apart (in ``pipeline.records``, as ``pipeline``'s top keeps only the core): the
isolated PDF reader (``pipeline.text.pdfchild``) needs only these two dataclasses, and building a dataclass costs a few hundred microseconds at import (its
methods are generated and compiled). Importing ``pipeline.model`` whole would build its
thirteen records in the reader's start, which every ``cls-pipeline text`` on a PDF
waits for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "caption", "line"]
DocKind = Literal["html", "pdf", "txt"]


@dataclass(frozen=True, slots=True)
class Block:
    """A typed piece of a document's text: where it sits and what it is.

    ``start``/``end`` are character offsets into ``Document.text`` so that any value found
    in the block can point back to its exact span.
    """

    kind: BlockKind
    text: str
    start: int
    end: int
    page: int | None = None
    level: int | None = None
    ocr: bool = False


@dataclass(slots=True)
class Document:
    """The text of one publication as a list of blocks, plus page-level metadata.

    ``text`` is the blocks' texts joined by newlines; offsets of blocks refer to it.
    ``metadata`` holds page facts that are not contract facts (title, publication and
    update dates), kept apart so extractors do not mistake them for signature dates.
    """

    id: str
    source: str
    kind: DocKind
    blocks: list[Block]
    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None
    sha256: str | None = None

    def block_at(self, offset: int) -> Block | None:
        """Return the block containing a character offset, if any."""
        lo, hi = 0, len(self.blocks) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            b = self.blocks[mid]
            if offset < b.start:
                hi = mid - 1
            elif offset > b.end:
                lo = mid + 1
            else:
                return b
        return None

    def page_at(self, offset: int) -> int | None:
        """Return the page number holding a character offset (None for pageless formats)."""
        block = self.block_at(offset)
        return block.page if block else None
