"""Generated French CLS contracts as PDFs, for the batch benchmark.

What: ``write_corpus(folder, sizes)`` writes one signed-contract-style PDF per size (in
pages): a cover, a preamble of "Vu ..." clauses, the parties, the duration, the
strategic axes, then fiches actions (context, objectives, pilot, partners, indicators,
calendar) until the page count is reached, and a signatory page. Territories, regions,
years and signatories vary from one contract to the next; a running header and a
"Page x / n" footer sit on every page but the cover.

Why: the batch must be measured on documents shaped like real contracts (long
justified paragraphs, lists, many pages), not on repeated lines. reportlab writes them
(``invariant``: the same bytes on every run, so figures are comparable).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer  # noqa: E402

W, H = A4
_SS = getSampleStyleSheet()
BODY = ParagraphStyle(
    "body", parent=_SS["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14.5,
    alignment=TA_JUSTIFY, spaceAfter=7,
)  # fmt: skip
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=0.9 * cm, bulletIndent=0.3 * cm)
H1 = ParagraphStyle("h1", parent=_SS["Heading1"], fontName="Helvetica-Bold", fontSize=16)
H2 = ParagraphStyle("h2", parent=_SS["Heading2"], fontName="Helvetica-Bold", fontSize=12.5)
TITLE = ParagraphStyle("title", parent=H1, fontSize=26, leading=32, alignment=TA_CENTER)
SUB = ParagraphStyle("sub", parent=BODY, fontSize=14, leading=19, alignment=TA_CENTER)

# (territory as written, lead body, ARS region, town of signature)
TERRITORIES: tuple[tuple[str, str, str, str], ...] = (
    ("Pays de Brocéliande", "le Syndicat mixte du Pays de Brocéliande", "Bretagne", "Montfort-sur-Meu"),
    ("Grand Figeac", "la Communauté de communes du Grand Figeac", "Occitanie", "Figeac"),
    ("Lisieux Normandie", "l'Agglomération Lisieux Normandie", "Normandie", "Lisieux"),
    ("Carcassonne Agglo", "Carcassonne Agglo", "Occitanie", "Carcassonne"),
    ("Reims", "la Ville de Reims", "Grand Est", "Reims"),
    ("Grand Dole", "la Communauté d'agglomération du Grand Dole", "Bourgogne-Franche-Comté", "Dole"),
    ("Caux Seine Agglo", "Caux Seine Agglo", "Normandie", "Lillebonne"),
    ("Pays de Fayence", "la Communauté de communes du Pays de Fayence", "Provence-Alpes-Côte d'Azur", "Fayence"),
)  # fmt: skip

AXES = (
    "Accès aux soins de premier recours et attractivité du territoire",
    "Prévention et promotion de la santé tout au long de la vie",
    "Santé mentale et prévention du suicide",
    "Santé environnementale et cadre de vie favorable à la santé",
    "Parcours des personnes âgées et des personnes en situation de handicap",
)

ACTION_TITLES = (
    "Favoriser l'installation de professionnels de santé",
    "Développer l'exercice coordonné en maison de santé pluriprofessionnelle",
    "Renforcer le dépistage organisé des cancers",
    "Promouvoir une alimentation favorable à la santé chez les jeunes",
    "Former les acteurs de proximité au repérage de la souffrance psychique",
    "Prévenir les conduites addictives en milieu scolaire",
    "Lutter contre l'habitat indigne et la précarité énergétique",
    "Améliorer la qualité de l'air intérieur dans les établissements recevant du public",
    "Prévenir la perte d'autonomie des personnes âgées à domicile",
    "Soutenir les aidants familiaux",
)

# Sentence templates of fiches actions, filled with drawn numbers, publics and places,
# so that a long contract repeats few sentences (as a real one does).
SENTENCES = (
    "Le diagnostic local de santé réalisé en {year} relève une densité de {job} inférieure "
    "de {pct} % à la moyenne régionale sur le secteur de {area}.",
    "Près de {n} habitants de {area} parcourent plus de {minutes} minutes pour consulter "
    "un professionnel de premier recours.",
    "L'action s'appuie sur la communauté professionnelle territoriale de santé, les "
    "établissements scolaires et {n2} associations du secteur de {area}.",
    "Les {public} sont associés à chaque étape, de la définition des besoins à "
    "l'évaluation des résultats, au cours de {n2} réunions par an.",
    "Il s'agit de recenser les ressources disponibles, d'organiser {n2} temps d'échange "
    "entre professionnels et de proposer des actions adaptées aux {public}.",
    "Le coordinateur du contrat pilote l'action avec le référent {theme} de la délégation "
    "départementale, et rend compte au comité technique chaque {period}.",
    "Les indicateurs retenus sont le nombre de {public} accompagnés, fixé à {n} en {year}, "
    "et le taux de participation aux actions de {theme}, visé à {pct} %.",
    "Le budget prévisionnel s'élève à {euros} euros en {year}, dont {pct} % au titre du "
    "fonds d'intervention régional pour les actions de {theme}.",
    "Un bilan de l'action de {theme} est présenté en comité de pilotage en {month} {year}, "
    "avec les ajustements proposés par les {public}.",
    "La démarche prolonge l'expérimentation menée à {area} depuis {year}, qui a touché "
    "{n} personnes et mobilisé {n2} professionnels de {theme}.",
)
FILLS = {
    "job": ("médecins généralistes", "infirmiers libéraux", "masseurs-kinésithérapeutes",
            "chirurgiens-dentistes", "orthophonistes", "sages-femmes"),
    "area": ("Bréal", "Plélan", "Saint-Méen", "Iffendic", "Monterfil", "Paimpont",
             "Montauban", "Talensac"),
    "public": ("jeunes de 12 à 25 ans", "personnes âgées isolées", "aidants familiaux",
               "habitants des quartiers prioritaires", "élus municipaux", "professionnels "
               "de la petite enfance", "travailleurs saisonniers", "bénéficiaires des minima sociaux"),
    "theme": ("santé mentale", "nutrition", "prévention des addictions", "santé "
              "environnementale", "accès aux droits", "vaccination", "dépistage des cancers",
              "activité physique adaptée"),
    "period": ("trimestre", "semestre", "année"),
    "month": ("janvier", "mars", "juin", "septembre", "novembre"),
}  # fmt: skip
PARTNERS = (
    "la Préfecture du département",
    "le Conseil départemental",
    "le Conseil régional",
    "la Caisse Primaire d'Assurance Maladie",
    "la Mutualité Sociale Agricole",
    "la Caisse d'Allocations Familiales",
    "l'Éducation nationale",
    "le Centre hospitalier de proximité",
)

MONTHS = ("janvier", "mars", "avril", "juin", "septembre", "octobre", "novembre", "décembre")


def _canvas(header: str) -> type[Canvas]:
    """A canvas with a running header and 'Page x / n' footer (the cover excepted)."""

    class Numbered(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self.setFont("Helvetica", 8)
                    self.drawString(2.2 * cm, H - 1.25 * cm, header)
                    self.drawRightString(
                        W - 2.2 * cm, 1.1 * cm, f"Page {self._pageNumber} / {total}"
                    )
                super().showPage()
            super().save()

    return Numbered


def _contract(number: int, rng: random.Random) -> tuple[list[Any], list[Any], str]:
    """The opening, the fiche-action generator material and the header of one contract."""
    territory, lead, region, town = TERRITORIES[number % len(TERRITORIES)]
    start = 2018 + number % 6
    end = start + 4
    axes = AXES[: 3 + number % 3]
    partners = rng.sample(PARTNERS, 5)
    opening: list[Any] = [
        Spacer(1, 3 * cm),
        Paragraph(f"Agence Régionale de Santé {region}", SUB),
        Spacer(1, 3 * cm),
        Paragraph("CONTRAT LOCAL DE SANTÉ", TITLE),
        Paragraph(f"du {territory}" if territory.startswith("Pays") else territory, SUB),
        Paragraph(f"{start} – {end}", TITLE),
        PageBreak(),
        Paragraph("Préambule", H1),
        Paragraph("Vu le code de la santé publique, notamment son article L. 1434-10 ;", BODY),
        Paragraph(f"Vu le projet régional de santé {region} ;", BODY),
        Paragraph(
            f"Vu la délibération du conseil en date du 12 {MONTHS[number % 8]} {start} ;", BODY
        ),
        Paragraph("Article 1 – Les parties", H2),
        Paragraph(
            f"Le présent contrat local de santé est conclu entre l'Agence Régionale de Santé "
            f"{region} et {lead}, en partenariat avec {', '.join(partners)}.",
            BODY,
        ),
        Paragraph("Article 2 – Durée", H2),
        Paragraph(
            f"Le présent contrat est conclu pour une durée de cinq ans, de {start} à {end}. "
            "Il peut être modifié par avenant.",
            BODY,
        ),
        Paragraph("Article 3 – Les axes stratégiques", H2),
        Paragraph(f"Le contrat s'organise autour de {len(axes)} axes stratégiques :", BODY),
        *[Paragraph(f"Axe {i} : {a}", ITEM, bulletText="–") for i, a in enumerate(axes, 1)],
    ]
    closing: list[Any] = [
        PageBreak(),
        Paragraph("Signataires", H1),
        Paragraph(f"Fait à {town}, le 3 {MONTHS[(number + 3) % 8]} {start}", BODY),
        Paragraph(f"Pour l'Agence Régionale de Santé {region}, le Directeur général", BODY),
        Paragraph(f"Pour {lead}, le Président", BODY),
        *[Paragraph(f"Pour {p}", BODY) for p in partners],
    ]
    return opening, closing, f"Contrat Local de Santé – {territory} – {start}-{end}"


def _paragraph(rng: random.Random) -> str:
    """Three to five sentences drawn from the templates, with drawn fills."""
    sentences = []
    for template in rng.sample(SENTENCES, rng.randint(3, 5)):
        fills = {key: rng.choice(values) for key, values in FILLS.items()}
        fills.update(
            year=rng.randint(2012, 2024), pct=rng.randint(5, 60), n=rng.randint(40, 4000),
            n2=rng.randint(2, 30), minutes=rng.randint(15, 50), euros=rng.randint(5, 400) * 1000,
        )  # fmt: skip
        sentences.append(template.format(**fills))
    return " ".join(sentences)


def _fiche(axis: int, action: int, rng: random.Random) -> list[Any]:
    """One fiche action, about a page long."""
    story: list[Any] = [
        Paragraph(f"Fiche action {axis}.{action} – {rng.choice(ACTION_TITLES)}", H2),
        Paragraph(f"Axe stratégique {axis}", BODY),
    ]
    for heading in ("Contexte", "Objectifs", "Pilotage et partenaires", "Évaluation"):
        story.append(Paragraph(heading, BODY))
        story.extend(Paragraph(_paragraph(rng), BODY) for _ in range(2))
    story.append(Paragraph("Calendrier : de la première à la dernière année du contrat.", BODY))
    return story


def write_contract(path: Path, number: int, pages: int) -> int:
    """Write contract NUMBER with about PAGES pages to PATH; returns the page count."""
    rng = random.Random(number)
    opening, closing, header = _contract(number, rng)
    counted: list[int] = []

    def build(fiches: int) -> int:
        story = list(opening)
        n_axes = 3 + number % 3
        for i in range(fiches):
            story.extend(
                _fiche(1 + i % n_axes, 1 + i // n_axes, random.Random(number * 10_000 + i))
            )
        story.extend(closing)
        doc = SimpleDocTemplate(str(path), pagesize=A4, title=header)
        doc.build(story, canvasmaker=_canvas(header))
        counted.append(doc.page)
        return doc.page

    per_fiche = 1.25  # pages per fiche action, measured; corrected once below
    fiches = max(1, round((pages - 3) / per_fiche))
    got = build(fiches)
    if got != pages and got > 3:
        fiches = max(1, round(fiches * (pages - 3) / (got - 3)))
        got = build(fiches)
    return got


def write_corpus(
    folder: Path, sizes: Sequence[int], progress: Callable[[str], None] | None = None
) -> list[tuple[Path, int]]:
    """Write one contract per size into FOLDER; returns (path, pages) pairs."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for number, size in enumerate(sizes):
        path = folder / f"cls-{number:02d}-{size}p.pdf"
        pages = write_contract(path, number, size)
        written.append((path, pages))
        if progress is not None:
            progress(f"{path.name}: {pages} pages")
    return written
