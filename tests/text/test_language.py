"""The French-language check: French documents pass, neighbours' do not, short ones are
not judged."""

from __future__ import annotations

import pytest

from pipeline.text import read_bytes
from pipeline.text.language import judge_language

FRENCH = (
    "Le contrat local de santé a été signé le 3 mars 2021 par le maire, l'agence régionale "
    "de santé et la caisse primaire d'assurance maladie. Il fixe cinq priorités pour les cinq "
    "années à venir : l'accès aux soins, la santé mentale, la prévention auprès des jeunes, "
    "le bien vieillir et l'environnement."
)
FRENCH_LIST = (
    "Signataires : ARS Occitanie ; Ville de Carcassonne ; CPAM de l'Aude ; CAF de l'Aude ; "
    "Conseil départemental de l'Aude ; Centre hospitalier de Carcassonne ; MSA Grand Sud ; "
    "Éducation nationale ; Préfecture de l'Aude ; Mutualité française Occitanie"
)
OTHERS = {
    "en": "The local health contract was signed on 3 March 2021 by the mayor, the regional "
    "health agency and the health insurance fund. It sets out five priorities for the next "
    "five years: access to care, mental health, prevention for young people, healthy ageing "
    "and the environment.",
    "es": "El contrato local de salud fue firmado el 3 de marzo de 2021 por el alcalde, la "
    "agencia regional de salud y la caja del seguro de enfermedad. Establece cinco prioridades "
    "para los próximos cinco años: el acceso a la atención, la salud mental, la prevención "
    "para los jóvenes y el medio ambiente.",
    "it": "Il contratto locale di salute è stato firmato il 3 marzo 2021 dal sindaco, "
    "dall'agenzia regionale di salute e dalla cassa di assicurazione malattia. Stabilisce "
    "cinque priorità per i prossimi cinque anni: l'accesso alle cure, la salute mentale, la "
    "prevenzione per i giovani e l'ambiente.",
    "pt": "O contrato local de saúde foi assinado em 3 de março de 2021 pelo prefeito, pela "
    "agência regional de saúde e pela caixa de seguro de doença. Estabelece cinco prioridades "
    "para os próximos cinco anos: o acesso aos cuidados, a saúde mental e o ambiente.",
    "de": "Der lokale Gesundheitsvertrag wurde am 3. März 2021 vom Bürgermeister, der "
    "regionalen Gesundheitsagentur und der Krankenkasse unterzeichnet. Er legt fünf "
    "Prioritäten für die nächsten fünf Jahre fest: Zugang zur Versorgung, psychische "
    "Gesundheit, Prävention für junge Menschen und die Umwelt.",
}


@pytest.mark.parametrize("text", [FRENCH, FRENCH_LIST])
def test_french_is_french(text: str) -> None:
    assert judge_language(text).french is True


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_other_languages_are_not(language: str) -> None:
    verdict = judge_language(OTHERS[language])
    assert verdict.french is False, verdict.describe()


@pytest.mark.parametrize("text", ["", "Contrat local de santé", "CLS 2018-2022 ARS PACA " * 3])
def test_short_texts_are_not_judged(text: str) -> None:
    assert judge_language(text).french is None


def test_read_document_carries_the_verdict() -> None:
    english = read_bytes(OTHERS["en"].encode(), "en", "en.txt", "txt")
    assert english.metadata["language"] == "other"
    assert english.warnings == [
        f"not written in French ({judge_language(english.text).describe()}): "
        "recorded as not about a CLS"
    ]
    french = read_bytes(FRENCH.encode(), "fr", "fr.txt", "txt")
    assert french.metadata["language"] == "fr"
    assert not french.warnings


def test_long_documents_are_sampled_throughout() -> None:
    text = OTHERS["en"] * 10 + FRENCH * 400
    assert judge_language(text).french is True


def test_a_long_text_is_judged_on_excerpts_without_split_words() -> None:
    from pipeline.text.language import _excerpts

    text = FRENCH * 2000  # about a million characters
    sample = _excerpts(text, 160_000)
    assert len(sample) <= 160_000
    assert set(sample.split()) <= set(text.split())
    verdict = judge_language(text)
    assert verdict.french is True
    assert verdict.words == 20_000
    assert _excerpts(FRENCH, 160_000) == FRENCH


def test_the_sample_takes_the_words_at_even_steps() -> None:
    from pipeline.text.language import _sample

    for count in (1, 2, 99, 101, 1000, 23743):
        words = [f"w{i}" for i in range(count)]
        for size in (1, 7, 100):
            step = count / size
            expected = words if count <= size else [words[int(i * step)] for i in range(size)]
            assert _sample(words, size) == expected
