"""Resolving a batch's SOURCES: bad lines and odd files are rows, the rest is read.

Every test writes real lists, CSV files and folders (with a Latin-1 file name, office
documents) and resolves them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.ingest.sources import resolve_batch, resolve_sources
from pipeline.model import ErrorRow


def test_a_bad_line_of_a_list_is_a_row_with_its_line_number(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("texte", encoding="utf-8")
    listing = tmp_path / "list.txt"
    lines = [
        "a.txt",
        "missing.html",
        "ftp://example.org/cls.pdf",
        "x" * 300 + ".html",
        "https://example.org/cls",
    ]
    listing.write_text("\n".join(["# sources", *lines]) + "\n", encoding="utf-8")
    resolved = resolve_sources(str(listing))
    assert [s.location for s in resolved.sources] == [
        str(tmp_path / "a.txt"),
        "https://example.org/cls",
    ]
    assert [(e.source, e.stage) for e in resolved.errors] == [
        (f"{listing}:3", "sources"),
        (f"{listing}:4", "sources"),
        (f"{listing}:5", "sources"),
    ]
    assert resolved.errors[0].message == "missing.html: no such file or directory"
    assert "only http and https" in resolved.errors[1].message
    assert "too long (limit 255)" in resolved.errors[2].message
    with pytest.raises(ValueError, match=r"list.txt:3: missing.html"):
        resolve_batch(str(listing))


def test_a_malformed_csv_row_is_a_row_with_its_line_number(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("texte", encoding="utf-8")
    (tmp_path / "b.txt").write_text("texte", encoding="utf-8")
    table = tmp_path / "sources.csv"
    table.write_text(
        "source,territory\na.txt,Reims\nb.txt,Troyes,extra,cells\n\nmissing.txt,Metz\nb.txt\n",
        encoding="utf-8",
    )
    resolved = resolve_sources(str(table))
    assert [(s.location, s.territory) for s in resolved.sources] == [
        (str(tmp_path / "a.txt"), "Reims"),
        (str(tmp_path / "b.txt"), None),
    ]
    assert resolved.errors == [
        ErrorRow(f"{table}:3", "sources", "malformed CSV row (too many cells for the header)"),
        ErrorRow(f"{table}:5", "sources", "missing.txt: no such file or directory"),
    ]


def test_relative_paths_are_resolved_from_the_lists_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lists = tmp_path / "lists"
    (lists / "docs").mkdir(parents=True)
    (lists / "docs" / "reims.txt").write_text("texte", encoding="utf-8")
    (lists / "sources.txt").write_text("docs/reims.txt\ndocs\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    resolved = resolve_sources(str(lists / "sources.txt"))
    assert [s.location for s in resolved.sources] == [str(lists / "docs" / "reims.txt")] * 2
    assert resolved.errors == []


def test_odd_names_and_office_files_of_a_folder_are_rows(tmp_path: Path) -> None:
    (tmp_path / "reims.html").write_text("<p>texte</p>", encoding="utf-8")
    latin1 = os.path.join(os.fsencode(tmp_path), b"caf\xe9-lyon.html")
    with open(latin1, "wb") as handle:
        handle.write(b"<p>texte</p>")
    (tmp_path / "cls.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "fiches.odt").write_bytes(b"PK\x03\x04")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    resolved = resolve_sources(str(tmp_path))
    assert [s.location for s in resolved.sources] == [str(tmp_path / "reims.html")]
    rows = {(Path(e.source).name, e.stage): e.message for e in resolved.errors}
    supported = "supported: .htm, .html, .pdf, .text, .txt"
    assert rows == {
        ("caf\\xe9-lyon.html", "sources"): "file name is not valid UTF-8",
        ("cls.docx", "warning"): f".docx files are not read ({supported})",
        ("fiches.odt", "warning"): f".odt files are not read ({supported})",
    }
