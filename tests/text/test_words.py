"""Layout words from the vocabulary: headings, tables of contents, bullets."""

from __future__ import annotations

import pytest

from pipeline.text.words import layout_patterns


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Article 3 – Durée", True),
        ("ARTICLE 12 : Révision", True),
        ("Axe 2 – Accès aux soins", True),
        ("Axe II : Prévention", True),
        ("Fiche action n°12 – Prévenir les chutes", True),
        ("Annexe 1", True),
        ("Chapitre III.", True),
        ("Objectif stratégique 1.2 : Mieux repérer", True),
        ("Article 3 du présent contrat prévoit", False),
        ("Axes de travail retenus", False),
        ("Action de prévention", False),
        ("Le contrat est signé", False),
    ],
)
def test_numbered_heading(line: str, expected: bool) -> None:
    assert bool(layout_patterns().numbered_heading.match(line)) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Préambule", True),
        ("SIGNATURES", True),
        ("Sommaire :", True),
        ("Préambule du maire", False),
    ],
)
def test_standalone_heading(line: str, expected: bool) -> None:
    assert bool(layout_patterns().standalone_heading.match(line)) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• l'Agence régionale de santé ;", True),
        ("– le Département ;", True),
        ("1. Les parties", True),
        ("a) la commune", True),
        ("\uf0b7 puce Symbol", True),
        ("2015-2018 : période", False),
        ("-5 % de passages", False),
    ],
)
def test_bullet(line: str, expected: bool) -> None:
    assert bool(layout_patterns().bullet.match(line)) is expected
