"""Text decoded with the wrong charset: repaired when it converts back, flagged if not."""

from __future__ import annotations

from pipeline.ingest.content import describe
from pipeline.text import read_bytes
from pipeline.text.encoding import repair_mojibake, undecodable

PAGE = (
    "<html><head><meta charset='{declared}'><title>CLS</title></head><body><main>"
    "<h1>Contrat local de santé de Sète</h1><p>Signé à Sète le 3 février 2021 par "
    "l'ARS Occitanie et la Communauté d'agglomération. Priorités : accès aux soins, "
    "santé mentale, prévention. Élaboré avec les élus.</p></main></body></html>"
)


def test_double_encoded_text_is_repaired() -> None:
    text = "Communauté de communes, été, élus, à Sète"
    garbled = text.encode("utf-8").decode("cp1252")
    repaired, warnings = repair_mojibake(garbled)
    assert repaired == text
    assert warnings and warnings[0].startswith("text was UTF-8 read as Windows-1252")


def test_clean_text_is_left_alone() -> None:
    text = "Contrat local de santé : été, élus, « guillemets », Ã seul"
    assert repair_mojibake(text) == (text, [])


def test_unrepairable_text_is_flagged() -> None:
    garbled = "Ã© Ã¨ Ãª " + "\u0142"  # a character Windows-1252 cannot hold
    text, warnings = repair_mojibake(garbled)
    assert text == garbled
    assert "could not be repaired" in warnings[0]


def test_undecodable_characters_are_counted() -> None:
    assert undecodable("a\ufffdb\ufffd", "utf-8") == [
        "2 character(s) could not be decoded as utf-8 and show as \ufffd"
    ]
    assert undecodable("abc", None) == []


def test_utf8_page_declaring_latin1_is_read_as_utf8() -> None:
    data = PAGE.format(declared="iso-8859-1").encode("utf-8")
    info = describe(data, "page.html")
    assert info.charset == "utf-8"
    doc = read_bytes(data, "p", "page.html", info.kind, info.charset)
    assert "Contrat local de santé de Sète" in doc.text
    assert not doc.warnings


def test_windows_1252_page_declaring_utf8_is_read() -> None:
    data = PAGE.format(declared="utf-8").encode("cp1252")
    info = describe(data, "page.html")
    doc = read_bytes(data, "p", "page.html", info.kind, info.charset)
    assert "Contrat local de santé de Sète" in doc.text


def test_page_encoded_twice_is_repaired() -> None:
    data = PAGE.format(declared="utf-8").encode("utf-8").decode("cp1252").encode("utf-8")
    info = describe(data, "page.html")
    doc = read_bytes(data, "p", "page.html", info.kind, info.charset)
    assert "Contrat local de santé de Sète" in doc.text
    assert doc.warnings[0].startswith("text was UTF-8 read as Windows-1252")
