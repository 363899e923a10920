"""The extractors never raise, whatever the text: property-based tests with hypothesis."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import extract_record
from pipeline.text.plain import read_text

FRENCH_BITS = st.sampled_from(
    [
        "Le CLS 2 a été signé le 3 mars 2021",
        "Axe 1 : ",
        "signataires :",
        "- la CPAM 93",
        "2018-2022",
        "trente-quatre actions",
        "l'ARS Paca",
        "Fait à Lyon, le ",
        "(CPAM)",
        "Pour la Ville de ",
        "jusqu'au 31 décembre 2025",
        "avenant",
        "Communauté de communes du ",
        "\u00a0:",
        "…",
        "«",
        "»",
        "\t",
        "\x00",
        "\u202e",
        "é",
        "Ⅻ",
        "𝔸",
        "٣",
        "日本",
    ]
)
TEXTS = st.lists(st.one_of(st.text(max_size=40), FRENCH_BITS), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extractors_never_raise(text: str) -> None:
    record = extract_record(read_text(text, "h", "h"))
    assert record.id == "h"
    for org in record.organisations:
        assert org.role in ("signatory", "partner")


@settings(max_examples=20, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=5000))
def test_one_huge_line(text: str) -> None:
    record = extract_record(read_text(text.replace("\n", " "), "h", "h"))
    assert record.period_start is None or 2009 <= record.period_start <= 2100
