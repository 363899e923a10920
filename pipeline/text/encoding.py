"""Text that went through the wrong encoding: find it, repair it when that is safe.

What: ``repair_mojibake`` spots UTF-8 read as Windows-1252 ("Ã©" for "é", "â€™" for
"’"), either by our decoder or, more often, by the site that published the page, and
undoes it when the whole text converts back cleanly; ``undecodable`` counts the
characters a decoder had to replace. Both give one-line warnings.

Why: French pages declare the wrong charset or none, and a page encoded twice reads as
garbage to the extractors ("CommunautÃ© de communes" matches no organisation). A
repaired text is read as it was meant; one that cannot be repaired is at least flagged.
"""

from __future__ import annotations

import re

# UTF-8 lead bytes of Latin letters and punctuation, shown as Windows-1252 characters
# and followed by a continuation byte (0x80-0xBF as Windows-1252 characters).
_CONTINUATION = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(f"[ÂÃÅ][{_CONTINUATION}]|â€[{_CONTINUATION}]")
_MIN_SEQUENCES = 3


def repair_mojibake(text: str) -> tuple[str, list[str]]:
    """The text with double-encoded UTF-8 undone when that is safe, and warnings."""
    found = len(_MOJIBAKE.findall(text))
    if found < _MIN_SEQUENCES:
        return text, []
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text, [
            f"text looks mis-decoded: {found} sequences such as 'Ã©' (UTF-8 read as "
            "Windows-1252) that could not be repaired"
        ]
    return repaired, [
        f"text was UTF-8 read as Windows-1252 ({found} sequences such as 'Ã©'): repaired"
    ]


def undecodable(text: str, charset: str | None) -> list[str]:
    """A warning when decoding replaced characters (shown as U+FFFD)."""
    count = text.count("\ufffd")
    if not count:
        return []
    how = f"as {charset}" if charset else "with the detected charset"
    return [f"{count} character(s) could not be decoded {how} and show as \ufffd"]
