"""The extractor registry: entry points, in-process registration, duplicate names."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import pytest

from extractors.api import TerritoryExtractor
from extractors.registry import (
    BadExtractorError,
    DuplicateExtractorError,
    Registry,
    default_registry,
)
from pipeline.model import Document, Finding


class _Probe(TerritoryExtractor):
    name: ClassVar[str] = "probe"
    version: ClassVar[str] = "9.9.9"
    territories: ClassVar[tuple[str, ...]] = ("Trifouillis",)

    def extract(self, doc: Document) -> Iterable[Finding]:
        yield self.finding(doc, "generation", 7, 0, 5, "probe-rule")


def test_builtins_register_through_entry_points() -> None:
    names = {r.name: r for r in default_registry().all()}
    assert {"generic", "signature_block", "corse"} <= set(names)
    assert names["generic"].kind == "generic"
    assert "cls-pipeline" in names["corse"].origin


def test_duplicate_names_fail_loudly() -> None:
    registry = Registry()
    registry.register(_Probe(), "first")
    with pytest.raises(DuplicateExtractorError, match="probe"):
        registry.register(_Probe(), "second")


def test_not_an_extractor_is_refused() -> None:
    with pytest.raises(BadExtractorError):
        Registry().register(object(), "nowhere")  # type: ignore[arg-type]


def test_in_process_registration_takes_precedence_and_names_itself() -> None:
    from extractors import extract_record
    from pipeline.text.plain import read_text

    registry = default_registry()
    registry.register(_Probe(), "tests")
    try:
        hit = extract_record(read_text("Le CLS de Trifouillis est signé.", "a", "a"))
        miss = extract_record(read_text("Le CLS de Rennes est signé.", "b", "b"))
    finally:
        registry.unregister("probe")
    assert hit.generation == 7
    assert hit.evidence["generation"]["extractor"] == "probe"
    assert hit.evidence["generation"]["version"] == "9.9.9"
    assert miss.generation is None


class _Low(_Probe):
    name: ClassVar[str] = "zz-low"
    precedence: ClassVar[int] = 10

    def extract(self, doc: Document) -> Iterable[Finding]:
        yield self.finding(doc, "generation", 3, 0, 5, "low-rule")


class _High(_Probe):
    name: ClassVar[str] = "aa-high"
    precedence: ClassVar[int] = 90

    def extract(self, doc: Document) -> Iterable[Finding]:
        yield self.finding(doc, "generation", 4, 0, 5, "high-rule")


def test_precedence_not_the_name_decides_which_plug_in_wins() -> None:
    """ "aa-high" sorts first by name, but its higher precedence applies it last: it wins."""
    from extractors import extract_record
    from pipeline.text.plain import read_text

    registry = default_registry()
    registry.register(_Low(), "tests")
    registry.register(_High(), "tests")
    try:
        order = [r.name for r in registry.territorial()]
        record = extract_record(read_text("Le CLS de Trifouillis est signé.", "a", "a"))
    finally:
        registry.unregister("zz-low")
        registry.unregister("aa-high")
    assert order.index("zz-low") < order.index("aa-high")
    assert order.index("signature_block") < order.index("corse")
    assert record.generation == 4
    assert record.evidence["generation"]["extractor"] == "aa-high"
