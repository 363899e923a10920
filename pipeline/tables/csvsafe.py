"""CSV cells made safe for spreadsheets, and read back: the formula-injection rule.

What: ``escape`` puts a single quote before a text cell that a spreadsheet would run as
a formula (one starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return),
unless the cell is a plain number such as ``-1.5`` or ``+33``; a text that already
starts with a quote before such a character gets one more, so that ``unescape`` gives
back exactly the original value. Only CSV cells are escaped: Parquet and DuckDB keep
the raw value.

Why: the tables hold text taken from documents anyone can publish ("=1+1 Prévention",
a file name, an axis title) and they are opened in spreadsheets, which evaluate such
cells (OWASP, "CSV Injection"). The quote is the usual defence: the cell shows as text.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$")


def needs_quote(text: str) -> bool:
    """True when a spreadsheet would read the cell as a formula (see the module)."""
    if text.startswith(FORMULA_STARTS):
        return not _PLAIN_NUMBER.match(text)
    return text.startswith("'") and needs_quote(text[1:])


def escape(text: str) -> str:
    """The cell as written to CSV."""
    return "'" + text if needs_quote(text) else text


def unescape(cell: str) -> str:
    """The original text of a CSV cell written by ``escape``."""
    return cell[1:] if cell.startswith("'") and needs_quote(cell[1:]) else cell
