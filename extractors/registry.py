"""Registry of extractors, backed by the ``cls_pipeline.extractors`` entry-point group.

Built-in extractors register through this project's own entry points exactly as an
outside package does, so ``cls-pipeline extractors list`` shows both the same way.
Two extractors with one name fail loudly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.metadata import EntryPoint, entry_points

from extractors.api import Extractor
from pipeline.errors import ClsError

GROUP = "cls_pipeline.extractors"
DEFAULT_PRECEDENCE = 50
"""Territory plug-ins' default; a layout refinement (a signature block) sits below it."""


class DuplicateExtractorError(ClsError, RuntimeError):
    """Two registered extractors share a name."""


class BadExtractorError(ClsError, RuntimeError):
    """An entry point does not give an object with the extractor contract."""


@dataclass(frozen=True, slots=True)
class Registered:
    """A loaded extractor with where it comes from."""

    extractor: Extractor
    origin: str

    @property
    def name(self) -> str:
        return self.extractor.name

    @property
    def version(self) -> str:
        return self.extractor.version

    @property
    def kind(self) -> str:
        return self.extractor.kind

    @property
    def precedence(self) -> int:
        """Where it applies among the refinements (``DEFAULT_PRECEDENCE`` when unset)."""
        value = getattr(self.extractor, "precedence", DEFAULT_PRECEDENCE)
        return value if isinstance(value, int) else DEFAULT_PRECEDENCE


class Registry:
    """Extractors by name, in name order (generic first)."""

    def __init__(self) -> None:
        self._items: dict[str, Registered] = {}

    def register(self, extractor: Extractor, origin: str = "in-process") -> None:
        """Add an extractor; a second one with the same name is an error."""
        if not isinstance(extractor, Extractor):
            raise BadExtractorError(
                f"{origin}: not an extractor (needs name, version, kind, applies_to, extract)"
            )
        if extractor.name in self._items:
            other = self._items[extractor.name].origin
            raise DuplicateExtractorError(
                f"two extractors are named {extractor.name!r}: {other} and {origin}"
            )
        self._items[extractor.name] = Registered(extractor, origin)

    def unregister(self, name: str) -> None:
        """Remove an extractor by name."""
        self._items.pop(name, None)

    def all(self) -> list[Registered]:
        """Every extractor in the order they apply: generic ones first, then the others by
        ``precedence`` (lower first, so a higher one applies later and its values win),
        then by name. The order is explicit, not an accident of names."""
        return sorted(
            self._items.values(), key=lambda r: (r.kind != "generic", r.precedence, r.name)
        )

    def territorial(self) -> list[Registered]:
        """The extractors that refine the generic record."""
        return [r for r in self.all() if r.kind != "generic"]


def _origin(ep: EntryPoint) -> str:
    dist = ep.dist
    where = f"{dist.name} {dist.version}" if dist is not None else "unknown package"
    return f"{where} ({ep.value})"


def _load(ep: EntryPoint) -> Extractor:
    obj = ep.load()
    instance = obj() if isinstance(obj, type) else obj
    if not isinstance(instance, Extractor):
        raise BadExtractorError(f"entry point {ep.name} ({ep.value}) is not an extractor")
    return instance


@cache
def default_registry() -> Registry:
    """The registry of every installed extractor (loaded once per process)."""
    registry = Registry()
    for ep in sorted(entry_points(group=GROUP), key=lambda e: (e.name, e.value)):
        registry.register(_load(ep), _origin(ep))
    return registry
