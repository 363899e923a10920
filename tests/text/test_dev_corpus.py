"""The team's development fixtures (../shared/corpus/dev) read into clean blocks.

Skipped when the shared corpus is not beside the clone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.model import Document
from pipeline.text import read_bytes

DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason=f"no dev corpus at {DEV}")


def read(name: str) -> Document:
    path = DEV / name
    return read_bytes(path.read_bytes(), path.stem, str(path))


def texts(doc: Document, kind: str) -> list[str]:
    return [b.text for b in doc.blocks if b.kind == kind]


def test_d14_contract_extract() -> None:
    doc = read("d14-tregor-goelo.pdf")
    assert "Contrat Local de Santé du Pays du Trégor-Goëlo 2015-2018" not in doc.text
    assert "extrait du contrat signé" not in doc.text.lower().replace(
        "extrait du contrat signé :", ""
    )
    assert "Page 3 / 10" not in doc.text
    headings = texts(doc, "heading")
    axes = [h for h in headings if h.startswith("Axe ")]
    assert axes == [
        "Axe 1 – La souffrance psychique",
        "Axe 2 – Les conduites addictives",
        "Axe 3 – Le handicap",
        "Axe 4 – L'accès aux soins",
        "Axe 5 – La vie à domicile des personnes âgées",
        "Axe 6 – La précarité",
        "Axe 7 – La fin de vie",
    ]
    assert "Article 3 – Durée" in headings
    assert headings.count("Article 3 – Durée") == 1  # the contents' line is not a heading
    assert "Article 3 – Durée" in texts(doc, "line")
    rows = texts(doc, "table_row")
    assert rows[0] == "Signataire | Représenté par | Signature"
    assert "Agence Régionale de Santé Bretagne | le directeur général" in rows
    assert len(rows) == 6
    assert "ARS : Agence régionale de santé" in texts(doc, "paragraph")


def test_d16_two_column_brochure() -> None:
    doc = read("d16-strasbourg.pdf")
    text = doc.text
    assert text.index("Le texte a été adopté") < text.index("Qu'est-ce qu'un CLS ?")
    assert text.index("Son but") < text.index("Un document, deux collectivités")
    assert text.index("ensemble en santé publique") < text.index("Trois volets")
    assert "CLS 2023-2027 · Ville et Eurométropole de Strasbourg" not in text
    paragraphs = texts(doc, "paragraph")
    assert paragraphs[paragraphs.index("50") + 1] == "fiches actions"
    assert "Trois volets" in texts(doc, "heading")


def test_d15_avenant() -> None:
    doc = read("d15-creusot-montceau.pdf")
    rows = texts(doc, "table_row")
    assert "CPAM 71 | Le directeur" in rows
    assert "Communauté urbaine Creusot Montceau" not in [h for h in texts(doc, "heading")]
    assert any("31 décembre 2025" in p for p in texts(doc, "paragraph"))
