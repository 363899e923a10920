"""Zones of a long contract and the resolver that weighs candidates by them."""

from __future__ import annotations

from extractors.assemble import assemble
from extractors.context import DocContext
from extractors.resolve import Candidate, resolve
from extractors.wordmatch import fold, wordset
from extractors.zones import classify
from pipeline.model import Document, Evidence
from pipeline.text.builder import DocumentBuilder


def _contract() -> Document:
    """A six-page contract: cover, contents, a history preamble, a "Durée" article, a
    fiche action with its own calendar, a signature page."""
    b = DocumentBuilder("c", "c.pdf", "pdf")
    b.add("heading", "Contrat local de santé du Pays de Exemple", page=1, level=1)
    b.add("paragraph", "2024 – 2028", page=1)
    b.add("heading", "Sommaire", page=2, level=3)
    b.add("line", "Préambule … 3", page=2)
    b.add("line", "Article 4 – Durée du contrat . . . . . 4", page=2)
    b.add("heading", "Historique", page=3, level=4)
    b.add(
        "paragraph",
        "Le premier contrat local de santé, signé le 3 mars 2016, couvrait la période 2016-2020.",
        page=3,
    )
    b.add("heading", "Préambule", page=3, level=4)
    b.add("paragraph", "Le présent contrat est le deuxième contrat local de santé du Pays.", page=3)
    b.add("heading", "Article 4 – Durée du contrat", page=4, level=4)
    b.add("paragraph", "Le contrat couvre la période 2024-2028.", page=4)
    b.add("heading", "Fiche action n° 1.1 – Prévenir", page=5, level=4)
    b.add("paragraph", "Calendrier : de 2025 à 2027, pour le contrat.", page=5)
    b.add("heading", "Signatures", page=6, level=4)
    b.add("paragraph", "Fait à Exemple, le 12 septembre 2024, en cinq exemplaires.", page=6)
    doc = b.build()
    doc.pages = 6
    return doc


def test_zones_of_a_long_contract() -> None:
    doc = _contract()
    zones = classify(doc)
    assert zones[:2] == ["cover", "cover"]
    assert zones[2:5] == ["toc", "toc", "toc"]
    assert zones[5:7] == ["history", "history"]
    assert zones[7:9] == ["body", "body"]
    assert zones[9:11] == ["duration", "duration"]
    assert zones[11:13] == ["fiche", "fiche"]
    assert zones[13:] == ["signature", "signature"]


def test_record_reads_the_contract_not_its_history_or_fiches() -> None:
    record = assemble(_contract())
    assert (record.period_start, record.period_end) == (2024, 2028)
    assert record.generation == 2
    assert record.signed_on == "2024-09-12"
    assert record.evidence["period_start"]["start"] > 0


def test_resolver_weighs_zone_and_agreement() -> None:
    ctx = DocContext.of(_contract())
    ev = Evidence("x", 0, 1, None, "t", "r")
    history = Candidate("period", (2016, 2020), ev, "history", 2.0)
    cover = Candidate("period", (2024, 2028), ev, "cover", 1.0)
    resolution = resolve("period", [history, cover])
    assert resolution.chosen is not None
    assert resolution.chosen.candidate is cover
    assert [w.candidate for w in resolution.rejected] == [history]
    assert ctx.zone_at(len(ctx.text) - 1) == "signature"
    same = resolve("x", [Candidate("x", 1, ev), Candidate("x", 1, ev), Candidate("x", 2, ev)])
    assert same.chosen is not None and same.chosen.candidate.value == 1


def test_fold_keeps_offsets_and_words_match_folded() -> None:
    text = "À LIRE AUSSI : l’Été"
    assert len(fold(text)) == len(text)
    assert fold(text) == "a lire aussi : l'ete"
    words = wordset(["à lire aussi", "durée"])
    assert words.starts("À lire aussi")
    assert words.starts("Article 4 – DURÉE du contrat")
    assert words.starts("III – Durée du contrat")  # a roman numeral numbers the heading
    assert words.starts("IV. Durée")
    assert not words.starts("La durée")
    assert words.search("une durée de cinq ans") is not None


def test_a_line_that_is_a_teaser_opener_alone_opens_a_teaser() -> None:
    b = DocumentBuilder("p", "p.txt", "txt")
    b.add("paragraph", "La commune de Valtest a signé son contrat local de santé pour 2024-2028.")
    b.add("paragraph", "-- Vous aimerez aussi :")
    b.add("list_item", "* Voisinville prépare son troisième CLS (12/01/2024)")
    doc = b.build()
    assert classify(doc) == ["body", "teaser", "teaser"]
    assert assemble(doc).generation is None  # stated only of another page: not chosen


def test_a_featured_story_heading_is_the_pages_own_content() -> None:
    b = DocumentBuilder("p", "p.html", "html")
    b.add("heading", "À la une : le deuxième contrat local de santé de Valtest", level=2)
    b.add("paragraph", "La commune de Valtest a signé son deuxième contrat local de santé.")
    b.add("heading", "À la une", level=2)
    b.add("paragraph", "Voisinville prépare son troisième contrat.")
    assert classify(b.build()) == ["body", "body", "teaser", "teaser"]


def test_a_value_found_only_in_other_pages_zones_is_not_chosen() -> None:
    ev = Evidence("x", 0, 1, None, "t", "r")
    teaser = Candidate("generation", 3, ev, "teaser", 1.0)
    assert resolve("generation", [teaser]).chosen is None
    own = Candidate("generation", 2, ev, "body", 0.3)
    chosen = resolve("generation", [teaser, own]).chosen
    assert chosen is not None and chosen.candidate is own


def test_an_annex_that_is_a_glossary_is_a_glossary() -> None:
    b = DocumentBuilder("p", "p.txt", "txt")
    b.add("heading", "Annexe – Glossaire", level=2)
    b.add("paragraph", "IREPS : Instance régionale d'éducation et de promotion de la santé")
    b.add("heading", "Annexe 2 – Diagnostic", level=2)
    assert classify(b.build()) == ["glossary", "glossary", "annex"]


def test_an_axis_heading_cut_by_its_column_goes_on_in_the_paragraph() -> None:
    b = DocumentBuilder("p", "p.pdf", "pdf")
    b.add("heading", "Nos deux axes prioritaires", page=1, level=2)
    b.add("heading", "Axe 1 – Rapprocher les soins des", page=1, level=3)
    b.add("paragraph", "habitants. Des permanences dans chaque bourg.", page=1)
    b.add("heading", "Axe 2 – Prévenir les chutes", page=1, level=3)
    b.add("paragraph", "Des ateliers pour les aînés.", page=1)
    doc = b.build()
    doc.pages = 1
    assert assemble(doc).axes == ["Rapprocher les soins des habitants", "Prévenir les chutes"]
