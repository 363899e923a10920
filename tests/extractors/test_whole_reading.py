"""Values chosen by reading the whole document: short signing lists, avenants, renewals,
fiche calendars and history sections (texts written by the team, in the styles of
council pages, press articles and signed avenants)."""

from __future__ import annotations

import pytest

from extractors import extract_record
from pipeline.model import Amendment, CLSRecord
from pipeline.text.html import read_html
from pipeline.text.plain import read_text


def _record(text: str) -> CLSRecord:
    return extract_record(read_text(text, "t", "t"))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param(
            "Ce mardi 6 juin 2023, la Communauté de communes Val de Sèvre et l'Agence "
            "régionale de santé Nouvelle-Aquitaine ont signé le contrat local de santé "
            "2023-2028 du territoire.",
            2,
            id="two-bodies-have-signed",
        ),
        pytest.param(
            "Le contrat local de santé de la Communauté de communes du Pays de Lunel est "
            "conclu pour cinq ans.\n\nLe contrat est conclu entre la Communauté de communes "
            "et l'ARS Occitanie.",
            2,
            id="lead-named-by-its-kind",
        ),
        pytest.param(
            "C'est dans la salle du conseil que les représentants des douze partenaires "
            "engagés ont signé le contrat local de santé 2025-2029 du Pays de Retz.",
            12,
            id="count-with-participle",
        ),
    ],
)
def test_a_short_explicit_list_gives_the_count(text: str, count: int) -> None:
    assert _record(text).n_signatories == count


def test_a_list_with_unnamed_others_gives_no_count() -> None:
    text = (
        "Signé le 26/09/2025 avec l'Agence régionale de santé (ARS) Bretagne et de nombreux "
        "partenaires, le premier contrat local de santé de Lamballe Terre et Mer fixe une "
        "feuille de route pour cinq ans."
    )
    assert _record(text).n_signatories is None


def test_another_contracts_signing_names_no_signatory() -> None:
    text = (
        "Le contrat local de santé a été signé le 14 octobre 2022 entre la Communauté de "
        "communes Cœur de Savoie et l'ARS Auvergne-Rhône-Alpes.\n\nIl prend place dans le "
        "contrat de relance et de transition écologique (CRTE) que la collectivité a signé "
        "avec l'État en juin 2021."
    )
    record = _record(text)
    assert [o.type for o in record.organisations if o.role == "signatory"].count("PREFECTURE") == 0


def test_a_renewal_does_not_take_the_first_contracts_signature() -> None:
    text = (
        "Santé : l'Agglo s'engage dans un deuxième contrat local de santé\n\n"
        "Son premier contrat local de santé (CLS), signé le 14 février 2020, déclinait "
        "localement le projet régional de santé.\n\nLe deuxième contrat couvrira la "
        "période 2025-2029."
    )
    record = _record(text)
    assert record.generation == 2
    assert record.signed_on is None


def test_a_first_contract_keeps_its_own_signature() -> None:
    text = (
        "Le premier contrat local de santé (CLS) de Petite-Terre a été signé le "
        "lundi 22 janvier 2024 à l'hôtel de ville."
    )
    assert _record(text).signed_on == "2024-01-22"


AVENANT = """Avenant n° 1

Vu le contrat local de santé de la Communauté de communes du Val d'Ille, signé le 5 juillet 2018 pour la période 2018-2023 ;

Article 1 - Objet de l'avenant

Le présent avenant a pour objet de prolonger la durée du contrat local de santé.

Article 2 - Durée

« Initialement conclu jusqu'au 31 décembre 2023, le contrat est prolongé de deux ans et prend fin le 31 décembre 2025. »

La participation de l'ARS est reconduite pour les années 2024 et 2025.

Fait à Montreuil-le-Gast, le 11 décembre 2023, en six exemplaires originaux.
"""


def test_an_avenant_dates_itself_and_keeps_the_contracts_signature() -> None:
    record = _record(AVENANT)
    assert record.signed_on == "2018-07-05"
    assert record.amendments == [Amendment("2023-12-11", "2025-12-31")]
    assert (record.period_start, record.period_end) == (2018, 2025)


def test_a_fiche_calendar_is_not_the_contracts_period() -> None:
    fiches = "\n\n".join(
        f"Action 1.{n} - Agir\n\nPilote : CCAS - Calendrier : 2020-2023" for n in range(1, 6)
    )
    text = (
        "Contrat local de santé de l'Agglomération de Saint-Omer\n\nLe contrat couvre la "
        f"période 2019-2023.\n\n{fiches}"
    )
    assert _record(text).period_start == 2019


def test_counts_of_a_previous_contracts_section_are_not_this_ones() -> None:
    text = (
        "Quatre axes, huit fiches actions\n\nLe nouveau CLS comprend huit fiches actions.\n\n"
        "Les contrats précédents\n\nSur quelque 160 pistes, dix fiches-actions avaient été "
        "retenues."
    )
    assert _record(text).n_actions == 8


def test_axes_are_the_headings_after_an_announcing_heading_and_its_lead_in() -> None:
    html = "".join(
        f"<h{2 if i == 0 else 3}>{t}</h{2 if i == 0 else 3}>"
        if not t.endswith(":")
        else f"<p>{t}</p>"
        for i, t in enumerate(
            [
                "Quatre axes majeurs",
                "Le contrat s'articule autour de quatre grandes thématiques :",
                "L'accès aux soins",
                "La santé mentale des jeunes",
                "Le cadre de vie",
                "Le vieillissement",
            ]
        )
    )
    doc = read_html(f"<html><body><main>{html}<p>Fin.</p></main></body></html>", "t", "t")
    assert extract_record(doc).axes == [
        "L'accès aux soins",
        "La santé mentale des jeunes",
        "Le cadre de vie",
        "Le vieillissement",
    ]


def test_a_list_before_the_announcement_of_axes_is_not_the_axes() -> None:
    text = (
        "Le CLS se veut pratique : ses fiches actions peuvent être reprises par les communes, "
        "seules ou à plusieurs, selon les sujets qui les concernent. Le plan d'actions est "
        "organisé en trois grands axes."
    )
    record = _record(text)
    assert record.axes == []
    assert record.n_axes == 3


def test_a_transversal_axis_told_after_the_list_is_one_axis_more() -> None:
    items = "".join(
        f"<li>{t} ;</li>"
        for t in (
            "l'accès aux droits",
            "les parcours de santé",
            "la prévention",
            "l'offre de soins",
        )
    )
    page = (
        "<html><body><main><h2>Quatre axes et un fil rouge</h2>"
        f"<p>Le contrat s'organise en quatre grands axes :</p><ul>{items}</ul>"
        "<p>Un axe transversal les traverse tous : la santé mentale.</p></main></body></html>"
    )
    record = extract_record(read_html(page, "t", "t"))
    assert record.axes[-1] == "La santé mentale"
    assert record.n_axes == len(record.axes) == 5


def test_a_carrier_named_as_such_leads_whatever_its_kind() -> None:
    text = (
        "Le Trégor se dote de son premier contrat local de santé\n\n"
        "Autour de la table, l'Agence régionale de santé (ARS) Bretagne et la communauté de "
        "communes du Haut-Trégor ont signé aux côtés de l'État.\n\n"
        "Le contrat est porté et animé par Trégor Développement (TD), l'agence de "
        "développement du territoire."
    )
    assert _record(text).lead_body == "Trégor Développement"
