"""Text copies of web pages: menus, share bars, sidebars and footers removed."""

from __future__ import annotations

from pipeline.text import read_bytes

PROSE = (
    "La communauté de communes du Val de Test a signé son contrat local de santé "
    "avec l'agence régionale de santé pour la période 2024-2028."
)
COPY = f"""Aller au contenu principal
Accueil | Vivre | Santé | Contact
Rechercher
Actualités > Santé > Le contrat local de santé
Le contrat local de santé est signé
12 mars 2024
Partager Imprimer Envoyer à un ami
{PROSE}
Les axes du contrat
- l'accès aux soins ;
- la santé mentale.
Contact : service santé – 01 02 03 04 05
À lire aussi
Le marché de Noël revient
Travaux rue de la Gare
Mentions légales | Accessibilité | Plan du site
© Val de Test
"""


def test_text_copy_keeps_content_only() -> None:
    doc = read_bytes(COPY.encode("utf-8"), "copy", "copy.txt")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Le contrat local de santé est signé"),
        ("paragraph", PROSE),
        ("heading", "Les axes du contrat"),
        ("list_item", "- l'accès aux soins ;"),
        ("list_item", "- la santé mentale."),
        ("heading", "Contact : service santé – 01 02 03 04 05"),
    ]
    assert doc.metadata["published"] == "2024-03-12"


def test_plain_text_without_furniture_is_untouched() -> None:
    text = "Un titre\nUne phrase de contenu qui se termine par un point.\n\n• un item\n"
    doc = read_bytes(text.encode("cp1252"), "plain", "plain.txt")
    assert [b.text for b in doc.blocks] == [
        "Un titre",
        "Une phrase de contenu qui se termine par un point.",
        "• un item",
    ]
    assert doc.metadata == {}


def test_the_site_name_above_the_menu_is_kept_as_metadata() -> None:
    copy = f"Communauté de communes du Val de Test\n{COPY}"
    doc = read_bytes(copy.encode("utf-8"), "copy", "copy.txt")
    assert doc.metadata["site_name"] == "Communauté de communes du Val de Test"
    assert "Communauté de communes du Val de Test" not in doc.text  # the head still goes
    assert "site_name" not in read_bytes(COPY.encode("utf-8"), "copy", "copy.txt").metadata


def test_a_long_teaser_headline_goes_with_its_section() -> None:
    text = (
        "Le contrat local de santé du Pays de Test sera signé en mars\n"
        "Le contrat local de santé du Pays de Test a été préparé avec les élus, les "
        "professionnels et les habitants du territoire pendant une année entière.\n"
        "À lire aussi\n"
        "Voisinville : le troisième contrat local de santé de la vallée signé avec douze "
        "partenaires le 4 février dernier\n"
        "Une phrase de prose qui reprend après les liens, assez longue pour être un "
        "paragraphe du texte.\n"
    )
    doc = read_bytes(text.encode("utf-8"), "copy", "copy.txt")
    assert not any("Voisinville" in b.text for b in doc.blocks)
    assert any("reprend après les liens" in b.text for b in doc.blocks)


def test_a_prose_line_cut_after_a_function_word_goes_on_on_the_next_line() -> None:
    text = (
        "Le 3 mai dernier, cinq partenaires se sont associés à la préfecture du département et à\n"
        "Valtest Agglomération pour signer le contrat local de santé. Il couvre les\n"
        "12 communes de l'agglomération.\n"
        "Un titre court et\n"
        "Autre titre\n"
    )
    doc = read_bytes(text.encode("utf-8"), "copy", "copy.txt")
    assert doc.blocks[0].text == (
        "Le 3 mai dernier, cinq partenaires se sont associés à la préfecture du département et à "
        "Valtest Agglomération pour signer le contrat local de santé. Il couvre les "
        "12 communes de l'agglomération."
    )
    assert "Autre titre" in [b.text for b in doc.blocks]  # a short line is not prose
