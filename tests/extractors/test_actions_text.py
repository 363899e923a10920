"""Reading a fiche's heading, labels, calendar and budget (``actions_text``)."""

from __future__ import annotations

from extractors.generic.actions_text import (
    amount,
    label_of,
    parse_head,
    split_items,
    split_labels,
    split_partners,
    years,
)


def test_headings_in_their_usual_forms() -> None:
    cases = {
        "Fiche action n° 2.3 – Prévenir les addictions": ("2.3", "Prévenir les addictions"),
        "Action 2.3 - Former les aidants": ("2.3", "Former les aidants"),
        "FA 12 : Ouvrir une permanence": ("12", "Ouvrir une permanence"),
        "Fiche n°4 : Lutter contre l'habitat indigne": ("4", "Lutter contre l'habitat indigne"),
        "• FICHE-ACTION N°T.3 – Animer le contrat": ("T.3", "Animer le contrat"),
    }
    for text, (number, title) in cases.items():
        head = parse_head(text)
        assert head is not None, text
        assert (head.number, head.title) == (number, title)


def test_contents_line_and_continued_fiche() -> None:
    toc = parse_head("Fiche action n° 1.4 – Prévenir les conduites addictives . . . . 14")
    assert toc is not None and toc.title == "Prévenir les conduites addictives"
    more = parse_head("Fiche n°4 (suite)")
    assert more is not None and more.number == "4" and more.continued and more.title == ""


def test_prose_and_years_are_no_heading() -> None:
    assert parse_head("Action de prévention menée en 2024 auprès des jeunes") is None
    assert parse_head("L'action 2.3 vise les collégiens") is None
    assert parse_head("2.3 – Titre d'une ligne d'annexe") is None
    assert parse_head("2.3 – Titre d'une ligne d'annexe", bare=True) is not None


def test_labels_of_rows() -> None:
    assert label_of("Pilote") == "pilot"
    assert label_of("Porteur de l'action :") == "pilot"
    assert label_of("Public cible") == "public"
    assert label_of("Échéancier") == "calendar"
    assert label_of("Indicateurs d'évaluation") == "indicators"
    assert label_of("Le public rencontre des difficultés") is None
    assert split_labels("Pilote : CCAS - Calendrier : 2019-2023") == [
        ("pilot", "CCAS", 9),
        ("calendar", "2019-2023", 29),
    ]


def test_calendar_years() -> None:
    assert years("Recensement en 2025 ; évaluation en 2028") == (2025, 2028)
    assert years("Année scolaire 2024-2025 ; extension jusqu'en 2028") == (2024, 2028)
    assert years("dès 2019") == (2019, None)
    assert years("à partir de 2025", (2024, 2028)) == (2025, 2028)
    assert years("Deux journées par an", (2023, 2028)) == (2023, 2028)
    assert years("Au fil des besoins", (2023, 2028)) == (None, None)


def test_budget_amounts() -> None:
    assert amount("budget prévisionnel de 18 000 euros par an") == (18000.0, True)
    assert amount("ARS ; 12 500 € sur trois ans") == (12500.0, False)
    assert amount("1,2 M€ sur la durée du contrat") == (1200000.0, False)
    assert amount("50 k€") == (50000.0, False)
    assert amount("Moyens humains des partenaires") == (None, False)


def test_partner_items() -> None:
    assert split_items("CPAM de la Marne, MSA (Reims, Épernay) ; communes") == [
        "CPAM de la Marne",
        "MSA (Reims, Épernay)",
        "communes",
    ]


def test_partners_run_together_after_a_place_are_two() -> None:
    # a cell's line break lost between a name ending with its département and the next
    assert split_partners("Caisse d'allocations familiales du Finistère Pharmaciens ; Mairie") == [
        "Caisse d'allocations familiales du Finistère",
        "Pharmaciens",
        "Mairie",
    ]
    assert split_partners("Conseil départemental de la Côte-d'Or") == [
        "Conseil départemental de la Côte-d'Or"
    ]
    assert split_partners("Ligue contre le cancer du Finistère, comité local") == [
        "Ligue contre le cancer du Finistère",
        "comité local",
    ]
