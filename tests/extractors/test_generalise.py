"""Rules of French administrative writing that generalise across publication forms
(venues, rankings among territories, counts, lists of axes), each on a short text
written by the team."""

from __future__ import annotations

from extractors import explain, extract_record
from extractors.assemble import assemble
from extractors.generic.orgmatch import find_mentions
from pipeline.model import CLSRecord
from pipeline.text.builder import DocumentBuilder
from pipeline.text.html import read_html
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
    found = find_mentions(
        "Le contrat est porté par le Pôle d'équilibre territorial et rural (PETR) du "
        "Pays Barrois et l'ARS Grand Est."
    )
    assert [(m.name, m.type) for m in found if m.type == "EPCI"] == [
        ("Pôle d'équilibre territorial et rural (PETR) du Pays Barrois", "EPCI")
    ]


def test_a_pole_metropolitain_and_a_clinic_are_typed() -> None:
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
    found = find_mentions("le CHU Amiens-Picardie et le centre hospitalier Yves-Le Foll")
    assert [(m.name, m.place) for m in found] == [
        ("CHU Amiens-Picardie", "Amiens"),
        ("centre hospitalier Yves-Le Foll", None),
    ]


def test_a_name_runs_on_across_de_l() -> None:
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


def test_signatures_counted_give_the_signatories() -> None:
    record = _record(
        "Mardi, la Communauté de communes du Pays de Mormal a signé son contrat local de "
        "santé avec l'ARS Hauts-de-France, la Région, le Département du Nord et la CPAM du "
        "Hainaut, puis la MSA. Sept signatures en tout, au bas d'un document de 60 pages."
    )
    assert record.n_signatories == 7


def test_signatures_made_while_others_remain_to_sign_are_no_count() -> None:
    record = _record(
        "Trois signatures ont été apposées : celle du maire, pour la Ville de Kourou, celle "
        "de l'ARS Guyane et celle du sous-préfet. La CAF de Guyane doit encore signer le "
        "contrat local de santé."
    )
    assert record.n_signatories is None


def test_carriers_counted_around_the_partners_add_up() -> None:
    record = _record(
        "Le contrat local de santé est porté par trois intercommunalités.\n\n"
        "Autour des trois intercommunalités, douze partenaires ont signé : l'ARS Occitanie, "
        "la Préfecture du Gard, la CPAM du Gard et d'autres."
    )
    assert record.n_signatories == 15


def test_a_body_whose_head_signs_for_it_is_a_signatory() -> None:
    record = _record(
        "Le contrat local de santé 2023-2028 a été paraphé par la présidente du Grand "
        "Montauban et par le directeur général de l'ARS Occitanie."
    )
    assert record.n_signatories == 2


def test_a_sidebar_count_yields_to_the_list_of_the_article() -> None:
    b = DocumentBuilder("t", "t.html", "html")
    b.add("heading", "La Ville de Cholet signe son contrat local de santé", level=1)
    b.add(
        "paragraph",
        "Le contrat local de santé a été signé par la Ville de Cholet, l'ARS Pays de la "
        "Loire et la CPAM de Maine-et-Loire.",
    )
    b.add("heading", "À lire aussi", level=2)
    b.add("paragraph", "Saumur : le contrat local de santé signé par onze partenaires.")
    record = assemble(b.build())
    assert record.n_signatories == 3


def test_axes_listed_with_a_description_keep_their_label() -> None:
    record = _record(
        "Le contrat local de santé du Pays de Lure s'articule autour de trois axes :\n\n"
        "- La santé mentale : repérer la souffrance psychique et orienter les personnes.\n"
        "- L'accès aux soins : attirer des médecins et soutenir les maisons de santé.\n"
        "- Axe transversal : animer le contrat et communiquer auprès des habitants.\n"
    )
    assert record.axes == [
        "La santé mentale",
        "L'accès aux soins",
        "animer le contrat et communiquer auprès des habitants",
    ]


def test_axes_on_lines_opened_by_a_symbol() -> None:
    record = _record(
        "Les trois axes prioritaires du contrat local de santé sont :\n"
        "✔️ Améliorer l'accès aux soins\n"
        "✔️ Prévenir la souffrance psychique\n"
        "✔️ Promouvoir la santé des jeunes\n"
    )
    assert record.axes == [
        "Améliorer l'accès aux soins",
        "Prévenir la souffrance psychique",
        "Promouvoir la santé des jeunes",
    ]


def test_axes_enumerated_in_a_sentence_end_with_et_and_a_determiner() -> None:
    record = _record(
        "Le contrat local de santé compte vingt actions, réparties en trois axes : l'accès "
        "aux soins de proximité, la santé mentale et le bien vieillir à domicile."
    )
    assert record.axes == [
        "L'accès aux soins de proximité",
        "La santé mentale",
        "Le bien vieillir à domicile",
    ]


def test_axes_enumerated_with_semicolons_and_a_transversal_one() -> None:
    record = _record(
        "Considérant que le contrat local de santé compte douze fiches actions réparties en "
        "trois axes : Agir pour l'accès aux soins ; Prévenir les addictions ; et un axe "
        "transversal, Coordonner, animer et évaluer le contrat ;"
    )
    assert record.axes == [
        "Agir pour l'accès aux soins",
        "Prévenir les addictions",
        "Coordonner, animer et évaluer le contrat",
    ]
    assert record.n_axes == 3


def test_axes_after_a_diagnostic_are_this_contracts() -> None:
    b = DocumentBuilder("t", "t.html", "html")
    b.add("heading", "Le contrat local de santé de Dembéni est signé", level=1)
    b.add(
        "paragraph",
        "Issu d'un diagnostic conduit pendant un an, il s'organise autour de trois axes "
        "stratégiques :",
    )
    for item in ("Santé des femmes", "Nutrition et activité physique", "Santé mentale"):
        b.add("list_item", item)
    record = assemble(b.build())
    assert record.n_axes == 3
    assert record.axes == ["Santé des femmes", "Nutrition et activité physique", "Santé mentale"]


def test_axes_count_agrees_with_the_list_and_adds_a_transversal_axis() -> None:
    record = _record(
        "Le contrat s'organise en deux axes thématiques et un axe transversal, déclinés en "
        "neuf fiches actions.\n\n"
        "Axe 1 – Agir pour l'accès aux soins\n\n"
        "Axe 2 – Prévenir les addictions\n\n"
        "Axe transversal – Coordonner et évaluer le contrat\n"
    )
    assert record.n_axes == 3


def test_explain_shows_the_counts_and_the_territory() -> None:
    doc = read_text(
        "Le contrat local de santé du Pays de Lure compte trois axes : A ; B ; C.\n\n"
        "Le contrat local de santé a été signé par la Ville de Lure et l'ARS "
        "Bourgogne-Franche-Comté.",
        "t",
        "t",
    )
    why = explain(doc)
    assert {"territory", "n_axes", "n_signatories"} <= set(why)
    assert why["n_axes"]["chosen"] is not None


def test_a_page_number_after_leaders_is_no_count_of_actions() -> None:
    b = DocumentBuilder("t", "t.pdf", "pdf")
    b.add("heading", "Sommaire", page=2, level=2)
    b.add(
        "line",
        "Fiche action 3.3 – Santé mentale . . . . . . . . 19 Fiche action 3.4 – Agir",
        page=2,
    )
    b.add("paragraph", "Le programme compte trois axes et douze fiches actions.", page=3)
    doc = b.build()
    doc.pages = 3
    assert assemble(doc).n_actions == 12


def test_an_earlier_contracts_count_told_in_the_past_is_not_this_ones() -> None:
    record = _record(
        "Son premier contrat local de santé a été signé en 2019. Il couvrait les années "
        "2019 à 2023 et comptait vingt fiches actions.\n\n"
        "Le présent contrat compte quatorze fiches actions.\n\n"
        "Total | 14 fiches actions\n"
    )
    assert record.n_actions == 14


def test_a_signature_that_will_take_place_is_no_date() -> None:
    record = _record(
        "La signature du contrat local de santé du Pays de Montbard aura lieu le lundi "
        "16 décembre 2024 à la mairie. Il couvrira la période 2025-2029."
    )
    assert record.signed_on is None


def test_the_end_of_the_first_contract_is_no_signature() -> None:
    record = _record(
        "Considérant que la Communauté de communes a signé son premier contrat local de "
        "santé en février 2020, pour la période 2020-2024, et que ce premier contrat a pris "
        "fin le 31 décembre 2024 ; Considérant que le deuxième contrat local de santé couvre "
        "les années 2025 à 2029 ;"
    )
    assert record.signed_on is None


def test_an_avenant_of_the_earlier_contract_is_not_this_ones() -> None:
    record = _record(
        "Le premier contrat local de santé couvrait les années 2017 à 2021 ; un avenant l'a "
        "prolongé jusqu'au 31 décembre 2022.\n\n"
        "Le présent contrat, deuxième contrat local de santé de la Ville, couvre la période "
        "2023-2028."
    )
    assert record.amendments == []
    assert (record.period_start, record.period_end) == (2023, 2028)


def test_a_first_time_that_tells_the_contracts_own_act_is_a_first_contract() -> None:
    record = _record(
        "Pour la première fois, les intercommunalités du Haut-Jura se dotent ensemble d'un "
        "contrat local de santé, signé le 4 mai 2021 pour 2021-2025."
    )
    assert record.generation == 1
    other = _record(
        "Pour la première fois, le contrat local de santé de la Ville de Dole inclut un volet "
        "consacré à la santé environnementale."
    )
    assert other.generation is None


def test_the_elaboration_of_the_next_contract_is_not_this_ones_rank() -> None:
    record = _record(
        "Considérant que l'élaboration du deuxième contrat ne pourra aboutir avant 2025, les "
        "parties conviennent de prolonger le contrat local de santé du Pays de Langres."
    )
    assert record.generation is None


def test_the_first_contract_of_the_territory_whatever_neighbours_sign() -> None:
    record = _record(
        "Les élus de la Ville de Blaye et de trois communautés de communes voisines ont signé "
        "mardi le premier contrat local de santé du territoire."
    )
    assert record.generation == 1


def test_an_acronym_the_page_defines_stands_for_the_carrier() -> None:
    record = _record(
        "Le président de la Communauté d'agglomération du Grand Cognac (Grac) attendait ce "
        "jour. Mardi, la Grac a signé le contrat local de santé du Cognaçais. La Grac porte "
        "le contrat.\n\n"
        "La Communauté de communes du Rouillacais a signé le contrat local de santé avec elle."
    )
    assert record.lead_body == "Communauté d'agglomération du Grand Cognac (Grac)"


def test_a_sidebars_carrier_weighs_little() -> None:
    b = DocumentBuilder("t", "t.html", "html")
    b.add("heading", "Un contrat local de santé pour le territoire", level=1)
    b.add(
        "paragraph",
        "La Communauté de communes du Pays de Lumbres a signé le contrat local de santé "
        "avec l'ARS Hauts-de-France.",
    )
    b.add("heading", "À lire aussi", level=2)
    for _ in range(3):
        b.add(
            "paragraph",
            "La Ville de Calais a signé son contrat local de santé avec l'ARS, porté par la "
            "Ville de Calais.",
        )
    record = assemble(b.build())
    assert record.lead_body == "Communauté de communes du Pays de Lumbres"
    assert "lead_body" in explain(b.build())


def test_a_grid_cell_read_as_one_line_names_the_body_only() -> None:
    b = DocumentBuilder("t", "t.pdf", "pdf")
    b.add("heading", "Les signataires du contrat local de santé", page=1, level=2)
    b.add("table_row", "Institution | Signataire", page=1)
    b.add(
        "table_row", "Pour la Communauté d'agglomération ACCM Le Président Jean Martin | x", page=1
    )
    b.add("table_row", "Pour le Centre hospitalier d'Arles La Directrice Anne Petit | x", page=1)
    b.add("table_row", "Pour la CPAM des Bouches-du-Rhône La Directrice Marie Blanc | x", page=1)
    record = assemble(b.build())
    names = sorted(o.name for o in record.organisations)
    assert names == [
        "CPAM des Bouches-du-Rhône",
        "Centre hospitalier d'Arles",
        "Communauté d'agglomération ACCM",
    ]


def test_sigles_spelled_out_in_a_glossary_are_not_partners() -> None:
    b = DocumentBuilder("t", "t.pdf", "pdf")
    b.add("heading", "Contrat local de santé de la Ville de Sète", page=1, level=1)
    b.add(
        "paragraph",
        "Le contrat est signé par la Ville de Sète et l'ARS Occitanie, avec leurs partenaires.",
        page=2,
    )
    b.add("heading", "Glossaire", page=3, level=3)
    b.add(
        "paragraph",
        "IREPS : Instance régionale d'éducation et de promotion de la santé. MSA : Mutualité "
        "sociale agricole. ORS : Observatoire régional de la santé. Les partenaires du CLS.",
        page=3,
    )
    doc = b.build()
    doc.pages = 3
    record = assemble(doc)
    assert sorted(o.type for o in record.organisations) == ["ARS", "COMMUNE"]


def test_a_signing_en_mairie_names_a_venue() -> None:
    record = _record(
        "Le 20 mai 2022, en mairie de Pouilly, le contrat local de santé de la Communauté de "
        "communes du Pays de Pouilly a été signé avec l'ARS Bourgogne-Franche-Comté."
    )
    assert "COMMUNE" not in {o.type for o in record.organisations}


def test_the_sous_prefet_of_an_arrondissement_has_its_town() -> None:
    found = find_mentions("l'État, représenté par le sous-préfet de l'arrondissement de Saint-Paul")
    assert [(m.name, m.place) for m in found][-1] == (
        "sous-préfet de l'arrondissement de Saint-Paul",
        "Saint-Paul",
    )


def test_a_hospital_group_named_after_its_city_and_a_lone_region_word() -> None:
    found = find_mentions(
        "le groupe hospitalier La Rochelle-Ré-Aunis et le Groupe hospitalier Bretagne Sud"
    )
    assert [m.place for m in found] == ["La Rochelle", None]


def test_a_contract_carried_by_a_pays_told_with_a_pronoun() -> None:
    record = _record(
        "Le contrat local de santé des communautés de communes du Saulnois et du Pays de "
        "Bitche est prolongé jusqu'en 2025. Vu la délibération du conseil municipal de la "
        "Ville de Sarrebourg du 7 novembre 2023 ; vu la délibération de la Ville de "
        "Sarrebourg du 9 novembre 2023.\n\n"
        "Il est porté par le Pays de la Sarre, qui en assure l'animation pour le compte des "
        "deux communautés de communes."
    )
    assert record.lead_body == "Pays de la Sarre"


def test_a_fiches_carrier_is_not_the_contracts() -> None:
    b = DocumentBuilder("t", "t.pdf", "pdf")
    b.add("paragraph", "Le contrat local de santé de la Ville de Laval est signé.", page=1)
    b.add("heading", "Fiche action n° 2 – Dépistage", page=2, level=3)
    b.add("paragraph", "Il est porté par le Centre communal d'action sociale de Laval.", page=2)
    doc = b.build()
    doc.pages = 2
    assert assemble(doc).lead_body == "Ville de Laval"


def test_a_weekday_without_its_date_in_a_dated_article() -> None:
    html = (
        "<html><head><meta property='article:published_time' content='2018-02-01T06:00:00'>"
        "</head><body><article><h1>Un contrat pour le Blayais</h1>"
        "<p>Les élus de la Communauté de communes de Blaye ont signé mardi soir le contrat "
        "local de santé avec l'ARS Nouvelle-Aquitaine.</p>"
        "<p>La prochaine réunion publique aura lieu vendredi.</p></article></body></html>"
    )
    record = extract_record(read_html(html.encode("utf-8"), "t", "t.html"))
    assert record.signed_on == "2018-01-30"


def test_intercommunalities_named_elliptically_after_a_plural_head() -> None:
    found = find_mentions(
        "Trois communautés de communes l'ont signé avec elle, celles du Réolais, de "
        "Montesquieu et du Sud Gironde."
    )
    assert [m.name for m in found] == [
        "communauté de communes du Réolais",
        "communauté de communes de Montesquieu",
        "communauté de communes du Sud Gironde",
    ]


def test_a_lone_surrogate_in_a_signing_list_never_raises() -> None:
    b = DocumentBuilder("h", "h", "pdf")
    b.add("heading", "Axe 0 : \ud800SIGNE", level=1, page=1)
    b.add("list_item", "Action 0.1 \ud800SIGNE", page=1)
    assert extract_record(b.build()).id == "h"


def test_a_body_with_its_own_contract_is_not_a_partner_of_this_one() -> None:
    record = _record(
        "Le contrat local de santé du Pays Beaunois a été signé par le Pays Beaunois et "
        "l'ARS Bourgogne-Franche-Comté. Le même jour, l'ARS s'est engagée aux côtés des "
        "partenaires du Pays de l'Auxois, dont le contrat fera l'objet d'un communiqué."
    )
    assert not [o for o in record.organisations if "Auxois" in o.name]


def test_an_intercommunality_written_by_its_official_name_alone() -> None:
    found = find_mentions("La convention est signée par Quimper Bretagne Occidentale et l'ARS.")
    assert (found[0].name, found[0].type) == ("Quimper Bretagne Occidentale", "EPCI")


def test_intercommunalities_named_with_celle_du_after_a_singular_head() -> None:
    record = _record(
        "Le contrat local de santé 2024-2028 a été signé par l'ARS Bretagne et les trois "
        "communautés concernées, la communauté de communes du Cap Sizun, celle du Haut Pays "
        "Bigouden et Quimper Bretagne Occidentale."
    )
    epcis = {o.name for o in record.organisations if o.type == "EPCI"}
    assert "Quimper Bretagne Occidentale" in epcis
    assert any("Haut Pays Bigouden" in name for name in epcis)


def test_a_neighbour_territorys_contract_names_no_party() -> None:
    record = _record(
        "Le contrat local de santé du Pays Beaunois est signé par le Pays Beaunois et l'ARS "
        "Bourgogne-Franche-Comté.\n\n"
        "Le territoire voisin de Terres d'Auxois met en œuvre son deuxième contrat, conclu "
        "avec la Communauté de communes des Terres d'Auxois et la Région."
    )
    assert not [o for o in record.organisations if "Auxois" in o.name]


def test_a_signing_sentence_enumerating_kinds_of_bodies_gives_the_count() -> None:
    record = _record(
        "Ville, État, hôpital, Caisse d'allocations familiales et Agence régionale de santé "
        "se sont engagés lundi dans le contrat local de santé de la Ville de Cholet."
    )
    assert record.n_signatories == 5
    assert not [o for o in record.organisations if o.name == "Ville"]


def test_two_named_bodies_around_which_partners_sign_add_up() -> None:
    record = _record(
        "Le contrat local de santé de la Communauté de communes du Haut-Vivarais est signé "
        "ce jour.\n\n"
        "Autour de la communauté de communes et de l'ARS Auvergne-Rhône-Alpes, onze "
        "partenaires ont signé le contrat."
    )
    assert record.n_signatories == 13


def test_partners_signing_besides_named_bodies_add_up() -> None:
    record = _record(
        "Le conseil communautaire approuve le contrat local de santé 2025-2029.\n\n"
        "Considérant qu'outre la Communauté d'agglomération et l'ARS Normandie, le contrat "
        "sera signé par neuf partenaires : la Préfecture de l'Orne, la CPAM de l'Orne et "
        "d'autres."
    )
    assert record.n_signatories == 11


def test_a_programme_item_naming_who_signs_lists_the_signatories() -> None:
    record = _record(
        "Invitation à la signature du contrat local de santé de Pantin 2021-2025\n\n"
        "Programme\n\n"
        "- 9 h 30 - Accueil des invités\n"
        "- 10 h 00 - Signature par la Ville de Pantin, le CCAS de Pantin, l'ARS "
        "Île-de-France et la CPAM de la Seine-Saint-Denis\n"
        "- 10 h 30 - Collation\n"
    )
    assert sorted(o.type for o in record.organisations) == ["ARS", "CCAS", "COMMUNE", "CPAM"]
    assert record.n_signatories == 4


def test_a_council_s_decisions_after_a_signing_recital_are_not_bodies() -> None:
    record = _record(
        "DÉLIBÉRATION N° 12 – Contrat local de santé de la Ville de Vierzon\n\n"
        "Considérant que le contrat sera signé par la Ville de Vierzon, l'ARS Centre-Val "
        "de Loire et la CPAM du Cher ;\n\n"
        "Le Conseil municipal, après en avoir délibéré, à l'unanimité :\n\n"
        "- APPROUVE le contrat local de santé ;\n"
        "- AUTORISE le Maire à le signer ainsi que toute pièce s'y rapportant ;\n"
        "- DIT que la dépense de la Ville est inscrite au budget 2024.\n"
    )
    assert sorted(o.type for o in record.organisations) == ["ARS", "COMMUNE", "CPAM"]
    assert record.n_signatories == 3


def test_a_list_introduced_by_its_own_sentence_takes_no_role_from_above() -> None:
    record = _record(
        "Le contrat local de santé de Stains est signé.\n\n"
        "Quatre institutions s'engagent : la Ville de Stains, l'ARS Île-de-France, la "
        "Préfecture de la Seine-Saint-Denis et la CPAM de la Seine-Saint-Denis.\n\n"
        "Le programme compte douze fiches actions réparties en trois axes :\n\n"
        "- Axe 1 : Habitat, cadre de vie et santé\n"
        "- Axe 2 : Santé mentale\n"
        "- Axe 3 : Nutrition\n"
    )
    assert sorted(o.type for o in record.organisations) == [
        "ARS",
        "COMMUNE",
        "CPAM",
        "PREFECTURE",
    ]
    assert record.n_signatories == 4


def test_a_signature_page_naming_each_body_before_its_signer_lists_signatories() -> None:
    record = _record(
        "Contrat local de santé du Pays Ruthénois 2022-2026\n\n"
        "Le contrat est porté par la Communauté d'agglomération Rodez Agglomération.\n\n"
        "Signatures\n\n"
        "Fait à Rodez, le 3 mars 2022, en quatre exemplaires.\n\n"
        "Rodez Agglomération Le Président\n\n"
        "Préfecture de l'Aveyron Le Préfet\n\n"
        "Conseil départemental de l'Aveyron Le Président\n\n"
        "CPAM de l'Aveyron La Directrice\n"
    )
    types = {o.type for o in record.organisations}
    assert {"PREFECTURE", "DEPARTEMENT", "CPAM"} <= types


def test_a_boxed_aside_labelled_encadre_tells_of_other_contracts() -> None:
    record = _record(
        "SANTÉ\n\n"
        "Samedi 12 mars 2016, le président de la Communauté de communes du Val de Sèvre et "
        "la directrice de l'ARS Nouvelle-Aquitaine ont signé le contrat local de santé "
        "2016-2019, qui compte dix-huit actions.\n\n"
        "ENCADRÉ – Chez les voisins\n\n"
        "À Niort, le contrat local de santé signé le 5 novembre 2015 compte vingt-six "
        "actions.\n"
    )
    assert record.n_actions == 18
    assert record.signed_on == "2016-03-12"


def test_a_body_only_said_not_to_sign_is_no_party() -> None:
    record = _record(
        "Le contrat local de santé de Vitré est signé par la Ville de Vitré et l'ARS "
        "Bretagne.\n\n"
        "(Photo : la maison de santé, près du centre hospitalier de Vitré, qui n'est pas "
        "signataire.)\n"
    )
    assert sorted(o.type for o in record.organisations) == ["ARS", "COMMUNE"]
    assert record.n_signatories == 2


def test_a_body_associated_with_the_contract_without_signing_is_a_partner() -> None:
    record = _record(
        "Le contrat local de santé de Vitré est signé par la Ville de Vitré et l'ARS "
        "Bretagne. La CPAM d'Ille-et-Vilaine est associée au contrat sans en être "
        "signataire.\n"
    )
    roles = {o.type: o.role for o in record.organisations}
    assert roles == {"COMMUNE": "signatory", "ARS": "signatory", "CPAM": "partner"}


def test_a_box_about_the_region_s_contracts_names_no_party() -> None:
    html = (
        "<html><head><title>Vierzon signe son contrat local de santé</title></head><body>"
        "<main><h1>Vierzon signe son contrat local de santé</h1>"
        "<p>Ce lundi 4 avril 2022, la Ville de Vierzon et l'ARS Centre-Val de Loire ont "
        "signé le contrat local de santé 2022-2026 de la commune.</p>"
        "<p>Le programme compte douze actions réparties en trois axes.</p>"
        "<h3>Les contrats locaux de santé dans le Cher</h3>"
        "<p>L'ARS accompagne aussi la commune de Mehun-sur-Yèvre, qui prépare son "
        "contrat avec la Communauté de communes Cœur de Berry ; sa signature est "
        "envisagée à l'automne.</p></main></body></html>"
    )
    record = extract_record(read_html(html.encode("utf-8"), "t", "t.html"))
    assert sorted(o.type for o in record.organisations) == ["ARS", "COMMUNE"]
    assert record.n_signatories == 2


def test_a_table_of_other_towns_contracts_names_no_party() -> None:
    html = (
        "<html><head><title>Le Département signe le CLS de Bondy</title></head><body><main>"
        "<h1>Le Département signe le CLS de Bondy</h1>"
        "<p>Le 3 mars 2021, la Ville de Bondy, l'ARS Île-de-France et le Département de la "
        "Seine-Saint-Denis ont signé le contrat local de santé 2021-2025 de Bondy.</p>"
        "<p>Autres signatures du Département :</p>"
        "<table><tr><th>Ville</th><th>Contrat</th><th>Signature</th></tr>"
        "<tr><td>Pantin</td><td>CLS 2 (2018-2022)</td><td>5 mai 2018</td></tr>"
        "<tr><td>Stains</td><td>CLS 3 (2019-2023)</td><td>2 juillet 2019</td></tr>"
        "</table></main></body></html>"
    )
    record = extract_record(read_html(html.encode("utf-8"), "t", "t.html"))
    assert sorted(o.type for o in record.organisations) == ["ARS", "COMMUNE", "DEPARTEMENT"]
