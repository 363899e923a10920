"""The layers of the code point one way and no module imports itself back.

The layers, lowest first: the core (``pipeline``'s top-level modules and the geography),
ingest, text, discovery, the extraction layer, evaluation, tables, batch, watch, report,
review, CLI. A module may import its own layer and the layers below; any import counts, at
module level or inside a function, so a lazy import cannot hide an upward dependency.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("pipeline", "extractors")
LAYERS: tuple[tuple[str, ...], ...] = (
    ("pipeline", "pipeline.geo", "pipeline.corrections"),  # the core: model, errors, ...
    ("pipeline.ingest",),
    ("pipeline.text",),
    ("pipeline.discover",),
    ("extractors",),
    ("pipeline.evaluate",),
    ("pipeline.tables",),
    ("pipeline.batch",),
    ("pipeline.watch",),
    ("pipeline.report",),
    ("pipeline.review",),
    ("pipeline.cli", "pipeline.__main__"),
)


def module_files() -> dict[str, Path]:
    """Every module of the two packages by dotted name."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = module_files()


def imported(name: str, path: Path) -> Iterator[str]:
    """The project modules a module imports (``from a import b`` gives ``a.b`` when that
    is a module, else ``a``)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            targets = [
                f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names
            ]
        else:
            continue
        for target in targets:
            if target.split(".")[0] in PACKAGES and target != name:
                yield target


GRAPH = {name: sorted(set(imported(name, path))) for name, path in MODULES.items()}


def layer_of(module: str) -> int:
    """The index of the layer a module belongs to (the longest matching prefix wins)."""
    best, length = -1, -1
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > length:
                best, length = index, len(prefix)
    return best


def test_every_module_has_a_layer() -> None:
    assert [m for m in MODULES if layer_of(m) < 0] == []


def test_no_module_imports_a_layer_above_its_own() -> None:
    upward = [
        f"{module} -> {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if layer_of(target) > layer_of(module)
    ]
    assert upward == []


def find_cycle(graph: dict[str, list[str]]) -> list[str]:
    """One import circle of the graph (its modules in order), or an empty list."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for target in graph.get(node, []):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return []


def test_no_import_circle() -> None:
    # a package's __init__ importing its own submodules is no circle of dependencies
    graph = {m: [t for t in targets if not t.startswith(m + ".")] for m, targets in GRAPH.items()}
    assert find_cycle(graph) == []


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": ["b"], "b": ["a"]}, ["a", "b", "a"]),
        ({"a": ["b"], "b": ["c"], "c": []}, []),
        ({"a": ["b"], "b": ["c"], "c": ["b"]}, ["b", "c", "b"]),
    ],
)
def test_the_circle_finder_finds_circles(graph: dict[str, list[str]], expected: list[str]) -> None:
    assert find_cycle(graph) == expected


def test_the_layer_check_sees_an_upward_import(tmp_path: Path) -> None:
    fake = tmp_path / "pipeline" / "ingest" / "x.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("def f():\n    from pipeline.tables import build_tables\n", encoding="utf-8")
    targets = list(imported("pipeline.ingest.x", fake))
    assert targets == ["pipeline.tables"]
    assert layer_of(targets[0]) > layer_of("pipeline.ingest.x")
