"""Builder of the long signed contracts of corpus4 (20+ pages each).

A contract is described by a ``Contract`` record (see ``corpus4_contracts.py``); this
module lays it out the way signed CLS are published: a cover, a table of contents with
dot leaders and page numbers, a preamble with the history of the earlier contract, the
articles (Objet, Durée, Gouvernance …), a summary of the axes with their counts of fiches,
one page per fiche action, a signature page with a grid of titles and names, annexes,
and a running header and footer on every page but the cover.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus4_layout import (
    COVER_SUB,
    COVER_TITLE,
    COVER_TOP,
    H1,
    H2,
    QUOTE,
    TOC_0,
    TOC_1,
    TocDocTemplate,
    bullets,
    grid,
    p,
    running_canvas,
)
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer
from reportlab.platypus.tableofcontents import TableOfContents


@dataclass(frozen=True)
class Fiche:
    """One fiche action: its number, title and the cells of its table."""

    number: str
    title: str
    pilot: str
    partners: list[str]
    public: str
    start: int
    end: int
    calendar: str
    indicators: str


@dataclass(frozen=True)
class Axis:
    """One axis of the programme, with the paragraph that opens it and its fiches."""

    label: str  # "Axe 1", "Axe transversal"
    title: str
    intro: str
    fiches: list[Fiche]


@dataclass(frozen=True)
class Contract:
    """Everything one long contract says, in the order it says it."""

    file_id: str
    meta_title: str
    header: str
    footer: str
    cover_top: list[str]
    cover_title: str
    cover_sub: list[str]
    cover_quote: str
    preamble: list[tuple[str, list[str]]]
    articles: list[tuple[str, list[str]]]
    summary_intro: str
    axes: list[Axis]
    signature_intro: str
    signatories: list[tuple[str, str, str]]  # institution, title, name
    annexes: list[tuple[str, list[str]]] = field(default_factory=list)


def _paragraphs(texts: list[str]) -> list[Any]:
    """Paragraphs; a text starting with '- ' becomes a dash-list item."""
    story: list[Any] = []
    for text in texts:
        if text.startswith("- "):
            story += bullets([text[2:]])
        else:
            story.append(p(text))
    return story


def _cover(c: Contract) -> list[Any]:
    story: list[Any] = [Spacer(1, 1.5 * cm)]
    story += [p(line, COVER_TOP) for line in c.cover_top]
    story += [Spacer(1, 3.2 * cm), p(c.cover_title, COVER_TITLE)]
    story += [p(line, COVER_SUB) for line in c.cover_sub]
    story += [Spacer(1, 4 * cm), p(c.cover_quote, QUOTE), PageBreak()]
    return story


def _toc() -> list[Any]:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [TOC_0, TOC_1]
    title = ParagraphStyle("toc_title", parent=H1)  # not itself an entry of the contents
    return [p("Sommaire", title), toc, PageBreak()]


def _sections(title: str, sections: list[tuple[str, list[str]]]) -> list[Any]:
    story: list[Any] = [p(title, H1)]
    for heading, texts in sections:
        story.append(p(heading, H2))
        story += _paragraphs(texts)
    story.append(PageBreak())
    return story


def _summary(c: Contract) -> list[Any]:
    rows = [["Axe", "Intitulé", "Fiches actions"]]
    for axis in c.axes:
        count = len(axis.fiches)
        rows.append([axis.label, axis.title, f"{count} fiche{'s' if count > 1 else ''} actions"])
    total = sum(len(a.fiches) for a in c.axes)
    rows.append(["", "Total", f"{total} fiches actions"])
    story: list[Any] = [p("Synthèse des axes stratégiques", H1), p(c.summary_intro)]
    story += [grid(rows, [3.2 * cm, 9.6 * cm, 3.8 * cm]), PageBreak()]
    return story


def _fiche(fiche: Fiche) -> list[Any]:
    rows = [
        ["Pilote", fiche.pilot],
        ["Partenaires", "<br/>".join(fiche.partners)],
        ["Public cible", fiche.public],
        ["Calendrier", fiche.calendar],
        ["Indicateurs", fiche.indicators],
    ]
    return [
        p(f"Fiche action {fiche.number} – {fiche.title}", H2),
        grid(rows, [3.4 * cm, 13.2 * cm], head=False),
        PageBreak(),
    ]


def _axes(c: Contract) -> list[Any]:
    story: list[Any] = []
    for axis in c.axes:
        story += [p(f"{axis.label} – {axis.title}", H1), p(axis.intro)]
        for fiche in axis.fiches:
            story += _fiche(fiche)
    return story


def _signatures(c: Contract) -> list[Any]:
    cells = [
        f"<b>Pour {inst}</b><br/>{title}<br/><br/><br/>{name}"
        for inst, title, name in c.signatories
    ]
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    return [
        p("Signatures", H1),
        p(c.signature_intro),
        Spacer(1, 0.3 * cm),
        grid(rows, [8.3 * cm, 8.3 * cm], head=False),
        PageBreak(),
    ]


def build_contract(c: Contract, out_dir: Path) -> Path:
    """Write the contract's PDF into ``out_dir`` and return its path."""
    path = out_dir / f"{c.file_id}.pdf"
    doc = TocDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2.2 * cm,
        title=c.meta_title,
        author=c.cover_top[0],
        creator="cls-pipeline scripts/make_corpus4_pdfs.py",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = _cover(c) + _toc() + _sections("Préambule", c.preamble)
    story += _sections("Dispositions du contrat", c.articles) + _summary(c) + _axes(c)
    story += _signatures(c)
    if c.annexes:
        story += _sections("Annexes", c.annexes)[:-1]
    doc.multiBuild(story, canvasmaker=running_canvas(c.header, c.footer))
    return path


def actions_of(c: Contract) -> list[dict[str, object]]:
    """The gold list of fiches actions (SCHEMA.md, version 1.1) of a contract."""
    actions: list[dict[str, object]] = []
    for position, axis in enumerate(c.axes, start=1):
        for fiche in axis.fiches:
            actions.append(
                {
                    "number": fiche.number,
                    "title": fiche.title,
                    "axis": position,
                    "pilot": fiche.pilot,
                    "partners": fiche.partners,
                    "public": fiche.public,
                    "start": fiche.start,
                    "end": fiche.end,
                }
            )
    return actions
