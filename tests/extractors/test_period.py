"""Period of the contract (extractors/generic/period.py), read through the whole pipeline.

Each row is a French phrasing and the (period_start, period_end) an analyst would write
down by the rules of SCHEMA.md; traps (other plans, previous contracts, durations without
a start year, horizons) expect (None, None).
"""

from __future__ import annotations

import pytest

from extractors import extract_record
from pipeline.model import CLSRecord
from pipeline.text.plain import read_text

Period = tuple[int | None, int | None]
NONE: Period = (None, None)


def _record(text: str) -> CLSRecord:
    return extract_record(read_text(text, "t", "t"))


PERIODS = [
    pytest.param(
        "Article 2 – Durée. Le contrat local de santé est conclu pour six ans à compter du "
        "1er janvier 2023, soit pour la période 2023-2028.",
        (2023, 2028),
        id="written-range-beats-computed-duration",
    ),
    pytest.param(
        "Le contrat local de santé est signé pour trois ans. Entre novembre 2023 et mars 2024, "
        "la coordinatrice du contrat a mené le diagnostic.",
        (None, None),
        id="trap-months-of-work-under-a-year",
    ),
    pytest.param(
        "Le contrat local de santé couvre la période de janvier 2024 à décembre 2028.",
        (2024, 2028),
        id="month-range-of-years",
    ),
    # Ranges written as the contract's period.
    pytest.param(
        "Le contrat local de santé 2025-2030 de Lamballe Terre & Mer a été signé jeudi "
        "au siège de l'intercommunalité.",
        (2025, 2030),
        id="range-hyphen-in-title",
    ),
    pytest.param(
        "Signé pour la période 2019-2023, le CLS du Pays de Redon engage ses partenaires "
        "sur quatre axes.",
        (2019, 2023),
        id="pour-la-periode",
    ),
    pytest.param(
        "Le contrat couvre la période de 2018 à 2022 et concerne les 24 communes du territoire.",
        (2018, 2022),
        id="de-a",
    ),
    pytest.param(
        "Ce deuxième contrat local de santé court de 2024 à 2028.",
        (2024, 2028),
        id="court-de-a",
    ),
    pytest.param(
        "Contrat local de santé 2023 – 2027 de Guingamp-Paimpol Agglomération",
        (2023, 2027),
        id="en-dash-with-spaces-heading",
    ),
    pytest.param(
        "Contrat Local de Santé Thiers Ambert Billom : c'est reparti pour 2024 / 2028",
        (2024, 2028),
        id="slash-with-spaces",
    ),
    pytest.param(
        "Le CLS sera mis en œuvre entre 2019 et 2023 sur l'ensemble du bassin de vie.",
        (2019, 2023),
        id="entre-et",
    ),
    pytest.param(
        "Durée du contrat : 5 ans (2021-2026).",
        (2021, 2026),
        id="duree-with-bracketed-range",
    ),
    pytest.param(
        "Le contrat local de santé du Pays de Brocéliande, établi pour la période 2017-2021, "
        "a été approuvé par le comité syndical.",
        (2017, 2021),
        id="etabli-pour-la-periode",
    ),
    pytest.param(
        "Le présent contrat porte sur les années 2022 à 2026.",
        (2022, 2026),
        id="les-annees-a",
    ),
    pytest.param(
        "Le CLS 2020-2024 de la Ville de Lens a été signé en présence du sous-préfet.",
        (2020, 2024),
        id="cls-range-of-city",
    ),
    pytest.param(
        "Article 4 – Durée\nLe présent contrat prend effet du 1er janvier 2023 au "
        "31 décembre 2027.",
        (2023, 2027),
        id="du-1er-janvier-au-31-decembre",
    ),
    # A start year with a duration: end = start + duration.
    pytest.param(
        "Le contrat est conclu pour une durée de cinq ans à compter de 2023.",
        (2023, 2028),
        id="cinq-ans-a-compter-de",
    ),
    pytest.param(
        "Le présent contrat est conclu pour 5 ans à partir de 2021.",
        (2021, 2026),
        id="5-ans-a-partir-de",
    ),
    pytest.param(
        "Il est signé pour une durée de trois années à compter de l'année 2020.",
        (2020, 2023),
        id="trois-annees-a-compter-de-l-annee",
    ),
    pytest.param(
        "Article 6 : le contrat est établi pour une durée de quatre ans à compter du "
        "1er janvier 2024.",
        (2024, 2028),
        id="quatre-ans-a-compter-du-1er-janvier",
    ),
    # The contract's period beside other periods.
    pytest.param(
        "Après le CLS 1 (2012/2019) et le CLS 2 (2020/2023), le troisième contrat couvre "
        "la période 2024-2028.",
        (2024, 2028),
        id="current-after-previous-contracts",
    ),
    pytest.param(
        "Le premier CLS, signé en 2013, couvrait 2013-2017 ; le second couvre 2018-2022.",
        (2018, 2022),
        id="second-after-first",
    ),
    pytest.param(
        "Ce CLS s'étend de 2025 à 2029 et s'articule avec le contrat de ville 2024-2030.",
        (2025, 2029),
        id="beside-contrat-de-ville",
    ),
    pytest.param(
        "Le CLS 2018-2022 a été prolongé par avenant jusqu'au 31 décembre 2023.",
        (2018, 2023),
        id="extended-by-avenant",
    ),
    pytest.param(
        "Signé en 2019 pour cinq ans (2019-2024), le contrat a été prorogé jusqu'en 2025.",
        (2019, 2025),
        id="extended-to-year",
    ),
    pytest.param(
        "Depuis sa signature en 2019, le CLS 2019-2023 a permis d'installer six médecins "
        "généralistes.",
        (2019, 2023),
        id="depuis-sa-signature-before-range",
    ),
    # Traps: none of these is the contract's period.
    pytest.param(
        "Le CLS s'inscrit dans le PRS 2018-2028 de l'ARS Bretagne.",
        NONE,
        id="trap-prs",
    ),
    pytest.param(
        "Il décline à l'échelle locale le Projet régional de santé 2018-2028 de l'ARS Occitanie.",
        NONE,
        id="trap-projet-regional-de-sante",
    ),
    pytest.param(
        "Ce troisième contrat prend le relais du CLS 1 (2012/2019) puis du CLS 2 (2020/2023).",
        NONE,
        id="trap-previous-contracts-only",
    ),
    pytest.param(
        "Le précédent contrat (2015-2019) avait permis d'ouvrir une maison de santé.",
        NONE,
        id="trap-precedent-contrat",
    ),
    pytest.param(
        "Les quartiers prioritaires relèvent du contrat de ville 2015-2022.",
        NONE,
        id="trap-contrat-de-ville",
    ),
    pytest.param(
        "Le schéma départemental de l'autonomie 2022-2026 fixe d'autres priorités.",
        NONE,
        id="trap-schema-departemental",
    ),
    pytest.param(
        "Le diagnostic local de santé conduit en 2016-2017 par l'ORS a nourri la réflexion.",
        NONE,
        id="trap-diagnostic-years",
    ),
    pytest.param(
        "Le contrat est conclu pour trois ans.",
        NONE,
        id="trap-duration-without-year",
    ),
    pytest.param(
        "Le contrat, signé le 12 octobre 2022, est conclu pour une durée de cinq ans.",
        NONE,
        id="trap-duration-beside-signature-date",
    ),
    pytest.param(
        "L'objectif est de réduire de moitié le nombre de déserts médicaux d'ici 2030.",
        NONE,
        id="trap-horizon",
    ),
    pytest.param(
        "Les élus ont fixé les priorités du mandat 2020-2026 en matière de santé.",
        NONE,
        id="trap-mandat",
    ),
    pytest.param(
        "Le contrat local de santé de la commune court de 2023 à 2027.\n"
        "Voirie : le plan pluriannuel d'entretien des routes 2023-2029 a été voté en mars.",
        (2023, 2027),
        id="another-policys-plan-in-a-report-weighs-less",
    ),
    pytest.param(
        "Le plan pluriannuel d'entretien des routes 2023-2029 a été voté en mars.",
        (2023, 2029),
        id="a-plan-range-alone-is-still-a-candidate",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_period(text: str, expected: Period) -> None:
    rec = _record(text)
    assert (rec.period_start, rec.period_end) == expected


def test_a_contract_named_by_its_stage_covers_its_own_years() -> None:
    """ "Contrat de préfiguration" names a short first contract by its stage: the years it
    covers are its own, though "préfiguration" elsewhere announces a contract to come."""
    rec = _record(
        "Les deux intercommunalités ont signé mardi un contrat de préfiguration. Ce contrat de "
        "préfiguration couvre les années 2025 et 2026 et prépare un contrat plus large."
    )
    assert (rec.period_start, rec.period_end) == (2025, 2026)


def test_a_range_after_the_preparation_of_a_future_contract_stays_out() -> None:
    rec = _record("La préfiguration du futur contrat 2027-2031 commence cet automne.")
    assert (rec.period_start, rec.period_end) == NONE
