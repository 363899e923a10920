"""Reading the published tables back through their datapackage.json."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.report.load import TABLE_NAMES, NoTablesError, TablesError, load_run


def test_every_table_is_read_with_its_schema_types(small_run: Path) -> None:
    run = load_run(small_run)
    assert set(run.tables) == set(TABLE_NAMES)
    assert run.version == "0.1.0"
    rennes = next(r for r in run.rows("contracts") if r["territory"] == "Rennes Métropole")
    assert rennes["signed_on"] == date(2025, 2, 6)
    assert rennes["n_actions"] == 27
    assert rennes["generation"] is None
    (evidence,) = run.rows("evidence")
    assert evidence["chosen"] is True
    assert evidence["confidence"] == pytest.approx(0.9)


def test_a_folder_without_package_has_no_tables(tmp_path: Path) -> None:
    (tmp_path / "contracts.csv").write_text("contract_id\n", encoding="utf-8")
    with pytest.raises(NoTablesError, match=r"no datapackage\.json"):
        load_run(tmp_path)


def test_a_package_without_a_table_is_an_error(small_run: Path) -> None:
    path = small_run / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    package["resources"] = [r for r in package["resources"] if r["name"] != "axes"]
    path.write_text(json.dumps(package), encoding="utf-8")
    with pytest.raises(TablesError, match="no CSV resource for axes"):
        load_run(small_run)


def test_a_value_not_of_its_type_names_file_line_and_column(small_run: Path) -> None:
    path = small_run / "axes.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(",2,", ",two,", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(TablesError, match=r"axes\.csv:3: column axis_no: not a integer: 'two'"):
        load_run(small_run)


def test_a_header_that_differs_from_the_schema_is_an_error(small_run: Path) -> None:
    path = small_run / "errors.csv"
    text = path.read_text(encoding="utf-8").replace("message", "msg", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TablesError, match="header does not match"):
        load_run(small_run)


def test_a_missing_csv_file_is_an_error(small_run: Path) -> None:
    (small_run / "amendments.csv").unlink()
    with pytest.raises(TablesError, match=r"amendments\.csv: cannot read"):
        load_run(small_run)
