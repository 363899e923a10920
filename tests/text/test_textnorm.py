"""The one accent folding of the comparison forms (pipeline/textnorm.py), and the stages
that compare through it."""

from __future__ import annotations

from extractors.wordmatch import fold
from pipeline.discover.vocab import normalise
from pipeline.geo import normalise_name
from pipeline.tables.values import fold as table_fold
from pipeline.textnorm import norm_text, plain_words, unaccented


def test_accents_go_and_ligatures_are_spelt_out_case_kept() -> None:
    assert unaccented("Cœur de l'Ardèche, ŒUVRE, ex æquo") == "Coeur de l'Ardeche, OEUVRE, ex aequo"


def test_a_word_written_with_or_without_its_ligature_compares_equal_everywhere() -> None:
    for compare in (norm_text, plain_words, table_fold, normalise_name, normalise):
        assert compare("PETR Cœur de Lorraine") == compare("petr COEUR de lorraine")
        assert compare("Saint-Étienne") == compare("saint etienne")


def test_the_place_key_keeps_its_abbreviations_on_top_of_the_shared_folding() -> None:
    assert normalise_name("ST-ÉTIENNE") == "saint etienne"


def test_the_offset_keeping_twin_folds_one_character_for_one() -> None:
    text = "Ardèche – Œuvre"
    assert len(fold(text)) == len(text)
    assert fold("Ardèche") == unaccented("Ardèche").lower()


def test_the_text_layers_french_words_come_from_its_vocabulary() -> None:
    from pipeline.text.htmlmeta import _postal_town
    from pipeline.text.pagedates import is_date_line, is_dateline_text
    from pipeline.text.pdfrunning import _page_number
    from pipeline.text.words import caption_start, logo_words

    assert logo_words().sub("", "Logo de la Ville de Vannes") == "Ville de Vannes"
    assert logo_words().sub("", "logotype d'Auray Quiberon Terre Atlantique") == (
        "Auray Quiberon Terre Atlantique"
    )
    town = _postal_town().search("Hôtel de ville, 76600 Le Havre CEDEX")
    assert town is not None and town["town"] == "Le Havre"
    assert _page_number().match("Page 3 sur 40") and _page_number().match("p. 12")
    assert not _page_number().match("Article 3")
    assert caption_start().match("Tableau 2 : répartition des fiches")
    assert not caption_start().match("Tableau de bord : suivi")
    assert is_date_line("Publié le mardi 3 mai 2022 à 10 h 30")
    assert is_dateline_text("Par Marie Durand · Vannes, 3 mai 2022")


def test_the_unaccented_table_gives_what_the_whole_strings_decomposition_gives() -> None:
    import unicodedata

    def whole(text: str) -> str:
        spelt = text.translate(str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}))
        spelt = spelt.replace("ß", "ss")
        decomposed = unicodedata.normalize("NFKD", spelt)
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    texts = ["Cœur de l'Ardèche", "ŒUVRE", "Ærø", "ß", "Ångström", "Hà Nội", "x²", "ﬁn", "ǅ"]
    texts += [
        "".join(chr(c) for c in range(start, start + 64)) for start in range(0xC0, 0x2000, 64)
    ]
    assert [unaccented(t) for t in texts] == [whole(t) for t in texts]
