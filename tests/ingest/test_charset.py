"""UTF-8 pages with a few bad bytes are read as UTF-8, the bad bytes replaced and
counted in a warning, whether the server, a ``<meta>`` or nothing declares the charset;
Windows-1252 pages are still detected as such."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.batch.stages import read_source
from pipeline.ingest.content import decide_charset, describe
from pipeline.ingest.fetch import Ingestor
from pipeline.ingest.policy import FetchPolicy
from pipeline.model import Source

from .conftest import CP1252_PAGE, FixtureServer, static

TEXT = (
    "<html><head>{meta}<title>CLS de Sète</title></head><body><main>"
    "<h1>Contrat local de santé de Sète</h1><p>La ville de Sète, l’Agence régionale de "
    "santé et la préfecture ont signé le contrat local de santé ; il porte sur l’accès "
    "aux soins, la prévention et la santé mentale des aînés.</p>{bad}</main></body></html>"
)


def damaged(meta: str = "") -> bytes:
    """A UTF-8 page with four stray Windows-1252 bytes in one paragraph."""
    bad = "<p>Fête de la santé BAD BAD BAD BAD</p>"
    raw = TEXT.format(meta=meta, bad=bad).encode("utf-8")
    return raw.replace(b"BAD", b"caf\xe9", 4)


@pytest.mark.parametrize(
    ("data", "declared"),
    [
        (damaged(), None),
        (damaged(), "utf-8"),
        (damaged('<meta charset="utf-8">'), None),
        (damaged(), "iso-8859-1"),
    ],
)
def test_a_few_bad_bytes_do_not_make_utf8_windows_1252(data: bytes, declared: str | None) -> None:
    assert decide_charset(data, "html", declared) == "utf-8"


def test_windows_1252_pages_are_still_detected() -> None:
    assert decide_charset(CP1252_PAGE, "html") == "cp1252"
    assert decide_charset(CP1252_PAGE, "html", "utf-8") == "cp1252"
    assert describe("Épinal, où l’on œuvre".encode("cp1252"), "x.txt").charset == "cp1252"


def test_the_page_reads_right_and_the_bad_bytes_are_a_warning(
    server: FixtureServer, policy: FetchPolicy, tmp_path: Path
) -> None:
    url = server.add("/charset/sete.php", static(damaged(), "text/html; charset=utf-8"))
    with Ingestor(tmp_path / "raw", policy) as ingestor:
        outcome = read_source(Source(url), ingestor)
    doc = outcome.document
    assert doc is not None, outcome.errors
    assert "Contrat local de santé de Sète" in doc.text
    assert "SÃ¨te" not in doc.text and doc.text.count("\ufffd") == 4
    assert any("4 character(s) could not be decoded as utf-8" in w for w in doc.warnings)


def test_a_local_file_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "sete.html"
    path.write_bytes(damaged())
    outcome = read_source(Source(str(path)))
    assert outcome.document is not None
    assert "Contrat local de santé de Sète" in outcome.document.text
