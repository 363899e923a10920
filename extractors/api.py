"""The contract of an extractor, for this project's built-ins and outside plug-ins alike.

An extractor has a ``name`` and a ``version``, says which documents it ``applies_to``,
and ``extract``s findings (field, value, evidence) from a document. Register it under
the ``cls_pipeline.extractors`` entry-point group of its package::

    [project.entry-points."cls_pipeline.extractors"]
    my_territory = "my_package:MyTerritoryExtractor"

Findings of a territory extractor take precedence over the generic ones for the fields
it fills; the evidence names the extractor that produced each value.
"""

from __future__ import annotations

import inspect
import re
import tomllib
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar, Protocol, runtime_checkable
from urllib.parse import urlsplit

from pipeline.model import Document, Evidence, Finding
from pipeline.textnorm import norm_text

__all__ = ["Evidence", "Extractor", "Finding", "TerritoryExtractor", "evidence_for"]


@runtime_checkable
class Extractor(Protocol):
    """What the registry needs of any extractor."""

    @property
    def name(self) -> str:
        """Unique name, shown by ``extractors list`` and in evidence."""
        ...

    @property
    def version(self) -> str:
        """Version, bumped when the extractor's output changes."""
        ...

    @property
    def kind(self) -> str:
        """ "generic" for the base extractors, "territory" for refinements."""
        ...

    def applies_to(self, doc: Document) -> bool:
        """True when this extractor should read the document."""
        ...

    def extract(self, doc: Document) -> Iterable[Finding]:
        """The findings of this extractor on the document."""
        ...


def evidence_for(
    doc: Document, start: int, end: int, extractor: Extractor, rule: str, confidence: float = 0.9
) -> Evidence:
    """Evidence for a span of a document, naming the extractor, its version and the rule."""
    lo, hi = max(0, start - 60), min(len(doc.text), end + 60)
    snippet = doc.text[lo:hi].replace("\n", " ").strip()
    return Evidence(
        snippet, start, end, doc.page_at(start), extractor.name, rule, confidence, extractor.version
    )


class TerritoryExtractor:
    """Base class of territory (or site) extractors, as small as a scrapy spider.

    Subclasses set ``name``, ``version``, and what they apply to: ``territories``
    (INSEE codes or names), ``domains`` (sites whose pages they read), or override
    ``matches(doc)`` for a test on the document. Their patterns and word lists live in
    ``patterns.toml`` beside the module, read through ``self.patterns``.
    """

    name: ClassVar[str] = ""
    version: ClassVar[str] = "0.1.0"
    kind: ClassVar[str] = "territory"
    precedence: ClassVar[int] = 50  # applied after lower ones: its values win over theirs
    territories: ClassVar[tuple[str, ...]] = ()
    domains: ClassVar[tuple[str, ...]] = ()
    pattern_file: ClassVar[str] = "patterns.toml"

    @cached_property
    def folder(self) -> Path:
        """The folder of the subclass's module (patterns and golden files live there)."""
        return Path(inspect.getfile(type(self))).resolve().parent

    @cached_property
    def patterns(self) -> dict[str, Any]:
        """The extractor's data file, parsed."""
        path = self.folder / self.pattern_file
        return tomllib.loads(path.read_text("utf-8")) if path.exists() else {}

    @cached_property
    def _territory_res(self) -> list[re.Pattern[str]]:
        from pipeline import geo

        names: list[str] = []
        for item in self.territories:
            if re.fullmatch(r"\d[\dAB]\d{3}|\d{2,3}|2[AB]", item):
                commune = geo.commune_by_insee(item) if len(item) == 5 else None
                dep = geo.departement_by_code(item) if len(item) <= 3 else None
                names.extend(x.name for x in (commune, dep) if x is not None)
            else:
                names.append(item)
        return [re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])", re.IGNORECASE) for n in names]

    def matches(self, doc: Document) -> bool:
        """A test on the document beyond territories and domains (none by default)."""
        return False

    def applies_to(self, doc: Document) -> bool:
        """True for pages of its domains, documents naming its territories, or ``matches``."""
        host = urlsplit(doc.source).netloc.lower() if "://" in doc.source else ""
        if host and any(host == d or host.endswith("." + d) for d in self.domains):
            return True
        head = " ".join([doc.metadata.get("title", ""), doc.text[:3000]])
        if any(p.search(head) for p in self._territory_res):
            return True
        return self.matches(doc)

    def extract(self, doc: Document) -> Iterable[Finding]:
        """Override: yield findings for the fields this extractor knows better."""
        return ()

    def golden_dir(self) -> Path:
        """Where the golden input and expected record of this extractor are."""
        return self.folder / "golden"

    def finding(
        self,
        doc: Document,
        field: str,
        value: Any,
        start: int,
        end: int,
        rule: str,
        confidence: float = 0.9,
    ) -> Finding:
        """A finding whose evidence names this extractor."""
        return Finding(field, value, evidence_for(doc, start, end, self, rule, confidence))


def same_name(a: str, b: str) -> bool:
    """Names equal but for case, accents and punctuation."""
    return norm_text(a) == norm_text(b)
