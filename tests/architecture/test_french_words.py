"""French words live in the vocabulary files, not in the code's patterns (issue 16, part 4).

Every raw string of ``pipeline`` and ``extractors`` (the literals patterns are written in)
is read with its f-string fields removed; one holding a French function word or a trigger
word of CLS publications fails: the word belongs in ``extractors/vocab/*.toml`` or
``pipeline/text/vocab/*.toml``, where maintainers find and extend it.
"""

from __future__ import annotations

import io
import re
import tokenize

from tests.architecture.test_layers import MODULES

FRENCH = re.compile(
    r"(?<![\\\w])(?:la|le|les|de|du|des|et|pour|par|sur|au|aux|en|dans|avec|une?|jusqu|"
    r"contrat|sign\w*|ville|commune|axes?|actions?|fiches?|santé|mairie|agence|conseil|"
    r"préfe\w*|département\w*|région\w*|page|figure|tableau)(?![\w'’])",
    re.IGNORECASE,
)
_FIELD = re.compile(r"\{[^{}]*\}")


def raw_strings_with_french() -> list[str]:
    """``module:line`` of every raw-string literal holding a French word."""
    found = []
    for name, path in sorted(MODULES.items()):
        source = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type != tokenize.STRING:
                continue
            prefix = re.match(r"[A-Za-z]*", token.string)
            letters = prefix.group(0).lower() if prefix else ""
            if "r" not in letters:
                continue
            body = token.string[len(letters) :]
            if "f" in letters:
                body = _FIELD.sub(" ", body)
            if FRENCH.search(body):
                found.append(f"{name}:{token.start[0]}: {token.string[:60]}")
    return found


def test_no_pattern_in_the_code_holds_a_french_word() -> None:
    assert raw_strings_with_french() == []


def test_the_check_sees_a_french_word_in_a_pattern() -> None:
    assert FRENCH.search(r"(?:signé|conclu)\s+le")
    assert FRENCH.search(_FIELD.sub(" ", r"{_w('sign_stem')}\s+par")) is not None
    assert FRENCH.search(_FIELD.sub(" ", r"(?<!\d){_w('year_range_to')}\s*")) is None
