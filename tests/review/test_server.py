"""The review server over a small real run: pages, filters, escaping, corrections, safety."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html
from reviewhelpers import HOSTILE, Served, add_evidence_column, q, serving, write_run

from pipeline.cli import cli
from pipeline.corrections import read_corrections
from pipeline.review.server import PortTaken, ReviewApp, ReviewServer

REIMS = "/contract/reims-51454-2018"


def token(page: str) -> str:
    found = re.search(r'name="token" value="([^"]+)"', page)
    assert found
    return found.group(1)


def form(page: str, **values: str) -> dict[str, str]:
    base = {"token": token(page), "contract_id": "reims-51454-2018", "item_key": "", "note": ""}
    return {**base, **values}


def test_the_list_counts_and_filters_contracts(served: Served) -> None:
    status, page = served.get("/")
    assert status == 200
    tree = html.fromstring(page)
    assert tree.get_element_by_id("count").text_content() == "2 of 2 contracts"
    regions = [o.text_content() for o in q(tree, "#filter-region option")]
    assert regions == ["all", "Grand Est (44) (1)", "Bretagne (53) (1)"]
    _, page = served.get("/?region=53")
    tree = html.fromstring(page)
    assert tree.get_element_by_id("count").text_content() == "1 of 2 contracts"
    assert [a.text_content() for a in q(tree, "table.contracts a")] == [
        "brest-metropole-242900314-2019"
    ]
    # counts of the other filters follow the region chosen
    generations = [o.text_content() for o in q(tree, "#filter-generation option")]
    assert generations == ["all", "2 (1)", "not stated (0)"]


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("year=2021", ["brest-metropole-242900314-2019", "reims-51454-2018"]),
        ("year=2023", ["brest-metropole-242900314-2019"]),
        ("generation=none", ["reims-51454-2018"]),
        ("missing=lead_body", ["brest-metropole-242900314-2019"]),
        ("conflict=period_end", ["reims-51454-2018"]),
        ("conflict=any&region=53", []),
        ("confidence=0.7", ["brest-metropole-242900314-2019", "reims-51454-2018"]),
        ("confidence=0.5", []),
    ],
)
def test_each_filter_keeps_what_it_says(served: Served, query: str, shown: list[str]) -> None:
    _, page = served.get("/?" + query)
    links = [a.text_content() for a in q(html.fromstring(page), "table.contracts a")]
    assert links == shown


def test_the_contract_page_marks_each_evidence_span_in_the_text(served: Served) -> None:
    status, page = served.get(REIMS)
    assert status == 200
    tree = html.fromstring(page)
    section = tree.get_element_by_id("field-period_end")
    assert q(section, "span.value")[0].text_content() == "2022"
    chosen, lost = (
        q(section, "div.candidate.chosen"),
        q(section, "div.candidate.lost"),
    )
    assert [m.text_content() for m in q(chosen[0], "mark")] == ["2022"]
    assert "couvre les années 2018 à" in q(chosen[0], ".excerpt")[0].text_content()
    assert [m.text_content() for m in q(lost[0], "mark")] == ["2020"]  # the press article
    assert lost[0].get("data-document") == "presse"
    assert "provenance extractor" in chosen[0].text_content()
    assert "0.6" in q(chosen[0], ".confidence")[0].text_content()
    axes = tree.get_element_by_id("field-axes")
    assert [m.text_content() for m in q(axes, "mark")] == [
        "Environnement <b>favorable</b> à la santé"
    ]
    assert "documents disagree" in section.text_content()


def test_organisations_and_actions_per_axis(served: Served) -> None:
    _, page = served.get(REIMS)
    tree = html.fromstring(page)
    orgs = q(tree, "table.organisations tbody tr td")
    assert [c.text_content() for c in orgs[:7]] == [
        "1",
        "Ville de Reims",
        "COMMUNE",
        "Reims",
        "commune",
        "51454",
        "signatory",
    ]
    axis = q(tree, "section.axis")[0]
    assert q(axis, "h3")[0].text_content() == "Axis 1: Environnement <b>favorable</b> à la santé"
    assert "Agir " + HOSTILE in axis.text_content()


def test_hostile_text_shows_as_text_and_never_as_markup(served: Served) -> None:
    for path in (REIMS, "/document/reims", "/"):
        _, page = served.get(path)
        assert "<script>alert" not in page and "<b>favorable" not in page
    _, page = served.get("/document/reims")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    scripts = q(html.fromstring(page), "script")
    assert [s.get("src") for s in scripts] == ["/static/review.js"]


def test_the_document_page_marks_every_span_with_the_anchor_the_contract_links_to(
    served: Served,
) -> None:
    _, page = served.get("/document/reims")
    tree = html.fromstring(page)
    assert tree.get_element_by_id("ev-period_start-0").text_content() == "2018"
    assert tree.get_element_by_id("ev-axes-1").text_content().startswith("Environnement")
    _, contract = served.get(REIMS)
    assert 'href="/document/reims#ev-period_start-0"' in contract


def test_a_correction_is_appended_and_the_page_says_so(served: Served) -> None:
    _, page = served.get(REIMS)
    status, _, where = served.post(
        form(
            page,
            document_id="reims",
            field="n_signatories",
            value="10",
            action="correct",
            note="p. 2",
        )
    )
    assert (status, where) == (
        303,
        "/contract/reims-51454-2018?saved=n_signatories&item=&action=correct#field-n_signatories",
    )
    served.post(
        form(
            page,
            document_id="reims",
            field="period_start",
            shown="2018",
            value="1999",
            action="accept",
        )
    )
    served.post(form(page, document_id="reims", field="axes", item_key="1", action="not_stated"))
    rows, problems = read_corrections(served.corrections)
    assert problems == []
    assert [(r.document_id, r.field, r.item_key, r.action, r.value, r.note) for r in rows] == [
        ("reims", "n_signatories", "", "correct", "10", "p. 2"),
        ("reims", "period_start", "", "accept", "2018", ""),  # the value shown, not the input
        ("reims", "axes", "1", "not_stated", "", ""),
    ]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r.time) for r in rows)
    _, after = served.get(where.split("#")[0])
    assert "Recorded (correct): n_signatories" in after
    recorded = q(html.fromstring(after), "table.recorded tbody tr")
    assert len(recorded) == 3


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"document_id": "reims", "field": "period_end", "value": "vingt", "action": "correct"},
            "not a whole number",
        ),
        (
            {"document_id": "nowhere", "field": "period_end", "value": "2020", "action": "correct"},
            "no document",
        ),
        (
            {"document_id": "reims", "field": "colour", "value": "red", "action": "correct"},
            "unknown field",
        ),
        ({"document_id": "reims", "field": "axes", "value": "x", "action": "correct"}, "item_key"),
        (
            {"document_id": "reims", "field": "axes", "value": "x", "action": "delete"},
            "unknown action",
        ),
    ],
)
def test_a_bad_correction_is_refused_with_its_reason_and_nothing_written(
    served: Served, values: dict[str, str], message: str
) -> None:
    _, page = served.get(REIMS)
    status, body, _ = served.post(form(page, **values))
    assert status == 400
    assert message in q(html.fromstring(body), ".notice.error")[0].text_content()
    assert not served.corrections.exists()


def test_forms_from_elsewhere_and_other_host_names_are_refused(served: Served) -> None:
    _, page = served.get(REIMS)
    good = form(page, document_id="reims", field="period_end", value="2020", action="correct")
    assert served.post({**good, "token": "guessed"})[0] == 403
    assert served.post(good, Origin="http://evil.example")[0] == 403
    assert served.get("/", Host="evil.example")[0] == 421
    assert not served.corrections.exists()
    assert served.get("/contract/nothing")[0] == 404
    assert served.post(good, Origin=served.url.rstrip("/"))[0] == 303


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p): (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.rglob("*") if p.is_file()
    }


def test_nothing_but_the_corrections_file_is_written(tmp_path: Path) -> None:
    small_run = write_run(tmp_path)
    before = snapshot(tmp_path)
    with serving(small_run, tmp_path / "raw", tmp_path / "corrections.csv", tmp_path) as s:
        _, page = s.get(REIMS)
        s.get("/document/reims")
        s.get("/?region=44")
        s.post(form(page, document_id="reims", field="period_end", value="2021", action="correct"))
    after = snapshot(tmp_path)
    assert set(after) - set(before) == {str(tmp_path / "corrections.csv")}
    assert {k: v for k, v in after.items() if k in before} == before


def test_new_evidence_columns_and_candidates_show_without_code_changes(
    small_run: Path, tmp_path: Path
) -> None:
    add_evidence_column(small_run, "zone", "signature block")
    with serving(small_run, tmp_path / "raw", tmp_path / "c.csv", tmp_path) as s:
        _, page = s.get(REIMS)
    section = html.fromstring(page).get_element_by_id("field-period_end")
    assert "zone signature block" in q(section, "div.candidate.chosen .meta")[0].text_content()


def test_a_file_changed_since_the_run_is_not_shown_as_its_text(tmp_path: Path) -> None:
    small_run = write_run(tmp_path)
    (tmp_path / "reims.html").write_text("<p>autre chose</p>", encoding="utf-8")
    with serving(small_run, tmp_path / "raw", tmp_path / "c.csv", tmp_path) as s:
        _, page = s.get(REIMS)
    section = html.fromstring(page).get_element_by_id("field-period_end")
    assert "the file changed since the run" in section.text_content()
    assert q(section, "div.candidate.chosen mark") == []


def test_a_port_in_use_is_one_clear_error(small_run: Path, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        app = ReviewApp(small_run, tmp_path / "c.csv", tmp_path / "raw", tmp_path)
        with pytest.raises(PortTaken, match=f"port {port} on 127.0.0.1 is already in use"):
            ReviewServer(app, port)
        result = CliRunner().invoke(cli, ["review", str(small_run), "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: port {port} on 127.0.0.1 is already in use; choose another with --port"
    ]


def test_a_folder_without_tables_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["review", str(tmp_path), "--port", "0"])
    assert result.exit_code == 2 and "no tables here" in result.stderr


def test_the_server_listens_on_loopback_only(served: Served) -> None:
    assert served.server.httpd.server_address[0] == "127.0.0.1"


LIGHT = """
import sys
from pathlib import Path
from pipeline.review.server import ReviewApp
app = ReviewApp(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
for target in ("/", "/contract/reims-51454-2018", "/document/reims"):
    assert app.get(target).status == 200, target
print(*sorted(m for m in ("spacy", "pandas", "pyarrow", "duckdb", "requests") if m in sys.modules))
"""


def test_review_imports_no_nlp_nor_pandas(small_run: Path, tmp_path: Path) -> None:
    args = [str(small_run), str(tmp_path / "c.csv"), str(tmp_path / "raw"), str(tmp_path)]
    done = subprocess.run(
        [sys.executable, "-c", LIGHT, *args], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == []
