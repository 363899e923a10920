"""Reading the text of a fiche action: its heading, its rows' labels, years and amounts.

What: ``parse_head`` reads "Fiche action n° 2.3 – Titre", "Action 2.3 : Titre", "FA 12 -
Titre" (and, for citations in annex tables, a bare "2.3 – Titre"); ``label_of`` names the
field a row label stands for (pilot, partners, calendar …); ``years`` and ``amount`` read a
calendar and a budget; ``split_items`` cuts a list of partners.

Why: the words come from ``vocab/actions.toml`` and are matched folded (accents, case), so
the same rules read every contract's way of writing a fiche, whatever its layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from extractors import vocab
from extractors.wordmatch import WordSet, fold, wordset

_NUMBER = (
    r"(?P<num>(?:(?:[ivx]{1,4}|[a-z]{1,2})\s?[.-]?\s?)?\d{1,3}(?:\s?[.-]\s?\d{1,3}){0,2}[a-z]?)"
)
"""An action's number: "2.3", "12", "A.4", or under an axis numbered in roman numerals
"III.2", "VIII-1" (up to four letters i, v, x before the action's own number)."""
_SEP = r"\s*(?:[:–—\-.)|/]\s*)+"
_LEADERS = re.compile(r"(?:\s*(?:\.\s?){3,}|\s*…+)\s*\d{0,3}\s*$|\s+\d{1,3}\s*$")
_BULLET = re.compile(r"^[\s•·*▪►◦●\-–—]+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_AMOUNT = re.compile(r"(?<![\d,])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d{1,2}))?\s*")


def _alt(words: list[str]) -> str:
    keys = sorted({fold(w).strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)


@cache
def _head_re() -> re.Pattern[str]:
    heads = _alt(vocab.entries("heads", "words", "actions"))
    marks = _alt(vocab.entries("heads", "number_markers", "actions"))
    return re.compile(
        rf"^(?:{heads})s?\s*(?:(?:{marks})\.?\s*)?{_NUMBER}(?!\d)(?:{_SEP}|\s+)(?P<title>\S.*)?$"
    )


_BARE_RE = re.compile(rf"^{_NUMBER}(?!\d){_SEP}(?P<title>\S.*)$")


@dataclass(frozen=True, slots=True)
class Head:
    """An action's heading: number as written, title, and the title's offset in the text."""

    number: str | None
    title: str
    title_at: int
    continued: bool = False


@cache
def _continued() -> WordSet:
    return wordset(vocab.entries("heads", "continued", "actions"))


def clean_title(text: str) -> str:
    """A title without dot leaders, a page number, brackets of continuation or end marks."""
    title = _LEADERS.sub("", text).strip()
    title = re.sub(r"\s*\((?:[^)]{0,12})\)\s*$", lambda m: _keep_paren(m.group(0)), title)
    return title.strip(" \t;:,.–—-")


def _keep_paren(text: str) -> str:
    return "" if _continued().search(text) else text


def parse_head(text: str, bare: bool = False) -> Head | None:
    """The heading of an action at the start of ``text``; ``bare`` also reads "2.3 – Titre"."""
    stripped = _BULLET.sub("", text)
    lead = len(text) - len(stripped)
    folded = fold(stripped)
    m = _head_re().match(folded) or (_BARE_RE.match(folded) if bare else None)
    if m is None:
        return None
    number = re.sub(r"\s+", "", stripped[m.start("num") : m.end("num")]).replace("-", ".")
    if not any(c.isdigit() for c in number):
        return None
    raw = stripped[m.start("title") :] if m.group("title") else ""
    title = clean_title(raw)
    continued = bool(_continued().search(raw[:40])) and len(title) < 40
    at = lead + (m.start("title") if m.group("title") else len(stripped))
    return Head(number.rstrip("."), title, at, continued)


@cache
def _labels() -> dict[str, WordSet]:
    table = vocab.load("actions")["fields"]
    return {name: wordset([str(w) for w in words]) for name, words in table.items()}


@lru_cache(maxsize=8192)
def label_of(text: str) -> str | None:
    """The field a row label names ("Pilote", "Public cible", "Calendrier"), if any.

    The label must be the whole text (a colon aside) or open it and be short, so that a
    sentence starting with "Le public" is no label.
    """
    label = fold(text).strip().rstrip(":").strip()
    if not label or len(label) > 60:
        return None
    best: tuple[int, str] | None = None
    for name, words in _labels().items():
        for m in words.pattern.finditer(label):
            if m.start() == 0 and (best is None or m.end() > best[0]):
                best = (m.end(), name)
    if best is None:
        return None
    rest = label[best[0] :].strip()
    return best[1] if len(rest) <= 25 and not re.search(r"[.;]", rest) else None


_LABEL_AT = re.compile(r"(?:^\s*|\s[-–—;|•]\s+|[.;]\s+)(?P<label>[^:;|.–—]{2,60}?)\s*:\s*")


def split_labels(text: str) -> list[tuple[str, str, int]]:
    """The "Label : value" parts of a line, several when one line holds many ("Pilote :
    CCAS - Calendrier : 2019-2023"): (field, value, offset of the value) each; the last
    value is empty when the line ends on its label (a column break before the value)."""
    marks = [
        (m.start(), m.end(), name)
        for m in _LABEL_AT.finditer(text)
        if (name := label_of(m.group("label"))) is not None
    ]
    if not marks or (marks[0][0] != 0 and text[: marks[0][0]].strip()):
        return []
    out: list[tuple[str, str, int]] = []
    for i, (_, end, name) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        value = text[end:stop].rstrip()
        if value or i + 1 == len(marks):  # a last label may have its value in the next block
            out.append((name, value, end))
    return out


@cache
def _open_start() -> WordSet:
    return wordset(vocab.entries("calendar", "open_start", "actions"))


@cache
def _recurring() -> WordSet:
    return wordset(vocab.entries("calendar", "recurring", "actions"))


def years(
    text: str, period: tuple[int | None, int | None] = (None, None)
) -> tuple[int | None, int | None]:
    """First and last years written in a calendar ("de 2025 à 2028" → 2025, 2028).

    A single year that only opens it ("dès 2019", "à partir de 2025") runs to the end of
    the contract's ``period`` (unknown without it); a calendar that repeats without a
    year ("deux journées par an") covers the period.
    """
    found = [int(y) for y in _YEAR.findall(text)]
    if not found:
        return period if _recurring().search(fold(text)) else (None, None)
    if len(set(found)) == 1:
        m = _YEAR.search(text)
        before = fold(text[: m.start()] if m else "")[-15:]
        if (hit := _open_start().search(before)) is not None and not before[hit.end() :].strip():
            end = period[1] if period[1] is not None and period[1] > found[0] else None
            return (found[0], end)
    return (min(found), max(found))


@cache
def _budget_words() -> dict[str, WordSet]:
    table = vocab.load("actions")["budget"]
    return {name: wordset([str(w) for w in words]) for name, words in table.items()}


def amount(text: str) -> tuple[float | None, bool]:
    """The first amount in euros of a budget text and whether it is per year."""
    words = _budget_words()
    folded = fold(text)
    for m in _AMOUNT.finditer(folded):
        tail = folded[m.end() : m.end() + 20]
        scale = 1.0
        if words["millions"].pattern.match(tail):
            scale = 1e6
        elif words["thousands"].pattern.match(tail):
            scale = 1e3
        elif not words["currency"].pattern.match(tail):
            continue
        value = float(re.sub(r"\D", "", m.group(1)) + "." + (m.group(2) or "0")) * scale
        after = folded[m.end() : m.end() + 40]
        return value, bool(words["per_year"].search(after))
    return None, False


def split_items(text: str) -> list[str]:
    """Items of a list written in a cell: cut at commas, semicolons, bullets and new lines,
    never inside brackets."""
    items: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        depth += (char == "(") - (char == ")")
        if depth <= 0 and char in ",;\n•":
            items.append("".join(current))
            current = []
            depth = 0
            continue
        current.append(char)
    items.append("".join(current))
    out = [_BULLET.sub("", i).strip().rstrip(".").strip() for i in items]
    return [i for i in out if i]


_BEFORE_PLACE = re.compile(rf"\s(?:{vocab.grammar('of')})\s*(?=[A-ZÀ-Ý])", re.IGNORECASE)
_PLACE_KINDS = ("departement", "region", "former_region")


def split_partners(text: str) -> list[str]:
    """The partners of a fiche, one per item (``split_items``), and two names run
    together where a cell's line break was lost ("Direction … de l'Éducation nationale
    de la Haute-Saône Chirurgiens-dentistes"): a name that ends with its département or
    region is whole, so a capitalised word right after that place opens the next
    partner."""
    from extractors.places import match_place

    out: list[str] = []
    for item in split_items(text):
        start = 0
        for m in _BEFORE_PLACE.finditer(item):
            place = match_place(item[m.end() :])
            if place is None or place.kind not in _PLACE_KINDS:
                continue
            end = m.end() + place.length
            rest = item[end:]
            if re.match(r" [A-ZÀ-Ý][^\W\d_]", rest):
                out.append(item[start:end].strip())
                start = end + 1
        out.append(item[start:].strip())
    return [i for i in out if i]
