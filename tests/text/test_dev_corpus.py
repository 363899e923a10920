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


FURNITURE = (
    "Accueil",
    "cookies",
    "Accepter",
    "Mentions légales",
    "Plan du site",
    "Vous êtes ici",
    "Partager",
    "Rechercher",
    "Aller au contenu",
)


@pytest.mark.parametrize(
    ("name", "title", "dates"),
    [
        ("d01-dinan.html", "Le Contrat Local de Santé (CLS)", {}),
        ("d02-grand-nancy.html", "Signature officielle du Contrat Local de Santé 2024-2028",
         {"modified": "2025-01-14"}),
        ("d03-nice.html", "Le Contrat Local de Santé de Nice", {}),
        ("d04-pays-de-craon.html",
         "Contrat local de santé : le Pays de Craon signe pour la quatrième fois", {}),
        ("d05-amiens.html", "Santé : Amiens renouvelle son contrat avec l'ARS et ses partenaires",
         {"published": "2019-10-02"}),
        ("d06-saint-flour.html",
         "Cantal : le contrat local de santé du bassin de Saint-Flour est signé", {}),
        ("d07-paris.html", "Santé – Un premier contrat local de santé pour Paris",
         {"modified": "2018-05-18"}),
        ("d08-haut-allier.html",
         "Haut-Allier : un contrat local de santé de seconde génération, avec deux nouveaux "
         "partenaires", {"published": "2019-04-30"}),
        ("d09-saint-denis.html", "Le contrat local de santé 2019-2022 sur la table des élus",
         {"published": "2019-10-09"}),
        ("d10-bocage-bressuirais.html", "59 actions au programme du nouveau contrat local de santé",
         {"published": "2024-11-27"}),
        ("d11-saint-laurent-du-maroni.html",
         "Saint-Laurent-du-Maroni renouvelle son contrat local de santé",
         {"published": "2025-11-28"}),
        ("d12-thiers-ambert-billom.txt",
         "Contrat Local de Santé Thiers Ambert Billom : c'est reparti pour 2024 / 2028",
         {"published": "2025-02-07"}),
        ("d13-cap-excellence.txt", "LE CONTRAT LOCAL DE SANTÉ DE CAP EXCELLENCE", {}),
    ],
)  # fmt: skip
def test_web_pages(name: str, title: str, dates: dict[str, str]) -> None:
    doc = read(name)
    assert doc.blocks[0].kind == "heading"
    assert doc.blocks[0].text == title
    for word in FURNITURE:
        assert word not in doc.text, word
    page_dates = {k: v for k, v in doc.metadata.items() if k in ("published", "modified")}
    assert page_dates == dates
    for iso in dates.values():
        year, month, day = iso.split("-")
        assert f"{day}/{month}/{year}" not in doc.text
        assert f"{day}.{month}.{year}" not in doc.text


def test_signatory_tables_and_lists() -> None:
    nancy = read("d02-grand-nancy.html")
    rows = texts(nancy, "table_row")
    assert rows[0] == "Institution | Collège"
    assert len(rows) == 14
    dinan = read("d01-dinan.html")
    assert "la DSDEN 22 ;" in texts(dinan, "list_item")
    nice = read("d03-nice.html")
    assert "Connaître les besoins" in texts(nice, "heading")  # an accordion's title


def test_text_copy_lists_and_sidebar() -> None:
    doc = read("d13-cap-excellence.txt")
    assert texts(doc, "list_item")[0] == "- La communication, l'information et la formation"
    assert "Cap Excellence - Tél." not in doc.text
    thiers = read("d12-thiers-ambert-billom.txt")
    assert "À lire aussi" not in thiers.text
    assert "Le relais petite enfance" not in thiers.text
