"""``cls-pipeline extractors new NAME``: write a working territory-extractor package.

The template is the documentation: the generated package has the module, its pattern
file, a golden input with its expected record, a test that checks them, and the entry
point that registers it once installed.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from pipeline.errors import ClsError

TEMPLATE_FILES = {
    "pyproject.toml.tmpl": "pyproject.toml",
    "README.md.tmpl": "README.md",
    "module.py.tmpl": "{module}/__init__.py",
    "patterns.toml.tmpl": "{module}/patterns.toml",
    "golden_input.txt.tmpl": "{module}/golden/input.txt",
    "golden_expected.json.tmpl": "{module}/golden/expected.json",
    "test_golden.py.tmpl": "tests/test_{module}.py",
    "conftest.py.tmpl": "conftest.py",
}


class ScaffoldError(ClsError, ValueError):
    """The name is not usable or the target exists."""


def module_name(name: str) -> str:
    """A Python module name for an extractor name ("Pays de Lorient" → pays_de_lorient)."""
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    if not slug or slug[0].isdigit():
        raise ScaffoldError(f"{name!r}: an extractor name starts with a letter")
    return slug


def write_skeleton(name: str, parent: Path) -> Path:
    """Write the package ``cls-extractor-<name>`` under PARENT and return its folder."""
    module = module_name(name)
    target = parent / f"cls-extractor-{module.replace('_', '-')}"
    if target.exists():
        raise ScaffoldError(f"{target} already exists")
    values = {"name": module, "module": module, "class": _class_name(module)}
    templates = resources.files("extractors.scaffold").joinpath("templates")
    for template, relative in TEMPLATE_FILES.items():
        text = templates.joinpath(template).read_text("utf-8")
        path = target / relative.format(**values)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_fill(text, values), encoding="utf-8")
    return target


def _class_name(module: str) -> str:
    return "".join(part.capitalize() for part in module.split("_")) + "Extractor"


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", value)
    return text
