"""Where a document cites its actions: fiche headings with their rows, and grid rows.

What: ``scan`` walks the blocks once and returns every ``Mention`` of an action — a fiche
heading ("Fiche action n° 2.3 – …", "Action 2.3", "FA 12") with the field rows that follow
it (table rows "Pilote | …", lines "Partenaires : …", a label block then its value), an
entry of the table of contents or of an axis summary, or a row of a grid whose header
names the columns (one big table of fiches, a calendar grid, a budget annex). Each mention
keeps the axis under which it stands.

Why: a contract writes each action several times; ``actions`` merges the mentions of one
number into one action, so the scan only has to say faithfully what each place says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.context import DocContext
from extractors.generic import axes
from extractors.generic.actions_text import Head, label_of, parse_head, split_labels
from extractors.generic.axes_merge import number_of
from extractors.wordmatch import fold
from pipeline.model import Block

_CELL = " | "
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")
_HEAD_MAX = 260


@dataclass(frozen=True, slots=True)
class Value:
    """A field's text and its span in the document."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Mention:
    """One place that cites an action: its head, zone, axis context and field values."""

    head: Head
    at: int
    zone: str
    kind: str
    axis_hint: tuple[int | None, str | None] = (None, None)
    fields: dict[str, Value] = field(default_factory=dict)
    years: tuple[int, ...] = ()


def cells(block: Block) -> list[Value]:
    """The cells of a block with their offsets (one cell for a block that is no table row)."""
    if block.kind != "table_row":
        return [Value(block.text, block.start, block.end)]
    out: list[Value] = []
    pos = 0
    for part in block.text.split(_CELL):
        lead = len(part) - len(part.lstrip())
        text = part.strip()
        start = block.start + pos + lead
        out.append(Value(text, start, start + len(text)))
        pos += len(part) + len(_CELL)
    return out


def _axis_of(
    block: Block, zone: str, titles: dict[str, int]
) -> tuple[int | None, str | None] | None:
    """The axis a heading opens ("Axe 2 : …", or a heading that is an axis' bare title),
    outside the table of contents."""
    if zone == "toc" or block.kind not in ("heading", "line", "paragraph") or len(block.text) > 220:
        return None
    m = axes.AXIS_LINE.match(block.text)
    if m is not None and not m.group("num"):  # "Axe transversal – …": known by its title
        return (None, axes.clean_title(m.group("title")))
    if m is None and block.kind == "heading" and (alone := axes.BARE_AXIS.match(block.text)):
        # "Axe II" alone under a fiche's title (a fiche written as prose): its axis by number
        return (number_of(alone.group("num")), None)
    if m is None:
        bare = fold(axes.clean_title(block.text))
        if block.kind == "heading" and bare in titles:
            return (titles[bare], axes.clean_title(block.text))
        return None
    num = m.group("num")
    return (int(num) if num.isdigit() else None, axes.clean_title(m.group("title")))


def _grid_columns(row: list[Value]) -> dict[int, str] | None:
    """The role of each column of a grid header (head, a field, or a year), if it is one."""
    if len(row) < 2 or len(row[0].text) > 40:
        return None
    first = fold(row[0].text).strip()
    if parse_head(row[0].text + " 1 x") is None and first not in ("n°", "n", "no"):
        return None  # a grid's first column names the fiches
    roles: dict[int, str] = {}
    for i, cell in enumerate(row):
        text = fold(cell.text).strip()
        if _YEAR_CELL.match(text):
            roles[i] = "year:" + text
        elif i == 0 and (parse_head(cell.text + " 1 x") is not None or text in ("n°", "n", "no")):
            roles[i] = "head"
        elif label_of(cell.text) == "title" or (i == 1 and roles.get(0) == "head" and not text):
            roles[i] = "title"
        elif (name := label_of(cell.text)) is not None:
            roles[i] = name
    others = [r for i, r in roles.items() if r not in ("head", "title")]
    return roles if roles.get(0) == "head" and others else None


@dataclass(slots=True)
class _State:
    zone: str = "body"
    axis: tuple[int | None, str | None] = (None, None)
    current: Mention | None = None
    pending_label: str | None = None
    grid: dict[int, str] | None = None
    list_label: str | None = None
    """The field whose value is a list of items under its label ("Partenaires :" then one
    "– …" item a body): the items after the first join it."""


def _head_of(block: Block) -> Head | None:
    if block.kind == "table_row" or len(block.text) > _HEAD_MAX:
        return None
    return parse_head(block.text)


def _grid_row(row: list[Value], roles: dict[int, str], st: _State) -> Mention | None:
    head_text = row[0].text
    if roles.get(1) == "title" and len(row) > 1:
        head_text = f"{row[0].text} – {row[1].text}"
    head = parse_head(head_text, bare=True)
    if head is None:
        return None
    mention = Mention(head, row[0].start, st.zone, "grid", st.axis)
    exact = len(row) == max(roles) + 1
    marked: list[int] = []
    for i, cell in enumerate(row[1:], start=1):
        role = roles.get(i)
        if role is None or role in ("head", "title") or not cell.text:
            continue
        if role.startswith("year:"):
            if exact:
                marked.append(int(role[5:]))
            continue
        if role == "axis":
            continue
        if exact and role not in mention.fields:
            mention.fields[role] = cell
    mention.years = tuple(marked)
    return mention


def _field_row(st: _State, block: Block) -> bool:
    """Attach a field row to the open fiche; True when the block was one."""
    if st.current is None:
        return False
    parts = cells(block)
    if block.kind == "table_row" and len(parts) >= 2:
        pairs = [(parts[i], parts[i + 1]) for i in range(0, len(parts) - 1, 2)]
        found = False
        for label, value in pairs:
            name = label_of(label.text)
            if name is not None and value.text:
                st.current.fields.setdefault(name, value)
                found = True
        return found
    if st.list_label is not None and block.kind == "list_item" and _more_items(st, block):
        return True
    st.list_label = None
    if st.pending_label is not None and block.kind != "heading":
        if block.kind == "list_item":
            st.list_label = st.pending_label
            st.current.fields.pop(st.pending_label, None)
            st.pending_label = None
            return _more_items(st, block)
        st.current.fields.setdefault(st.pending_label, Value(block.text, block.start, block.end))
        st.pending_label = None
        return True
    parts_found = split_labels(block.text)
    for name, text, offset in parts_found:
        start = block.start + offset
        if not text:
            st.pending_label = name
            continue
        st.current.fields.setdefault(name, Value(text, start, start + len(text)))
    if parts_found:
        return True
    name = label_of(block.text)
    if name is not None and len(block.text) <= 60:
        st.pending_label = name
        return True
    return False


_CAPITAL_AFTER_SPACE = re.compile(r"\s(?=[A-ZÉÈ])")
_RUN_ON_LABEL = re.compile(r"\s(?P<label>[A-ZÉÈ][^:;|.–—]{1,58}?)\s*:\s+")


def _more_items(st: _State, block: Block) -> bool:
    """Add a list item to the list field under way (``_State.list_label``): a fiche's list
    of partners, one body an item, read as one value "A ; B". An item that runs on into the
    next row's label ("– Mission locale Public visé : Jeunes", two lines of a PDF joined)
    ends the list there and gives that label its value."""
    assert st.current is not None and st.list_label is not None
    text, start = block.text, block.start
    run_on = next(
        (
            m
            for cap in _CAPITAL_AFTER_SPACE.finditer(text)
            if (m := _RUN_ON_LABEL.match(text, cap.start())) is not None
            and label_of(m.group("label")) is not None
        ),
        None,
    )
    item_text = text[: run_on.start()] if run_on is not None else text
    lead = len(item_text) - len(item_text.lstrip(" -–—•·*"))
    item = item_text.strip(" -–—•·*;,.")
    if item:
        old = st.current.fields.get(st.list_label)
        if old is None:
            st.current.fields[st.list_label] = Value(item, start + lead, start + lead + len(item))
        else:
            joined = f"{old.text} ; {item}"
            st.current.fields[st.list_label] = Value(joined, old.start, start + lead + len(item))
    if run_on is not None:
        st.list_label = None
        name = label_of(run_on.group("label"))
        value = text[run_on.end() :].strip()
        if name is not None and value:
            at = start + run_on.end()
            st.current.fields.setdefault(name, Value(value, at, at + len(value)))
    return True


def _names_the_fiches_axis(st: _State, ctx: DocContext, index: int) -> bool:
    """True when an axis line stands right under a fiche's heading, before any of its
    rows: a fiche written as prose names its axis in a sub-heading under its title
    ("Fiche action 2.1 – Prévenir …" then "Axe 2 – Promouvoir la santé"); that line is the
    fiche's axis, not a new section that closes it."""
    current = st.current
    if current is None or current.fields or current.kind != "heading" or index == 0:
        return False
    previous = ctx.doc.blocks[index - 1]
    return previous.start <= current.at < previous.end


def scan(ctx: DocContext, axis_titles: list[str] | None = None) -> list[Mention]:
    """Every mention of an action in document order (see the module docstring)."""
    st = _State()
    titles = {fold(t): i for i, t in enumerate(axis_titles or [], start=1)}
    out: list[Mention] = []
    for i, block in enumerate(ctx.doc.blocks):
        st.zone = ctx.zones[i] if i < len(ctx.zones) else "body"
        row = cells(block)
        if block.kind == "table_row":
            if st.grid is not None and (m := _grid_row(row, st.grid, st)) is not None:
                out.append(m)
                continue
            roles = _grid_columns(row)
            if roles is not None:
                st.grid, st.current = roles, None
                continue
        else:
            st.grid = None
        axis = _axis_of(block, st.zone, titles)
        if axis is not None and _names_the_fiches_axis(st, ctx, i):
            st.axis = st.current.axis_hint = axis  # type: ignore[union-attr]
            continue
        if axis is not None:
            st.axis, st.current, st.pending_label = axis, None, None
            continue
        head = _head_of(block)
        if head is not None:
            kind = "toc" if st.zone == "toc" else ("heading" if block.kind == "heading" else "line")
            st.current = Mention(head, block.start + head.title_at, st.zone, kind, st.axis)
            st.pending_label = None
            out.append(st.current)
            continue
        if _field_row(st, block):
            continue
        if block.kind == "heading" and st.current is not None and st.current.fields:
            st.current = None
    return out
