"""OCR helpers: scanned-page detection and Tesseract's TSV turned into lines."""

from __future__ import annotations

import pypdfium2 as pdfium
from pdfmaker import contract_pdf

from pipeline.text.ocr import _lines_from_tsv, is_scanned

HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)


def test_words_become_lines_in_points() -> None:
    rows = [
        "5\t1\t1\t1\t1\t1\t100\t200\t80\t30\t95\tArticle",
        "5\t1\t1\t1\t1\t2\t190\t200\t20\t30\t95\t9",
        "4\t1\t1\t1\t2\t0\t100\t250\t300\t30\t-1\t",
        "5\t1\t1\t1\t2\t1\t100\t250\t60\t30\t91\tSuite",
        "5\t1\t2\t1\t1\t1\t100\t400\t60\t30\t91\tAutre",
        "5\t1\t2\t1\t1\t2\t170\t400\t60\t30\t91\t ",
    ]
    lines = _lines_from_tsv("\n".join([HEADER, *rows]), scale=2.0)
    assert [ln.text for ln in lines] == ["Article 9", "Suite", "Autre"]
    assert (lines[0].x0, lines[0].top, lines[0].x1, lines[0].bottom) == (50, 100, 105, 115)
    assert lines[0].group == lines[1].group != lines[2].group


def test_only_the_image_page_is_scanned() -> None:
    pdf = pdfium.PdfDocument(contract_pdf())
    try:
        scanned = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            chars = len(textpage.get_text_range().strip())
            textpage.close()
            if is_scanned(page, chars):
                scanned.append(index + 1)
            page.close()
    finally:
        pdf.close()
    assert scanned == [8]
