"""Every error class the code defines belongs to the one family under ``ClsError``."""

from __future__ import annotations

import importlib
import inspect

import pytest

from pipeline.errors import ClsError
from tests.architecture.test_layers import MODULES

# modules that start optional machinery when imported (Dask) are read, not imported
SKIPPED = {"pipeline.__main__", "pipeline.batch.executors.dask_cluster"}


def error_classes() -> list[tuple[str, type[BaseException]]]:
    """(module, class) for every exception class defined in a module of the project."""
    found = []
    for name in sorted(set(MODULES) - SKIPPED):
        module = importlib.import_module(name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BaseException) and obj.__module__ == name:
                found.append((name, obj))
    return found


ERRORS = error_classes()


def test_the_project_defines_errors() -> None:
    assert len(ERRORS) >= 20


@pytest.mark.parametrize(("module", "error"), ERRORS, ids=[e.__name__ for _, e in ERRORS])
def test_every_error_derives_from_cls_error(module: str, error: type[BaseException]) -> None:
    assert issubclass(error, ClsError), f"{module}.{error.__name__} does not derive from ClsError"
