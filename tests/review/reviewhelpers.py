"""A small run for the review tests: real files read by the text stage, hand-made records.

The records' evidence points into the text the text stage read from the files, as an
extractor's would; the tables are built and written by the normaliser. The text of one
page holds markup and quotes (a hostile page), its title a ``<script>``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import HTTPRedirectHandler, Request, build_opener

from pipeline.model import Action, CLSRecord, Organisation, Outcome, Source
from pipeline.review.server import ReviewApp, ReviewServer
from pipeline.tables import build_tables, write_tables
from pipeline.text import read_bytes

HOSTILE = '<script>alert("x")</script> & "quoted" \'single\''
PAGE = (
    "<html><head><title>CLS " + HOSTILE.replace("<", "&lt;") + "</title></head><body><main>"
    "<h1>Contrat local de santé de Reims</h1>"
    "<p>Le contrat couvre les années 2018 à 2022 pour la Ville de Reims.</p>"
    "<p>Axe 1 : Environnement &lt;b&gt;favorable&lt;/b&gt; à la santé</p>"
    "<p>Les signataires sont au nombre de 9.</p></main></body></html>"
)
PRESS = "Reims signe son contrat local de santé pour 2018-2020 avec 7 signataires.\n"
BREST = "Brest Métropole adopte son deuxième contrat local de santé 2019-2023.\n"


def span_of(text: str, words: str) -> dict[str, object]:
    """Evidence of ``words`` in ``text`` (first occurrence), as an extractor gives it."""
    start = text.index(words)
    return {
        "snippet": text[max(0, start - 20) : start + len(words) + 20],
        "start": start,
        "end": start + len(words),
        "page": None,
        "extractor": "test.rules",
        "rule": "by-hand",
        "confidence": 0.6,
    }


def _read(path: Path, doc_id: str) -> Outcome:
    doc = read_bytes(path.read_bytes(), doc_id, str(path), path.suffix.lstrip("."))
    return Outcome(Source(str(path)), doc)


def write_run(folder: Path) -> Path:
    """Two documents of Reims' contract and one of Brest's, read for real; their tables in
    ``folder/tables``."""
    (folder / "reims.html").write_text(PAGE, encoding="utf-8")
    (folder / "presse.txt").write_text(PRESS, encoding="utf-8")
    page, press = _read(folder / "reims.html", "reims"), _read(folder / "presse.txt", "presse")
    assert page.document is not None and press.document is not None
    text, other = page.document.text, press.document.text
    axis = "Environnement <b>favorable</b> à la santé"
    page.record = CLSRecord(
        id="reims",
        territory="Reims",
        lead_body="Ville de Reims",
        period_start=2018,
        period_end=2022,
        n_signatories=9,
        axes=[axis],
        organisations=[Organisation("Ville de Reims", "COMMUNE", "Reims", "signatory")],
        actions=[Action("1.1", "Agir " + HOSTILE, 1)],
        evidence={
            "period_start": span_of(text, "2018"),
            "period_end": span_of(text, "2022"),
            "n_signatories": span_of(text, "9"),
            "axes": [span_of(text, axis)],
            "territory": span_of(text, "Reims"),
        },
    )
    press.record = CLSRecord(
        id="presse",
        territory="Reims",
        period_start=2018,
        period_end=2020,
        n_signatories=7,
        evidence={"n_signatories": span_of(other, "7"), "period_end": span_of(other, "2020")},
    )
    (folder / "brest.txt").write_text(BREST, encoding="utf-8")
    brest = _read(folder / "brest.txt", "brest")
    assert brest.document is not None
    words = brest.document.text
    brest.record = CLSRecord(
        id="brest",
        territory="Brest Métropole",
        generation=2,
        period_start=2019,
        period_end=2023,
        evidence={"generation": span_of(words, "deuxième"), "period_start": span_of(words, "2019")},
    )
    out = folder / "tables"
    write_tables(build_tables([page, press, brest]), out)
    return out


def add_evidence_column(tables: Path, name: str, value: str) -> None:
    """Give ``evidence`` a column another stage might add (as the resolver will)."""
    csv_path = tables / "evidence.csv"
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    lines = [lines[0] + f",{name}"] + [line + f",{value}" for line in lines[1:]]
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    package = json.loads((tables / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        if resource["name"] == "evidence" and resource["format"] == "csv":
            resource["schema"]["fields"].append({"name": name, "type": "string"})
    (tables / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")


@dataclass
class Served:
    """A review server running in a thread, and how to talk to it."""

    server: ReviewServer
    corrections: Path

    @property
    def url(self) -> str:
        return self.server.url

    def get(self, path: str, **headers: str) -> tuple[int, str]:
        return self._open(Request(self.url.rstrip("/") + path, headers=headers))

    def post(self, form: dict[str, str], **headers: str) -> tuple[int, str, str]:
        data = urlencode(form).encode()
        request = Request(self.url + "correct", data=data, headers=headers, method="POST")
        try:
            with _NO_REDIRECT.open(request) as answer:
                return answer.status, answer.read().decode(), answer.headers.get("Location", "")
        except HTTPError as exc:
            return exc.code, exc.read().decode(), exc.headers.get("Location", "")

    def _open(self, request: Request) -> tuple[int, str]:
        try:
            with _NO_REDIRECT.open(request) as answer:
                return answer.status, answer.read().decode()
        except HTTPError as exc:
            return exc.code, exc.read().decode()


class _Keep(HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_NO_REDIRECT = build_opener(_Keep)


@contextmanager
def serving(tables: Path, raw_dir: Path, corrections: Path, base: Path) -> Iterator[Served]:
    """A review server on a free port for the duration of the block."""
    server = ReviewServer(ReviewApp(tables, corrections, raw_dir, base), 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(server, corrections)
    finally:
        server.shutdown()
        thread.join(5)


def q(element: Any, selector: str) -> list[Any]:
    """Elements under ``element`` matching a small CSS selector: descendant steps of
    ``tag``, ``tag.class.class``, ``.class`` or ``#id`` (XPath underneath)."""
    xpath = ""
    for step in selector.split():
        if step.startswith("#"):
            xpath += f"//*[@id='{step[1:]}']"
            continue
        tag, *classes = step.split(".")
        tests = "".join(
            f"[contains(concat(' ', normalize-space(@class), ' '), ' {c} ')]" for c in classes
        )
        xpath += f"//{tag or '*'}{tests}"
    return list(element.xpath("." + xpath))
