"""The HTML reader on pages written for the tests: content kept, furniture gone."""

from __future__ import annotations

import pytest

from pipeline.model import Document
from pipeline.text import read_bytes

PAGE = """<!DOCTYPE html>
<html lang="fr"><head>
<meta charset="utf-8"><title>Contrat local de santé – Val de Test</title>
<meta property="article:published_time" content="2024-03-12T09:00:00+01:00">
</head><body>
<div id="tarteaucitronRoot"><p>Ce site utilise des cookies pour mesurer l'audience.</p>
  <button>Tout accepter</button></div>
<header role="banner"><a class="logo" href="/">Val de Test</a>
  <nav><ul><li><a href="/">Accueil</a></li><li><a href="/agenda">Agenda</a></li></ul></nav>
</header>
<ol class="fr-breadcrumb"><li>Accueil</li><li>Santé</li><li>Contrat local de santé</li></ol>
<main>
 <article>
  <header>
   <h1>Le contrat local de santé du Val de Test</h1>
   <p class="news-date">Publié le 12/03/2024 – mis à jour le 02/04/2024</p>
  </header>
  <p>Le contrat a été signé le <time datetime="2024-03-05">5 mars 2024</time> par
     <strong>six partenaires</strong>.</p>
  <h2>Les axes</h2>
  <ol>
   <li>Accès aux soins
     <ul><li>installer des médecins</li><li>ouvrir une maison de santé</li></ul></li>
   <li>Santé mentale</li>
  </ol>
  <h2>Les signataires</h2>
  <table><caption>Signataires du contrat</caption>
   <thead><tr><th>Partie</th><th>Représentée par</th></tr></thead>
   <tbody><tr><td>Commune du Val</td><td>la maire</td></tr>
          <tr><td>Agence régionale de santé</td><td>le directeur général</td></tr></tbody>
  </table>
  <p>Signé par :<br>la Commune du Val ;<br>l'Agence régionale de santé.</p>
  <h2>Questions fréquentes</h2>
  <details><summary>Combien de fiches actions ?</summary>
    <p>Le programme compte 24 fiches actions.</p></details>
  <div class="tabs">
   <ul role="tablist">
    <li role="tab" id="tab-1" aria-controls="panel-1">Gouvernance</li>
    <li role="tab" id="tab-2" aria-controls="panel-2">Évaluation</li>
   </ul>
   <div role="tabpanel" id="panel-1" aria-labelledby="tab-1">
     <p>Un comité de pilotage se réunit deux fois par an.</p></div>
   <div role="tabpanel" id="panel-2" aria-labelledby="tab-2" hidden aria-hidden="true">
     <p>Une évaluation finale est prévue en 2028 avec un cabinet extérieur.</p></div>
  </div>
  <div class="social-share"><a href="#">Partager sur Facebook</a> <a href="#">Imprimer</a></div>
  <div class="page-poll"><h2>Cette page a-t-elle répondu à vos attentes ?</h2>
    <p>Oui</p><p>Non</p></div>
 </article>
</main>
<div class="col-right">
 <h2>Agenda</h2><p>14 mai 2024 – Forum santé</p>
 <h2>Actualités</h2><ul><li>Le 3 juin 2024, fermeture de la piscine</li></ul>
</div>
<footer><p>Mentions légales – Plan du site</p></footer>
</body></html>
"""

BARE_PAGE = """<html><head><title>Santé</title></head><body>
<div class="top"><a href="/">Accueil</a> | <a href="/contact">Contact</a></div>
<div class="page">
 <h1>Un contrat pour la santé</h1>
 <p>La communauté de communes a signé son contrat local de santé avec l'agence régionale
    de santé et la préfecture pour la période 2024-2028, après deux ans de concertation.</p>
 <h2>À lire aussi</h2>
 <ul><li>Le marché de Noël revient</li><li>Travaux rue de la Gare</li></ul>
 <h2>Agenda</h2>
 <p>Samedi 14 décembre 2024 : concert</p>
</div>
</body></html>
"""


@pytest.fixture(scope="module")
def page() -> Document:
    return read_bytes(PAGE.encode(), "page", "page.html")


def blocks(doc: Document) -> list[tuple[str, str, int | None]]:
    return [(b.kind, b.text, b.level) for b in doc.blocks]


def test_content_blocks_in_order(page: Document) -> None:
    assert blocks(page) == [
        ("heading", "Le contrat local de santé du Val de Test", 1),
        ("paragraph", "Le contrat a été signé le 5 mars 2024 par six partenaires .", None),
        ("heading", "Les axes", 2),
        ("list_item", "Accès aux soins", None),
        ("list_item", "installer des médecins", None),
        ("list_item", "ouvrir une maison de santé", None),
        ("list_item", "Santé mentale", None),
        ("heading", "Les signataires", 2),
        ("caption", "Signataires du contrat", None),
        ("table_row", "Partie | Représentée par", None),
        ("table_row", "Commune du Val | la maire", None),
        ("table_row", "Agence régionale de santé | le directeur général", None),
        ("line", "Signé par :", None),
        ("line", "la Commune du Val ;", None),
        ("line", "l'Agence régionale de santé.", None),
        ("heading", "Questions fréquentes", 2),
        ("heading", "Combien de fiches actions ?", 3),
        ("paragraph", "Le programme compte 24 fiches actions.", None),
        ("heading", "Gouvernance", 3),
        ("paragraph", "Un comité de pilotage se réunit deux fois par an.", None),
        ("heading", "Évaluation", 3),
        ("paragraph", "Une évaluation finale est prévue en 2028 avec un cabinet extérieur.", None),
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "cookies",
        "Tout accepter",
        "Accueil",
        "Agenda",
        "Forum santé",
        "piscine",
        "Partager",
        "Imprimer",
        "répondu à vos attentes",
        "Oui",
        "Mentions légales",
        "Publié le",
    ],
)
def test_furniture_is_gone(page: Document, furniture: str) -> None:
    assert furniture not in page.text


def test_page_dates_are_metadata_not_text(page: Document) -> None:
    assert page.metadata["published"] == "2024-03-12"  # the <meta> tag wins
    assert page.metadata["modified"] == "2024-04-02"
    assert page.metadata["title"] == "Contrat local de santé – Val de Test"
    assert "12/03/2024" not in page.text
    assert "5 mars 2024" in page.text  # a date inside a sentence stays


def test_page_without_main_element() -> None:
    doc = read_bytes(BARE_PAGE.encode(), "bare", "bare.html")
    assert blocks(doc) == [
        ("heading", "Un contrat pour la santé", 1),
        (
            "paragraph",
            "La communauté de communes a signé son contrat local de santé avec l'agence "
            "régionale de santé et la préfecture pour la période 2024-2028, après deux ans "
            "de concertation.",
            None,
        ),
    ]


def test_offsets_point_into_the_text(page: Document) -> None:
    for block in page.blocks:
        assert page.text[block.start : block.end] == block.text
