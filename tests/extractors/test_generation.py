"""Generation of the contract (extractors/generic/generation.py), through the whole pipeline.

1 for a first contract, 2 for a second …; previous contracts are history and a contract
still to be written is not this one (SCHEMA.md).
"""

from __future__ import annotations

import pytest

from extractors import extract_record
from pipeline.model import CLSRecord
from pipeline.text.plain import read_text


def _record(text: str) -> CLSRecord:
    return extract_record(read_text(text, "t", "t"))


GENERATIONS = [
    pytest.param(
        "Valtest : un troisième contrat local de santé pour 2024-2028\n"
        "Lundi, la commune de Valtest a renouvelé pour la troisième fois son engagement "
        "dans un contrat local de santé.",
        3,
        id="noun-rank-beats-renewal-count",
    ),
    pytest.param(
        "La commune de Valtest renouvelle pour la deuxième fois son contrat local de santé.",
        3,
        id="renewal-count-alone-adds-one",
    ),
    pytest.param(
        "Le second CLS du Pays de Vitré a été signé à la sous-préfecture.",
        2,
        id="second-cls",
    ),
    pytest.param(
        "Lannion-Trégor Communauté et l'ARS Bretagne ont signé le CLS 2 du territoire.",
        2,
        id="cls-2",
    ),
    pytest.param(
        "Le CLS2+ de la Ville de Reims prolonge la dynamique engagée en 2012.",
        2,
        id="cls2-plus",
    ),
    pytest.param(
        "Ce contrat de 2e génération met l'accent sur la santé mentale des jeunes.",
        2,
        id="2e-generation",
    ),
    pytest.param(
        "Un CLS de seconde génération pour le Haut-Allier.",
        2,
        id="seconde-generation-heading",
    ),
    pytest.param(
        "Mercredi, la ville d'Amiens a signé son 2e CLS avec l'Agence régionale de santé.",
        2,
        id="son-2e-cls",
    ),
    pytest.param(
        "Le deuxième contrat local de santé du Grand Villeneuvois est entré en vigueur.",
        2,
        id="deuxieme-contrat-local",
    ),
    pytest.param(
        "Après un premier CLS signé en 2015, la commune s'engage dans un 2ème CLS.",
        2,
        id="2eme-after-premier",
    ),
    pytest.param(
        "La Métropole du Grand Nancy signe son troisième contrat local de santé.",
        3,
        id="troisieme-contrat-local",
    ),
    pytest.param(
        "Ce troisième contrat prend le relais du CLS 1 (2012/2019) puis du CLS 2 (2020/2023).",
        3,
        id="troisieme-contrat-after-history",
    ),
    pytest.param(
        "Strasbourg s'engage dans un CLS de troisième génération.",
        3,
        id="de-troisieme-generation",
    ),
    pytest.param(
        "Le 3e CLS de Saint-Denis a été présenté aux habitants.",
        3,
        id="3e-cls",
    ),
    pytest.param(
        "Pour la quatrième fois, la communauté de communes du Pays de Craon s'engage dans "
        "un contrat local de santé.",
        4,
        id="pour-la-quatrieme-fois",
    ),
    pytest.param(
        "Pour la deuxième fois, la Ville de Vierzon et l'ARS Centre-Val de Loire signent un "
        "contrat local de santé.",
        2,
        id="pour-la-deuxieme-fois",
    ),
    pytest.param(
        "Signature du premier contrat local de santé de la Communauté de communes Cœur de Savoie.",
        1,
        id="premier-contrat-local",
    ),
    pytest.param(
        "La Ville de Saint-Laurent-du-Maroni renouvelle son CLS avec l'ARS de Guyane.",
        2,
        id="renouvelle-son-cls",
    ),
    pytest.param(
        "Le contrat local de santé n°2 de la Ville de Béziers a été signé ce matin.",
        2,
        id="contrat-local-n-2",
    ),
    pytest.param(
        "Le CLS II du Pays de Lorient s'appuie sur un diagnostic actualisé.",
        2,
        id="cls-roman-ii",
    ),
    # Traps: future contracts and vague "new" contracts are not a generation.
    pytest.param(
        "Le conseil communautaire a lancé l'élaboration d'un CLS 2 pour la période à venir.",
        None,
        id="trap-elaboration-d-un-cls-2",
    ),
    pytest.param(
        "Le prochain contrat local de santé devrait voir le jour en 2026.",
        None,
        id="trap-prochain-contrat",
    ),
    pytest.param(
        "La préparation du futur CLS 3 mobilisera les élus dès l'automne.",
        None,
        id="trap-futur-cls-3",
    ),
    pytest.param(
        "Un contrat local de santé de nouvelle génération pour le Pays de Saint-Malo.",
        None,
        id="trap-nouvelle-generation-no-number",
    ),
    pytest.param(
        "Signé en 2019, le CLS 2 de la communauté de communes court jusqu'en 2024, date à "
        "laquelle un futur CLS 3 prendra le relais.",
        2,
        id="current-2-beside-future-3",
    ),
    pytest.param(
        "Signature en mairie : notre 3e #ContratLocalDeSanté est lancé pour 2025-2029 ! #santé",
        3,
        id="ordinal-before-a-hashtag",
    ),
    pytest.param(
        "Signé jeudi, ce contrat, le deuxième de la communauté de communes, court jusqu'en 2027.",
        2,
        id="rank-in-apposition-to-the-contract",
    ),
    pytest.param(
        "Ce contrat local de santé, le cinquième du département, a été signé jeudi.",
        None,
        id="trap-apposition-rank-among-areas",
    ),
    pytest.param(
        "Le deuxième contrat local de santé de la commune court de 2023 à 2027.\n"
        "Article 8 – L'évaluation finale préparera, le cas échéant, un éventuel troisième "
        "contrat.",
        2,
        id="trap-a-possible-next-contract",
    ),
    pytest.param(
        "La commune a signé hier son premier contrat local de santé. À terme, le périmètre "
        "de la communauté de communes pourrait être retenu pour un deuxième contrat.",
        1,
        id="trap-a-conditional-next-contract",
    ),
    pytest.param(
        "Considérant que le syndicat mixte conduit l'élaboration du premier contrat local de "
        "santé du territoire, qui sera signé en juin ;",
        1,
        id="a-first-contract-in-the-making-is-this-one",
    ),
    pytest.param(
        "L'élaboration du premier contrat avait commencé en 2012. Signé en mai, le "
        "troisième contrat local de santé couvre les années 2024 à 2028.",
        3,
        id="trap-first-in-the-making-beside-a-higher-rank",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GENERATIONS)
def test_generation(text: str, expected: int | None) -> None:
    assert _record(text).generation == expected


def test_a_table_of_the_departments_contracts_gives_their_ranks_not_this_ones() -> None:
    """A box listing the contracts of a department, one a row with its rank and period:
    the rows of the other areas are their contracts; this contract's rank stands in the
    text (and in its own row)."""
    from pipeline.text.html import read_html

    html = (
        "<html><body><main><h1>Un premier contrat local de santé pour le Val d'Essai</h1>"
        "<p>La communauté de communes du Val d'Essai et l'Agence régionale de santé ont signé "
        "le premier contrat local de santé du Val d'Essai, qui couvre la période 2024-2028.</p>"
        "<table><tr><th>Territoire</th><th>Génération</th><th>Période</th></tr>"
        "<tr><td>Plateau de Testeval</td><td>3e génération</td><td>2022-2026</td></tr>"
        "<tr><td>Montagne d'Exemple</td><td>2e génération</td><td>2023-2027</td></tr>"
        "<tr><td>Val d'Essai</td><td>1re génération</td><td>2024-2028</td></tr>"
        "</table></main></body></html>"
    )
    record = extract_record(read_html(html.encode("utf-8"), "t", "t.html"))
    assert record.generation == 1
    assert (record.period_start, record.period_end) == (2024, 2028)


def test_a_table_of_this_carriers_own_contracts_still_gives_the_rank() -> None:
    """A table of the carrier's successive contracts ("CLS 1 | 2014-2018", "CLS 2 | …"):
    its first cells name contracts, not other areas; the latest row is this contract."""
    from pipeline.text.html import read_html

    html = (
        "<html><body><main><h1>Santé : la ville de Testeval signe son contrat</h1>"
        "<p>La ville de Testeval et l'Agence régionale de santé ont signé le contrat local "
        "de santé le 3 mai.</p>"
        "<table><tr><th>Contrat</th><th>Période</th></tr>"
        "<tr><td>CLS 1</td><td>2014-2018</td></tr>"
        "<tr><td>CLS 2</td><td>2019-2023</td></tr>"
        "</table></main></body></html>"
    )
    record = extract_record(read_html(html.encode("utf-8"), "t", "t.html"))
    assert record.generation == 2
    assert (record.period_start, record.period_end) == (2019, 2023)
