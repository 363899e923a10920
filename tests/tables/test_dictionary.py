"""The data dictionary in the docs is current and covers every table and column."""

from __future__ import annotations

from pathlib import Path

from pipeline.tables import TABLES
from pipeline.tables.dictionary import render_markdown

DOC = Path(__file__).resolve().parents[2] / "docs" / "data-dictionary.md"


def test_committed_dictionary_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == render_markdown(), (
        "run: python scripts/build_data_dictionary.py"
    )


def test_every_table_and_column_has_a_description_and_an_example() -> None:
    text = render_markdown()
    for table in TABLES:
        assert f"## {table.name}\n" in text
        for column in table.columns:
            assert column.description and column.example, (table.name, column.name)
            assert f"| `{column.name}` |" in text
