"""The hostile corpus: broken and hostile inputs beside good documents, built on disk.

Each ``Case`` names a document, writes it (or serves it, for URLs), and says what the
batch must make of it: an error row (stage and message), or a record, with the warning
it should carry and whether it is about a CLS. Bad files are generated here, in about a
second: a 3,000-page PDF and a PDF whose stream inflates to 4 GiB are written by hand
(``hostilepdf``), not rendered.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hostilepdf import corrupt, inflating, many_pages, text_pdf, truncated
from pdfmaker import contract_pdf

from pipeline.limits import MAX_HTML_BYTES, MAX_HTML_WALK_DEPTH, MAX_PDF_PAGES, MIB

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
SAMPLES = Path(__file__).resolve().parents[2] / "data" / "raw" / "samples"

PAGE = (
    "<!DOCTYPE html><html><head><meta charset='{charset}'><title>{title}</title></head>"
    "<body><main><h1>{title}</h1>{body}</main></body></html>"
)
CLS_TEXT = (
    "<p>Le contrat local de santé de la ville de Sète a été signé le 3 février 2021 par "
    "l'ARS Occitanie, la Ville de Sète et la CPAM de l'Hérault pour la période 2021-2025. "
    "Il compte quatre axes : l'accès aux soins, la santé mentale, la prévention et la "
    "santé environnementale. Élaboré avec les élus, il réunit dix-huit actions.</p>"
)


@dataclass(frozen=True)
class Case:
    """One input and what the batch must make of it.

    ``error``: (stage, start of the message) of its error row; None for a document that
    must get a record. ``warning``: start of a warning row it must carry. ``is_cls``:
    the record's verdict (documents.is_cls).
    """

    name: str
    write: Callable[[Path], bytes]
    suffix: str
    error: tuple[str, str] | None = None
    warning: str | None = None
    is_cls: bool = True


def _page(title: str, body: str, charset: str = "utf-8") -> str:
    return PAGE.format(charset=charset, title=title, body=body)


def _deep_html(_: Path) -> bytes:
    depth = 100_000
    body = "<div>" * depth + CLS_TEXT + "</div>" * depth
    return _page("Contrat local de santé de Sète", body).encode()


def _huge_html(_: Path) -> bytes:
    paragraph = CLS_TEXT.encode() + b"\n"
    count = 50 * MIB // len(paragraph) + 1
    return _page("CLS", "").encode().replace(b"</main>", paragraph * count + b"</main>")


def _double_encoded(_: Path) -> bytes:
    return _page("Contrat local de santé", CLS_TEXT).encode().decode("cp1252").encode()


def _seed(name: str) -> Callable[[Path], bytes]:
    return lambda _: (SEEDS / name).read_bytes()


def _sample(name: str) -> Callable[[Path], bytes]:
    return lambda _: (SAMPLES / name).read_bytes()


ENGLISH = (
    "<p>The local health contract of the city was signed on 3 March 2021 by the mayor, "
    "the regional health agency and the health insurance fund. It sets out five priorities "
    "for the next five years: access to care, mental health, prevention for young people, "
    "healthy ageing and the environment. Each priority is broken down into actions with a "
    "lead partner, a budget and indicators that the steering committee reviews.</p>"
)
NOT_CLS = (
    "<p>Le marché de Noël ouvre ses portes le 3 décembre sur la place de la mairie. Les "
    "chalets des artisans et des producteurs locaux vous attendent tous les jours de dix "
    "heures à vingt heures, avec des animations pour les enfants et un concert le samedi "
    "soir. L'entrée est libre et la navette gratuite part de la gare toutes les vingt "
    "minutes.</p>"
)

GOOD = [
    Case("reims-cls2", _seed("reims-cls2.txt"), ".txt"),
    Case("rennes-2025", _seed("rennes-2025.txt"), ".txt"),
    Case("broceliande-2017-contrat", _sample("broceliande-2017-contrat.pdf"), ".pdf"),
    Case("reims-page", _sample("reims-cls2.html"), ".html"),
    Case("generated-contract", lambda _: contract_pdf(4, scanned_page=False), ".pdf"),
    Case(
        "owner-password-only",
        lambda _: text_pdf(
            ["Contrat local de santé de Lunel 2022-2026", "signé le 4 mai 2022 par l'ARS"],
            user_password="",
        ),
        ".pdf",
    ),
    Case(
        "cp1252-declared-utf8",
        lambda _: _page("Contrat local de santé", CLS_TEXT).encode("cp1252"),
        ".html",
    ),
    Case(
        "utf8-declared-latin1",
        lambda _: _page("Contrat local de santé", CLS_TEXT, "iso-8859-1").encode(),
        ".html",
    ),
    Case(
        "double-encoded",
        _double_encoded,
        ".html",
        warning="text was UTF-8 read as Windows-1252",
    ),
    Case(
        "deep-100000",
        _deep_html,
        ".html",
        warning=f"HTML nested more than {MAX_HTML_WALK_DEPTH} levels deep",
    ),
    Case(
        "english",
        lambda _: _page("Local health contract", ENGLISH).encode(),
        ".html",
        warning="not written in French",
        is_cls=False,
    ),
    Case(
        "marche-de-noel",
        lambda _: _page("Marché de Noël", NOT_CLS).encode(),
        ".html",
        is_cls=False,
    ),
]

BAD = [
    Case("empty", lambda _: b"", ".html", error=("text", "empty file")),
    Case(
        "truncated",
        lambda _: truncated(contract_pdf(3, scanned_page=False)),
        ".pdf",
        error=("text", "truncated PDF (no %%EOF at its end)"),
    ),
    Case("corrupt", lambda _: corrupt(), ".pdf", error=("text", "not a readable PDF")),
    Case(
        "encrypted",
        lambda _: text_pdf(["Contrat local de santé"], user_password="motdepasse"),
        ".pdf",
        error=("text", "encrypted PDF: a password is needed to open it"),
    ),
    Case(
        "pages-3000",
        lambda _: many_pages(3000),
        ".pdf",
        error=("text", f"PDF has 3000 pages (limit {MAX_PDF_PAGES})"),
    ),
    Case(
        "inflates-4gib",
        lambda _: inflating(4096),
        ".pdf",
        error=("text", "PDF reader crashed (signal SIGABRT)"),
    ),
    Case(
        "garbage",
        lambda _: random.Random(5).randbytes(200_000),
        ".html",
        error=("text", "binary content, not an HTML page"),
    ),
    Case(
        "huge-50mb",
        _huge_html,
        ".html",
        error=(
            "text",
            f"HTML page of 50.0 MiB is too large to parse (limit {MAX_HTML_BYTES // MIB} MiB)",
        ),
    ),
]
