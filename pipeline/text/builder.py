"""Accumulate blocks into a Document while keeping character offsets consistent."""

from __future__ import annotations

from pipeline.records.document import Block, BlockKind, DocKind, Document

_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))


def clean_inline(text: str) -> str:
    """Collapse runs of white space (non-breaking spaces included) into one space, and
    remove soft hyphens and zero-width characters, which split words for a search
    ("conven\u00adtion" is "convention").

    A block is one line of the document text, so line breaks inside it become spaces.
    """
    # ``translate`` looks every character up in a dict: tested first, the few lines that
    # hold such a character pay for it, not every line of a 200-page contract.
    if any(char in text for char in _INVISIBLE_CHARS):
        text = text.translate(_INVISIBLE)
    return " ".join(text.split())


class DocumentBuilder:
    """Collects typed blocks and joins them with newlines into the document text."""

    def __init__(self, doc_id: str, source: str, kind: DocKind) -> None:
        self.doc_id = doc_id
        self.source = source
        self.kind = kind
        self._parts: list[str] = []
        self._blocks: list[Block] = []
        self._offset = 0

    def add(
        self,
        kind: BlockKind,
        text: str,
        *,
        page: int | None = None,
        level: int | None = None,
        ocr: bool = False,
    ) -> None:
        """Append a block; empty text is ignored."""
        text = clean_inline(text)
        if not text:
            return
        start = self._offset
        end = start + len(text)
        self._blocks.append(Block(kind, text, start, end, page=page, level=level, ocr=ocr))
        self._parts.append(text)
        self._offset = end + 1

    def build(self) -> Document:
        """Return the finished Document."""
        return Document(
            id=self.doc_id,
            source=self.source,
            kind=self.kind,
            blocks=self._blocks,
            text="\n".join(self._parts),
        )
