"""Sizes a maintainer can read: short functions, a small core at the top of ``pipeline``."""

from __future__ import annotations

import ast

from tests.architecture.test_layers import MODULES, ROOT

MAX_FUNCTION_LINES = 60
MAX_CORE_MODULES = 6


def long_functions(limit: int = MAX_FUNCTION_LINES) -> list[str]:
    """Every function or method longer than ``limit`` lines (``def`` line to last line)."""
    found = []
    for name, path in sorted(MODULES.items()):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > limit:
                    found.append(f"{name}.{node.name}: {length} lines")
    return found


def test_no_function_is_longer_than_the_limit() -> None:
    assert long_functions() == []


def test_the_limit_is_measured() -> None:
    # every module has some function longer than two lines: the measure sees them
    assert len(long_functions(limit=2)) > 100


def test_pipeline_keeps_only_the_core_at_its_top() -> None:
    top = sorted(p.name for p in (ROOT / "pipeline").glob("*.py"))
    assert len(top) <= MAX_CORE_MODULES, top
