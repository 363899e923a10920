"""The spaCy French model, loaded once per process and only when a rule needs it.

Rules and vocabularies decide; the model is asked narrow questions about candidates
the rules could not settle (is this list item a person's name?), so a 200-page contract
never goes through the whole pipeline.
"""

from __future__ import annotations

from functools import cache
from typing import Any

MODEL = "fr_core_news_sm"


@cache
def model() -> Any:
    """The French model with only the components the extractors use (tokens, NER)."""
    import spacy

    return spacy.load(MODEL, exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])


def is_person_name(text: str) -> bool:
    """True when the model reads the whole text as a person's name ("Mme Anne Dupont")."""
    doc = model()(text)
    persons = [ent for ent in doc.ents if ent.label_ == "PER"]
    covered = sum(len(ent.text) for ent in persons)
    return bool(persons) and covered >= 0.6 * len(text.strip())
