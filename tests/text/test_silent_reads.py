"""Reads that used to pass without a word now leave a warning on the document."""

from __future__ import annotations

from pipeline.text import read_bytes
from tests.text.hostilepdf import inflating, text_pdf

PAGE = "<html><body><main><p>Contrat local de santé de Reims</p></main></body></html>"


def test_a_pdf_whose_stream_inflates_to_spaces_warns_that_it_has_no_text() -> None:
    """A zlib bomb of 100 MiB of spaces reads as one page without text."""
    doc = read_bytes(inflating(100), "bomb", "bomb.pdf")
    assert doc.text.strip() == ""
    assert doc.warnings == ["no text found (no text layer, no scanned image): nothing to extract"]


def test_an_html_page_named_pdf_says_what_it_was_read_as() -> None:
    doc = read_bytes(PAGE.encode(), "page", "/corpus/contrat.pdf", "pdf")
    assert "Contrat local de santé de Reims" in doc.text
    assert doc.warnings == ["named .pdf but the bytes are an HTML page: read as an HTML page"]


def test_a_pdf_named_html_says_so_too() -> None:
    doc = read_bytes(text_pdf(["Contrat local de sante"]), "doc", "/corpus/page.html", "html")
    assert doc.kind == "pdf"
    assert doc.warnings == ["named .html but the bytes are a PDF: read as a PDF"]


def test_documents_read_as_named_have_no_such_warning() -> None:
    assert read_bytes(PAGE.encode(), "page", "/corpus/page.html", "html").warnings == []
    assert read_bytes(text_pdf(["Contrat local de sante"]), "d", "/c/d.pdf").warnings == []
    url = "https://example.org/cls.php"  # no suffix of ours: nothing to compare
    assert read_bytes(PAGE.encode(), "page", url, "html").warnings == []
