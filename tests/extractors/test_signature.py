"""Signature date and amendments (extractors/generic/signature.py), through the pipeline.

signed_on is the day the contract itself was signed (not a vote, not a charter, not an
amendment, not a planned signature, not a month alone); a year-less date is completed
from the publication date or the contract's years, and its weekday must agree.
"""

from __future__ import annotations

import pytest

from extractors import extract_record
from pipeline.model import Amendment, CLSRecord
from pipeline.text.plain import read_text


def _record(text: str) -> CLSRecord:
    return extract_record(read_text(text, "t", "t"))


SIGNED_ON = [
    pytest.param(
        "Le contrat local de santé a été signé le 11 juillet 2017 à l'hôtel de ville.",
        "2017-07-11",
        id="signe-le-full-date",
    ),
    pytest.param(
        "Signature du CLS le 14/01/2020 à Dinan, en présence des partenaires.",
        "2020-01-14",
        id="numeric-slashes",
    ),
    pytest.param(
        "Le CLS a été signé le 12.04.2021 au siège de la communauté de communes.",
        "2021-04-12",
        id="numeric-dots",
    ),
    pytest.param(
        "Le contrat a été signé vendredi 4 mai 2018 à la préfecture de Paris.",
        "2018-05-04",
        id="weekday-and-year",
    ),
    pytest.param(
        "Le 1er février 2023, les partenaires ont signé le contrat local de santé.",
        "2023-02-01",
        id="date-first-1er",
    ),
    pytest.param(
        "C'est le 18 novembre 2021 que le contrat a été paraphé par l'ensemble des partenaires.",
        "2021-11-18",
        id="paraphe",
    ),
    pytest.param(
        "Le CLS a été officiellement signé ce lundi 9 septembre 2024 au siège de l'agglomération.",
        "2024-09-09",
        id="officiellement-signe",
    ),
    pytest.param(
        "Le lancement de la démarche a eu lieu le 10 mars 2022 et le contrat a été signé "
        "le 24 avril 2023.",
        "2023-04-24",
        id="signature-after-launch-date",
    ),
    pytest.param(
        "Le contrat a été signé le 4 décembre 2019 ; un avenant signé le 12 juin 2023 l'a "
        "prolongé d'un an.",
        "2019-12-04",
        id="contract-not-its-avenant",
    ),
    pytest.param(
        "Le CLS, adopté par le conseil municipal le 6 juin 2024, a été signé le 2 juillet 2024.",
        "2024-07-02",
        id="signature-after-council-adoption",
    ),
    pytest.param(
        "La cérémonie de signature s'est tenue le 17 juin 2021 à la mairie de Vierzon.",
        "2021-06-17",
        id="ceremonie-de-signature-s-est-tenue",
    ),
    pytest.param(
        "Les partenaires se sont retrouvés le 15 mars 2022 pour signer le contrat local de santé.",
        "2022-03-15",
        id="retrouves-pour-signer",
    ),
    # Year-less dates completed from the page's date line (weekday checked).
    pytest.param(
        "07 février 2025\nLe mardi 28 janvier, l'ARS Auvergne-Rhône-Alpes et les trois "
        "communautés de communes ont signé le renouvellement de leur CLS.",
        "2025-01-28",
        id="yearless-from-date-line",
    ),
    pytest.param(
        "02.10.2019\nMercredi 2 octobre, la Ville et ses partenaires ont signé le deuxième "
        "contrat local de santé.",
        "2019-10-02",
        id="yearless-same-day-as-date-line",
    ),
    pytest.param(
        "27/11/2024\nMardi 26 novembre, sept signataires ont paraphé le contrat local de santé.",
        "2024-11-26",
        id="yearless-day-before-date-line",
    ),
    pytest.param(
        "15 janvier 2024\nLe jeudi 14 décembre, le président de l'agglomération et la "
        "directrice de l'ARS ont signé le CLS.",
        "2023-12-14",
        id="yearless-previous-year",
    ),
    pytest.param(
        "Publié le 12 mai 2023\nLe contrat a été signé lundi 3 avril en mairie.",
        "2023-04-03",
        id="yearless-publie-le",
    ),
    pytest.param(
        "Mis à jour le 3 septembre 2024\nLe contrat local de santé a été signé le 28 juin "
        "dernier à Quimperlé.",
        "2024-06-28",
        id="yearless-dernier-from-update-line",
    ),
    pytest.param(
        "Publié le 22/03/2019 à 18h05\nJeudi 21 mars, le maire et le directeur de la "
        "délégation départementale de l'ARS ont signé le CLS.",
        "2019-03-21",
        id="yearless-from-numeric-publie-le",
    ),
    pytest.param(
        "Le CLS 2023-2028 a été signé lundi 3 juillet à la salle des fêtes.",
        "2023-07-03",
        id="yearless-from-contract-years",
    ),
    # Traps: not the contract's signature date.
    pytest.param(
        "Le conseil municipal a approuvé le contrat local de santé le 26 mars 2018.",
        None,
        id="trap-council-approval",
    ),
    pytest.param(
        "Par délibération du 14 décembre 2017, le conseil communautaire a autorisé le "
        "président à signer le contrat.",
        None,
        id="trap-deliberation",
    ),
    pytest.param(
        "Le CLS a été adopté en conseil communautaire le 30 septembre 2024.",
        None,
        id="trap-adopte-en-conseil",
    ),
    pytest.param(
        "Le contrat sera signé le 15 octobre 2024 à l'hôtel de ville.",
        None,
        id="trap-sera-signe",
    ),
    pytest.param(
        "La signature du CLS est prévue le 3 juillet 2023 à la sous-préfecture.",
        None,
        id="trap-signature-prevue",
    ),
    pytest.param(
        "Le contrat a été signé en décembre 2021 par la Ville et l'ARS.",
        None,
        id="trap-month-only",
    ),
    pytest.param(
        "Signé en 2019, le contrat mobilise une trentaine d'acteurs.",
        None,
        id="trap-year-only",
    ),
    pytest.param(
        "L'avenant n°1 au contrat a été signé le 20 décembre 2024.",
        None,
        id="trap-avenant-signature",
    ),
    pytest.param(
        "La charte d'engagement des partenaires a été signée le 2 juin 2022.",
        None,
        id="trap-charte",
    ),
    pytest.param(
        "Le comité de pilotage du CLS s'est réuni le 5 mars 2024, un an après la signature.",
        None,
        id="trap-comite-de-pilotage",
    ),
    pytest.param(
        "Le contrat, signé pour 5 ans, sera évalué à mi-parcours.",
        None,
        id="trap-5-ans-is-not-a-date",
    ),
    pytest.param(
        "Fait à Lannion, le\nPour l'ARS Bretagne, le directeur général\n"
        "Pour Lannion-Trégor Communauté, le président",
        None,
        id="trap-blank-fait-a-le",
    ),
    pytest.param(
        "Publié le 9 octobre 2022\nLe maire a parlé d'une jeunesse plus fragile que la "
        "précédente, mardi 4 octobre, en signant le contrat local de santé de la ville.",
        "2022-10-04",
        id="feminine-precedente-is-no-earlier-contract",
    ),
    pytest.param(
        "Après un premier contrat pour 2015-2019, la commune a signé le 03/06/2021 son "
        "second contrat local de santé avec l'ARS, pour 2021-2025.",
        "2021-06-03",
        id="object-after-date-names-this-contract",
    ),
    pytest.param(
        "Ce second contrat prend la suite du précédent, signé le 14/03/2016 par la commune "
        "et l'ARS ; il court de 2021 à 2025.",
        None,
        id="trap-masculine-precedent-is-earlier",
    ),
    pytest.param(
        "LA GAZETTE DU PLATEAU – jeudi 6 mars 2025 – Édition du Nord\n"
        "Mardi, la communauté de communes et l'ARS ont signé le contrat local de santé.",
        "2025-03-04",
        id="weekday-completed-from-a-masthead-date",
    ),
    pytest.param(
        "Le Lien n° 41 – octobre 2021 – Mairie\n"
        "Le contrat local de santé 2022-2026 a été signé le lundi 27 septembre en mairie.",
        "2021-09-27",
        id="yearless-date-bounded-by-the-issue-month",
    ),
    pytest.param(
        "12 mai 2023\nCet après-midi à la mairie, le contrat local de santé a été signé "
        "par la commune et l'ARS.",
        "2023-05-12",
        id="cet-apres-midi-is-the-day-of-the-post",
    ),
    pytest.param(
        "Publié le 9 novembre 2024\nLe maire et l'ARS ont signé hier soir le contrat local "
        "de santé de la commune.",
        "2024-11-08",
        id="hier-soir-is-the-day-before",
    ),
    pytest.param(
        "Publié le 9 novembre 2024\nSigné en 2019, le contrat local de santé réunit "
        "aujourd'hui une trentaine d'acteurs de la commune.",
        None,
        id="trap-aujourd-hui-tells-the-present",
    ),
    pytest.param(
        "« La santé est un bien commun. » Charte d'Ottawa, signée le 21 novembre 1986\n"
        "Le contrat local de santé de la commune couvre les années 2024 à 2028.",
        None,
        id="trap-quotation-source-before-any-cls",
    ),
    pytest.param(
        "Vu le contrat local de santé de la commune signé le 3 avril 2016 ;\n"
        "Vu la délibération du conseil municipal du 12 mai 2022 ;\n"
        "Le présent contrat est le deuxième contrat local de santé de la commune.",
        None,
        id="trap-visa-cites-an-earlier-text",
    ),
    pytest.param(
        "Le contrat local de santé a été signé le vendredi 10 novembre par la commune et "
        "l'ARS, pour les années 2024 à 2028.",
        "2023-11-10",
        id="yearless-signature-just-before-the-first-year-not-in-the-last",
    ),
    pytest.param(
        "Le 14 mai 2024, la commune a renouvelé son engagement dans un contrat local de "
        "santé avec l'ARS, pour 2024-2028.",
        "2024-05-14",
        id="renewing-the-contract-is-signing-it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_ON)
def test_signed_on(text: str, expected: str | None) -> None:
    assert _record(text).signed_on == expected


AMENDMENTS = [
    pytest.param(
        "Signé en 2019 pour la période 2019-2024, le CLS a été prolongé par avenant "
        "jusqu'au 31 décembre 2025.",
        [Amendment(None, "2025-12-31")],
        id="prolonge-par-avenant-jusqu-au",
    ),
    pytest.param(
        "Un avenant signé le 14 mars 2024 prolonge le contrat jusqu'au 31 décembre 2025.",
        [Amendment("2024-03-14", "2025-12-31")],
        id="avenant-signed-and-extends",
    ),
    pytest.param(
        "Par avenant, le contrat est prorogé jusqu'en 2026.",
        [Amendment(None, 2026)],
        id="avenant-to-a-year",
    ),
    pytest.param(
        "L'avenant n°1 au CLS, signé le 9 février 2022, intègre un axe consacré à la "
        "santé environnementale.",
        [Amendment("2022-02-09", None)],
        id="avenant-signed-no-extension",
    ),
    pytest.param(
        "Avenant de prolongation du contrat local de santé jusqu'au 30 juin 2026",
        [Amendment(None, "2026-06-30")],
        id="avenant-heading",
    ),
    pytest.param(
        "Le contrat local de santé 2018-2022 est prolongé jusqu'au 31 décembre 2023.",
        [Amendment(None, "2023-12-31")],
        id="prolongation-without-word-avenant",
    ),
    # Traps: no amendment stated.
    pytest.param(
        "Le présent contrat peut être révisé par voie d'avenant à la demande d'une des parties.",
        [],
        id="trap-revision-clause",
    ),
    pytest.param(
        "Un avenant sera signé en 2025 pour prolonger le contrat jusqu'en 2026.",
        [],
        id="trap-planned-avenant",
    ),
    pytest.param(
        "Le précédent contrat avait été prolongé par avenant jusqu'en 2018.",
        [],
        id="trap-previous-contract-avenant",
    ),
    pytest.param(
        "Le comité propose de prolonger le contrat jusqu'au 31 décembre 2026 par un avenant "
        "à soumettre au conseil communautaire.",
        [],
        id="trap-proposed-avenant",
    ),
    pytest.param(
        "Un avenant prolongeant le contrat local de santé jusqu'au 30 juin 2027 sera soumis "
        "au conseil municipal en mars.",
        [],
        id="trap-avenant-still-to-be-voted",
    ),
    pytest.param(
        "L'avenant proposé par le comité de pilotage a été signé le 3 mars 2024 ; il prolonge "
        "le contrat local de santé jusqu'au 31 décembre 2026.",
        [Amendment("2024-03-03", "2026-12-31")],
        id="a-proposed-avenant-once-signed-is-one",
    ),
    pytest.param(
        "Recommandations du bilan :\n"
        "- proroger le contrat local de santé d'une année, jusqu'en 2027 ;\n"
        "- recruter une coordinatrice.",
        [],
        id="trap-infinitive-list-item-is-a-proposal",
    ),
    pytest.param(
        "Le contrat local de santé 2022-2026 a été signé le 3 mars 2022. Son avenant n° 1 "
        "du 9 octobre 2023 ajoute deux fiches actions.",
        [Amendment("2023-10-09", None)],
        id="avenant-named-by-its-day",
    ),
    pytest.param(
        "AVENANT N° 3 AU CONTRAT LOCAL DE SANTÉ\n"
        "Article 1 – Le CCAS de la commune devient signataire du contrat.\n"
        "Article 2 – La durée du contrat n'est pas modifiée : il prend fin le 31 décembre "
        "2026.\nFait à Lunel, le 4 avril 2024.",
        [Amendment("2024-04-04", None)],
        id="avenant-keeping-the-duration-extends-nothing",
    ),
    pytest.param(
        "Le contrat local de santé 2022-2026 a été signé le 3 mars 2022. Il reprend deux "
        "actions ajoutées par l'avenant du 9 octobre 2021.",
        [],
        id="trap-avenant-signed-before-this-contract",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AMENDMENTS)
def test_amendments(text: str, expected: list[Amendment]) -> None:
    assert _record(text).amendments == expected


EXTENDED_END = [
    pytest.param(
        "Signé le 4 décembre 2019 pour cinq ans (2019-2024), le CLS a été prolongé par "
        "avenant n°1 jusqu'au 31 décembre 2025.",
        2025,
        id="period-end-extended-by-avenant",
    ),
    pytest.param(
        "Le CLS 2019-2024 reste applicable jusqu'au terme prévu.",
        2024,
        id="period-end-not-extended",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXTENDED_END)
def test_period_end_after_amendment(text: str, expected: int) -> None:
    assert _record(text).period_end == expected
