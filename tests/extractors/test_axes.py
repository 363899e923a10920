"""The contract's axes (extractors/generic/axes.py), through the whole pipeline.

"Axe n : …" lines or a list announced as the axes; objectives, priorities, pillars and
the regional health project's axes are not the contract's (SCHEMA.md). Titles are
compared as the scoring does (fuzzy token ratio ≥ 85, numbering removed).
"""

from __future__ import annotations

import pytest

from extractors import extract_record
from extractors.generic.axes import item_title
from pipeline.evaluate.score import same_axis
from pipeline.model import CLSRecord
from pipeline.text.plain import read_text


def _record(text: str) -> CLSRecord:
    return extract_record(read_text(text, "t", "t"))


AXES = [
    pytest.param(
        "Les trois axes du contrat :\n"
        "- Nutrition : améliorer la nutrition des enfants\n"
        "- Aidants : soutenir les aidants familiaux au quotidien\n"
        "- Logement : agir contre le logement indigne",
        [
            "Améliorer la nutrition des enfants",
            "Soutenir les aidants familiaux au quotidien",
            "Agir contre le logement indigne",
        ],
        id="tag-before-a-wording-that-restates-it",
    ),
    pytest.param(
        "Les trois axes du contrat :\n"
        "- Nutrition : améliorer la nutrition des enfants\n"
        "- Aidants : soutenir les aidants familiaux au quotidien\n"
        "- Habitat : lutter contre le plomb et le radon dans les logements",
        ["Nutrition", "Aidants", "Habitat"],
        id="trap-one-description-does-not-restate-its-label",
    ),
    pytest.param(
        "Le plan d'actions s'articule en trois axes : I. Santé des jeunes – II. Offre de "
        "soins de proximité – III. Qualité de l'air intérieur. Douze actions en découlent.",
        ["Santé des jeunes", "Offre de soins de proximité", "Qualité de l'air intérieur"],
        id="roman-numbered-axes-inside-the-sentence",
    ),
    pytest.param(
        "Le programme tient en trois axes.\n\nAxe prioritaire 1 : Développer la télémédecine. "
        "Axe prioritaire 2 : Soutenir les aidants familiaux. Axe prioritaire 3 : Lutter "
        "contre l'isolement des aînés.",
        [
            "Développer la télémédecine",
            "Soutenir les aidants familiaux",
            "Lutter contre l'isolement des aînés",
        ],
        id="axe-n-sentences-in-one-paragraph",
    ),
    pytest.param(
        "Le contrat, signé pour finir en même temps que le projet régional de santé, retient "
        "trois axes d'intervention : l'offre de soins ; la nutrition des enfants ; l'habitat "
        "indigne.",
        ["L'offre de soins", "La nutrition des enfants", "L'habitat indigne"],
        id="other-plan-in-an-incise-of-the-contract",
    ),
    pytest.param(
        "Axe 1 : Favoriser l'accès aux soins de premier recours\n"
        "Axe 2 : Promouvoir la santé mentale\n"
        "Axe 3 : Agir pour un environnement favorable à la santé",
        [
            "Favoriser l'accès aux soins de premier recours",
            "Promouvoir la santé mentale",
            "Agir pour un environnement favorable à la santé",
        ],
        id="axe-n-colon-lines",
    ),
    pytest.param(
        "Axe stratégique n° 1 : Prévenir les conduites addictives\n"
        "Axe stratégique n° 2 : Accompagner le vieillissement à domicile",
        ["Prévenir les conduites addictives", "Accompagner le vieillissement à domicile"],
        id="axe-strategique-n-degree",
    ),
    pytest.param(
        "Axe 1 – Renforcer l'offre de soins\n"
        "Axe 2 – Développer la prévention auprès des jeunes\n"
        "Axe transversal : Coordonner les acteurs et animer le contrat",
        [
            "Renforcer l'offre de soins",
            "Développer la prévention auprès des jeunes",
            "Coordonner les acteurs et animer le contrat",
        ],
        id="axe-transversal-counts",
    ),
    pytest.param(
        "AXE I. Améliorer le parcours des personnes âgées\n"
        "AXE II. Lutter contre l'isolement social\n"
        "AXE III. Soutenir les aidants",
        [
            "Améliorer le parcours des personnes âgées",
            "Lutter contre l'isolement social",
            "Soutenir les aidants",
        ],
        id="uppercase-roman-numerals",
    ),
    pytest.param(
        "Orientation stratégique 1 : Garantir une offre de soins de proximité\n"
        "Orientation stratégique 2 : Promouvoir des comportements favorables à la santé",
        [
            "Garantir une offre de soins de proximité",
            "Promouvoir des comportements favorables à la santé",
        ],
        id="orientation-strategique-n",
    ),
    pytest.param(
        "Le contrat s'organise autour de quatre axes :\n"
        "- l'accès aux droits et aux soins ;\n"
        "- la santé mentale ;\n"
        "- la prévention et la promotion de la santé ;\n"
        "- la santé environnementale.",
        [
            "l'accès aux droits et aux soins",
            "la santé mentale",
            "la prévention et la promotion de la santé",
            "la santé environnementale",
        ],
        id="sentence-announces-four-axes-dash-list",
    ),
    pytest.param(
        "Les axes stratégiques du contrat sont les suivants :\n"
        "1. Développer l'attractivité médicale du territoire\n"
        "2. Prévenir la perte d'autonomie\n"
        "3. Promouvoir la santé des enfants et des jeunes",
        [
            "Développer l'attractivité médicale du territoire",
            "Prévenir la perte d'autonomie",
            "Promouvoir la santé des enfants et des jeunes",
        ],
        id="numbered-list-after-intro",
    ),
    pytest.param(
        "Axe 1 : Accès aux soins\n"
        "Fiche action 1.1 : Accueillir les internes en médecine générale\n"
        "Fiche action 1.2 : Soutenir la maison de santé pluriprofessionnelle\n"
        "Axe 2 : Santé mentale\n"
        "Fiche action 2.1 : Former des secouristes en santé mentale",
        ["Accès aux soins", "Santé mentale"],
        id="axes-with-fiches-between",
    ),
    # Traps: lists that are not the contract's axes.
    pytest.param(
        "Les objectifs du contrat sont les suivants :\n"
        "- réduire les inégalités sociales de santé ;\n"
        "- faciliter le parcours des patients ;\n"
        "- renforcer la prévention.",
        [],
        id="trap-objectifs-list",
    ),
    pytest.param(
        "Le CLS 3 s'appuie sur trois piliers :\n"
        "- la mise à jour du diagnostic ;\n"
        "- un plan d'actions structuré ;\n"
        "- une gouvernance locale.",
        [],
        id="trap-piliers",
    ),
    pytest.param(
        "Le diagnostic a fait ressortir trois priorités :\n"
        "- la démographie médicale ;\n"
        "- la santé des jeunes ;\n"
        "- le vieillissement.",
        [],
        id="trap-priorites-du-diagnostic",
    ),
    pytest.param(
        "Le contrat décline le Projet régional de santé, qui s'articule autour de trois "
        "axes :\n"
        "- prévenir les ruptures de parcours ;\n"
        "- renforcer la démocratie en santé ;\n"
        "- améliorer l'efficience du système de santé.",
        [],
        id="trap-prs-axes",
    ),
    pytest.param(
        "Les conditions de réussite du contrat :\n"
        "- une gouvernance partagée ;\n"
        "- un coordinateur identifié ;\n"
        "- une évaluation continue.",
        [],
        id="trap-conditions-de-reussite",
    ),
    pytest.param(
        "La municipalité a défini trois orientations municipales :\n"
        "- la santé des aînés ;\n"
        "- le sport pour tous ;\n"
        "- l'alimentation durable.",
        [],
        id="trap-orientations-municipales",
    ),
    pytest.param(
        "Considérant que le contrat local de santé s'organise en trois axes – la santé des "
        "jeunes, le logement et la santé, l'accès aux soins de premier recours – déclinés en "
        "douze fiches actions ;",
        ["la santé des jeunes", "le logement et la santé", "l'accès aux soins de premier recours"],
        id="inline-between-dashes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AXES)
def test_axes(text: str, expected: list[str]) -> None:
    got = _record(text).axes
    assert len(got) == len(expected), got
    assert all(same_axis(e, g) for e, g in zip(expected, got, strict=True)), got


N_AXES_FROM_LIST = [
    pytest.param(
        "Axe 1 : Accès aux soins\nAxe 2 : Prévention\nAxe 3 : Santé mentale\n"
        "Axe 4 : Santé environnementale",
        4,
        id="count-of-listed-axes",
    ),
    pytest.param(
        "Le contrat compte six axes stratégiques, déclinés en 27 fiches actions.",
        6,
        id="count-without-titles",
    ),
    pytest.param(
        "Les objectifs du contrat sont les suivants :\n- réduire les inégalités ;\n"
        "- renforcer la prévention.",
        None,
        id="trap-no-axes-no-count",
    ),
]


@pytest.mark.parametrize(("text", "expected"), N_AXES_FROM_LIST)
def test_n_axes_from_titles(text: str, expected: int | None) -> None:
    assert _record(text).n_axes == expected


def test_an_axis_labelled_transversal_is_one_axis_without_its_label() -> None:
    from extractors.generic.axes_merge import tidy

    assert tidy("Axe transversal – Habitat et santé") == ("Habitat et santé", False)
    assert tidy("Axe transverse : Observation en santé . . . . 12") == (
        "Observation en santé",
        True,
    )


def test_a_dash_separates_an_axis_title_from_its_description() -> None:
    assert item_title("Agir sur l'habitat – logement indigne, radon, bruit.") == (
        "Agir sur l'habitat"
    )
    assert item_title("Santé mentale : déployer une stratégie de prévention") == "Santé mentale"


def test_infinitive_axes_joined_by_et_in_one_sentence() -> None:
    record = _record(
        "Le contrat local de santé 2023-2027 s'articule autour de trois axes : prévenir les "
        "chutes, soutenir les aidants et développer la télésanté. Il compte douze actions."
    )
    assert record.axes == ["Prévenir les chutes", "Soutenir les aidants", "Développer la télésanté"]


def test_brochure_items_with_a_dashed_description_cut_by_the_column() -> None:
    from extractors.assemble import assemble
    from pipeline.text.builder import DocumentBuilder

    b = DocumentBuilder("b", "b.pdf", "pdf")
    b.add("paragraph", "Contrat local de santé 2023-2027 de la communauté de communes.", page=1)
    b.add("heading", "Trois axes", page=1, level=2)
    b.add(
        "list_item",
        "1. Protéger la santé des jeunes – ateliers, écoute, sport sur ordonnance.",
        page=1,
    )
    b.add("list_item", "2. Rapprocher les soins –", page=1)
    b.add("paragraph", "maisons de santé, téléconsultation, transport solidaire.", page=1)
    b.add("list_item", "3. Soutenir les personnes", page=1)
    b.add("paragraph", "âgées – aidants, isolement, habitat adapté.", page=1)
    record = assemble(b.build())
    assert record.axes == [
        "Protéger la santé des jeunes",
        "Rapprocher les soins",
        "Soutenir les personnes âgées",
    ]


def test_roman_numbered_lines_after_an_announcement_are_axes() -> None:
    from extractors.assemble import assemble
    from pipeline.text.builder import DocumentBuilder

    b = DocumentBuilder("h", "h.html", "html")
    b.add("paragraph", "Le contrat local de santé 2024-2028 compte trois axes :")
    b.add("line", "I. Garantir l'accès aux soins")
    b.add("line", "II. Prévenir les addictions")
    b.add("line", "III. Soutenir les aidants")
    b.add("paragraph", "Dix actions les déclinent.")
    record = assemble(b.build())
    assert record.axes == [
        "Garantir l'accès aux soins",
        "Prévenir les addictions",
        "Soutenir les aidants",
    ]


def test_orientations_prioritaires_are_the_axes() -> None:
    record = _record(
        "Le contrat local de santé 2022-2026 retient trois orientations prioritaires :\n"
        "- l'accès aux droits ;\n- la santé mentale ;\n- le bien vieillir."
    )
    assert record.n_axes == 3
    assert record.axes == ["l'accès aux droits", "la santé mentale", "le bien vieillir"]


def test_axes_a_diagnostic_led_to_are_the_contracts() -> None:
    record = _record(
        "L'enquête menée auprès des habitants a permis de dégager trois axes : l'accès aux "
        "soins ; la santé des jeunes ; le logement. Le contrat local de santé couvre 2024-2028."
    )
    assert record.n_axes == 3
    assert record.axes == ["L'accès aux soins", "La santé des jeunes", "Le logement"]


def test_axes_of_a_regional_plan_named_before_stay_the_plans() -> None:
    record = _record(
        "Le projet régional de santé fixe sept axes : la prévention ; l'autonomie ; la santé "
        "mentale ; les soins ; le numérique ; la recherche ; la démocratie sanitaire."
    )
    assert record.n_axes is None
    assert record.axes == []


def test_an_axis_line_with_a_dashed_description_keeps_its_title() -> None:
    record = _record(
        "Axe 1 – Prévenir les addictions – ateliers au collège, formation des animateurs\n"
        "Axe 2 – Soutenir les aidants\n"
        "Axe 3 – Habitat et santé"
    )
    assert record.axes == ["Prévenir les addictions", "Soutenir les aidants", "Habitat et santé"]


def test_numbered_sections_after_a_list_of_axes_are_the_pages_outline() -> None:
    """An activity report whose sections are numbered headings: the list of axes in one
    section ends at the next section's heading, which continues the page's numbering."""
    from pipeline.text.html import read_html

    html = (
        "<html><body><main><h1>Rapport d'activité 2024</h1>"
        "<h2>1. Tourisme</h2><p>La saison a attiré de nombreux visiteurs sur le territoire.</p>"
        "<h2>2. Santé</h2><p>Le syndicat mixte a signé son contrat local de santé en mai.</p>"
        "<p>Ses actions se répartissent selon les axes suivants :</p>"
        "<ol><li>Renforcer l'offre de soins de premier recours</li>"
        "<li>Prévenir les chutes des personnes âgées</li></ol>"
        "<p>Un coordinateur suit la mise en œuvre du contrat.</p>"
        "<h2>3. Habitat et urbanisme</h2><p>Le plan local d'urbanisme a été révisé.</p>"
        "<h2>4. Vie de l'équipe</h2><p>L'équipe compte neuf agents.</p>"
        "</main></body></html>"
    )
    record = extract_record(read_html(html.encode("utf-8"), "t", "t.html"))
    assert record.axes == [
        "Renforcer l'offre de soins de premier recours",
        "Prévenir les chutes des personnes âgées",
    ]
    assert record.n_axes == 2


def test_a_fiches_axis_reference_is_not_the_title_of_the_prose_under_it() -> None:
    """Fiches actions written as prose, each under a bare "Axe II" naming its axis: the
    paragraph under it is the fiche's description; the axes are the numbered list the
    contract announced."""
    record = _record(
        "Le programme s'organise en deux axes :\n\n"
        "I. Offre de soins et installation des professionnels\n\n"
        "II. Prévention auprès des jeunes\n\n"
        "Fiche action 1 – Accueillir les internes\n\n"
        "Axe I\n\n"
        "La commune loue deux studios aux internes. Elle les accueille chaque semestre.\n\n"
        "Fiche action 2 – Informer les lycéens\n\n"
        "Axe II\n\n"
        "L'infirmière scolaire anime des ateliers dans les lycées de 2025 à 2027.\n"
    )
    assert record.axes == [
        "Offre de soins et installation des professionnels",
        "Prévention auprès des jeunes",
    ]


def test_a_sentence_joined_to_the_last_bullet_is_not_part_of_the_axis() -> None:
    """A PDF line joins the paragraph after a bulleted list to its last item, with no
    punctuation between: the sentence opened by a capital after a lower-case word is cut."""
    record = _record(
        "Le contrat retient trois axes :\n"
        "• Soutenir les aidants familiaux\n"
        "• Prévenir les addictions des jeunes\n"
        "• Favoriser le sport pour tous les âges Le contrat compte 25 actions, dont 9 "
        "nouvelles.\n"
    )
    assert record.axes == [
        "Soutenir les aidants familiaux",
        "Prévenir les addictions des jeunes",
        "Favoriser le sport pour tous les âges",
    ]


def test_a_capital_article_inside_an_axis_title_stays() -> None:
    from extractors.generic.axes import _cut_joined_sentence

    title = "Lutter contre l'habitat indigne à La Réunion et à Mayotte"
    assert _cut_joined_sentence(title) == title
    assert _cut_joined_sentence("Agir pour les aînés Le contrat a été signé hier.") == (
        "Agir pour les aînés"
    )


def test_an_enumeration_of_axes_ends_with_its_sentence_after_a_bracket() -> None:
    """The last axis of a sentence may close on a bracket ("… (logement indigne). Il
    compte …"): the next sentence is not part of its title."""
    record = _record(
        "Le contrat local de santé retient trois axes : soutenir les aidants ; prévenir les "
        "addictions ; agir sur l'habitat (logement indigne). Il compte 14 actions."
    )
    assert record.axes == [
        "Soutenir les aidants",
        "Prévenir les addictions",
        "Agir sur l'habitat (logement indigne)",
    ]


def test_a_cards_short_title_under_a_bare_axis_may_end_on_a_full_stop() -> None:
    from pipeline.text.html import read_html

    html = (
        "<html><body><main><h1>Le contrat local de santé en bref</h1>"
        "<h3>Axe 1</h3><p>Soutenir les aidants familiaux.</p>"
        "<h3>Axe 2</h3><p>Prévenir les addictions des jeunes.</p>"
        "</main></body></html>"
    )
    record = extract_record(read_html(html.encode("utf-8"), "t", "t.html"))
    assert record.axes == ["Soutenir les aidants familiaux", "Prévenir les addictions des jeunes"]


def test_prose_fiches_take_their_axis_from_the_bare_axis_heading_under_their_title() -> None:
    """A fiche written as prose names its axis by a bare "Axe II" under its title: the
    action belongs to the second axis of the list."""
    from pipeline.text.html import read_html

    html = (
        "<html><body><main><h1>Contrat local de santé</h1>"
        "<p>Le programme s'organise en deux axes :</p>"
        "<p>I. Offre de soins et installation des professionnels</p>"
        "<p>II. Prévention auprès des jeunes</p>"
        "<h2>Fiche action 1 – Accueillir les internes</h2><h3>Axe I</h3>"
        "<p>La commune loue deux studios aux internes. Elle les accueille chaque semestre.</p>"
        "<h2>Fiche action 2 – Informer les lycéens</h2><h3>Axe II</h3>"
        "<p>L'infirmière scolaire anime des ateliers dans les lycées de 2025 à 2027.</p>"
        "</main></body></html>"
    )
    record = extract_record(read_html(html.encode("utf-8"), "t", "t.html"))
    assert [(a.number, a.axis) for a in record.actions] == [("1", 1), ("2", 2)]


def test_a_sentence_joined_to_the_last_axis_line_of_a_list_is_cut() -> None:
    record = _record(
        "Le contrat compte trois axes.\n"
        "• Axe 1 : Soutenir les aidants familiaux\n"
        "• Axe 2 : Prévenir les addictions des jeunes\n"
        "• Axe 3 : Favoriser le sport pour tous les âges Le contrat compte 25 actions, dont 9 "
        "nouvelles.\n"
    )
    assert record.axes == [
        "Soutenir les aidants familiaux",
        "Prévenir les addictions des jeunes",
        "Favoriser le sport pour tous les âges",
    ]
