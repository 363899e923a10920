"""Kind and charset decisions: (bytes, location, header) -> (kind, charset), as tables."""

from __future__ import annotations

import pytest

from pipeline.ingest.content import UnsupportedContent, decide_charset, describe, parse_content_type
from pipeline.text import UnsupportedInput, read_bytes

from .conftest import CP1252_PAGE, page

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"
HTML = page("CLS", "Pays de Test")


@pytest.mark.parametrize(
    ("data", "location", "header", "kind", "charset"),
    [
        (PDF, "http://x.fr/download?id=3", "application/octet-stream", "pdf", None),
        (PDF, "http://x.fr/contrat", None, "pdf", None),
        (PDF, "http://x.fr/contrat.pdf", "text/html", "pdf", None),
        (HTML, "http://x.fr/page.php?id=4", "text/html; charset=UTF-8", "html", "utf-8"),
        (HTML, "http://x.fr/page.php", None, "html", "utf-8"),
        (HTML, "/tmp/page.html", None, "html", "utf-8"),
        (
            CP1252_PAGE,
            "http://x.fr/epinal.php",
            "text/html; charset=windows-1252",
            "html",
            "cp1252",
        ),
        (CP1252_PAGE, "http://x.fr/epinal.php", "text/html; charset=ISO-8859-1", "html", "cp1252"),
        (CP1252_PAGE, "http://x.fr/epinal.php", "text/html; charset=utf-8", "html", "cp1252"),
        (CP1252_PAGE, "/tmp/epinal.html", None, "html", "cp1252"),
        ("Contrat signé".encode(), "/tmp/a.txt", None, "txt", "utf-8"),
        ("\ufeffContrat signé".encode(), "/tmp/a.txt", None, "txt", "utf-8"),
        ("Contrat signé à Épinal".encode("cp1252"), "http://x.fr/a", "text/plain", "txt", "cp1252"),
    ],
)
def test_describe(
    data: bytes, location: str, header: str | None, kind: str, charset: str | None
) -> None:
    info = describe(data, location, header)
    assert (info.kind, info.charset) == (kind, charset)


def test_meta_charset_is_read_when_the_header_says_nothing() -> None:
    markup = '<html><head><meta charset="windows-1252"></head><body>é</body></html>'
    assert decide_charset(markup.encode("cp1252"), "html") == "cp1252"


@pytest.mark.parametrize(
    ("data", "header", "error"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png", UnsupportedContent),
        (b"PK\x03\x04\x14\x00\x00", "application/zip", UnsupportedContent),
        (b"\x00\x01binary", "application/octet-stream", UnsupportedInput),
        (b"<p>not a pdf</p>\x00", "application/pdf", UnsupportedInput),
    ],
)
def test_unreadable_content_is_an_error(data: bytes, header: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        describe(data, "http://x.fr/doc.pdf", header)


def test_parse_content_type() -> None:
    assert parse_content_type('text/HTML; charset="Windows-1252"') == ("text/html", "windows-1252")
    assert parse_content_type(None) == (None, None)


def test_charset_reaches_the_text_stage() -> None:
    doc = read_bytes(CP1252_PAGE, "epinal", "epinal.html", "html", "cp1252")
    assert "Contrat local de santé d’Épinal" in doc.text
    assert "œuvre" in doc.text
