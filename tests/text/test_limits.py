"""Inputs past the limits of pipeline/limits.py: refused with the limit stated, or read
with a warning; never a crash."""

from __future__ import annotations

import random
import sys

import pytest

from pipeline.ingest.content import describe
from pipeline.limits import (
    MAX_DOCUMENT_CHARS,
    MAX_HTML_BYTES,
    MAX_HTML_ELEMENTS,
    MAX_HTML_WALK_DEPTH,
    MAX_TEXT_BYTES,
)
from pipeline.text import UnsupportedInput, read_bytes, sniff_kind
from pipeline.text.html import read_html

GARBAGE = random.Random(3).randbytes(5000)


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty_files(data: bytes) -> None:
    with pytest.raises(UnsupportedInput, match=r"^empty file$"):
        read_bytes(data, "e", "e.html", "html")


def test_binary_named_html_is_refused() -> None:
    with pytest.raises(UnsupportedInput, match=r"^binary content, not an HTML page$"):
        sniff_kind(GARBAGE, "html")
    with pytest.raises(UnsupportedInput, match=r"^binary content, not an HTML page$"):
        describe(GARBAGE, "page.html")
    with pytest.raises(UnsupportedInput, match="neither PDF nor HTML"):
        sniff_kind(GARBAGE, "txt")


def test_control_characters_without_nul_are_binary() -> None:
    data = bytes(random.Random(4).choice(range(1, 32)) for _ in range(400)) + b"texte"
    with pytest.raises(UnsupportedInput):
        sniff_kind(data, "html")


def test_utf16_html_is_not_binary() -> None:
    data = "\ufeff<p>Contrat local de santé</p>".encode("utf-16-le")
    assert sniff_kind(data, "html") == "html"


def test_html_over_the_size_limit() -> None:
    markup = "<html><body><p>" + "a" * (MAX_HTML_BYTES + 1) + "</p></body></html>"
    with pytest.raises(UnsupportedInput) as caught:
        read_html(markup, "big", "big.html")
    assert str(caught.value) == "HTML page of 10.0 MiB is too large to parse (limit 10 MiB)"


def test_html_over_the_element_limit() -> None:
    markup = "<html><body>" + "<i>x</i>" * MAX_HTML_ELEMENTS + "</body></html>"
    with pytest.raises(UnsupportedInput, match=f"limit {MAX_HTML_ELEMENTS:,}"):
        read_html(markup.encode(), "many", "many.html")


@pytest.mark.parametrize("tag", ["div", "span", "li", "p", "table"])
def test_deep_nesting_is_read_with_a_warning(tag: str) -> None:
    depth = 5000
    markup = (
        "<html><body><h1>Contrat local de santé</h1>"
        + f"<{tag}>" * depth
        + "texte profond"
        + f"</{tag}>" * depth
        + "<p>fin</p></body></html>"
    )
    doc = read_html(markup, "deep", "deep.html")
    assert "texte profond" in doc.text
    assert doc.text.startswith("Contrat local de santé")
    if tag in ("div", "table"):  # inline and text elements are read whole without recursion
        assert doc.warnings == [
            f"HTML nested more than {MAX_HTML_WALK_DEPTH} levels deep: "
            "1 deeper part(s) read as plain text"
        ]


def test_deep_nesting_under_a_low_recursion_limit() -> None:
    markup = "<div>" * 2000 + "fond" + "</div>" * 2000
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(700)
    try:
        doc = read_html(markup, "deep", "deep.html")
    finally:
        sys.setrecursionlimit(limit)
    assert doc.text == "fond"


def test_text_file_over_the_limit() -> None:
    with pytest.raises(UnsupportedInput, match=r"\(limit 10 MiB\)$"):
        read_bytes(b"a " * (MAX_TEXT_BYTES // 2 + 1), "t", "t.txt", "txt")


def test_document_text_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.text.MAX_DOCUMENT_CHARS", 1000)
    with pytest.raises(UnsupportedInput, match=r"characters is too long to extract"):
        text = "".join(f"Une ligne de texte numéro {i}.\n" for i in range(100))
        read_bytes(text.encode(), "t", "t.txt", "txt")
    assert MAX_DOCUMENT_CHARS >= 1_000_000
