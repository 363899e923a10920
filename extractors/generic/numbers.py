"""French numbers written as digits or words ("27", "trente-quatre", "vingt et un")."""

from __future__ import annotations

import re

from text_to_num import text2num

_UNITS = [
    "zéro",
    "un",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "vingts",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "cents",
    "mille",
]
_WORD = "(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
NUMBER_WORDS = rf"{_WORD}(?:(?:-et-|\s+et\s+|-|\s+){_WORD})*"
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
