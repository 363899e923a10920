"""Fixtures of the normaliser tests (helpers live in ``tablehelpers``)."""

from __future__ import annotations

import pytest
from tablehelpers import MakeOutcome, corpus, make_outcome

from pipeline.tables import build_tables
from pipeline.tables.rowset import Tables


@pytest.fixture
def outcome() -> MakeOutcome:
    """Factory of outcomes (see ``tablehelpers.make_outcome``)."""
    return make_outcome


@pytest.fixture
def sample_tables() -> Tables:
    """The tables of the small corpus (two documents of one CLS, another CLS)."""
    return build_tables(corpus())
