"""The word syntax of the vocabulary files (extractors.wordmatch.fragment) and a check
that no vocabulary entry holds regular-expression syntax outside it."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from typing import Any

import pytest

from extractors import vocab
from extractors.wordmatch import fragment, syntax_error

_FILES = ["triggers", "organisations", "zones", "places", "actions"]


def _find(entry: str, text: str, flags: int = re.IGNORECASE) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(fragment(entry), text, flags)]


def _entries(node: Any, path: str) -> list[tuple[str, str]]:
    if isinstance(node, dict):
        return [e for k, v in node.items() for e in _entries(v, f"{path}.{k}")]
    if isinstance(node, list):
        return [(path, str(v)) for v in node if isinstance(v, str)]
    return []


def _regex_chars(entry: str) -> str | None:
    bad = sorted(set(entry) & set("[](){}?+|\\^$"))
    return f"regular-expression characters {''.join(bad)!r} in {entry!r}" if bad else None


def test_plain_word_is_folded_and_whole() -> None:
    assert _find("février", "le 3 FÉVRIER et le 4 fevrier") == [
        (5, 12, "FÉVRIER"),
        (21, 28, "fevrier"),
    ]
    assert _find("charte", "les chartes") == []
    assert _find("charte", "la charte.") == [(3, 9, "charte")]


def test_unaccented_letter_finds_only_itself() -> None:
    assert _find("signe", "il signe, elle a signé") == [(3, 8, "signe")]


def test_stem_and_inner_word() -> None:
    assert [m[2] for m in _find("sign*", "signé, signataires, cosigné")] == ["sign", "sign"]
    assert [m[2] for m in _find("*sign*", "cosigné")] == ["sign"]
    assert [m[2] for m in _find("*ien", "annécien lorientais")] == ["ien"]


def test_phrase_any_blank_apostrophes_ligature() -> None:
    assert _find("signé officiellement", "signé\n officiellement")[0][:2] == (0, 21)
    assert _find("l'État", "par l’Etat") == [(4, 10, "l’Etat")]
    assert _find("mise en œuvre", "mise en oeuvre") == [(0, 14, "mise en oeuvre")]


def test_placeholder_and_forms() -> None:
    assert _find("en _ exemplaires", "fait en trois exemplaires") == [
        (5, 25, "en trois exemplaires")
    ]
    assert [m[2] for m in _find("premier CLS/contrat", "premier contrat, premier CLS")] == [
        "premier contrat",
        "premier CLS",
    ]


def test_offsets_are_those_of_the_original_text() -> None:
    text = "Le contrat a été SIGNÉ OFFICIELLEMENT à Noyon."
    (start, end, found) = _find("signé officiellement", text)[0]
    assert text[start:end] == found == "SIGNÉ OFFICIELLEMENT"


def test_words_as_written_keep_capitals_and_accents(monkeypatch: pytest.MonkeyPatch) -> None:
    data = {"s": {"deed": ["signé le"], "as_written": {"deed": ["Fait à", "Séance/Seance"]}}}
    monkeypatch.setattr(vocab, "load", lambda name: data)
    deed = re.compile(vocab.alternation(vocab.words("s", "deed")), re.IGNORECASE)
    assert deed.search("Fait à Lille, le 3 mai 2024")
    assert deed.search("Seance du 3 mai")
    assert deed.search("SIGNÉ LE 3 mai")
    assert not deed.search("ce qui est fait à Lille")
    assert not deed.search("Fait a Lille")
    assert not deed.search("une séance de sport")


def test_the_deed_formula_is_capitalised() -> None:
    deed = vocab.trigger("signature", "deed")
    assert deed.search("Fait à Lille, le 3 mai 2024")
    assert not deed.search("le constat fait à Lille")


def test_pieces_of_patterns_leave_boundaries_to_the_code() -> None:
    assert fragment("ien", bounded=False) == "ien"
    assert re.search(r"[a-z]+" + fragment("ien", bounded=False) + r"\b", "annécien")
    assert not re.search(r"[a-z]+" + fragment("ien") + r"\b", "annecien")


def test_longest_phrase_first() -> None:
    found = re.match(
        vocab.alternation([fragment("jusqu'au"), fragment("jusqu'au la fin de")]),
        "jusqu'au la fin de 2024",
    )
    assert found is not None and found.group(0) == "jusqu'au la fin de"


def test_syntax_errors() -> None:
    for bad in ["sign[ée]", "(?:le|la)", "signes?", "a+", "x|y", "\\bCLS", "^axe", "fin$"]:
        assert syntax_error(bad), bad
        with pytest.raises(ValueError):
            fragment(bad)
    for good in ["février", "sign*", "*ien", "en _ exemplaires", "le/la", "n°", "janv."]:
        assert syntax_error(good) is None, good


@pytest.mark.parametrize("name", _FILES)
def test_vocabulary_entries_use_the_word_syntax(name: str) -> None:
    """Every entry of the vocabulary files is in the word syntax: no regular expression."""
    text = resources.files("extractors").joinpath("vocab", f"{name}.toml").read_text("utf-8")
    data = tomllib.loads(text)
    # The other files are read as literal words (WordSet), where "/" is a character.
    check = syntax_error if name in ("triggers", "organisations") else _regex_chars
    problems = [
        f"{path}: {problem}"
        for path, entry in _entries(data, name)
        for problem in [check(entry)]
        if problem
    ]
    assert problems == []


def test_every_list_compiles() -> None:
    for section, table in vocab.load("triggers").items():
        for key, value in table.items():
            if isinstance(value, list):
                re.compile(vocab.alternation(vocab.words(section, key)))
