"""How French CLS publications name their parties, carriers and signatories (rules of
extractors/generic/orgmatch.py, parties.py, lead.py and assemble.py), each on a sentence
written for the test."""

from __future__ import annotations

from extractors import extract_record
from extractors.assemble import _better_name, _merge_untyped
from extractors.generic.orgmatch import find_mentions
from extractors.generic.parties import _SIGNER_LINE
from pipeline.model import CLSRecord, Organisation
from pipeline.text.plain import read_text


def _record(text: str) -> CLSRecord:
    return extract_record(read_text(text, "t", "t"))


def test_communities_enumerated_after_a_plural_head_keep_their_own_of() -> None:
    record = _record(
        "Le 3 mars 2021, les communautés de communes du Mellois en Poitou, du Haut Val de "
        "Sèvre et de Parthenay-Gâtine ont signé le contrat local de santé avec l'ARS "
        "Nouvelle-Aquitaine."
    )
    names = [o.name for o in record.organisations if o.type == "EPCI"]
    assert names == [
        "communauté de communes du Mellois en Poitou",
        "communauté de communes du Haut Val de Sèvre",
        "communauté de communes de Parthenay-Gâtine",
    ]
    assert record.lead_body == " et ".join(names)
    assert record.territory == "Mellois en Poitou et Haut Val de Sèvre et Parthenay-Gâtine"


def test_an_enumeration_of_communities_stops_at_another_kind_of_body() -> None:
    found = find_mentions(
        "les communautés de communes du Mellois en Poitou et de la Région Occitanie"
    )
    assert [(m.type, m.name) for m in found] == [
        ("EPCI", "communauté de communes du Mellois en Poitou"),
        ("REGION", "Région Occitanie"),
    ]


def test_an_enumerated_community_whose_own_name_holds_et_du() -> None:
    found = find_mentions(
        "les communautés de communes Val de Morvan et du Pays de Montbozon et du Chanois"
    )
    assert [m.name for m in found][-1] == (
        "communauté de communes du Pays de Montbozon et du Chanois"
    )


def test_towns_a_scheme_was_signed_for_are_not_signatories() -> None:
    record = _record(
        "Le contrat local de santé de la Ville de Niort a été signé le 3 mars 2021 par la Ville "
        "de Niort et l'ARS Nouvelle-Aquitaine. Le programme Petites villes de demain, signé "
        "en 2021 pour Melle et Celles-sur-Belle, finance deux études."
    )
    assert "Celles-sur-Belle" not in {o.place for o in record.organisations}


def test_others_left_unnamed_make_a_signing_list_partial() -> None:
    record = _record(
        "Le 2 mai 2022, la Ville de Niort et la Communauté d'agglomération du Niortais ont "
        "signé avec l'ARS Nouvelle-Aquitaine et leurs partenaires institutionnels ce contrat "
        "local de santé."
    )
    assert record.n_signatories is None


def test_a_signature_grids_title_line_is_a_signer_not_a_body() -> None:
    assert _SIGNER_LINE.match("Pour la Présidente du conseil régional, le Vice-président")
    assert _SIGNER_LINE.match("Pour le Préfet et par délégation")
    assert not _SIGNER_LINE.match("Pour la Région Occitanie")


def test_a_date_after_a_name_is_not_part_of_it() -> None:
    found = find_mentions("Vu la délibération du PETR du Pays de Gâtine du 14 mars 2021 ;")
    assert [m.name for m in found] == ["PETR du Pays de Gâtine"]


def test_a_named_body_placed_after_several_lower_case_words() -> None:
    found = find_mentions("l'association Maison des aidants de la Haute-Vienne devient signataire")
    assert [(m.name, m.type, m.place) for m in found] == [
        ("association Maison des aidants de la Haute-Vienne", "ASSOCIATION", "Haute-Vienne")
    ]


def test_a_body_named_with_and_without_its_kind_is_one() -> None:
    orgs = {
        "a": Organisation(
            "association Maison des aidants de la Haute-Vienne",
            "ASSOCIATION",
            "Haute-Vienne",
            "partner",
        ),
        "o": Organisation(
            "Maison des aidants de la Haute-Vienne", "OTHER", "Haute-Vienne", "signatory"
        ),
    }
    _merge_untyped(orgs)
    assert list(orgs) == ["a"]
    assert orgs["a"].role == "signatory"


def test_the_contract_as_subject_engages_its_parties() -> None:
    record = _record(
        "Le contrat local de santé de la Ville de Niort a été signé le 2 mai 2022. Il engage la "
        "Ville de Niort et l'ARS Nouvelle-Aquitaine aux côtés de la CPAM des Deux-Sèvres et de "
        "la CAF des Deux-Sèvres."
    )
    assert ("CAF", "Deux-Sèvres", "signatory") in {
        (o.type, o.place, o.role) for o in record.organisations
    }
    assert record.n_signatories == 4


def test_the_departement_named_by_its_capitalised_kind_alone() -> None:
    record = _record(
        "Mardi 4 mai 2021, la Ville de Bressuire et l'ARS Nouvelle-Aquitaine ont signé le "
        "contrat local de santé avec la Préfecture, le Département et la CAF."
    )
    assert ("DEPARTEMENT", None, "signatory") in {
        (o.type, o.place, o.role) for o in record.organisations
    }
    assert record.n_signatories == 5
    assert not [m for m in find_mentions("dans le département voisin") if m.type == "DEPARTEMENT"]
    region = find_mentions("la Région et l'État")[0]
    assert (region.type, region.place) == ("REGION", None)


def test_copilotes_named_in_a_list_carry_the_contract_together() -> None:
    record = _record(
        "Le contrat local de santé du Thouarsais a été signé le 5 juin 2020. Il réunit cinq "
        "signataires : l'ARS Nouvelle-Aquitaine, le conseil départemental des Deux-Sèvres et la "
        "communauté de communes du Thouarsais, qui en sont les copilotes, ainsi que la "
        "préfecture des Deux-Sèvres et la CAF des Deux-Sèvres."
    )
    assert record.lead_body == (
        "conseil départemental des Deux-Sèvres et communauté de communes du Thouarsais"
    )


def test_a_capitalised_headed_name_over_a_lower_case_description() -> None:
    assert _better_name("PETR du Val d'Oust", "pôle d'équilibre territorial et rural du Val d'Oust")
    assert _better_name("Communauté de communes Val d'Oust", "Val d'Oust")


def test_a_body_that_was_represented_at_the_ceremony_is_a_partner() -> None:
    record = _record(
        "Le 2 mai 2022, la Ville de Niort a signé le contrat local de santé avec l'ARS "
        "Nouvelle-Aquitaine. La CPAM des Deux-Sèvres, qui a suivi l'élaboration du contrat, "
        "était représentée par sa directrice."
    )
    assert ("CPAM", "Deux-Sèvres", "partner") in {
        (o.type, o.place, o.role) for o in record.organisations
    }


def test_towns_enumerated_after_a_plural_head_are_communes() -> None:
    found = find_mentions("les villes de Lunel, de Mauguio et des Matelles ont signé")
    assert [(m.name, m.place) for m in found] == [
        ("ville de Lunel", "Lunel"),
        ("ville de Mauguio", "Mauguio"),
        ("ville des Matelles", "Les Matelles"),
    ]
    assert [m.place for m in find_mentions("les villes de Lunel, Mauguio et Lattes")] == [
        "Lunel",
        "Mauguio",
        "Lattes",
    ]
    assert find_mentions("les villes de taille moyenne") == []


def test_the_signatories_said_represented_at_a_meeting_are_signatories() -> None:
    record = _record(
        "Comité de pilotage du contrat local de santé. Les quatre signataires du contrat "
        "étaient représentés : la Ville de Niort, l'ARS Nouvelle-Aquitaine, la CPAM des "
        "Deux-Sèvres et la CAF des Deux-Sèvres."
    )
    roles = {(o.type, o.role) for o in record.organisations}
    assert ("CPAM", "signatory") in roles
    assert ("CAF", "signatory") in roles


def test_bodies_that_do_not_sign_are_partners() -> None:
    record = _record(
        "La Ville de Niort et l'ARS Nouvelle-Aquitaine ont signé le contrat local de santé le "
        "2 mai 2022. La CPAM des Deux-Sèvres et la CAF des Deux-Sèvres, qui ne le signent pas, "
        "participeront aux actions. Le Département des Deux-Sèvres ne signe pas ce contrat."
    )
    roles = {(o.type, o.role) for o in record.organisations}
    assert ("CPAM", "partner") in roles
    assert ("CAF", "partner") in roles
    assert ("DEPARTEMENT", "signatory") not in roles
    assert record.n_signatories in (None, 2)


def test_bodies_attending_in_the_capacity_of_partners_are_partners() -> None:
    record = _record(
        "Le contrat local de santé a été signé le 2 mai 2022 par la Ville de Niort et l'ARS "
        "Nouvelle-Aquitaine. Au comité de pilotage assistaient, en qualité de partenaires : la "
        "CPAM des Deux-Sèvres et la CAF des Deux-Sèvres. Excusés : la MSA Poitou, la Mission "
        "locale de Niort."
    )
    roles = {(o.type, o.role) for o in record.organisations}
    assert ("CPAM", "partner") in roles
    assert ("CAF", "partner") in roles
    assert not any(o.type == "MSA" for o in record.organisations)


def test_a_grid_cell_joins_a_name_broken_over_lines_above_the_title() -> None:
    from extractors.generic.parties import _grid_cell

    cell = "Caisse d'allocations ; familiales de la Sarthe ; La Directrice ; Jeanne Martin"
    joined = _grid_cell(cell)
    assert len(joined) == len(cell)
    assert joined.split() == ["Caisse", "d'allocations", "familiales", "de", "la", "Sarthe"]
    prefect = "Préfecture de la Sarthe ; Pour le Préfet et par délégation ; Paul Durand"
    assert _grid_cell(prefect).split() == ["Préfecture", "de", "la", "Sarthe"]
    assert _grid_cell("Ville du Mans") == "Ville du Mans"


def test_the_prefect_representing_the_prefecture_is_its_signer_not_another_body() -> None:
    record = _record(
        "Le contrat local de santé est signé entre la Ville du Mans, l'ARS Pays de la Loire et "
        "la Préfecture de la Sarthe, représentée par le Sous-Préfet de La Flèche, agissant "
        "pour le Préfet et par délégation."
    )
    assert [o.type for o in record.organisations].count("PREFECTURE") == 1


def test_names_run_together_from_a_slides_lines_are_separate_bodies() -> None:
    found = find_mentions(
        "Ville du Mans · ARS Pays de la Loire Préfecture de la Sarthe · CPAM de la Sarthe "
        "MSA Mayenne-Orne-Sarthe Centre hospitalier du Mans"
    )
    assert [m.type for m in found] == ["COMMUNE", "ARS", "PREFECTURE", "CPAM", "MSA", "HOSPITAL"]


def test_names_laid_out_under_a_title_take_its_role() -> None:
    from pipeline.text.html import read_html

    markup = (
        "<html><body><h1>Contrat local de santé du Mans</h1><p>Signé le 3 mars 2023.</p>"
        "<h2>Les signataires</h2><p>Ville du Mans · ARS Pays de la Loire · CPAM de la "
        "Sarthe</p><h2>Avec l'appui de</h2><p>Mutualité Française Pays de la Loire</p>"
        "</body></html>"
    )
    record = extract_record(read_html(markup, "t", "t"))
    roles = {(o.type, o.role) for o in record.organisations}
    assert ("CPAM", "signatory") in roles
    assert ("MUTUALITE", "partner") in roles


def test_a_neighbouring_community_named_as_partner_does_not_carry_a_towns_contract() -> None:
    from extractors.generic.territory import city_of

    record = _record(
        "Santé\n\nLa ville agit pour la santé de ses habitants. Le contrat local de santé du "
        "Mans a été signé le 4 mars 2024 par le Maire et le Directeur général de l'ARS "
        "des Pays de la Loire. La Communauté de communes du Sud Sarthe est associée "
        "à sa mise en œuvre en qualité de partenaire."
    )
    assert record.lead_body == "Ville du Mans"
    assert ("EPCI", "partner") in {(o.type, o.role) for o in record.organisations}
    assert city_of("Les Abymes") == "des Abymes"
    assert city_of("La Trinité") == "de La Trinité"
    assert city_of("Brest") == "de Brest"


def test_the_contract_of_the_ville_names_no_territory() -> None:
    record = _record(
        "Questions sur la santé. Le contrat actuel est le deuxième contrat local de santé de "
        "la Ville. Il a été signé le 3 mai 2024 par la Ville de Brest et l'ARS Bretagne."
    )
    assert record.territory == "Brest"


def test_territories_named_together_are_the_territory_of_their_shared_contract() -> None:
    record = _record(
        "Le contrat local de santé des territoires ruraux du Saumurois a été signé le 2 mai "
        "2022. Il est porté conjointement par la Communauté de communes Baugeois-Vallée et le "
        "PETR du Pays Loire Anjou, avec l'ARS Pays de la Loire."
    )
    assert record.territory == "Territoires ruraux du Saumurois"


def test_a_pour_line_naming_the_person_signed_for_is_no_body() -> None:
    from extractors.territories.signature_block import SignatureBlockExtractor

    doc = read_text(
        "Article 2 – La présente décision sera publiée.\n\nFait à Nantes, le 3 avril 2023\n\n"
        "Pour la Région Pays de la Loire, la Vice-présidente\n\n"
        "Pour le Directeur général et par délégation, la Directrice de l'offre de soins\n\n"
        "Jeanne Martin",
        "t",
        "t",
    )
    found = [f.value for f in SignatureBlockExtractor().extract(doc) if f.field == "organisations"]
    assert [o.type for o in found] == ["REGION"]


def test_a_newsletters_section_title_in_capitals_is_no_partner() -> None:
    from extractors.generic.parties import _segment_party
    from pipeline.model import Block

    text = "LA NOUVELLE PISCINE INTERCOMMUNALE OUVERTE"
    block = Block("list_item", text, 0, len(text), None)
    doc = read_text(text, "t", "t")
    from extractors.context import DocContext

    assert _segment_party(DocContext(doc), block, text, "partner") is None


def test_the_body_the_coordination_is_entrusted_to_is_a_partner() -> None:
    record = _record(
        "La Ville de Niort et l'ARS Nouvelle-Aquitaine ont signé le contrat local de santé le "
        "2 mai 2022. La coordination est confiée à la Plateforme Santé du Niortais, une "
        "association du quartier."
    )
    assert ("ASSOCIATION", "partner") in {(o.type, o.role) for o in record.organisations}


def test_a_resource_centre_of_the_city_policy_is_a_body() -> None:
    found = find_mentions(
        "Le Centre de ressources politique de la ville de Mayotte accompagne la démarche."
    )
    assert [(m.name, m.type, m.place) for m in found] == [
        ("Centre de ressources politique de la ville de Mayotte", "OTHER", "Mayotte")
    ]


def test_a_neighbour_said_to_sign_its_own_contract_is_not_a_party() -> None:
    record = _record(
        "La Communauté de communes du Thouarsais a signé son premier contrat local de santé "
        "avec l'ARS Nouvelle-Aquitaine le 5 juin 2020. Le même jour, la Communauté "
        "d'agglomération du Bocage Bressuirais renouvelait le sien.\n\n"
        "Dans l'après-midi, la Communauté d'agglomération du Bocage Bressuirais signait son "
        "deuxième contrat local de santé avec cinq signataires."
    )
    assert [o.type for o in record.organisations].count("EPCI") == 1
    assert record.lead_body == "Communauté de communes du Thouarsais"


def test_bodies_that_help_without_having_signed_are_partners() -> None:
    record = _record(
        "Le contrat local de santé a été signé le 4 avril 2019 par la Ville de Cholet et l'ARS "
        "Pays de la Loire. La CAF de Maine-et-Loire et la CPAM de Maine-et-Loire soutiennent "
        "deux actions, en qualité de partenaires, sans avoir signé le contrat."
    )
    roles = {(o.type, o.role) for o in record.organisations}
    assert ("CPAM", "partner") in roles
    assert ("CAF", "partner") in roles
    assert record.n_signatories in (None, 2)


def test_the_merged_departmental_direction_of_small_departments_is_the_state() -> None:
    found = find_mentions(
        "la direction départementale de l'emploi, du travail, des solidarités et de la "
        "protection des populations de la Creuse et la DDETSPP de la Lozère"
    )
    assert [m.type for m in found] == ["PREFECTURE", "PREFECTURE"]


def test_a_private_hospital_is_named_after_its_status() -> None:
    found = find_mentions(
        "la CPAM de la Sarthe, l'hôpital privé Vivalto de Cholet et la clinique privée "
        "Sainte-Anne ; un hôpital privé"
    )
    names = [(m.type, m.name) for m in found if m.type == "HOSPITAL"]
    assert names == [
        ("HOSPITAL", "hôpital privé Vivalto de Cholet"),
        ("HOSPITAL", "clinique privée Sainte-Anne"),
    ]


def test_a_body_that_is_not_party_to_the_contract_does_not_sign() -> None:
    record = _record(
        "Le contrat local de santé a été signé le 4 avril 2019 par la Ville de Cholet et l'ARS "
        "Pays de la Loire. Le diagnostic a été conduit par la Mission locale du Choletais, qui "
        "n'est pas partie au contrat."
    )
    assert not any(o.type == "ASSOCIATION" and o.role == "signatory" for o in record.organisations)
    assert record.n_signatories in (None, 2)


def test_a_president_who_signs_signs_for_the_collectivity() -> None:
    record = _record(
        "Mardi 8 avril 2025, à Mauriac, le président du Département a signé le contrat local "
        "de santé de la Communauté de communes du Pays de Salers aux côtés de la directrice "
        "de l'Agence régionale de santé Auvergne-Rhône-Alpes et du directeur de la CPAM du "
        "Cantal."
    )
    assert ("DEPARTEMENT", "signatory") in {(o.type, o.role) for o in record.organisations}
    assert record.n_signatories == 4


def test_the_departmental_council_named_by_its_assembly_alone() -> None:
    found = find_mentions("le président du conseil général et le préfet de la Creuse")
    assert [m.type for m in found][:1] == ["DEPARTEMENT"]


def test_the_merged_region_as_a_territory_is_not_the_regional_council() -> None:
    found = find_mentions(
        "le schéma de la grande région Grand Est et la nouvelle région Occitanie ; la Région "
        "Bretagne"
    )
    assert [(m.type, m.name) for m in found] == [("REGION", "Région Bretagne")]


def test_a_hospitals_name_and_its_status_after_a_dash_are_one_body() -> None:
    found = find_mentions(
        "Le Centre hospitalier Isarien – Établissement public de santé mentale de l'Oise, "
        "représenté par sa directrice"
    )
    assert [(m.type, m.place) for m in found] == [("HOSPITAL", "Oise")]
    assert found[0].name.startswith("Centre hospitalier Isarien – Établissement")
    listed = find_mentions("le CH de Bastia – le CH de Corte – le CH de Calvi")
    assert len(listed) == 3


def test_a_body_named_by_its_acronym_and_in_full_is_one() -> None:
    from extractors.generic.parties import org_key

    full = "Communauté professionnelle territoriale de santé du Beauvaisis"
    assert org_key("PROFESSIONALS", "Beauvaisis", "CPTS du Beauvaisis") == org_key(
        "PROFESSIONALS", "Beauvaisis", full
    )
    assert org_key("HOSPITAL", None, "CH Isarien") != org_key("HOSPITAL", None, "CHU Isarien")


def test_a_signature_grid_continued_on_the_next_page_is_read_cell_by_cell() -> None:
    from extractors.assemble import assemble
    from pipeline.text.builder import DocumentBuilder

    b = DocumentBuilder("g", "g.pdf", "pdf")
    b.add("paragraph", "Fait à Beauvais, le 24 mai 2024, en quatre exemplaires.", page=9)
    b.add("heading", "Signatures (suite)", page=10, level=4)
    b.add(
        "table_row",
        "Direction des services ; départementaux de l'Éducation ; nationale de l'Oise ; "
        "L'Inspectrice d'académie ; Sophie ; Garandeau | Caisse primaire d'assurance ; "
        "maladie de l'Oise ; Le Directeur ; Thierry Moulinet",
        page=10,
    )
    b.add(
        "table_row",
        "Caisse d'allocations familiales ; de l'Oise ; La Directrice ; Élodie Brassart | "
        "Mutualité sociale ; agricole de Picardie ; Le Président ; Marc Vassal",
        page=10,
    )
    record = assemble(b.build())
    assert sorted(o.type for o in record.organisations) == [
        "CAF",
        "CPAM",
        "EDUCATION_NATIONALE",
        "MSA",
    ]
    assert {o.place for o in record.organisations} >= {"Oise"}
    assert all(o.role == "signatory" for o in record.organisations)


def test_a_body_named_after_the_areas_it_joins_runs_over_their_enumeration() -> None:
    found = find_mentions(
        "le président du Syndicat mixte du Pays des Combrailles, du Sancy et de la Haute "
        "Dordogne a signé le contrat"
    )
    assert [m.name for m in found] == [
        "Syndicat mixte du Pays des Combrailles, du Sancy et de la Haute Dordogne"
    ]
    listed = find_mentions(
        "le Syndicat mixte du Pays des Combrailles, de la Région Auvergne-Rhône-Alpes et de "
        "l'ARS Auvergne-Rhône-Alpes"
    )
    assert [m.type for m in listed] == ["EPCI", "REGION", "ARS"]
    plural = find_mentions(
        "les communautés de communes Cœur de Garonne, du Bassin Auterivain et du Volvestre"
    )
    assert len([m for m in plural if m.type == "EPCI"]) == 3


def test_a_paragraph_naming_one_of_the_carriers_areas_is_about_this_contract() -> None:
    record = _record(
        "Le Syndicat mixte du Pays des Combrailles, du Sancy et de la Haute Dordogne et "
        "l'ARS Auvergne-Rhône-Alpes ont signé le deuxième contrat local de santé le 3 mars "
        "2025.\n\nCe contrat, conclu pour la période 2025-2029, est porté au nom de trois "
        "intercommunalités : la communauté de communes du Sancy, Chavanon Combrailles et "
        "Volcans et Dôme Sancy Artense.\n\nLes journées santé ont eu lieu entre 2019 et 2024."
    )
    assert (record.period_start, record.period_end) == (2025, 2029)


def test_the_areas_a_contract_is_named_after_are_not_its_parties() -> None:
    record = _record(
        "Le maire a signé pour la Ville le contrat local de santé du Bassin d'Aurillac, du "
        "Carladès et de la Châtaigneraie Cantalienne, avec l'ARS Auvergne-Rhône-Alpes et le "
        "Conseil départemental du Cantal. Le contrat est porté par le Syndicat mixte du SCoT."
    )
    assert sorted(o.name for o in record.organisations if o.role == "signatory") == [
        "ARS Auvergne-Rhône-Alpes",
        "Conseil départemental du Cantal",
        "Syndicat mixte du SCoT",
    ]
    named = _record(
        "Le contrat local de santé de Quimperlé Communauté a été signé par Quimperlé "
        "Communauté et l'ARS Bretagne le 28 septembre 2021."
    )
    assert "Quimperlé Communauté" in {o.name for o in named.organisations}


def test_a_body_serving_an_area_is_placed_in_the_area_it_is_named_after() -> None:
    found = find_mentions(
        "le Groupement hospitalier de territoire (GHT) Mont Saint-Michel et la CPTS Terres "
        "de Confluences ont signé"
    )
    assert [(m.type, m.place) for m in found] == [
        ("HOSPITAL", "Mont Saint-Michel"),
        ("PROFESSIONALS", "Terres de Confluences"),
    ]
    person = find_mentions("le Centre hospitalier Yves Le Foll a signé")
    assert [m.place for m in person] == [None]


def test_two_departmental_bodies_joined_by_et_share_the_qualifier_after_them() -> None:
    found = find_mentions("aux côtés de la CAF et de la CPAM du Finistère, de la MSA")
    assert [(m.type, m.place) for m in found] == [
        ("CAF", "Finistère"),
        ("CPAM", "Finistère"),
        ("MSA", None),
    ]


def test_a_body_said_absent_from_the_signatories_is_not_a_party() -> None:
    record = _record(
        "Le contrat local de santé a été signé par la Ville de Vannes et l'ARS Bretagne. "
        "La clinique des Augustins, consultée pour l'état des lieux, ne figure pas parmi "
        "les signataires."
    )
    assert [o.type for o in record.organisations] == ["COMMUNE", "ARS"]
    assert record.n_signatories == 2


def test_towns_placing_the_territory_on_the_map_do_not_sign() -> None:
    record = _record(
        "La communauté de communes du Val de Morteau et l'ARS ont signé le contrat local de "
        "santé de ce plateau situé entre Morteau et Maîche."
    )
    assert "COMMUNE" not in [o.type for o in record.organisations]
    assert record.n_signatories == 2


def test_a_grid_cell_for_the_prefect_signed_by_a_sub_prefect_is_the_prefecture() -> None:
    record = _record(
        "Le contrat local de santé est conclu entre la Communauté de communes de la Ténarèze "
        "et l'ARS Occitanie.\n"
        "Fait à Mirande, le 3 mars 2025.\n"
        "Pour la Communauté de communes de la Ténarèze ; Le Président ; Jean Roux | "
        "Pour le Préfet du Gers ; Le Sous-Préfet de Mirande ; Marc Blanc\n"
        "Pour l'ARS Occitanie ; La Directrice ; Anne Noir"
    )
    prefects = [o for o in record.organisations if o.type == "PREFECTURE"]
    assert [(o.place, o.role) for o in prefects] == [("Gers", "signatory")]


def test_health_education_committees_are_associations() -> None:
    found = find_mentions(
        "Le CRES Occitanie et le Comité départemental d'éducation pour la santé de l'Ariège "
        "participent en qualité de partenaires."
    )
    assert [(m.type, m.place) for m in found] == [
        ("ASSOCIATION", "Occitanie"),
        ("ASSOCIATION", "Ariège"),
    ]


def test_the_prefect_on_whose_behalf_a_sub_prefect_signs_is_the_state() -> None:
    record = _record(
        "Jeudi 4 avril, le sous-préfet de La Tour-du-Pin, au nom du préfet de l'Isère, a "
        "signé le contrat local de santé du Pays Voironnais aux côtés du président de "
        "l'agglomération, du directeur de l'ARS Auvergne-Rhône-Alpes et du maire de Voiron."
    )
    prefects = [o for o in record.organisations if o.type == "PREFECTURE"]
    assert [o.place for o in prefects] == ["Isère"]
    communes = [o for o in record.organisations if o.type == "COMMUNE"]
    assert [(o.place, o.role) for o in communes] == [("Voiron", "signatory")]
    assert record.n_signatories == 4


def test_a_mayor_attending_does_not_make_the_commune_sign() -> None:
    record = _record(
        "La communauté de communes et l'ARS Bretagne ont signé le contrat local de santé, "
        "en présence du maire de Pontivy."
    )
    assert "COMMUNE" not in [o.type for o in record.organisations]


def test_a_second_office_of_a_signer_is_not_another_signatory() -> None:
    record = _record(
        "La signature s'est tenue à l'invitation du président de Brest métropole, également "
        "maire de Brest, et de la directrice de l'ARS Bretagne, qui ont signé le contrat."
    )
    assert "COMMUNE" not in [o.type for o in record.organisations]


def test_a_hospital_named_after_the_towns_of_its_sites_keeps_them_as_its_place() -> None:
    found = find_mentions(
        "le Centre hospitalier Alençon-Mamers et le Groupe hospitalier intercommunal "
        "Le Raincy-Montfermeil"
    )
    assert [(m.type, m.place) for m in found] == [
        ("HOSPITAL", "Alençon-Mamers"),
        ("HOSPITAL", "Le Raincy-Montfermeil"),
    ]
    assert find_mentions("le Centre hospitalier Saint-Joseph")[0].place is None


def test_a_body_named_in_full_with_its_acronym_and_by_its_acronym_is_one() -> None:
    from extractors.generic.parties import org_key

    full = "Communauté professionnelle territoriale de santé (CPTS) Sud-Gironde"
    assert org_key("PROFESSIONALS", "Sud-Gironde", full) == org_key(
        "PROFESSIONALS", "Sud-Gironde", "CPTS Sud-Gironde"
    )


def test_a_signature_line_for_the_prefect_names_the_prefecture() -> None:
    record = _record(
        "Le contrat local de santé est signé par les parties suivantes.\n"
        "Signatures\n"
        "Fait à Bourg-en-Bresse, le 4 juin 2024.\n"
        "Communauté d'agglomération du Bassin de Bourg-en-Bresse Le Président\n"
        "Préfecture de l'Ain Pour le Préfet, le Sous-Préfet de Gex\n"
        "Caisse primaire d'assurance maladie de l'Ain Le Directeur"
    )
    assert ("PREFECTURE", "Ain") in [(o.type, o.place) for o in record.organisations]


def test_a_body_that_supports_the_carrier_is_a_partner() -> None:
    record = _record(
        "Le contrat local de santé a été signé par la Ville de Saumur et l'ARS Pays de la "
        "Loire. La Mutualité française Pays de la Loire nous accompagne sur trois actions."
    )
    roles = {o.type: o.role for o in record.organisations}
    assert roles.get("MUTUALITE") == "partner"


def test_a_body_named_by_its_kind_alone_beside_its_full_name_is_one() -> None:
    orgs = {
        "a": Organisation("CPTS du Pays de Bitche", "PROFESSIONALS", None, "signatory"),
        "b": Organisation("URPS Grand Est", "PROFESSIONALS", "Grand Est", "partner"),
        "c": Organisation("CPTS", "PROFESSIONALS", None, "signatory"),
    }
    from extractors.assemble import _merge_placeless

    _merge_placeless(orgs)
    assert sorted(orgs) == ["a", "b"]
    assert orgs["b"].role == "partner"  # not taken for the URPS, placed as it is


def test_the_ville_on_its_own_site_is_the_commune_of_the_site() -> None:
    from pipeline.text.html import read_html

    html = (
        "<html><head><title>Le contrat local de santé du bassin – Ville de Figeac</title>"
        "</head><body><main><h1>Le contrat local de santé du bassin</h1>"
        "<p>Le contrat est porté par le PETR Figeac Quercy Vallée de la Dordogne avec l'ARS "
        "Occitanie. La Ville en est signataire, comme la CPAM du Lot.</p>"
        "</main></body></html>"
    )
    record = extract_record(read_html(html.encode("utf-8"), "t", "t.html"))
    communes = [(o.place, o.role) for o in record.organisations if o.type == "COMMUNE"]
    assert communes == [("Figeac", "signatory")]


def test_a_body_said_not_to_be_among_the_signatories_is_not_a_party() -> None:
    for words in ("ne fait pas partie des signataires", "ne compte pas parmi les signataires"):
        record = _record(
            "Le contrat local de santé a été signé par la Ville de Lorient et l'ARS Bretagne. "
            f"Le centre hospitalier de Bretagne Sud, qui a contribué au diagnostic, {words}."
        )
        assert "HOSPITAL" not in [o.type for o in record.organisations], words


def test_a_departements_own_page_places_le_departement() -> None:
    from pipeline.text.html import read_html

    html = (
        "<html><head><title>Un contrat local de santé pour le Ségala – Département du Tarn"
        "</title></head><body><main><h1>Un contrat local de santé pour le Ségala</h1>"
        "<p>Le président du Département a signé le contrat local de santé de la Communauté "
        "de communes du Carmausin-Ségala aux côtés de l'ARS Occitanie.</p>"
        "</main></body></html>"
    )
    record = extract_record(read_html(html.encode("utf-8"), "t", "t.html"))
    places = [o.place for o in record.organisations if o.type == "DEPARTEMENT"]
    assert places == ["Tarn"]


def test_the_town_and_the_departement_named_by_their_kind_on_their_own_pages() -> None:
    from pipeline.text.html import read_html

    town = (
        "<html><head><title>Le contrat local de santé signé – Ville de Vannes</title></head>"
        "<body><main><h1>Le contrat local de santé signé</h1><p>Le 3 mars 2025, le maire a "
        "signé pour la Ville le contrat local de santé avec l'ARS Bretagne. La Ville en est "
        "signataire, comme la CPAM du Morbihan.</p></main></body></html>"
    )
    record = extract_record(read_html(town, "t", "t"))
    assert ("COMMUNE", "Vannes") in {(o.type, o.place) for o in record.organisations}
    press = town.replace("Ville de Vannes", "Le Télégramme")
    record = extract_record(read_html(press, "t", "t"))
    assert "COMMUNE" not in {o.type for o in record.organisations}
    departement = (
        "<html><head><title>Un contrat local de santé – Département du Loiret</title></head>"
        "<body><main><h1>Un contrat local de santé</h1><p>Le 3 mars 2025, le Département a "
        "signé le contrat local de santé de la communauté de communes des Loges avec l'ARS "
        "Centre-Val de Loire.</p></main></body></html>"
    )
    record = extract_record(read_html(departement, "t", "t"))
    assert ("DEPARTEMENT", "Loiret") in {(o.type, o.place) for o in record.organisations}


def test_a_departments_number_after_a_bodys_acronym_is_its_place() -> None:
    found = find_mentions("la DDETSPP du Cantal, le DAC 15 et le SDIS 29 ont signé en 2023")
    assert [(m.name, m.place) for m in found] == [
        ("DDETSPP du Cantal", "Cantal"),
        ("DAC 15", "Cantal"),
        ("SDIS 29", "Finistère"),
    ]


def test_an_intercommunality_named_after_two_areas_keeps_its_official_name() -> None:
    found = find_mentions(
        "Pour la Communauté de communes du Pays de Dol et de la Baie du Mont-Saint-Michel ; "
        "Le Président"
    )
    assert [m.name for m in found] == [
        "Communauté de communes du Pays de Dol et de la Baie du Mont-Saint-Michel"
    ]
    two = find_mentions(
        "la Communauté de communes du Pays de Colombey et du Département de la Meuse"
    )
    assert [m.type for m in two] == ["EPCI", "DEPARTEMENT"]


def test_a_signature_table_continued_under_a_running_title_keeps_its_role() -> None:
    from extractors.assemble import assemble
    from pipeline.text.builder import DocumentBuilder

    b = DocumentBuilder("t", "t.pdf", "pdf")
    b.add("paragraph", "Fait à Vannes, le 3 mars 2025, en quatre exemplaires.", page=1)
    b.add("table_row", "Institution | Qualité | Signature", page=1)
    b.add("table_row", "Ville de Vannes | Le Maire", page=1)
    b.add("table_row", "Agence régionale de santé Bretagne | Le Directeur général", page=1)
    b.add("heading", "Contrat local de santé de Vannes – avenant n° 1", page=2, level=4)
    b.add("table_row", "Institution | Qualité | Signature", page=2)
    b.add("table_row", "Caisse primaire d'assurance maladie du Morbihan | Le Directeur", page=2)
    record = assemble(b.build())
    assert ("CPAM", "signatory") in {(o.type, o.role) for o in record.organisations}


def test_a_body_said_to_be_no_party_to_the_contract_is_neither_signatory_nor_partner() -> None:
    record = _record(
        "Le contrat local de santé a été signé le 3 mars 2025 par la Ville de Vannes et "
        "l'ARS Bretagne. Le diagnostic réalisé par l'Observatoire régional de la santé (ORS) "
        "a guidé ses axes ; l'ORS n'est pas partie au contrat."
    )
    assert "OTHER" not in {o.type for o in record.organisations}
