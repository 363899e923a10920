"""Organisations party to the contract and the ARS regions (extractors/generic/parties.py,
orgmatch.py), through the whole pipeline.

An organisation is a party when it is named as a signatory or partner; one merely cited
(a hospital patients go to, the body that wrote the diagnostic, a glossary) is not.
Rows give (type, place, role) as SCHEMA.md writes them.
"""

from __future__ import annotations

import pytest

from extractors import extract_record
from pipeline.model import CLSRecord
from pipeline.text.plain import read_text

Org = tuple[str, str | None, str]


def _record(text: str) -> CLSRecord:
    return extract_record(read_text(text, "t", "t"))


def _orgs(rec: CLSRecord) -> list[Org]:
    return [(o.type, o.place, o.role) for o in rec.organisations]


PARTIES = [
    pytest.param(
        "Le contrat est signé par la Ville de Vannes, l'ARS Bretagne et l'Éducation nationale "
        "(direction des services départementaux du Morbihan).",
        ("EDUCATION_NATIONALE", "Morbihan", "signatory"),
        id="place-of-a-service-in-brackets",
    ),
    pytest.param(
        "Le troisième contrat local de santé lie six signataires : la Ville de Valtest, "
        "l'ARS Bretagne et, depuis le deuxième contrat, la CAF du Finistère.",
        ("CAF", "Finistère", "signatory"),
        id="signatory-since-an-earlier-contract",
    ),
    pytest.param(
        "Le contrat est signé par la Ville de Moissac, l'ARS Occitanie et la Direction "
        "départementale de la cohésion sociale et de la protection des populations du Lot.",
        ("PREFECTURE", "Lot", "signatory"),
        id="ddcspp-is-a-state-service",
    ),
    pytest.param(
        "Le contrat est signé par la Ville de Rennes, l'ARS Bretagne et la CPAM d'Ille-et-Vilaine.",
        ("CPAM", "Ille-et-Vilaine", "signatory"),
        id="cpam-d-ille-et-vilaine",
    ),
    pytest.param(
        "Le contrat est signé par la Ville de Rennes, l'ARS Bretagne et la CPAM d'Ille-et-Vilaine.",
        ("COMMUNE", "Rennes", "signatory"),
        id="ville-de-rennes",
    ),
    pytest.param(
        "Les signataires sont la commune, l'Agence régionale de santé et la Caisse "
        "primaire d'assurance maladie (CPAM).",
        ("CPAM", None, "signatory"),
        id="cpam-spelled-out-with-acronym",
    ),
    pytest.param(
        "Le CLS a été signé par la Métropole du Grand Nancy et l'Agence régionale de santé "
        "Grand Est.",
        ("ARS", "Grand Est", "signatory"),
        id="agence-regionale-de-sante-grand-est",
    ),
    pytest.param(
        "La Ville de Nice et l'ARS Paca ont signé le troisième contrat local de santé.",
        ("ARS", "Provence-Alpes-Côte d'Azur", "signatory"),
        id="ars-paca",
    ),
    pytest.param(
        "Les partenaires signataires : Vitré Communauté, l'ARS Bretagne, la MSA Portes de "
        "Bretagne et le conseil départemental d'Ille-et-Vilaine.",
        ("MSA", "Portes de Bretagne", "signatory"),
        id="msa-portes-de-bretagne",
    ),
    pytest.param(
        "Les partenaires signataires : Vitré Communauté, l'ARS Bretagne, la MSA Portes de "
        "Bretagne et le conseil départemental d'Ille-et-Vilaine.",
        ("DEPARTEMENT", "Ille-et-Vilaine", "signatory"),
        id="conseil-departemental-d-ille-et-vilaine",
    ),
    pytest.param(
        "Le contrat a été signé par Nantes Métropole, l'ARS Pays de la Loire, la "
        "préfecture de la Loire-Atlantique et le CHU de Nantes.",
        ("HOSPITAL", "Nantes", "signatory"),
        id="chu-de-nantes-signatory",
    ),
    pytest.param(
        "Le contrat a été signé par Nantes Métropole, l'ARS Pays de la Loire, la "
        "préfecture de la Loire-Atlantique et le CHU de Nantes.",
        ("PREFECTURE", "Loire-Atlantique", "signatory"),
        id="prefecture-de-la-loire-atlantique",
    ),
    pytest.param(
        "La communauté d'agglomération, l'ARS et les services de l'État ont signé le "
        "contrat local de santé.",
        ("PREFECTURE", None, "signatory"),
        id="services-de-l-etat",
    ),
    pytest.param(
        "Signataires :\n- Dinan Agglomération\n- ARS Bretagne\n- DSDEN 22\n"
        "- CPAM des Côtes-d'Armor",
        ("EDUCATION_NATIONALE", "Côtes-d'Armor", "signatory"),
        id="dsden-22-list-item",
    ),
    pytest.param(
        "Six signataires ont paraphé le contrat : la Ville de Saint-Denis, l'ARS "
        "Île-de-France, la préfecture de la Seine-Saint-Denis, la CPAM 93, le Département "
        "et l'Éducation nationale.",
        ("CPAM", "Seine-Saint-Denis", "signatory"),
        id="cpam-93",
    ),
    pytest.param(
        "Six signataires ont paraphé le contrat : la Ville de Saint-Denis, l'ARS "
        "Île-de-France, la préfecture de la Seine-Saint-Denis, la CPAM 93, le Département "
        "et l'Éducation nationale.",
        ("EDUCATION_NATIONALE", None, "signatory"),
        id="education-nationale-no-place",
    ),
    pytest.param(
        "Le comité de pilotage réunit la CAF des Côtes-d'Armor, la MSA d'Armorique et "
        "l'hôpital de Dinan.",
        ("CAF", "Côtes-d'Armor", "partner"),
        id="comite-de-pilotage-caf-partner",
    ),
    pytest.param(
        "Le comité de pilotage réunit la CAF des Côtes-d'Armor, la MSA d'Armorique et "
        "l'hôpital de Dinan.",
        ("MSA", "Armorique", "partner"),
        id="comite-de-pilotage-msa-partner",
    ),
    pytest.param(
        "Le comité de pilotage associe Nantes Métropole, le CHU de Nantes et la CPAM de "
        "Loire-Atlantique.",
        ("HOSPITAL", "Nantes", "partner"),
        id="chu-de-nantes-in-comite-de-pilotage",
    ),
    pytest.param(
        "Le contrat a été signé par la préfète des Côtes-d'Armor, le président de "
        "Saint-Brieuc Armor Agglomération et la directrice de l'ARS Bretagne.",
        ("PREFECTURE", "Côtes-d'Armor", "signatory"),
        id="prefete-signs-for-the-state",
    ),
    pytest.param(
        "Le Département de la Seine-Saint-Denis est signataire du contrat.",
        ("DEPARTEMENT", "Seine-Saint-Denis", "signatory"),
        id="departement-signataire",
    ),
    pytest.param(
        "Sont également signataires l'URPS Médecins libéraux de Bretagne et la Mutualité "
        "Française Bretagne.",
        ("PROFESSIONALS", "Bretagne", "signatory"),
        id="urps-medecins-liberaux",
    ),
    pytest.param(
        "Le contrat a été signé par la Région Bretagne, la CARSAT Bretagne et la Mutualité "
        "Française Bretagne.",
        ("CARSAT", "Bretagne", "signatory"),
        id="carsat-bretagne",
    ),
    pytest.param(
        "Le contrat a été signé par la Région Bretagne, la CARSAT Bretagne et la Mutualité "
        "Française Bretagne.",
        ("REGION", "Bretagne", "signatory"),
        id="region-bretagne",
    ),
    pytest.param(
        "Le contrat a été signé par la Région Bretagne, la CARSAT Bretagne et la Mutualité "
        "Française Bretagne.",
        ("MUTUALITE", "Bretagne", "signatory"),
        id="mutualite-francaise-bretagne",
    ),
    pytest.param(
        "Le CLS a été signé par Brest métropole, le CCAS de Brest et le centre hospitalier "
        "de Morlaix.",
        ("CCAS", "Brest", "signatory"),
        id="ccas-de-brest",
    ),
    pytest.param(
        "Le CLS a été signé par Brest métropole, le CCAS de Brest et le centre hospitalier "
        "de Morlaix.",
        ("HOSPITAL", "Morlaix", "signatory"),
        id="centre-hospitalier-de-morlaix",
    ),
    pytest.param(
        "Le contrat a été signé par la Ville de Bordeaux, l'ARS Nouvelle-Aquitaine et la "
        "CAF de la Gironde.",
        ("CAF", "Gironde", "signatory"),
        id="caf-de-la-gironde",
    ),
    pytest.param(
        "Le contrat est porté conjointement par la communauté de communes de Saint-Flour "
        "et la communauté de communes Hautes Terres Communauté, avec l'ARS "
        "Auvergne-Rhône-Alpes.",
        ("ARS", "Auvergne-Rhône-Alpes", "signatory"),
        id="ars-auvergne-rhone-alpes-co-carried",
    ),
    pytest.param(
        "Les actions sont animées par l'Instance régionale d'éducation et de promotion de "
        "la santé (IREPS) Bretagne, en lien avec la CPAM du Morbihan.",
        ("CPAM", "Morbihan", "partner"),
        id="en-lien-avec-partner",
    ),
    pytest.param(
        "Le contrat a été signé par la Communauté de communes du Pays Fouesnantais et "
        "l'ARS Bretagne.",
        ("EPCI", None, "signatory"),
        id="epci-named-after-territory-place-null",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTIES)
def test_organisation_is_party(text: str, expected: Org) -> None:
    assert expected in _orgs(_record(text))


NOT_PARTIES = [
    pytest.param(
        "Le deuxième contrat local de santé de Valtest est signé par la Ville de Valtest et "
        "l'ARS Bretagne.\nUn premier contrat, celui du Pays de Lorem, avait été signé en 2012 "
        "par l'ARS, le Pays et le Conseil départemental du Finistère.",
        ("DEPARTEMENT", "Finistère"),
        id="trap-signatory-of-the-first-contract-in-a-renewal",
    ),
    pytest.param(
        "Le contrat a été signé par la Ville de Saint-Brieuc et l'ARS Bretagne.\n"
        "Les urgences du centre hospitalier de Guingamp restent saturées le week-end.",
        ("HOSPITAL", "Guingamp"),
        id="trap-hospital-in-passing",
    ),
    pytest.param(
        "Le contrat a été signé par Lorient Agglomération et l'ARS Bretagne.\n"
        "Le diagnostic a été réalisé par l'Observatoire régional de santé de Bretagne.",
        ("OTHER", "Bretagne"),
        id="trap-diagnostic-author",
    ),
    pytest.param(
        "Le contrat a été signé à l'hôpital de Dinan par Dinan Agglomération et l'ARS Bretagne.",
        ("HOSPITAL", "Dinan"),
        id="trap-hospital-as-venue",
    ),
    pytest.param(
        "La Métropole du Grand Nancy et l'ARS Grand Est ont signé le contrat, en présence "
        "du maire de Nancy.",
        ("COMMUNE", "Nancy"),
        id="trap-mayor-is-a-person",
    ),
    pytest.param(
        "Le contrat a été signé par Guingamp-Paimpol Agglomération et l'ARS Bretagne.\n"
        "Glossaire : CPAM : caisse primaire d'assurance maladie ; CAF : caisse "
        "d'allocations familiales.",
        ("CAF", None),
        id="trap-glossary",
    ),
    pytest.param(
        "La Ville de Saint-Laurent-du-Maroni a signé son CLS avec l'ARS de Guyane. La "
        "semaine précédente, la communauté de communes des Savanes avait signé le sien.",
        ("EPCI", None),
        id="trap-other-territory-signature",
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT_PARTIES)
def test_organisation_is_not_party(text: str, absent: tuple[str, str | None]) -> None:
    assert absent not in [(t, p) for t, p, _ in _orgs(_record(text))]


ARS_REGIONS = [
    pytest.param(
        "Le CLS a été signé par la Ville de Lorient et l'ARS Bretagne.",
        ["Bretagne"],
        id="ars-bretagne",
    ),
    pytest.param(
        "Le contrat a été signé par la Ville de Reims et l'Agence régionale de santé Grand Est.",
        ["Grand Est"],
        id="agence-regionale-grand-est",
    ),
    pytest.param(
        "La Ville de Nice et l'ARS Paca ont signé le contrat.",
        ["Provence-Alpes-Côte d'Azur"],
        id="paca",
    ),
    pytest.param(
        "L'ARS Aura et la communauté de communes ont signé le contrat.",
        ["Auvergne-Rhône-Alpes"],
        id="aura",
    ),
    pytest.param(
        "Le contrat a été signé par la Ville de Paris et l'ARS Ile-de-France.",
        ["Île-de-France"],
        id="ile-de-france-without-accent",
    ),
    pytest.param(
        "Le contrat a été signé par l'agglomération et l'ARS Nouvelle Aquitaine.",
        ["Nouvelle-Aquitaine"],
        id="nouvelle-aquitaine-without-hyphen",
    ),
    pytest.param(
        "Cap Excellence et l'ARS de Guadeloupe, Saint-Martin et Saint-Barthélemy ont "
        "signé le contrat.",
        ["Guadeloupe"],
        id="guadeloupe-saint-martin-saint-barthelemy",
    ),
    pytest.param(
        "La Ville de Saint-Laurent-du-Maroni a signé son CLS avec l'ARS de Guyane.",
        ["Guyane"],
        id="ars-de-guyane",
    ),
    pytest.param(
        "Le contrat a été signé en 2016 par la commune du Port et l'ARS Océan Indien.",
        ["Océan Indien"],
        id="former-area-ocean-indien",
    ),
    pytest.param(
        "Le premier contrat avait été signé avec l'ARS Languedoc-Roussillon ; le second a "
        "été signé par la communauté de communes et l'ARS Occitanie.",
        ["Occitanie"],
        id="former-region-is-history",
    ),
    pytest.param(
        "L'agglomération et l'Agence régionale de santé (ARS) ont signé le contrat.",
        ["?"],
        id="ars-without-region",
    ),
    pytest.param(
        "Le contrat a été signé par la communauté de communes du Grand Autunois Morvan et "
        "l'ARS de Bourgogne-Franche-Comté.",
        ["Bourgogne-Franche-Comté"],
        id="ars-de-bourgogne-franche-comte",
    ),
    pytest.param(
        "La Ville d'Ajaccio et l'ARS de Corse ont signé le contrat local de santé.",
        ["Corse"],
        id="ars-de-corse",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARS_REGIONS)
def test_ars_regions(text: str, expected: list[str]) -> None:
    assert _record(text).ars_regions == expected


def test_an_intercommunality_named_in_either_order_is_one_body() -> None:
    rec = _record(
        "La Communauté d'agglomération Valtest Océan et l'ARS Bretagne ont signé le "
        "contrat local de santé.\n"
        "Le contrat est signé par Valtest Océan Agglomération, la Ville de Valtest et l'ARS "
        "Bretagne."
    )
    epcis = [o for o in rec.organisations if o.type == "EPCI"]
    assert [o.name for o in epcis] == ["Communauté d'agglomération Valtest Océan"]


def test_an_intercommunality_of_two_territories_runs_to_its_acronym() -> None:
    rec = _record(
        "La Communauté de communes du Val de Test et du Pays de Lorem (VTPL), la Préfecture "
        "de la Sarthe et l'ARS Pays de la Loire ont signé le contrat local de santé."
    )
    epcis = [o.name for o in rec.organisations if o.type == "EPCI"]
    assert len(epcis) == 1
    assert epcis[0].startswith("Communauté de communes du Val de Test et du Pays de Lorem")
    assert rec.n_signatories == 3
