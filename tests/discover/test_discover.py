"""Link discovery: which anchors of a CLS page lead to the contract's documents."""

from __future__ import annotations

import pytest

from pipeline.discover.links import document_links
from pipeline.discover.vocab import normalise, vocabulary

PAGE_URL = "https://www.ville-test.fr/sante/cls.php?id=3"


@pytest.mark.parametrize(
    ("anchor", "followed"),
    [
        ('<a href="/medias/contrat-local-de-sante-2021.pdf">Le contrat</a>', True),
        ('<a href="/medias/CLS2_2019.pdf">Télécharger</a>', True),
        ('<a href="/medias/doc-123.pdf">Contrat Local de Santé signé</a>', True),
        ('<a href="/medias/doc-124.pdf">Les fiches actions</a>', True),
        ('<a href="/medias/doc-125.pdf">Avenant n°1</a>', True),
        ('<a href="/medias/doc-126.pdf">Liste des signataires</a>', True),
        ('<a href="/download?file=42">Contrat local de santé (PDF, 2 Mo)</a>', True),
        ('<a href="/dl.php?f=cls-2022.pdf">Télécharger</a>', True),
        ('<a href="https://ville-test.fr/medias/cls.pdf">CLS</a>', True),  # www. ignored
        ('<a href="/medias/menu-cantine.pdf">Menu de la cantine</a>', False),
        ('<a href="/sante/agenda-cls.html">Agenda du CLS</a>', False),  # not a document
        ('<a href="https://autre-site.fr/cls.pdf">CLS voisin</a>', False),  # other site
        ('<a href="mailto:cls@ville-test.fr">Contact CLS (pdf)</a>', False),
        ('<a href="/medias/clsx.pdf">Annexe</a>', False),  # "clsx" is not the word "cls"
    ],
)
def test_document_link_table(anchor: str, followed: bool) -> None:
    links = document_links(f"<html><body><main>{anchor}</main></body></html>", PAGE_URL)
    assert bool(links) is followed


def test_links_are_absolute_deduplicated_and_keep_their_text() -> None:
    markup = (
        '<base href="https://www.ville-test.fr/docs/">'
        '<a href="cls.pdf#page=2">Contrat local de santé</a>'
        '<a href="cls.pdf">CLS (bis)</a>'
    )
    links = document_links(markup, PAGE_URL)
    assert [(link.url, link.text) for link in links] == [
        ("https://www.ville-test.fr/docs/cls.pdf", "Contrat local de santé")
    ]


def test_limit_per_page() -> None:
    markup = "".join(f'<a href="/cls-{i}.pdf">CLS {i}</a>' for i in range(50))
    assert len(document_links(markup, PAGE_URL, limit=5)) == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contrat Local de Santé", " contrat local de sante "),
        ("CLS2_2019.pdf", " cls 2 2019 pdf "),
        ("fiches-actions", " fiches actions "),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_vocabulary_is_loaded_from_data() -> None:
    assert " cls " in vocabulary().triggers
    assert vocabulary().url_suffixes == (".pdf",)
