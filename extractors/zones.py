"""Document zones: where in a publication each block stands (cover, contents, history…).

What: ``classify`` gives every block of a ``Document`` one zone name: ``cover`` (the first
page of a long PDF), ``toc`` (a table of contents: lines ending in dot leaders and page
numbers), ``history`` (a section telling earlier contracts), ``duration`` and ``parties``
(the articles of those names), ``fiche`` (fiche-action pages), ``signature`` (from
"Fait à …" or a "Signatures" heading), ``annex``, ``glossary`` (sigles and their
meanings), ``teaser`` (sidebars such as "À lire
aussi"), ``furniture`` (site chrome left in the text) or ``body``.

Why: the same fact is written many times in a long contract (the cover, the contents,
the preamble's history, the articles, the fiches, the annexes) and only some places
speak of this contract. The resolver weighs each candidate by its zone
(``[priors]`` in ``vocab/zones.toml``) instead of keeping the first match. The zones come
from headings, layout and the words that open sections, never from one document's
wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors import vocab
from extractors.wordmatch import WordSet, wordset
from pipeline.model import Block, Document

ZONES = (
    "cover",
    "toc",
    "history",
    "duration",
    "parties",
    "fiche",
    "signature",
    "annex",
    "glossary",
    "teaser",
    "furniture",
    "body",
)
_LEADERS = re.compile(r"(?:\.\s?){3,}\s*\d{1,3}\s*$|…\s*\d{1,3}\s*$")
_TOC_LINE = re.compile(_LEADERS.pattern + r"|\s\d{1,3}\s*$")  # or a bare page number
_LOOSE_OPENERS = ("signature", "toc", "fiche", "annex")
"""Zones whose opening words count on a short line or paragraph, not only a heading."""
_HEADING_MAX = 120
_COVER_MIN_PAGES = 4


@cache
def _openers() -> dict[str, WordSet]:
    table = vocab.load("zones")["opens"]
    return {zone: wordset([str(w) for w in table[zone]]) for zone in table}


@cache
def priors(field: str) -> dict[str, float]:
    """The zone multipliers of a field (1.0 for zones not listed)."""
    table = vocab.load("zones").get("priors", {}).get(field, {})
    return {str(k): float(v) for k, v in table.items()}


@dataclass(slots=True)
class _State:
    zone: str = "body"
    level: int = 0
    toc_page: int | None = None


@cache
def _aside() -> WordSet:
    return wordset([str(w) for w in vocab.load("zones")["aside"]["labels"]])


@cache
def _featured() -> WordSet:
    return wordset([str(w) for w in vocab.load("zones")["featured"]["openers"]])


def _featured_story(text: str) -> bool:
    """A featured-story heading ("À la une : le contrat de …"): its opener followed by a
    colon and a title heads the page's own content, not a sidebar."""
    head, colon, title = text.partition(":")
    return bool(colon) and _featured().whole(head) and any(c.isalpha() for c in title)


def _opened(block: Block) -> str | None:
    """The zone a heading-like block opens, if any."""
    text = block.text.strip()
    if len(text) > _HEADING_MAX:
        return None
    heading_like = block.kind == "heading" or (
        block.kind in ("line", "paragraph") and len(text) < 90
    )
    if not heading_like:
        return None
    if _aside().starts(text):
        return "teaser"  # "ENCADRÉ – Chez les voisins": a boxed aside, whatever its title
    for zone, words in _openers().items():
        if not words.starts(text):
            continue
        if zone == "teaser" and _featured_story(text):
            return None
        if zone == "annex" and _openers()["glossary"].search(text) is not None:
            return "glossary"  # "Annexe – Glossaire": the annex is a list of sigles
        if block.kind == "heading" or zone in _LOOSE_OPENERS or words.whole(text):
            return zone  # a line that is an opener alone opens its section as a heading
    return None


def _closes(state: _State, block: Block) -> bool:
    """A heading at the level of the open section (or above) ends it."""
    if block.kind != "heading" or state.zone in ("body", "signature", "annex", "fiche"):
        return False
    return (block.level or 6) <= state.level


_TOC_ITEM_MAX = 400
"""A list item on the contents page stays in the contents up to this length: the sommaire
of a recueil des actes administratifs lists each act by its whole title ("Décision n° … du
… relative au financement de …"), longer than a contract's section titles."""


def _still_toc(state: _State, block: Block) -> bool:
    text = block.text.strip()
    if _TOC_LINE.search(text):
        return True
    if block.kind == "list_item" and block.page == state.toc_page:
        return len(text) < _TOC_ITEM_MAX  # a recueil's sommaire: acts with their long titles
    return len(text) < 160 and block.page == state.toc_page


def classify(doc: Document) -> list[str]:
    """One zone per block of the document (see the module docstring)."""
    state = _State()
    long_pdf = doc.kind == "pdf" and (doc.pages or 0) >= _COVER_MIN_PAGES
    out: list[str] = []
    for block in doc.blocks:
        if state.zone == "toc" and _still_toc(state, block):
            out.append("toc")
            continue
        if state.zone == "toc":
            state.zone = "body"
        opened = _opened(block)
        if opened == "toc":
            state = _State("toc", 0, block.page)
        elif opened is not None and not _LEADERS.search(block.text):
            state = _State(opened, block.level or 6)
        elif _closes(state, block):
            state = _State()
        if long_pdf and block.page == 1 and state.zone == "body":
            out.append("cover")
        else:
            out.append(state.zone)
    return out
