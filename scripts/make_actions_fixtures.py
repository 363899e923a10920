#!/usr/bin/env python3
"""Build the fiches-actions fixtures (``tests/fixtures/actions/``).

    python scripts/make_actions_fixtures.py [--out DIR]

Writes four PDFs, one per layout of fiches actions — one fiche per page with a table of
contents and annex grids (calendar, budget), two-page fiches whose second page is a table
"(suite)", all fiches in one big table per axis, a two-column brochure with "Action 2.3"
— and two HTML pages with fiches in accordions (``<details>``, then buttons and panels),
each with its ``NAME.actions.json`` and ``NAME.gold.json``. The contents are in
``actions_fixture_data.py``. ``rl_config.invariant`` makes two runs write the same bytes.
"""

from __future__ import annotations

import argparse
import html
import json
from pathlib import Path
from typing import Any

from actions_fixture_data import DOCUMENTS, gold_actions, gold_record
from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "actions"
W, H = A4
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=7)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=12)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=8)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceAfter=6)
TOC = ParagraphStyle("toc", parent=BODY, spaceAfter=2)
GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
    ]
)
HEADER_ROW = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
    ]
)


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(html.escape(text, quote=False), style)


def _table(rows: list[list[str]], widths: list[float], style: TableStyle) -> Table:
    table = Table([[_p(c, CELL) for c in row] for row in rows], colWidths=widths)
    table.setStyle(style)
    return table


def _intro(doc: dict[str, Any]) -> list[Any]:
    start, end = doc["period"]
    return [
        _p(f"Contrat local de santé – {doc['territory']} – {start}-{end}", H1),
        _p(
            f"Le présent contrat est conclu pour la période {start}-{end}. Son programme "
            f"compte {len(doc['axes'])} axes stratégiques, déclinés en fiches actions.",
        ),
    ]


def _one_page(doc: dict[str, Any]) -> list[Any]:
    """Cover, contents with leaders, axis pages, one fiche per page, annex grids."""
    story = _intro(doc)
    story.append(_p("Sommaire", H2))
    page = 3
    for no, axis in enumerate(doc["axes"], start=1):
        story.append(_p(f"Axe {no} : {axis} . . . . . . . . {page}", TOC))
        page += 1
        for f in doc["fiches"]:
            if f["axis"] == no:
                story.append(
                    _p(f"Fiche action n° {f['number']} – {f['title']} . . . . {page}", TOC)
                )
                page += 1
    for no, axis in enumerate(doc["axes"], start=1):
        story += [PageBreak(), _p(f"Axe {no} : {axis}", H2)]
        story.append(_p("Cet axe rassemble les fiches suivantes :"))
        story += [
            _p(f"• Fiche action n° {f['number']} – {f['title']}")
            for f in doc["fiches"]
            if f["axis"] == no
        ]
        for f in (f for f in doc["fiches"] if f["axis"] == no):
            rows = [
                ["Porteur", f["pilot"]],
                ["Partenaires associés", ", ".join(f["partners"])],
                ["Publics visés", f["public"]],
                ["Échéancier", f["calendar"]],
                ["Budget prévisionnel", f["budget"]],
                ["Indicateurs de suivi", " ; ".join(f["indicators"])],
            ]
            story += [PageBreak(), _p(f"Fiche action n° {f['number']} – {f['title']}", H3)]
            story.append(_p("Cette action répond à un besoin relevé lors du diagnostic local."))
            story.append(_table(rows, [4.5 * cm, 11.5 * cm], GRID))
    years = list(range(doc["period"][0], doc["period"][1] + 1))
    grid = [["Fiche action", *map(str, years)]]
    for f in doc["fiches"]:
        marks = ["X" if f["start"] <= y <= f["end"] else "" for y in years]
        grid.append([f"{f['number']} – {f['title']}", *marks])
    story += [PageBreak(), _p("Annexe 1 – Calendrier de mise en œuvre", H2)]
    story.append(_table(grid, [8 * cm] + [1.4 * cm] * len(years), HEADER_ROW))
    budget = [["Fiche action", "Porteur", "Montant"]]
    budget += [[f"{f['number']} – {f['title']}", f["pilot"], f["budget"]] for f in doc["fiches"]]
    story += [Spacer(1, 12), _p("Annexe 2 – Maquette financière", H2)]
    story.append(_table(budget, [7 * cm, 5 * cm, 4 * cm], HEADER_ROW))
    return story


def _two_pages(doc: dict[str, Any]) -> list[Any]:
    """Fiches over two pages: description and referent, then a table "(suite)"."""
    story = _intro(doc)
    romans = ["I", "II", "III", "IV"]
    for no, axis in enumerate(doc["axes"], start=1):
        story += [PageBreak(), _p(f"Axe {romans[no - 1]} – {axis}", H2)]
        story.append(_p("Les fiches de cet axe sont présentées sur deux pages chacune."))
        for f in (f for f in doc["fiches"] if f["axis"] == no):
            story += [PageBreak(), _p(f"Fiche n°{f['number']} : {f['title']}", H3)]
            story.append(
                _p("Contexte : le diagnostic a montré un besoin non couvert sur le territoire.")
            )
            story.append(
                _p("Objectif : apporter une réponse de proximité, coordonnée avec les acteurs.")
            )
            story.append(_p(f"Référent : {f['pilot']}"))
            story.append(_p(f"Public cible : {f['public']}"))
            rows = [
                ["Partenaires", ", ".join(f["partners"])],
                ["Calendrier", f["calendar"]],
                ["Financement", f["budget"]],
                ["Indicateurs", " ; ".join(f["indicators"])],
            ]
            story += [PageBreak(), _p(f"Fiche n°{f['number']} (suite)", H3)]
            story.append(_table(rows, [4 * cm, 12 * cm], GRID))
    return story


def _big_table(doc: dict[str, Any]) -> list[Any]:
    """All fiches of an axis as the rows of one table under the axis heading."""
    story = _intro(doc)
    head = ["N°", "Intitulé de l'action", "Pilote", "Partenaires", "Calendrier", "Budget"]
    widths = [1.3 * cm, 4.2 * cm, 2.8 * cm, 3.4 * cm, 2 * cm, 2.3 * cm]
    for no, axis in enumerate(doc["axes"], start=1):
        story.append(_p(f"Axe {no} : {axis}", H2))
        rows = [head]
        for f in (f for f in doc["fiches"] if f["axis"] == no):
            rows.append(
                [
                    f"FA {f['number']}",
                    f["title"],
                    f["pilot"],
                    ", ".join(f["partners"]),
                    f["calendar"],
                    f["budget"],
                ]
            )
        story += [_table(rows, widths, HEADER_ROW), Spacer(1, 14)]
    story.append(
        _p("Les publics et indicateurs de chaque action sont précisés dans les conventions.")
    )
    return story


def _brochure(doc: dict[str, Any], out: Path) -> None:
    """A two-column brochure: axes as headings, actions "Action 2.3 - …" in the columns."""
    gap, margin = 0.8 * cm, 1.5 * cm
    width = (W - 2 * margin - gap) / 2
    frames = [
        Frame(margin, margin, width, H - 2 * margin, id="left"),
        Frame(margin + width + gap, margin, width, H - 2 * margin, id="right"),
    ]
    pdf = BaseDocTemplate(str(out), pagesize=A4, title=doc["territory"])
    pdf.addPageTemplates([PageTemplate(id="two", frames=frames)])
    story = [_p(f"Notre contrat local de santé {doc['period'][0]}-{doc['period'][1]}", H2)]
    story.append(_p(f"Le {doc['territory']} s'engage avec ses partenaires pour la santé de tous."))
    for no, axis in enumerate(doc["axes"], start=1):
        story.append(_p(f"Axe {no} : {axis}", H2))
        story.append(_p("Des actions concrètes, portées par des pilotes identifiés."))
        for f in (f for f in doc["fiches"] if f["axis"] == no):
            story.append(_p(f"Action {f['number']} - {f['title']}", H3))
            story.append(_p("Une réponse de proximité imaginée avec les habitants."))
            story.append(
                _p(
                    f"Pilote : {f['pilot']} - Partenaires : {', '.join(f['partners'])} - "
                    f"Public : {f['public']} - Calendrier : {f['calendar']}"
                )
            )
    pdf.build(story)


def _accordion(doc: dict[str, Any]) -> str:
    """Fiches in ``<details>`` elements, their rows as a definition list."""
    parts = [f"<h1>Contrat local de santé {doc['period'][0]}-{doc['period'][1]}</h1>"]
    parts.append(f"<p>{html.escape(doc['territory'])} présente les fiches actions du contrat.</p>")
    for no, axis in enumerate(doc["axes"], start=1):
        parts.append(f"<h2>Axe {no} : {html.escape(axis)}</h2>")
        for f in (f for f in doc["fiches"] if f["axis"] == no):
            rows = [
                ("Pilote", f["pilot"]),
                ("Partenaires", ", ".join(f["partners"])),
                ("Public cible", f["public"]),
                ("Calendrier", f["calendar"]),
                ("Budget", f["budget"]),
                ("Indicateurs", " ; ".join(f["indicators"])),
            ]
            body = "".join(f"<dt>{k}</dt><dd>{html.escape(v)}</dd>" for k, v in rows if v)
            parts.append(
                f"<details><summary>Fiche action {f['number']} – {html.escape(f['title'])}"
                f"</summary><p>Une action du programme.</p><dl>{body}</dl></details>"
            )
    return _page(doc, "\n".join(parts))


def _buttons(doc: dict[str, Any]) -> str:
    """A summary list of the fiches, then buttons and panels with "Label :" paragraphs."""
    parts = [f"<h1>Le contrat local de santé de la {html.escape(doc['territory'])}</h1>"]
    parts.append("<p>Les fiches actions du contrat :</p><ul>")
    parts += [f"<li>FA {f['number']} – {html.escape(f['title'])}</li>" for f in doc["fiches"]]
    parts.append("</ul>")
    for no, axis in enumerate(doc["axes"], start=1):
        parts.append(f"<h2>Axe {no} : {html.escape(axis)}</h2>")
        for f in (f for f in doc["fiches"] if f["axis"] == no):
            rows = [
                ("Porteur", f["pilot"]),
                ("Partenaires", ", ".join(f["partners"])),
                ("Public visé", f["public"]),
                ("Échéancier", f["calendar"]),
                ("Coût", f["budget"]),
            ]
            body = "".join(f"<p><strong>{k} :</strong> {html.escape(v)}</p>" for k, v in rows)
            parts.append(
                f'<button class="accordion" aria-expanded="false">FA {f["number"]} : '
                f'{html.escape(f["title"])}</button><div class="panel">{body}</div>'
            )
    return _page(doc, "\n".join(parts))


def _page(doc: dict[str, Any], main: str) -> str:
    return (
        '<!doctype html>\n<html lang="fr"><head><meta charset="utf-8">'
        f"<title>{html.escape(doc['territory'])} – contrat local de santé</title></head>\n"
        f"<body><main>\n{main}\n</main></body></html>\n"
    )


def build(out: Path) -> list[Path]:
    """Write every fixture into ``out``; the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    stories = {"a01": _one_page, "a02": _two_pages, "a03": _big_table}
    for doc in DOCUMENTS:
        prefix = doc["id"][:3]
        if prefix in stories:
            path = out / f"{doc['id']}.pdf"
            SimpleDocTemplate(str(path), pagesize=A4, title=doc["territory"]).build(
                stories[prefix](doc)
            )
        elif prefix == "a04":
            path = out / f"{doc['id']}.pdf"
            _brochure(doc, path)
        else:
            path = out / f"{doc['id']}.html"
            page = _accordion(doc) if prefix == "a05" else _buttons(doc)
            path.write_text(page, encoding="utf-8")
        written.append(path)
        for suffix, data in (
            (".actions.json", gold_actions(doc)),
            (".gold.json", gold_record(doc)),
        ):
            gold = out / f"{doc['id']}{suffix}"
            gold.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            written.append(gold)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    for path in build(args.out):
        print(path)


if __name__ == "__main__":
    main()
