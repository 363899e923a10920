"""Facts of other events on the page: a radio's box of other reports, another contract's
history, another decision's date. Sentences written for these tests."""

from __future__ import annotations

from extractors.assemble import assemble
from extractors.zones import classify
from pipeline.text.builder import DocumentBuilder


def test_a_radio_box_of_other_reports_is_a_teaser() -> None:
    """A radio site lists its other reports under "À écouter aussi": their dates, periods
    and prolongations belong to other pages."""
    b = DocumentBuilder("r", "r.txt", "txt")
    b.add("paragraph", "Publié le 14/05/2024")
    b.add(
        "paragraph",
        "PRÉSENTATEUR : La commune de Valtest et l'ARS ont signé ce mardi un contrat local "
        "de santé pour la période 2024-2028.",
    )
    b.add("paragraph", "À écouter aussi")
    b.add("list_item", "- Voisinville : le plan vélo prolongé jusqu'en 2031 (13/05/2024)")
    b.add("list_item", "- Autreville : un accord signé pour un contrat 2027-2032 (09/05/2024)")
    doc = b.build()
    assert classify(doc)[2:] == ["teaser", "teaser", "teaser"]
    record = assemble(doc)
    assert (record.period_start, record.period_end) == (2024, 2028)
    assert record.signed_on == "2024-05-14"
    assert record.amendments == []


def test_the_first_one_told_as_a_pronoun_in_a_renewal_is_an_earlier_contract() -> None:
    """In questions and answers a history names the first contract by "le premier" alone:
    its date is not the renewal's signature."""
    b = DocumentBuilder("f", "f.html", "html")
    b.add("heading", "Le troisième contrat local de santé de Valtest", level=1)
    b.add("heading", "La ville a-t-elle déjà eu des contrats ?", level=2)
    b.add(
        "paragraph",
        "Oui. Le premier a été signé le 4 avril 2014 par le Maire et l'ARS, le deuxième a "
        "couvert 2018-2022.",
    )
    b.add("heading", "Quand le troisième contrat a-t-il été signé ?", level=2)
    b.add("paragraph", "Le 9 octobre 2024, en mairie. Il couvre la période 2024-2029.")
    record = assemble(b.build())
    assert record.generation == 3
    assert record.signed_on == "2024-10-09"


def test_a_date_followed_by_another_deed_is_that_deeds_signature() -> None:
    """The object written right after a signing's date names what was signed: a charter or
    a convention signed on that day is not the contract."""
    b = DocumentBuilder("c", "c.html", "html")
    b.add("paragraph", "12 mai 2023")
    b.add(
        "paragraph",
        "Le contrat local de santé de Valtest a été signé mercredi 10 mai en mairie.",
    )
    b.add(
        "paragraph",
        "Les partenaires avaient d'abord signé, le 2 avril 2021, une charte d'engagement.",
    )
    assert assemble(b.build()).signed_on == "2023-05-10"


def test_a_decision_dates_itself_and_cites_the_contract_in_a_visa() -> None:
    """An administrative decision about a first contract (its funding) closes with its own
    "Fait à …, le …" and tells the contract's signing in a visa; its sommaire lists other
    acts with their long titles and dates."""
    b = DocumentBuilder("d", "d.pdf", "pdf")
    b.add("heading", "RECUEIL DES ACTES ADMINISTRATIFS", page=1, level=1)
    b.add("heading", "Sommaire", page=1, level=4)
    b.add(
        "list_item",
        "– Décision n° 2023-ABC-0042 du 5 juin 2023 portant financement de la coordination "
        "du contrat local de santé d'Autreville, signé le 3 février 2023, au titre du fonds "
        "d'intervention régional",
        page=1,
    )
    b.add("heading", "Décision relative au contrat local de santé de Valtest", page=2, level=2)
    b.add("paragraph", "Vu le code de la santé publique ;", page=2)
    b.add(
        "paragraph",
        "Vu le contrat local de santé de Valtest, premier contrat local de santé de la "
        "commune, signé le 17 janvier 2023 par la commune et l'agence régionale de santé, "
        "pour la période 2023-2027 ;",
        page=2,
    )
    b.add("heading", "DÉCIDE", page=2, level=4)
    b.add("paragraph", "Article 1er – Une subvention de 20 000 euros est attribuée.", page=2)
    b.add("heading", "Signatures", page=2, level=4)
    b.add("paragraph", "Fait à Valtest, le 5 juin 2023", page=2)
    b.add("paragraph", "Pour le Directeur général et par délégation", page=2)
    doc = b.build()
    doc.pages = 2
    assert classify(doc)[1:3] == ["toc", "toc"]
    assert assemble(doc).signed_on == "2023-01-17"


def test_axes_on_slides_have_their_title_under_a_bare_heading() -> None:
    """A slide deck shows one axis per slide: "Axe stratégique n°2" as the slide's title,
    the axis's title as the only text under it."""
    b = DocumentBuilder("s", "s.pdf", "pdf")
    b.add("heading", "Le contrat local de santé de Valtest", page=1, level=1)
    titles = ["Faciliter l'accès aux soins", "Agir sur les addictions", "Bien vieillir chez soi"]
    for n, title in enumerate(titles, start=1):
        b.add("heading", f"Axe prioritaire n°{n}", page=n + 1, level=1)
        b.add("paragraph", title, page=n + 1)
    b.add("heading", "Merci", page=5, level=1)
    doc = b.build()
    doc.pages = 5
    record = assemble(doc)
    assert record.axes == titles
    assert record.n_axes == 3


def test_axes_between_dashes_after_a_qualified_announcement() -> None:
    """A considérant announces "quatre axes prioritaires" and lists them between dashes,
    separated by semicolons."""
    b = DocumentBuilder("a", "a.pdf", "pdf")
    b.add(
        "paragraph",
        "Considérant que le contrat local de santé de Valtest retient quatre axes "
        "prioritaires – la prévention des addictions ; l'accès aux soins, y compris "
        "dentaires ; le bien vieillir ; la santé des jeunes – et compte douze actions ;",
    )
    record = assemble(b.build())
    assert record.axes == [
        "La prévention des addictions",
        "L'accès aux soins, y compris dentaires",
        "Le bien vieillir",
        "La santé des jeunes",
    ]


def test_axes_told_one_sentence_each_in_an_interview() -> None:
    """An interviewee counts the axes, then tells them one sentence each; a comma followed
    by another noun phrase stays in the title, a comma before a comment ends it."""
    b = DocumentBuilder("i", "i.html", "html")
    b.add("heading", "Valtest signe son contrat local de santé", level=1)
    b.add(
        "paragraph",
        "Le plan compte quatre axes. Le premier, c'est la santé mentale, bien sûr. Le "
        "deuxième porte sur la nutrition, l'activité physique et le sport. Le troisième "
        "concerne les publics fragiles : ceux des quartiers prioritaires et des hameaux "
        "isolés. Et le dernier, c'est l'habitat, parce que beaucoup de logements sont "
        "anciens.",
    )
    record = assemble(b.build())
    assert record.axes == [
        "La santé mentale",
        "La nutrition, l'activité physique et le sport",
        "Les publics fragiles des quartiers prioritaires et des hameaux isolés",
        "L'habitat",
    ]


def test_ranks_told_without_a_count_of_axes_are_not_axes() -> None:
    """ "Le premier, c'est …" after a count of something else names no axis."""
    b = DocumentBuilder("i", "i.html", "html")
    b.add(
        "paragraph",
        "Le contrat local de santé de Valtest a été signé. Il y a deux raisons à cela. La "
        "première, c'est le départ des médecins. La deuxième, c'est l'isolement.",
    )
    assert assemble(b.build()).axes == []


def test_a_paragraph_about_another_carriers_contract_gives_no_rank_or_period() -> None:
    """A news page about one intercommunality's first contract tells, in a paragraph of
    its own, a neighbour's renewal signed the same day: its rank and period are the
    neighbour's."""
    b = DocumentBuilder("n", "n.html", "html")
    b.add("heading", "Valterre Communauté signe un premier contrat local de santé", level=1)
    b.add(
        "paragraph",
        "La Communauté de communes de Valterre s'est dotée lundi de son premier contrat "
        "local de santé, signé pour quatre ans avec l'agence régionale de santé.",
    )
    b.add("heading", "Chez les voisins", level=2)
    b.add(
        "paragraph",
        "Le même après-midi, Montvert Agglomération signait son troisième contrat local de "
        "santé, pour la période 2019-2023.",
    )
    record = assemble(b.build())
    assert record.generation == 1
    assert (record.period_start, record.period_end) == (None, None)


def test_a_fiche_written_as_prose_keeps_its_axis_line_and_its_list_of_partners() -> None:
    """A prose fiche: its axis as a sub-heading under its title, its partners as a list
    under their label, the last item run on into the next label (two PDF lines joined)."""
    from extractors.context import DocContext
    from extractors.generic.actions_scan import scan

    b = DocumentBuilder("f", "f.pdf", "pdf")
    b.add("heading", "Axe 1 – Agir sur l'accès aux soins", page=1, level=2)
    b.add("heading", "Fiche action 1.1 – Ouvrir une maison de santé", page=1, level=4)
    b.add("heading", "Axe 1 – Agir sur l'accès aux soins", page=1, level=5)
    b.add("paragraph", "Porteur de l'action : Commune de Valtest", page=1)
    b.add("heading", "Partenaires mobilisés :", page=1, level=5)
    b.add("list_item", "– Ordre des médecins", page=1)
    b.add(
        "list_item", "– Conseil départemental Public bénéficiaire : Habitants sans médecin", page=1
    )
    b.add("paragraph", "Échéancier : ouverture en 2025, bilan en 2027.", page=1)
    mentions = [m for m in scan(DocContext.of(b.build())) if m.kind == "heading"]
    assert len(mentions) == 1
    fields = {k: v.text for k, v in mentions[0].fields.items()}
    assert fields["pilot"] == "Commune de Valtest"
    assert fields["partners"] == "Ordre des médecins ; Conseil départemental"
    assert fields["public"] == "Habitants sans médecin"
    assert "2027" in fields["calendar"]
    assert mentions[0].axis_hint[0] == 1


def test_fiche_numbers_under_roman_axes() -> None:
    """Fiches numbered after an axis in roman numerals: "III.2", "VIII-1"."""
    from extractors.generic.actions_text import parse_head

    for text, number in [
        ("Fiche action III.2 – Créer un groupe de parole", "III.2"),
        ("Fiche action n° VIII-1 – Former les aidants", "VIII.1"),
        ("Fiche action IV.3 – Agir sur l'habitat", "IV.3"),
    ]:
        head = parse_head(text)
        assert head is not None and head.number == number
