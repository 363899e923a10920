"""The PDF reader on the generated contract: structure, order, clean-up, tables, OCR."""

from __future__ import annotations

import pytest
from pdfmaker import (
    FOOTER,
    HEADER,
    LEFT_COLUMN,
    LONG_SENTENCE,
    RIGHT_COLUMN,
    contract_pdf,
    margin_and_references_pdf,
    page_break_pdf,
    scaled_text_pdf,
)

from pipeline.model import Block, Document
from pipeline.text import read_bytes
from pipeline.text.ocr import OcrUnavailable, ocr_available


def blocks_of(doc: Document, kind: str) -> list[Block]:
    return [b for b in doc.blocks if b.kind == kind]


def find(doc: Document, needle: str) -> Block:
    """The first block outside the table of contents that contains ``needle``."""
    for block in doc.blocks:
        if needle in block.text and block.kind != "line":
            return block
    raise AssertionError(f"no block contains {needle!r}")


def test_offsets_point_into_the_text(contract: Document) -> None:
    assert contract.pages == 9
    for block in contract.blocks:
        assert contract.text[block.start : block.end] == block.text


def test_running_header_footer_and_page_numbers_are_removed(contract: Document) -> None:
    assert HEADER not in contract.text
    assert FOOTER not in contract.text
    assert "Page 3" not in contract.text
    assert find(contract, "Article 1 – Les parties").page == 3


def test_headings_have_levels_by_size(contract: Document) -> None:
    article = find(contract, "Article 1 – Les parties")
    axe = find(contract, "Axe 2 – Prévention et promotion de la santé")
    assert article.kind == axe.kind == "heading"
    assert article.level is not None and axe.level is not None
    assert article.level < axe.level


def test_numbered_title_in_body_type_is_a_heading(contract: Document) -> None:
    assert find(contract, "Article 2 – Durée").kind == "heading"


def test_table_of_contents_lines_are_not_headings(contract: Document) -> None:
    axe_headings = [b for b in blocks_of(contract, "heading") if b.text.startswith("Axe 1")]
    assert len(axe_headings) == 1
    toc = blocks_of(contract, "line")
    assert any(b.text.startswith("Axe 1 – Accès aux soins") for b in toc)
    assert all(b.page == 2 for b in toc)


def test_paragraphs_are_split_on_spacing(contract: Document) -> None:
    first = find(contract, "Le présent contrat est conclu entre")
    second = find(contract, "Les parties au contrat sont :")
    assert first is not second
    assert first.kind == second.kind == "paragraph"


def test_hyphenation_across_lines_is_undone(contract: Document) -> None:
    assert "autres signataires désignés" in contract.text
    assert "signa-" not in contract.text


def test_ligatures_are_expanded(contract: Document) -> None:
    assert "Les fiches actions annexées définissent" in contract.text
    assert "ﬁ" not in contract.text


def test_list_items(contract: Document) -> None:
    items = [b.text for b in blocks_of(contract, "list_item")]
    assert "• l'Agence régionale de santé ;" in items


def test_two_frames_are_read_column_after_column(contract: Document) -> None:
    left = find(contract, "Colonne de gauche")
    right = find(contract, "Colonne de droite")
    assert left.start < right.start
    assert left.text.count("Colonne de gauche") == 3
    assert "droite" not in left.text


def test_columns_written_across_the_page_are_separated(contract: Document) -> None:
    left = find(contract, LEFT_COLUMN[0])
    right = find(contract, RIGHT_COLUMN[0])
    assert left.text == " ".join(LEFT_COLUMN)
    assert right.text == " ".join(RIGHT_COLUMN)
    assert left.start < right.start


def test_fiche_action_table_rows(contract: Document) -> None:
    rows = [b.text for b in blocks_of(contract, "table_row") if b.page == 5]
    assert rows == [
        "Fiche action | n°1 – Prévenir les chutes",
        "Porteur | Centre hospitalier du Val",
        "Partenaires | CPAM du Val, associations de retraités",
        "Calendrier | 2025-2026",
    ]


def test_signatory_grid_continues_over_the_page_break(contract: Document) -> None:
    rows = [b for b in blocks_of(contract, "table_row") if b.page in (6, 7)]
    assert rows[0].text == "Signataire | Représenté par | Signature"
    assert [r.text for r in rows].count(rows[0].text) == 1  # repeated header dropped
    communes = [r.text.split(" | ")[0] for r in rows[1:]]
    assert communes == [f"Commune n°{i} du Val" for i in range(1, 25)]
    assert rows[1].text == "Commune n°1 du Val | Madame la maire n°1"
    assert {r.page for r in rows} == {6, 7}


def test_metadata_from_the_pdf(contract: Document) -> None:
    assert contract.metadata["title"] == "Contrat local de santé du Val de Test"


@pytest.mark.skipif(
    not ocr_available(),
    reason="tesseract with French data is not installed (Debian: tesseract-ocr tesseract-ocr-fra)",
)
def test_scanned_page_is_read_by_ocr(contract: Document) -> None:
    scanned = [b for b in contract.blocks if b.page == 8]
    assert scanned and all(b.ocr for b in scanned)
    assert not any(b.ocr for b in contract.blocks if b.page != 8)
    text = " ".join(b.text for b in scanned).lower()
    assert "avenant" in text
    assert "2030" in text
    assert scanned[0].kind == "heading"
    assert not contract.warnings
    assert contract.metadata["ocr_pages"] == "8"


def test_scanned_page_without_ocr_is_reported(
    contract_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unavailable(page: object) -> list[object]:
        raise OcrUnavailable("tesseract is not installed (Debian: tesseract-ocr)")

    monkeypatch.setattr("pipeline.text.pdf.ocr_page", unavailable)
    monkeypatch.setenv("CLS_PDF_ISOLATION", "off")  # the patch is in this process only
    doc = read_bytes(contract_bytes, "contract", "contract.pdf", "pdf")
    assert len(doc.warnings) == 1
    assert doc.warnings[0].startswith("page 8: scanned page")
    assert "tesseract-ocr" in doc.warnings[0]
    assert not any(b.page == 8 for b in doc.blocks)


def test_longer_contract_keeps_its_order() -> None:
    doc = read_bytes(contract_pdf(12, scanned_page=False), "long", "long.pdf", "pdf")
    assert doc.pages == 8 + 12 + 1  # one article runs over two pages
    articles = [b.text for b in blocks_of(doc, "heading") if "complémentaires" in b.text]
    assert [int(t.split()[1]) for t in articles] == list(range(4, 16))
    assert sum("Fiche action | n°10" in b.text for b in doc.blocks) == 1


def test_not_a_pdf_is_a_clear_error() -> None:
    from pipeline.text import UnsupportedInput

    with pytest.raises(UnsupportedInput, match="not a readable PDF"):
        read_bytes(b"%PDF-1.4 broken", "x", "x.pdf", "pdf")


def test_sentence_over_a_page_break_is_one_paragraph() -> None:
    doc = read_bytes(page_break_pdf(), "break", "break.pdf", "pdf")
    assert doc.pages == 2
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0].text == " ".join(LONG_SENTENCE.split())
    assert paragraphs[0].page == 1
    assert find(doc, "Article 2 – Suite").page == 2


def test_character_above_u_ffff_keeps_lines_and_sizes() -> None:
    """pdfium counts a mathematical letter as two characters: the lines around it keep
    their boxes and sizes, so the paragraph stays whole and the headings stay headings."""
    from hostilepdf import wide_char_pdf

    data = wide_char_pdf(
        [
            (18, 760, "Article 1 - Mesure des ecarts"),
            (11, 730, "L'ecart type Q de chaque mesure est releve par l'equipe de"),
            (11, 716, "sante publique du territoire, puis transmis chaque Q trimestre"),
            (11, 702, "au comite de pilotage du contrat local de sante."),
            (18, 670, "Article 2 - Suivi"),
            (11, 640, "Le suivi est annuel."),
        ]
    )
    doc = read_bytes(data, "wide", "wide.pdf", "pdf")
    assert [b.text for b in blocks_of(doc, "heading")] == [
        "Article 1 - Mesure des ecarts",
        "Article 2 - Suivi",
    ]
    paragraphs = [b.text for b in blocks_of(doc, "paragraph")]
    assert paragraphs[0].startswith("L'ecart type \U0001d748 de chaque mesure")
    assert paragraphs[0].endswith(
        "chaque \U0001d748 trimestre au comite de pilotage du contrat local de sante."
    )
    assert paragraphs[1] == "Le suivi est annuel."


def test_scaled_text_alternating_headers_and_bold_openings() -> None:
    doc = read_bytes(scaled_text_pdf(), "scaled", "scaled.pdf", "pdf")
    assert "Contrat local de santé" not in doc.text
    assert "Communauté du Val de Test" not in doc.text
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert headings == [f"Article {n} – Titre de l'article {n}" for n in (1, 2, 3, 4)]
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 8
    assert paragraphs[0].text.endswith("qui se termine ici.")
    assert paragraphs[1].text == "Important : ce paragraphe commence par un mot en gras."


def test_a_vertical_margin_stamp_leaves_the_columns_whole() -> None:
    """A line printed vertically in the margin spans the height of many lines: ordered
    among them it made them one row read across both columns. It comes after the
    page's columns now, and the sentence running from one column into the next is
    still one paragraph."""
    doc = read_bytes(margin_and_references_pdf(), "margin", "margin.pdf", "pdf")
    page1 = [b.text for b in doc.blocks if b.page == 1]
    assert page1[0].startswith("Ligne 1 de la colonne gauche du contrat, Ligne 2 de la")
    assert "et la phrase continue dans la colonne droite, où elle se termine enfin." in page1[0]
    assert page1[-1] == "Reçu en préfecture le 12/03/2021 - 059-200043396"
    assert not any("Reçu" in text for text in page1[:-1])


def test_reference_labels_stay_in_front_of_their_entries() -> None:
    """The gutter between the two columns is found, not the one between the labels and
    their entries: each label opens its own reference."""
    doc = read_bytes(margin_and_references_pdf(), "margin", "margin.pdf", "pdf")
    page2 = [b.text for b in doc.blocks if b.page == 2]
    assert page2[0].startswith("Texte 1 de la colonne gauche, suite. Texte 2")
    assert page2[0].endswith("Texte 14 de la colonne gauche, suite.")
    references = " ".join(page2[1:])
    for label in ("[Dup19]", "[Mar20]", "[ARS21]", "[Cls22]"):
        assert f"{label} Auteur {label[1:4]}, « Titre de l'étude », Revue" in references
