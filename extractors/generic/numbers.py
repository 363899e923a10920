"""French numbers written as digits or words ("27", "trente-quatre", "vingt et un")."""

from __future__ import annotations

import re

from text_to_num import text2num

from extractors import vocab

_WORD = vocab.alternation(vocab.words("numbers", "words", bounded=False))
_AND = vocab.grammar("and")
NUMBER_WORDS = rf"{_WORD}(?:(?:-{_AND}-|\s+{_AND}\s+|-|\s+){_WORD})*"
NUMBER = rf"(?:\d{{1,4}}|{NUMBER_WORDS})"
_NUMBER_RE = re.compile(rf"^{NUMBER}$", re.IGNORECASE)


def parse_number(text: str) -> int | None:
    """The integer a French number expression denotes, or None."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    if not _NUMBER_RE.match(text):
        return None
    if text in ("un", "une"):
        return 1
    try:
        value = text2num(text.replace(" et ", "-et-").replace(" ", "-"), "fr")
    except ValueError:
        try:
            value = text2num(text, "fr")
        except ValueError:
            return None
    return int(value)
