"""Rules of French administrative writing that generalise across publication forms
(venues, rankings among territories, counts, lists of axes), each on a short text
written by the team."""

from __future__ import annotations

from extractors import extract_record
from pipeline.model import CLSRecord
from pipeline.text.plain import read_text


def _record(text: str) -> CLSRecord:
    return extract_record(read_text(text, "t", "t"))


def test_the_room_and_the_area_of_a_signing_are_venues_not_parties() -> None:
    record = _record(
        "Le contrat local de santé de la Communauté de communes du Val d'Ardoux a été signé "
        "le lundi 9 octobre 2023, dans la salle des fêtes de la mairie de Cléry, par la "
        "présidente de la communauté de communes et le directeur de l'ARS Centre-Val de "
        "Loire. C'est le premier signé dans le département du Loiret."
    )
    types = sorted(o.type for o in record.organisations)
    assert types == ["ARS", "EPCI"]
    assert record.n_signatories == 2


def test_a_ranking_names_an_area_not_the_territory() -> None:
    record = _record(
        "La Communauté de communes des Monts du Pilat signe son contrat local de santé.\n\n"
        "C'est le troisième contrat local de santé de la Loire, et le premier de notre "
        "communauté de communes. La Communauté de communes des Monts du Pilat porte le "
        "contrat avec l'ARS Auvergne-Rhône-Alpes."
    )
    assert record.territory is not None
    assert "Pilat" in record.territory


def test_an_intercommunal_body_keeps_its_name_across_its_acronym() -> None:
    from extractors.generic.orgmatch import find_mentions

    found = find_mentions(
        "Le contrat est porté par le Pôle d'équilibre territorial et rural (PETR) du "
        "Pays Barrois et l'ARS Grand Est."
    )
    assert [(m.name, m.type) for m in found if m.type == "EPCI"] == [
        ("Pôle d'équilibre territorial et rural (PETR) du Pays Barrois", "EPCI")
    ]


def test_a_pole_metropolitain_and_a_clinic_are_typed() -> None:
    from extractors.generic.orgmatch import find_mentions

    found = find_mentions("Le Pôle métropolitain Loire Angers et la Clinique de l'Anjou signent.")
    assert sorted(m.type for m in found) == ["EPCI", "HOSPITAL"]


def test_one_body_named_in_full_and_by_its_acronym_is_one_signatory() -> None:
    record = _record(
        "Le contrat local de santé 2025-2029 est porté conjointement par l'ARS Grand Est et "
        "par le Pôle d'équilibre territorial et rural (PETR) du Pays Barrois.\n\n"
        "Signataires :\n\n- ARS Grand Est\n- PETR du Pays Barrois\n- Région Grand Est\n"
        "- Département de la Meuse\n"
    )
    assert record.n_signatories == 4
    assert len([o for o in record.organisations if o.type == "EPCI"]) == 1


def test_a_university_hospital_is_placed_in_its_city() -> None:
    from extractors.generic.orgmatch import find_mentions

    found = find_mentions("le CHU Amiens-Picardie et le centre hospitalier Yves-Le Foll")
    assert [(m.name, m.place) for m in found] == [
        ("CHU Amiens-Picardie", "Amiens"),
        ("centre hospitalier Yves-Le Foll", None),
    ]


def test_a_name_runs_on_across_de_l() -> None:
    from extractors.generic.orgmatch import find_mentions

    found = find_mentions("et la Communauté de communes du Val de l'Oise. Le contrat")
    assert [m.name for m in found] == ["Communauté de communes du Val de l'Oise"]


def test_officials_present_at_a_signing_do_not_sign() -> None:
    record = _record(
        "Le contrat local de santé 2024-2028 de la Communauté de communes du Pays de Lure "
        "a été signé le 5 mars 2024 par la présidente de la communauté de communes et le "
        "directeur de l'ARS Bourgogne-Franche-Comté, en présence du sous-préfet et de la "
        "directrice de la CPAM de la Haute-Saône, venus saluer la démarche."
    )
    assert sorted(o.type for o in record.organisations) == ["ARS", "EPCI"]
    assert record.n_signatories == 2


def test_a_title_alone_is_a_person_and_a_ccas_is_its_communes() -> None:
    record = _record(
        "Le contrat local de santé a été signé par l'ARS La Réunion, la Commune de "
        "Saint-Joseph, son Centre communal d'action sociale (CCAS) et la sous-préfecture "
        "de Saint-Pierre. La maire, le vice-président du CCAS et le sous-préfet ont chacun "
        "signé le document."
    )
    ccas = [o for o in record.organisations if o.type == "CCAS"]
    assert [(o.place, o.role) for o in ccas] == [("Saint-Joseph", "signatory")]
    assert not [o for o in record.organisations if o.name.lower() == "maire"]
    assert record.n_signatories == 4
