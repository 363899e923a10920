"""Joining printed lines and table cells: hyphenation, spacing."""

from __future__ import annotations

import pytest

from pipeline.text.pdfblocks import Item, PageItems, assemble, clean_cell, join_lines
from pipeline.text.pdflines import HYPHEN_MARK, Line


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["Les signa-", "taires du contrat"], "Les signataires du contrat"),
        ([f"les signa{HYPHEN_MARK}", "taires"], "les signataires"),
        (["le Pays du Trégor-", "Goëlo"], "le Pays du Trégor-Goëlo"),
        ([f"Trégor{HYPHEN_MARK}", "Goëlo"], "Trégor-Goëlo"),
        (["la commu\u00ad", "nauté"], "la communauté"),
        (["c'est-à-", "dire"], "c'est-à-dire"),
        (["le rapport signal-", "to-noise est"], "le rapport signal-to-noise est"),
        (["les ateliers socio-", "culturels"], "les ateliers socioculturels"),
        (["période 2024-", "2028"], "période 2024- 2028"),
        (["une phrase", "qui continue"], "une phrase qui continue"),
        (["  ", "seul"], "seul"),
        (["– liste", "suite"], "– liste suite"),
        (
            ["voir https://www.ars.sante.fr/", "contrats-locaux"],
            "voir https://www.ars.sante.fr/contrats-locaux",
        ),
        (["sur www.pays-", "tregor.fr/cls"], "sur www.pays-tregor.fr/cls"),
        ([f"sur www.pays{HYPHEN_MARK}", "tregor.fr"], "sur www.pays-tregor.fr"),
        (["voir www.ars.sante.fr", "pour la suite"], "voir www.ars.sante.fr pour la suite"),
        (["le ratio A/", "B"], "le ratio A/ B"),
    ],
)
def test_join_lines(parts: list[str], expected: str) -> None:
    assert join_lines(parts) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Agence Régionale de Santé\nBretagne", "Agence Régionale de Santé Bretagne"),
        ("Conseil départe-\nmental", "Conseil départemental"),
        (None, ""),
        ("  ", ""),
    ],
)
def test_clean_cell(cell: str | None, expected: str) -> None:
    assert clean_cell(cell) == expected


def _page(lines: list[tuple[str, float, float, bool]]) -> PageItems:
    """One page of lines: (text, top, size, bold), all at x 50."""
    items: list[tuple[Item, int]] = [
        (Line(text, 50, top, 50 + 5 * len(text), top + size, size, bold), 0)
        for text, top, size, bold in lines
    ]
    return PageItems(1, items)


def test_contents_entries_without_a_title_are_lines() -> None:
    page = _page(
        [
            ("Axe 1 – Accès aux soins ............ 4", 100, 12, False),
            ("Axe 2 – Santé mentale ............ 9", 114, 12, False),
            ("Axe 1 – Accès aux soins", 200, 16, True),
            ("Le premier axe vise à faciliter l'accès aux soins de premier recours.", 230, 12,
             False),
        ]
    )  # fmt: skip
    kinds = [(b.kind, b.text) for b in assemble([page])]
    assert kinds == [
        ("line", "Axe 1 – Accès aux soins … 4"),
        ("line", "Axe 2 – Santé mentale … 9"),
        ("heading", "Axe 1 – Accès aux soins"),
        ("paragraph", "Le premier axe vise à faciliter l'accès aux soins de premier recours."),
    ]


def test_a_list_items_bold_title_runs_on_into_its_text() -> None:
    page = _page(
        [
            ("Nos priorités", 80, 15, True),
            ("1. Soutenir les aidants –", 100, 12, True),
            ("répit, formation, groupes de parole.", 114, 12, False),
            ("2. Introduction", 140, 12, True),
            ("Le contrat local de santé fixe ses priorités pour cinq ans.", 154, 12, False),
        ]
    )
    kinds = [(b.kind, b.text) for b in assemble([page])]
    assert kinds[1] == (
        "list_item",
        "1. Soutenir les aidants – répit, formation, groupes de parole.",
    )
    assert kinds[2][1] == "2. Introduction"  # a numbered heading keeps its own block


@pytest.mark.parametrize(
    ("next_page", "joined"),
    [
        ("taires du contrat se réunissent chaque année.", True),
        ("Figure 2 : Carte des communes du contrat", False),
        ("Fig. 3. Passages aux urgences", False),
        ("Tableau 1 – Budget des actions", False),
    ],
)
def test_a_caption_at_the_top_of_a_page_does_not_continue_the_sentence(
    next_page: str, joined: bool
) -> None:
    first = _page([("Le comité de pilotage réunit les signa-", 700, 11, False)])
    second = _page([(next_page, 80, 11, False)])
    second.number = 2
    texts = [b.text for b in assemble([first, second])]
    if joined:
        assert texts == ["Le comité de pilotage réunit les signataires du contrat se réunissent "
                         "chaque année."]  # fmt: skip
    else:
        assert texts == ["Le comité de pilotage réunit les signa-", next_page]
