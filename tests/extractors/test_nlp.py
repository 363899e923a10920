"""The spaCy model is loaded once per process and answers the narrow questions asked."""

from __future__ import annotations

import pytest

from extractors import nlp


@pytest.mark.slow
def test_model_is_loaded_once() -> None:
    assert nlp.model() is nlp.model()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mme Isabelle Durand", True),
        ("Direction départementale de la cohésion sociale", False),
    ],
)
def test_is_person_name(text: str, expected: bool) -> None:
    assert nlp.is_person_name(text) is expected
