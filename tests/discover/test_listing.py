"""Sources of sources: from an ARS or département page that lists many CLS, the links to
the territories' CLS pages and documents (pipeline.discover.links.listing_links), and a
catalogue run that follows them one level deep."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.discover.links import listing_links
from pipeline.discover.names import area_names
from pipeline.model import Listing
from tests.ingest.conftest import FixtureServer, page, static
from tests.ingest.test_batch import FAST, manifest_lines, read_tables
from tests.ingest.test_catalogue_run import entry, write_catalogue

ARS_PAGE = "https://www.bretagne.ars.sante.fr/contrats-locaux-ou-territoriaux-de-sante"
BRETAGNE = Listing("53")


def followed(anchor: str, listing: Listing = BRETAGNE, page_url: str = ARS_PAGE) -> bool:
    markup = f"<html><body><main><ul><li>{anchor}</li></ul></main></body></html>"
    return bool(listing_links(markup, page_url, listing))


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        # same site: a CLS, a territory of the région, a kind of territory
        ('<a href="/system/files/cls-quimperle.pdf">Télécharger</a>', True),
        ('<a href="/signature-a-guingamp">Signature à Guingamp</a>', True),
        ('<a href="/quimperle-communaute">Quimperlé Communauté</a>', True),
        ('<a href="/broceliande">Pays de Brocéliande</a>', True),
        ('<a href="/actu-42">Le contrat local de santé signé</a>', True),
        ('<a href="/plan-du-site">Plan du site</a>', False),
        ('<a href="/nancy">Grand Nancy</a>', False),  # not in Bretagne
        ('<a href="/carte-cls.png">Carte des CLS</a>', False),  # an image
        ('<a href="/cls.docx">Contrat local de santé (Word)</a>', False),
        # other sites: only a territory's own site
        ('<a href="https://www.saint-malo.fr/sante">CLS de Saint-Malo</a>', True),
        ('<a href="https://www.ville-saint-brieuc.fr/cls">Saint-Brieuc</a>', True),
        ('<a href="https://www.quimperle-communaute.bzh/cls">Le CLS</a>', True),
        ('<a href="https://www.ouest-france.fr/cls-rennes">CLS de Rennes</a>', False),
        ('<a href="https://www.nancy.fr/cls">CLS de Nancy</a>', False),
        ('<a href="https://www.saint-malo.fr/piscine">Horaires</a>', False),  # says nothing
        ('<a href="mailto:cls@ars.sante.fr">Contact CLS</a>', False),
    ],
)
def test_listing_link_table(anchor: str, expected: bool) -> None:
    assert followed(anchor) is expected


def test_a_departement_listing_names_only_its_own_communes() -> None:
    seine_saint_denis = Listing("11", "93")
    page_url = "http://www.seine-saint-denis.gouv.fr/Sante/Les-contrats-locaux-de-sante-CLS"
    assert followed('<a href="/page-a">Saint-Denis</a>', seine_saint_denis, page_url)
    assert not followed('<a href="/page-b">Créteil</a>', seine_saint_denis, page_url)
    assert followed('<a href="/page-b">Créteil</a>', Listing("11"), page_url)


def test_links_carry_the_territory_they_name_and_come_in_page_order() -> None:
    markup = (
        "<main>"
        '<a href="/a.pdf">Contrat local de santé de Quimperlé Communauté</a>'
        '<a href="/b">Pays de Brocéliande</a>'
        '<a href="/a.pdf#p2">doublon</a>'
        "</main>"
    )
    links = listing_links(markup, ARS_PAGE, BRETAGNE)
    assert [(link.url.rsplit("/", 1)[1], link.territory) for link in links] == [
        ("a.pdf", "CA Quimperlé Communauté"),
        ("b", None),
    ]


def test_navigation_outside_the_main_content_is_ignored() -> None:
    markup = (
        '<nav><a href="/cls-menu">Les CLS</a></nav>'
        '<main><a href="/cls-rennes">CLS de Rennes</a></main>'
        '<footer><a href="/cls-footer">CLS</a></footer>'
    )
    assert [link.url for link in listing_links(markup, ARS_PAGE, BRETAGNE)] == [
        "https://www.bretagne.ars.sante.fr/cls-rennes"
    ]
    without_main = markup.replace("<main>", "<div>").replace("</main>", "</div>")
    assert len(listing_links(without_main, ARS_PAGE, BRETAGNE)) == 1


def test_listing_limit() -> None:
    markup = "<main>" + "".join(f'<a href="/cls-{i}">CLS {i}</a>' for i in range(30)) + "</main>"
    assert len(listing_links(markup, ARS_PAGE, BRETAGNE, limit=7)) == 7


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("www.saint-malo.fr", ["Saint-Malo"]),
        ("saintmalo.bzh", ["Saint-Malo"]),
        ("www.metropole.rennes.fr", ["Rennes"]),
        ("www.ouest-france.fr", []),
        ("www.ville.fr", []),
    ],
)
def test_hosts_that_spell_a_territory(host: str, expected: list[str]) -> None:
    assert area_names("53").in_host(host, frozenset({"www", "fr", "ville"})) == expected


@pytest.mark.slow
def test_a_catalogue_listing_page_leads_one_level_to_the_territories(
    tmp_path: Path, server: FixtureServer, contract_pdf: bytes
) -> None:
    links = (
        '<ul><li><a href="/lst/docs/cls-quimperle.pdf">Quimperlé Communauté</a></li>'
        '<li><a href="/lst/guingamp.html">Pays de Guingamp</a></li>'
        '<li><a href="/lst/agenda.html">Agenda</a></li></ul>'
    )
    listing = server.add("/lst/ars.html", static(page("Les CLS", "Bretagne", links), "text/html"))
    inner = '<a href="/lst/docs/cls-guingamp.pdf">Contrat local de santé (PDF)</a>'
    server.add("/lst/guingamp.html", static(page("CLS", "Pays de Guingamp", inner), "text/html"))
    server.add("/lst/docs/cls-quimperle.pdf", static(contract_pdf, "application/pdf"))
    server.add("/lst/docs/cls-guingamp.pdf", static(contract_pdf, "application/pdf"))
    server.add("/lst/agenda.html", static(page("Agenda", "Bretagne"), "text/html"))
    catalogue = write_catalogue(
        tmp_path / "catalogue.csv",
        [entry(listing, "Bretagne", "ars_listing", territory_kind="region", departement_code="")],
    )
    raw = tmp_path / "raw"
    args = ["run", "--catalogue", str(catalogue), "--out", str(tmp_path / "out")]
    result = CliRunner().invoke(cli, [*args, "--raw-dir", str(raw), *FAST, "--allow-private-links"])

    assert result.exit_code == 0, result.output
    assert "2 discovered" in result.output
    documents = read_tables(tmp_path / "out")["documents"]
    found = sorted((d["kind"], d["found_on"]) for d in documents if d["found_on"])
    assert found == [("html", listing), ("pdf", listing)]
    assert server.hits["/lst/agenda.html"] == 0
    assert server.hits["/lst/docs/cls-guingamp.pdf"] == 0  # one level only
    recorded = {line["url"]: line.get("found_on") for line in manifest_lines(raw)}
    assert recorded[server.url("/lst/docs/cls-quimperle.pdf")] == listing
