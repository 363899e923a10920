"""The fiches actions of a contract: one action per number, its axis and its fields.

What: ``extract_actions`` merges the mentions found by ``actions_scan`` — a fiche and its
second page, its entry in the table of contents, in an axis summary, in a calendar grid or
a budget annex — into one ``Action`` per number (or per title when unnumbered), the fiche's
own rows first and the other citations filling what it lacks; it attaches each action to
the position of its axis in the consolidated axes list.

Why: researchers compare contracts action by action; counting a citation as a second
action, or losing the annex's budget, would misstate the programme.
"""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz import fuzz

from extractors.context import DocContext
from extractors.generic import axes as axes_mod
from extractors.generic.actions_scan import Mention, Value, scan
from extractors.generic.actions_text import amount, split_items, split_partners, years
from extractors.generic.orgmatch import find_mentions
from extractors.wordmatch import fold
from pipeline.model import Action

NAME = "generic.actions"
_RANK = {"heading": 0, "line": 1, "grid": 2, "toc": 3}
_TEXT_FIELDS = ("pilot", "public")
Note = Callable[[str, Value, str], None]


def _key(m: Mention) -> str:
    return m.head.number or fold(m.head.title)


def _order(m: Mention) -> tuple[int, int, int]:
    """Mentions of one action, best first: a fiche with rows, then by kind and zone."""
    annex = 1 if m.zone in ("annex", "toc") else 0
    return (-min(len(m.fields), 3), annex + _RANK.get(m.kind, 2), m.at)


def _group(mentions: list[Mention]) -> list[list[Mention]]:
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(_key(m), []).append(m)
    unnumbered = [k for k, g in groups.items() if g[0].head.number is None]
    for k in unnumbered:
        title = fold(groups[k][0].head.title)
        for other, group in groups.items():
            if other != k and group[0].head.number and _same_title(title, group):
                group.extend(groups.pop(k))
                break
    return [sorted(g, key=_order) for g in groups.values()]


def _same_title(title: str, group: list[Mention]) -> bool:
    return any(fuzz.token_sort_ratio(title, fold(m.head.title)) >= 85 for m in group)


def _title(group: list[Mention]) -> str:
    """The fiche's own title; a citation's when the fiche has none, never a cut one."""
    titles = [m.head.title for m in group if m.head.title and not m.head.continued]
    whole = [t for t in titles if not t.endswith(("…", "..."))]
    return (whole or titles or [""])[0]


def _axis(group: list[Mention], axes: list[str]) -> int | None:
    """The position in ``axes`` of the axis the action stands under or names."""
    for m in group:
        row = m.fields.get("axis")
        hint = _axis_text(row.text) if row is not None else m.axis_hint
        position = _position(hint, axes)
        if position is not None:
            return position
    return None


def _axis_text(text: str) -> tuple[int | None, str | None]:
    m = axes_mod.AXIS_LINE.match(text)
    if m is None:
        return (None, axes_mod.clean_title(text))
    num = m.group("num")
    return (int(num) if num and num.isdigit() else None, axes_mod.clean_title(m.group("title")))


def _position(hint: tuple[int | None, str | None], axes: list[str]) -> int | None:
    num, title = hint
    if title:
        scores = [fuzz.token_set_ratio(fold(title), fold(a)) for a in axes]
        if scores and max(scores) >= 85:
            return scores.index(max(scores)) + 1
    if num is not None and 1 <= num <= len(axes):
        return num
    return None


def _first(group: list[Mention], name: str) -> Value | None:
    return next((m.fields[name] for m in group if name in m.fields), None)


def _build(
    ctx: DocContext,
    group: list[Mention],
    axes: list[str],
    period: tuple[int | None, int | None],
) -> Action:
    best = group[0]
    ev: dict[str, object] = {}

    def note(name: str, value: Value, rule: str) -> None:
        ev[name] = ctx.evidence(value.start, value.end, NAME, rule, 0.85).to_dict()

    title = _title(group)
    head = next(m for m in group if m.head.title == title) if title else best
    note("title", Value(title, head.at, head.at + len(title)), f"{head.kind}-title")
    fields: dict[str, object] = {}
    for name in _TEXT_FIELDS:
        value = _first(group, name)
        if value is not None:
            fields[name] = value.text.strip().rstrip(".")
            note(name, value, f"row-{name}")
    if "pilot" in fields:
        mentions = find_mentions(str(fields["pilot"]))
        fields["pilot_type"] = min(mentions, key=lambda m: m.start).type if mentions else None
    partners = _first(group, "partners")
    if partners is not None:
        fields["partners"] = tuple(split_partners(partners.text))
        note("partners", partners, "row-partners")
    indicators = _first(group, "indicators")
    if indicators is not None:
        fields["indicators"] = tuple(split_items(indicators.text))
        note("indicators", indicators, "row-indicators")
    fields.update(_calendar(group, note, period))
    fields.update(_budget(group, note))
    axis = _axis(group, axes)
    if axis is not None:
        ev["axis"] = ev["title"]
    return Action(best.head.number, title, axis, evidence=ev, **fields)  # type: ignore[arg-type]


def _calendar(
    group: list[Mention], note: Note, period: tuple[int | None, int | None]
) -> dict[str, object]:
    for m in group:
        value = m.fields.get("calendar")
        if value is not None:
            start, end = years(value.text, period)
            if start is not None:
                note("start", value, "row-calendar")
                note("end", value, "row-calendar")
                return {"start": start, "end": end}
    for m in group:
        if m.years:
            span = Value(m.head.title, m.at, m.at + len(m.head.title))
            note("start", span, "grid-years")
            note("end", span, "grid-years")
            return {"start": min(m.years), "end": max(m.years)}
    return {}


def _budget(group: list[Mention], note: Note) -> dict[str, object]:
    for m in group:
        value = m.fields.get("budget")
        if value is None:
            continue
        euros, per_year = amount(value.text)
        if euros is not None:
            note("budget_eur", value, "row-budget")
            return {"budget_eur": euros, "budget_per_year": per_year}
    return {}


def extract_actions(
    ctx: DocContext, axes: list[str], period: tuple[int | None, int | None] = (None, None)
) -> list[Action]:
    """The actions of the document in document order, one per fiche; ``period`` (the
    contract's years) dates the calendars that repeat or open without an end."""
    mentions = [m for m in scan(ctx, axes) if m.head.number or m.fields]
    groups = _group(mentions)
    groups = [g for g in groups if _title(g) or g[0].fields]
    groups.sort(key=lambda g: min(m.at for m in g if m.kind != "toc") if _body(g) else g[0].at)
    return [_build(ctx, g, axes, period) for g in groups]


def _body(group: list[Mention]) -> bool:
    return any(m.kind != "toc" for m in group)
