"""The contract's axes: "Axe 1 : …" lines, or the list a sentence announces as axes.

Objectives, priorities, pillars and the axes of other plans (the regional health
project) are not the contract's axes: the words between the axis noun and the list
tell them apart.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.context import DocContext
from extractors.generic.actions_text import parse_head
from extractors.generic.axes_merge import AxisCandidate, consolidate, number_of, tidy
from extractors.generic.counts import extract_axes_count, plans_before
from extractors.generic.numbers import NUMBER, parse_number
from extractors.wordmatch import fold
from pipeline.model import Block, Evidence, Finding

NAME = "generic.axes"


def _w(key: str, bounded: bool = False) -> str:
    """An alternation of the fragments of ``[axes] key`` in triggers.toml."""
    # Pieces of the patterns below: the code says where words start and end, unless
    # ``bounded`` (whole words, as the vocabulary file writes them).
    return vocab.alternation(vocab.words("axes", key, bounded=bounded))


_AND = vocab.grammar("and")
_QUAL = vocab.alternation(vocab.words("axes", "qualifiers", bounded=False))
_HEAD = vocab.alternation(vocab.words("axes", "heading", bounded=False))
AXIS_LINE = re.compile(
    rf"^\W{{0,3}}(?P<head>{_HEAD})s?\s*(?:{_QUAL}\s*)?(?:{_w('number_signs')}\s*)?"
    rf"(?P<num>\d{{1,2}}|[IVX]{{1,4}}|[A-F])?\s*(?:{_QUAL}\s*)?(?:\)\s*)?[:–—.·•|/-]\s*(?P<title>\S.+)$",
    re.IGNORECASE,
)
_BARE_AXIS = re.compile(
    rf"^\W{{0,3}}(?P<head>{_HEAD})s?\s*(?:{_QUAL}\s*)?(?:{_w('number_signs')}\s*)?"
    rf"(?P<num>\d{{1,2}}|[IVX]{{1,4}})\s*(?:{_QUAL}\s*)?[:.]?\s*$",
    re.IGNORECASE,
)
"""An axis heading with its number alone ("Axe stratégique n°2" on a slide, a card), its
title in the block under it."""
BARE_AXIS = _BARE_AXIS
_TABLE_SKIP = re.compile(rf"^{_w('table_headers')}$", re.IGNORECASE)
_ORDINAL_AXIS = re.compile(
    rf"^\W{{0,3}}(?P<num>{_w('ordinal_words')})\s+{_w('ordinal_heads')}\s*(?:\([^)]*\)\s*)?"
    r"[:–—.-]\s*(?P<title>\S.+)$",
    re.IGNORECASE,
)
_INTRO = vocab.trigger("axes", "intro")
_NOT_AXES = vocab.trigger("axes", "not_axes")
_OTHER_PLAN = vocab.trigger("period", "other_plan")
_OWN_SUBJECT = vocab.trigger("axes", "own_subject")
_NOT_OURS_BEFORE = re.compile(rf"\b{_w('not_ours_before')}\s*$", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,2}|[IVX]{1,4})\s*[.)°]\s+")
"""An item numbered "3." or, in the roman numerals of many web pages, "III."."""
_ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
}


def _item_number(m: re.Match[str]) -> int:
    """The value of an item's number, arabic or roman (0 when not a roman numeral)."""
    n = m.group("n")
    return int(n) if n.isdigit() else _ROMAN.get(n, 0)


_MARKER = re.compile(r"^\s*(?:[-–—•·*▪►◦●]|\d{1,2}\s*[.)°]|[a-h]\s*[.)]|[IVX]{1,4}\s*[.)-])\s*")
_COUNT_BEFORE = re.compile(
    rf"(?P<n>{NUMBER})\s+(?:{_w('count_adjectives')}\s+)?{_INTRO.pattern}", re.IGNORECASE
)


_SYMBOL = re.compile(r"^\s*[^\w\s«\"'(\[]{1,3}\s+")
"""A line opened by a symbol and a space ("✔️ Promouvoir …", "→ Agir …"): a list item."""


def _symbol_item(block: Block) -> bool:
    """A short line or paragraph opened by a symbol: an item of a list."""
    return (
        block.kind in ("line", "paragraph")
        and len(block.text) < 240
        and bool(_SYMBOL.match(block.text))
    )


def clean_title(text: str) -> str:
    """An axis title without its numbering, bullet or final punctuation."""
    title = _SYMBOL.sub("", _MARKER.sub("", text.strip()))
    title = re.sub(r"\s*[;,.:]+\s*$", "", title)
    return title.strip(" \u2026")


_RUN_ON_MAX = 60


def _run_on_heading(ctx: DocContext, index: int, title: str) -> str:
    """A heading cut by a narrow column ("Axe 4 – Accompagner les plus") goes on in the
    paragraph under it when that one starts in lower case ("vulnérables. Personnes …"):
    the title runs to the paragraph's first full stop."""
    blocks = ctx.doc.blocks
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    if nxt is None or nxt.kind != "paragraph" or not nxt.text[:1].islower():
        return title
    if re.search(r"[.:;!?]\s*$", title):
        return title
    head = re.split(r"\.(?:\s|$)", nxt.text, maxsplit=1)[0]
    return f"{title} {head}" if len(head) <= _RUN_ON_MAX else title


def _title_below(ctx: DocContext, index: int) -> re.Match[str] | None:
    """A bare axis heading ("Axe stratégique n°3", a slide's or a card's title) whose
    title is the short block right under it: the heading and that block read as one line
    "Axe stratégique n°3 : <title>"."""
    blocks = ctx.doc.blocks
    block = blocks[index]
    if block.kind not in ("heading", "line", "paragraph") or not _BARE_AXIS.match(block.text):
        return None
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    if nxt is None or nxt.kind not in ("paragraph", "line") or len(nxt.text) > 220:
        return None
    if AXIS_LINE.match(nxt.text) or _BARE_AXIS.match(nxt.text):
        return None
    if _prose(nxt.text, index + 1 < len(ctx.zones) and ctx.zones[index + 1] == "fiche"):
        return None
    return AXIS_LINE.match(f"{block.text.strip()} : {nxt.text.strip()}")


_SENTENCES = re.compile(r"[.!?]\s+(?=[A-ZÀ-Ý])")
_CLOSED = re.compile(r"[.!?]\s*$")
_TITLE_MAX_WORDS = 12


def _prose(text: str, in_fiche: bool) -> bool:
    """A block of prose, not a title: several sentences ("La commune pilote cette action
    avec l'hôpital. Elle …"), or a sentence closed by a full stop that is long or stands in
    a fiche action. Under a bare "Axe II" in a fiche (the fiche's reference to its axis),
    the paragraph is the fiche's description; a card's short title may end on a stop
    ("Axe 2" / "Prévenir les addictions.")."""
    text = text.strip()
    if _SENTENCES.search(text):
        return True
    return _CLOSED.search(text) is not None and (in_fiche or len(text.split()) > _TITLE_MAX_WORDS)


_NEXT_AXIS = re.compile(
    rf"(?<=[.;])\s+(?=(?:{_HEAD})\s*(?:{_QUAL}\s*)?(?:{_w('number_signs')}\s*)?"
    r"(?:\d{1,2}|[IVX]{1,4})\s*[:–—.-]\s)",
    re.IGNORECASE,
)
"""A sentence that opens on a numbered axis head inside a paragraph ("Axe prioritaire 1 :
Renforcer l'offre de soins. Axe prioritaire 2 : Agir sur …"): the axes written one after
the other in one paragraph, each sentence one axis line."""


def _axis_texts(block: Block) -> list[str]:
    """The axis lines a block holds: the block itself, or, for a paragraph that opens on a
    numbered axis and names the next ones sentence after sentence, each of those sentences."""
    text = _MARKER.sub("", block.text) if block.kind == "list_item" else block.text
    if block.kind != "paragraph" or not AXIS_LINE.match(text):
        return [text]
    return _NEXT_AXIS.split(text)


def _axis_lines(ctx: DocContext) -> list[AxisCandidate]:
    out: list[AxisCandidate] = []
    for i, block in enumerate(ctx.doc.blocks):
        for text in _axis_texts(block):
            out.extend(_axis_line(ctx, i, block, text))
    return out


def _axis_line(ctx: DocContext, i: int, block: Block, text: str) -> list[AxisCandidate]:
    """The axis one line (or one sentence of a paragraph) writes, if any."""
    zones = ctx.zones
    out: list[AxisCandidate] = []
    m = AXIS_LINE.match(text) or _ORDINAL_AXIS.match(text) or _title_below(ctx, i)
    if not m:
        return out
    head = m.groupdict().get("head") or "axe"
    num = m.groupdict().get("num")
    if head.lower().startswith("orientation") and not num:
        return out
    title = m.group("title")
    inner = AXIS_LINE.match(title) if not num else None
    if inner is not None and inner.group("num"):
        num, title = inner.group("num"), inner.group("title")
    if block.kind == "table_row":  # "Axe 1 | Titre | 4 fiches actions": the title's cell
        title = title.split(" | ")[0]
    if block.kind == "list_item":  # "• Axe 4 : … des familles Le programme compte …."
        title = _cut_joined_sentence(title)
    if block.kind != "heading":
        title = re.split(r"(?<=[a-zé\)])\.\s", title)[0]
    else:
        title = _run_on_heading(ctx, i, title)
    title, leaders = tidy(clean_title(title))
    if (d := _DASHED.match(title)) is not None and _label_and_description(d):
        title = d.group("label")  # "Axe 1 – Prévenir – ateliers, formations, …"
    if len(title) < 3 or len(title) > 220 or _TABLE_SKIP.match(title):
        return out
    offset = block.start + max(0, block.text.find(title[:20]))
    ev = ctx.evidence(offset, offset + len(title), NAME, "axe-n-line", 0.9)
    in_toc = leaders or (i < len(zones) and zones[i] == "toc")
    out.append(AxisCandidate(number_of(num), title, ev, in_toc))
    return out


def _axes_over_actions(ctx: DocContext) -> list[AxisCandidate]:
    """Axes written as bare headings, each just above its first action "N.1" (a brochure
    whose band titles carry no "Axe" word): the heading before action N.1 is axis N."""
    out: list[AxisCandidate] = []
    blocks = ctx.doc.blocks
    for i, block in enumerate(blocks):
        head = parse_head(block.text) if block.kind == "heading" else None
        if head is None or not head.number or not re.fullmatch(r"\d{1,2}\.1", head.number):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            prev = blocks[j]
            if prev.kind == "heading":
                if parse_head(prev.text) is None and 3 <= len(prev.text) <= 220:
                    title = clean_title(prev.text)
                    ev = ctx.evidence(prev.start, prev.end, NAME, "heading-over-actions", 0.7)
                    out.append(AxisCandidate(int(head.number.split(".")[0]), title, ev))
                break
    numbers = [c.number for c in out]
    return out if len(out) >= 2 and numbers == list(range(1, len(out) + 1)) else []


def _intro_expects(block: Block) -> tuple[bool, int | None, bool]:
    """Whether a block may introduce a list of axes: (yes, announced count, ends with ':')."""
    text = block.text.rstrip()
    matches = list(_INTRO.finditer(text))
    if not matches:
        return False, None, False
    last = matches[-1]
    tail = text[last.end() :]
    colon = text.endswith(":") or block.kind == "heading"
    if _NOT_AXES.search(tail[:40]) or (colon and len(tail) > 60):
        return False, None, False
    plans = plans_before(text, last.start())
    if plans and not _OWN_SUBJECT.search(text[plans[-1].end() : last.start()]):
        return False, None, False
    head_part = text[max(0, last.start() - 40) : last.start()]
    if _NOT_OURS_BEFORE.search(head_part):
        return False, None, False
    opening = _INTRO.search(text)
    announce = text.find(":", opening.end()) if opening is not None else -1
    # counts inside the enumeration ("… ; et un axe transversal, …") announce nothing
    counted = list(_COUNT_BEFORE.finditer(text, 0, announce if announce > 0 else len(text)))
    count = parse_number(counted[-1].group("n")) if counted else None
    between = text[counted[-2].end() : counted[-1].start()] if len(counted) >= 2 else ""
    if len(between) <= 40 and re.search(r"\bet\b", between) and "." not in between:
        first = parse_number(counted[-2].group("n"))
        count = (first or 0) + (count or 0) or None
    return colon or count is not None, count, colon


def _collect_items(ctx: DocContext, index: int, count: int | None) -> list[tuple[str, Evidence]]:
    """The list items after an intro; a description paragraph between items is skipped."""
    blocks = ctx.doc.blocks
    items: list[tuple[str, Evidence]] = []
    raws: list[str] = []
    kinds: set[str] = set()  # the kinds of blocks the items were read from
    expected = 1
    j = index + 1
    while j < len(blocks):
        nxt = blocks[j]
        numbered = _NUMBERED.match(nxt.text)
        if nxt.kind == "heading" and items and "heading" not in kinds:
            break  # a numbered section after a list ("4. Mobilité"): the page's outline
        if nxt.kind == "table_row":
            first = nxt.text.split(" | ")[0].strip()
            if _TABLE_SKIP.match(first):
                j += 1
                continue
            ev = ctx.evidence(
                nxt.start, nxt.start + len(first), NAME, "table-after-axes-intro", 0.8
            )
            items.append((clean_title(AXIS_LINE.sub(lambda m: m.group("title"), first)), ev))
            kinds.add(nxt.kind)
            if count is not None and len(items) >= count:
                break
        elif nxt.kind == "list_item" or numbered or _symbol_item(nxt):
            if numbered and items and _item_number(numbered) != expected:
                break
            text = _run_on_item(ctx, j, _cut_joined_sentence(nxt.text))
            raw = clean_title(AXIS_LINE.sub(lambda m: m.group("title"), text))
            title = item_title(raw)
            if title:
                ev = ctx.evidence(nxt.start, nxt.end, NAME, "list-after-axes-intro", 0.85)
                items.append((title, ev))
                raws.append(raw)
                kinds.add(nxt.kind)
            expected += 1
            if count is not None and len(items) >= count:
                break
        elif (
            items
            and nxt.kind == "paragraph"
            and j + 1 < len(blocks)
            and (blocks[j + 1].kind == "list_item" or _NUMBERED.match(blocks[j + 1].text))
        ):
            pass
        else:
            break
        j += 1
    return _restated_tags(items, raws)


def _restated_tags(
    items: list[tuple[str, Evidence]], raws: list[str]
) -> list[tuple[str, Evidence]]:
    """A list whose every item is a short tag followed by the axis's full wording, which
    takes up the tag's words ("Accès aux soins : favoriser l'accès aux soins de premier
    recours", "Jeunesse : améliorer la santé des jeunes"): the wordings are the titles,
    the tags labels (often in bold on a web page). One item whose description does not
    repeat its tag ("Santé mentale : déployer une stratégie …") makes them descriptions."""
    if len(raws) != len(items) or len(items) < 2:
        return items
    described = [_DESCRIBED.match(r) for r in raws]
    if not all(m is not None and _restates(m.group("label"), m.group("rest")) for m in described):
        return items
    rests = [m.group("rest").strip(" ;,.") for m in described if m is not None]
    return [(r[:1].upper() + r[1:], ev) for r, (_, ev) in zip(rests, items, strict=True)]


_DESCRIBED = re.compile(r"^(?P<label>[^:]{3,80}?)\s+:\s+(?P<rest>\S.*)$")
_DASHED = re.compile(r"^(?P<label>[^–—]{3,80}?)\s+[–—]\s+(?P<rest>\S.*)$")
_OPEN_DASH = re.compile(r"\s+[–—]\s*$")


_JOINED_SENTENCE = re.compile(
    rf"(?<=[^\W\d_])\s+(?P<opener>{_w('sentence_openers')})(?:\s|(?<=['’]))", re.IGNORECASE
)
_JOINED_MIN_WORDS = 4


def _cut_joined_sentence(text: str) -> str:
    """A bullet item that goes on, without any punctuation, into a sentence opened by a
    capital ("• Accompagner la santé des aînés Le programme compte 30 actions, dont …."):
    the text of a PDF joined the paragraph after the list to its last item. The item ends
    before that sentence; a capital word inside a title ("Lutter contre l'habitat indigne
    à La Réunion") is no sentence, as the rest does not close with a full stop."""
    for m in _JOINED_SENTENCE.finditer(text):
        rest = text[m.start("opener") :]
        if (
            m.group("opener")[:1].isupper()
            and re.search(r"[.!?]\s*$", rest)
            and len(rest.split()) >= _JOINED_MIN_WORDS
            and len(text[: m.start()].split()) >= 2
        ):
            return text[: m.start()]
    return text


def _run_on_item(ctx: DocContext, index: int, text: str) -> str:
    """A list item cut by a narrow column ("4. Accompagner les personnes") goes on in the
    paragraph under it when that one starts in lower case ("vulnérables – aidants, …"):
    the item takes that paragraph's words up to its dash or full stop. An item ending on
    a dash ("2. Renforcer les soins –") is whole: the paragraph is its description."""
    blocks = ctx.doc.blocks
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    if nxt is None or nxt.kind != "paragraph" or not nxt.text[:1].islower():
        return text
    if _OPEN_DASH.search(text) or re.search(r"[.:;!?]\s*$", text):
        return text
    head = re.split(r"\s[–—]\s|\.(?:\s|$)", nxt.text, maxsplit=1)[0]
    return f"{text} {head}" if len(head) <= _RUN_ON_MAX else text


def item_title(text: str) -> str:
    """The title of a list item that describes its axis: the label before " : " or a dash
    and a description ("Santé mentale : déployer une stratégie …", "Agir sur l'habitat –
    logement indigne, radon, bruit"). A label of more than eight
    words is the title itself; notes in brackets and complements stay (they are part of
    the title as the document writes it)."""
    text = _OPEN_DASH.sub("", text)  # "Renforcer les soins de proximité –": its description below
    m = _DESCRIBED.match(text)
    if m is not None and re.match(rf"(?i:{_HEAD})s?\b", m.group("label")):
        text = m.group("rest")  # "Axe transversal : partager l'observation …"
    elif m is not None and len(m.group("label").split()) <= 8 and len(m.group("rest").split()) >= 3:
        text = m.group("label")
    elif (d := _DASHED.match(text)) is not None and _label_and_description(d):
        text = d.group("label")  # "Améliorer la prévention – conduites à risque, …"
    return text.strip(" ;,.")


def _restates(label: str, rest: str) -> bool:
    """A short tag before the axis's full wording, which takes up every word of the tag
    ("Accès aux soins : favoriser l'accès aux soins de premier recours", "Jeunesse :
    améliorer la santé des jeunes"): the wording is the title, the tag a label (often in
    bold on a web page). A description ("Santé mentale : déployer une stratégie …")
    does not repeat the tag."""
    words = [w for w in re.findall(r"\w+", fold(label)) if len(w) >= 4]
    if not words or len(words) > 4 or len(rest.split()) < 3:
        return False
    body = fold(rest)
    return all(w[:5] in body for w in words)


def _label_and_description(m: re.Match[str]) -> bool:
    """A dash between a short label and a longer enumeration or description ("Améliorer
    la prévention – conduites à risque des jeunes, dépistage des cancers, …"): the label
    is the axis. A dash inside a title between two short halves stays."""
    label, rest = m.group("label").split(), m.group("rest").split()
    return len(label) <= 8 and len(rest) >= 3 and len(rest) >= len(label)


def _heading_items(ctx: DocContext, index: int, count: int | None) -> list[tuple[str, Evidence]]:
    """Headings one level below the intro, each followed by its description paragraphs."""
    blocks = ctx.doc.blocks
    intro = blocks[index]
    items: list[tuple[str, Evidence]] = []
    level: int | None = None
    for nxt in blocks[index + 1 :]:
        if nxt.kind == "paragraph" and items:
            continue
        if nxt.kind == "paragraph" and nxt.text.rstrip().endswith(":") and len(nxt.text) < 200:
            continue  # "Le contrat s'articule autour de quatre thématiques :" under the title
        if nxt.kind != "heading":
            break
        this = nxt.level or 6
        if intro.kind == "heading" and this <= (intro.level or 0):
            break
        if level is None:
            level = this
        elif this != level:
            break
        title = clean_title(AXIS_LINE.sub(lambda m: m.group("title"), nxt.text))
        items.append(
            (title, ctx.evidence(nxt.start, nxt.end, NAME, "headings-after-axes-intro", 0.8))
        )
        if count is not None and len(items) >= count:
            break
    return items


def _inline_items(ctx: DocContext, block: Block, count: int) -> list[tuple[str, Evidence]]:
    """Axes enumerated in the intro's own sentence: "… trois axes : A, B et C.", in
    brackets or between dashes ("trois axes – A, B, C – déclinés …", "quatre axes
    prioritaires – A ; B ; C ; D – et"); a list before the
    announcement belongs to another sentence."""
    intro = _INTRO.search(block.text)
    colon = block.text.find(":", intro.start() if intro is not None else 0)
    bracket = re.search(rf"{_INTRO.pattern}[^(.]{{0,40}}\(", block.text, re.IGNORECASE)
    dashed = re.search(  # "trois axes stratégiques – A ; B ; C –": a qualifier may come first
        rf"{_INTRO.pattern}(?:\s+{_QUAL}\w*)?\s*[–—]\s", block.text, re.IGNORECASE
    )
    if colon < 0 and bracket is None and dashed is None:
        return []
    if bracket is not None and (colon < 0 or bracket.end() < colon):
        colon = bracket.end() - 1
        rest = block.text[colon + 1 :].split(")")[0]
    elif dashed is not None and (colon < 0 or dashed.end() < colon):
        colon = dashed.end() - 1  # "trois axes – A, B, C – déclinés en …": between dashes
        rest = re.split(r"\s[–—]\s", block.text[colon + 1 :])[0]
    else:
        rest = block.text[colon + 1 :]
    rest = re.split(r"(?<=[a-zé)])\.\s", rest)[0]  # a sentence may end on a bracket
    if (numbered := _numbered_parts(rest, count)) is not None:
        start = block.start + colon + 1
        ev = ctx.evidence(start, block.end, NAME, "numbered-inline-after-axes-intro", 0.7)
        return [(p[:1].upper() + p[1:], ev) for p in numbered]
    separator = r";\s+" if rest.count(";") >= count - 1 else rf",\s+(?:{_AND}\s+)?|;\s+"
    parts = [p.strip(" .;") for p in re.split(separator, rest) if p.strip(" .;")]
    if len(parts) == count - 1 and count >= 2:
        parts = parts[:-1] + _last_pair(parts[-1], parts[0])
    if len(parts) < count:
        return []
    parts = [_TRANSVERSAL_LEAD.sub("", re.sub(rf"^{_AND}\s+", "", p)) for p in parts[:count]]
    start = block.start + colon + 1
    ev = ctx.evidence(start, block.end, NAME, "inline-after-axes-intro", 0.7)
    return [(p[:1].upper() + p[1:], ev) for p in parts if len(p) > 3]


_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(?P<n>[IVX]{1,4}|\d{1,2})\s*[.°)]\s+(?=\w)")


def _numbered_parts(rest: str, count: int) -> list[str] | None:
    """Axes numbered inside the sentence, in roman or arabic numerals ("cinq axes : I.
    Accès aux soins – II. Prévention – … – V. Santé et environnement", "1° l'attractivité
    …"): the words between one number and the next, when the numbers run 1…count in
    order; None when they do not."""
    marks: list[re.Match[str]] = []
    for m in _INLINE_NUMBER.finditer(rest):
        n = m.group("n")
        value = int(n) if n.isdigit() else _ROMAN.get(n, 0)
        if value == len(marks) + 1:
            marks.append(m)
    if len(marks) != count or count < 2:
        return None
    ends = [m.start() for m in marks[1:]] + [len(rest)]
    parts = [rest[m.end() : end].split(";")[0] for m, end in zip(marks, ends, strict=True)]
    parts = [p.strip(" ,.–—-") for p in parts]  # "4° la santé mentale ; et qu'il …": the end
    parts = [re.sub(rf"\s+{_AND}$", "", p) for p in parts]
    return parts if all(len(p) > 3 for p in parts) else None


_LAST_AND = re.compile(
    rf"\s+{vocab.grammar('and')}\s+(?=(?:{vocab.grammar('determiners')})\b)", re.IGNORECASE
)
_TRANSVERSAL_LEAD = re.compile(
    rf"^{_w('one')}\s*(?:"
    + vocab.alternation(vocab.words("axes", "transversal", bounded=False))
    + r")\s*[,:]\s*",
    re.IGNORECASE,
)


_INFINITIVE = rf"[^\W\d_]+(?:{vocab.grammar('infinitive_endings')})"
_OPENS_INFINITIVE = re.compile(rf"^{_INFINITIVE}\b", re.IGNORECASE)
_AND_INFINITIVE = re.compile(rf"\s+{vocab.grammar('and')}\s+(?={_INFINITIVE}\s)", re.IGNORECASE)


def _last_pair(part: str, first: str = "") -> list[str]:
    """The last two items of an enumeration joined by "et" before a determiner ("la
    prévention … et le bien vieillir à domicile"), or before an infinitive when the
    items are infinitive phrases ("améliorer la prévention, …, agir sur l'environnement
    et accompagner les personnes vulnérables"); the part itself when none."""
    pieces = _LAST_AND.split(part)
    if len(pieces) < 2 and _OPENS_INFINITIVE.match(first) and _OPENS_INFINITIVE.match(part):
        pieces = _AND_INFINITIVE.split(part)
    return [pieces[0], " ".join(pieces[1:])] if len(pieces) >= 2 else [part]


def _listed_axes(ctx: DocContext) -> list[tuple[str, Evidence]]:
    for i, block in enumerate(ctx.doc.blocks):
        ok, count, colon = _intro_expects(block)
        if not ok:
            continue
        candidates = [_collect_items(ctx, i, count), _heading_items(ctx, i, count)]
        if count is not None and count >= 2 and any(c in block.text for c in ":(–—"):
            candidates.append(_inline_items(ctx, block, count))
        fitting = [c for c in candidates if count is not None and len(c) == count]
        items = fitting[0] if fitting else next((c for c in candidates if c), [])
        if count is not None and len(items) == count and count >= 2:
            return items + _transversal_after(ctx, items)
        if count is None and colon and len(items) >= 2:
            return items + _transversal_after(ctx, items)
    return []


_TRANSVERSAL = re.compile(
    rf"\b(?:{vocab.alternation(vocab.words('axes', 'transversal', bounded=False))})\b[^:.]{{0,60}}:\s*"
    r"(?P<t>[^.;:]{3,80})",
    re.IGNORECASE,
)
TRANSVERSAL_RULE = "transversal-axis-after-list"


def _transversal_after(
    ctx: DocContext, items: list[tuple[str, Evidence]]
) -> list[tuple[str, Evidence]]:
    """A transversal axis named in the lines just after a list of axes."""
    last = ctx.sentence_at(items[-1][1].start)
    if last is None:
        return []
    blocks = ctx.doc.blocks
    for block in blocks[last.block_index + 1 : last.block_index + 3]:
        m = _TRANSVERSAL.search(block.text)
        if m is not None:
            title = clean_title(m.group("t"))
            start = block.start + m.start("t")
            ev = ctx.evidence(start, start + len(m.group("t")), NAME, TRANSVERSAL_RULE, 0.7)
            return [(title[:1].upper() + title[1:], ev)]
        if block.kind == "heading":
            break
    return []


_TOLD_RANKS = [
    re.compile(rf"(?:{f})$", re.IGNORECASE)
    for f in vocab.words("axes", "told_ranks", bounded=False)
]
_TOLD = re.compile(
    rf"^(?:{_AND}\s+)?(?:{vocab.grammar('singular_articles')})\s*"
    rf"(?P<rank>{_w('told_ranks')}|{_w('told_last')})"
    rf"(?:\s+{_w('told_heads')})?\s*,?\s*(?:{_w('told_verbs')})\s+(?P<title>\S.+)$",
    re.IGNORECASE,
)
_TITLE_GOES_ON = re.compile(rf"^(?:{vocab.grammar('determiners')})(?:\s|(?<=['’]))", re.IGNORECASE)
_TOLD_PRONOUN = re.compile(rf"\s*:\s*{_w('told_pronouns')}\s+(?=d)", re.IGNORECASE)
_TOLD_WINDOW = 3
"""Sentences between the count of axes and the first axis told ("… en quatre axes." then
the next speaker's "Le premier axe, c'est …")."""


def _told_title(text: str) -> str:
    """The title a told axis names: up to a colon (unless a pronoun takes the noun on:
    "les parcours : ceux des aînés, …"), or up to a comma that does not go on with another
    noun phrase ("la prévention, la promotion de la santé et …" goes on;
    "l'accès à la santé, tout simplement" and ", parce que …" end it)."""
    text = _TOLD_PRONOUN.sub(
        " ", text, count=1
    )  # "les parcours : ceux des …" → "les parcours des …"
    text = re.split(r"\s*:", text, maxsplit=1)[0]
    out = text
    for m in re.finditer(r",\s+", text):
        if not _TITLE_GOES_ON.match(text[m.end() :]):
            out = text[: m.start()]
            break
    return clean_title(out)


def _told_axes(ctx: DocContext, count: int | None) -> list[tuple[str, Evidence]]:
    """Axes told one sentence each after the sentence counting them, in an interview or a
    transcript: "Le contrat repose sur trois axes. Le premier, c'est … Le deuxième porte
    sur … Et le troisième concerne …". Only a complete run of ranks 1…N in order."""
    if count is None or count < 2:
        return []
    sentences = ctx.sentences
    for i, sentence in enumerate(sentences):
        counted = ctx.search(_COUNT_BEFORE, sentence)
        if counted is None or parse_number(counted.group("n")) != count:
            continue
        for j in range(i + 1, min(len(sentences), i + 1 + _TOLD_WINDOW)):
            if (found := _told_run(ctx, j, count)) is not None:
                return found
    return []


def _told_run(ctx: DocContext, first: int, count: int) -> list[tuple[str, Evidence]] | None:
    """The run of told axes starting at a sentence, when it ranks 1…count in order."""
    sentences = ctx.sentences[first : first + count]
    out: list[tuple[str, Evidence]] = []
    for rank, sentence in enumerate(sentences, start=1):
        text = re.sub(r"^[^\w«]*", "", sentence.text)
        text = text.split(" : ", 1)[1] if _TOLD.match(text) is None and " : " in text else text
        m = _TOLD.match(text)
        if m is None:
            return None
        word = m.group("rank")
        last = rank == count and _TOLD_RANKS[0].match(word) is None
        if not (rank - 1 < len(_TOLD_RANKS) and _TOLD_RANKS[rank - 1].match(word)) and not (
            last and re.fullmatch(_w("told_last"), word, re.IGNORECASE)
        ):
            return None
        title = _told_title(m.group("title"))
        if len(title) < 3:
            return None
        start = sentence.start + sentence.text.find(m.group("title")[:20])
        ev = ctx.evidence(start, start + len(title), NAME, "axes-told-in-sentences", 0.7)
        out.append((title[:1].upper() + title[1:], ev))
    return out if len(out) == count else None


def extract_axes(ctx: DocContext) -> list[Finding]:
    """The list of axis titles (one finding carrying the whole list), consolidated: one
    entry per axis however many times the document writes it (``axes_merge``)."""
    stated = extract_axes_count(ctx)
    announced = int(stated[0].value) if stated else None
    found = consolidate(_axis_lines(ctx), announced)
    if len(found) < 2 and (told := _told_axes(ctx, announced)):
        found = consolidate([AxisCandidate(None, t, e) for t, e in told], None)
    if len(found) < 2:
        listed = _listed_axes(ctx)
        if listed:
            found = consolidate([AxisCandidate(None, t, e) for t, e in listed], None)
    if len(found) < 2:
        found = _axes_over_actions(ctx) or found
    if not found:
        return []
    titles = [c.title for c in found]
    return [Finding("axes", titles, found[0].evidence)] + [
        Finding("axes_item", c.title, c.evidence) for c in found
    ]
