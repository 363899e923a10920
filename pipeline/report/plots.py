"""The report's three plots, drawn as inline SVG from the data of ``series``.

What: ``timeline_svg`` (one line per contract: its period as a bar, its signature and
amendments as marks), ``stacked_bars_svg`` (signatories by type, split by region) and
``grouped_bars_svg`` (axes and actions per contract). Every mark has a tooltip giving its
exact value, so the picture can be read without the tables.

Why: see ``svg``: one self-contained file, no plotting library, no script.
"""

from __future__ import annotations

from typing import Final

from pipeline.report.series import GroupedBars, MarkKind, StackedBars, Timeline
from pipeline.report.svg import CHAR_WIDTH, GRID, INK, MUTED, PALETTE, Svg, clip, nice_ticks

WIDTH: Final = 960
MAX_LABEL_WIDTH: Final = 330
TALL_ROWS: Final = 15
"""Beyond this many rows a plot repeats its tick labels above, where the reader starts."""
BOTTOM: Final = 44
"""Room under the plot area for tick labels and the axis title."""

MARK_NAMES: Final[tuple[tuple[MarkKind, str], ...]] = (
    ("signed", "signature"),
    ("amendment", "amendment signed"),
    ("extension", "extended to"),
)
MARK_COLOURS: Final[dict[MarkKind, str]] = {
    "signed": INK,
    "amendment": PALETTE[1],
    "extension": PALETTE[1],
}


def _label_width(labels: list[str]) -> float:
    """Width of the label column: the longest label, within bounds."""
    longest = max((len(label) for label in labels), default=0)
    return min(MAX_LABEL_WIDTH, max(90.0, CHAR_WIDTH * longest + 10))


def _x_axis(
    svg: Svg,
    ticks: list[float],
    box: tuple[float, float, float, float],
    title: str,
    tall: bool = False,
) -> None:
    """Vertical grid lines, tick labels and the axis title under the plot area ``box``
    (left, right, top, bottom); tick labels above it too when it is ``tall`` (the caller
    leaves 16 units of room)."""
    left, right, top, bottom = box
    low, high = ticks[0], ticks[-1]
    for tick in ticks:
        x = left + (tick - low) / (high - low) * (right - left)
        svg.add("line", x1=x, y1=top, x2=x, y2=bottom, stroke=GRID)
        svg.text(x, bottom + 16, f"{tick:.0f}", text_anchor="middle", fill=MUTED)
        if tall:
            svg.text(x, top - 5, f"{tick:.0f}", text_anchor="middle", fill=MUTED)
    svg.text((left + right) / 2, bottom + 36, title, text_anchor="middle", fill=MUTED)


def _empty(title: str, css_class: str, message: str) -> str:
    """A small picture that says there is nothing to draw."""
    svg = Svg(WIDTH, title, css_class)
    svg.text(10, 24, message, fill=MUTED)
    svg.height = 40
    return svg.render()


def _mark(svg: Svg, kind: MarkKind, x: float, y: float, tip: str | None) -> None:
    """A signature (dot), an amendment (filled diamond) or an extension (open diamond)."""
    if kind == "signed":
        svg.add("circle", tip=tip, cx=x, cy=y, r=4.5, fill=INK, stroke="white", stroke_width=1)
        return
    points = f"{x:.1f},{y - 6:.1f} {x + 6:.1f},{y:.1f} {x:.1f},{y + 6:.1f} {x - 6:.1f},{y:.1f}"
    fill = MARK_COLOURS[kind] if kind == "amendment" else "white"
    svg.add("polygon", tip=tip, points=points, fill=fill, stroke=MARK_COLOURS[kind], stroke_width=2)


def timeline_svg(data: Timeline) -> str:
    """Contracts by territory over the years: period bars with signature and amendments."""
    title = "Timeline of contracts by territory"
    if not data.rows:
        return _empty(title, "plot timeline", "No contract has a period or a dated event.")
    svg = Svg(WIDTH, title, "plot timeline")
    label_w = _label_width([r.label for r in data.rows])
    left, right = label_w + 12, WIDTH - 20
    y = 18.0
    svg.add("rect", x=left, y=y - 10, width=12, height=12, fill=PALETTE[0])
    svg.text(left + 16, y, "period")
    for i, (kind, name) in enumerate(MARK_NAMES):
        _mark(svg, kind, left + 90 + i * 150, y - 4, None)
        svg.text(left + 100 + i * 150, y, name)
    tall = len(data.rows) > TALL_ROWS
    top = y + 16 + (16 if tall else 0)
    row_h = 24
    values = [
        v for r in data.rows for v in (r.start, r.end, *(m.at for m in r.marks)) if v is not None
    ]
    ticks = nice_ticks(min(values), max(values))
    low, high = ticks[0], ticks[-1]
    bottom = top + row_h * len(data.rows)
    _x_axis(svg, ticks, (left, right, top, bottom), "year", tall)

    def x_of(value: float) -> float:
        return left + (value - low) / (high - low) * (right - left)

    for i, row in enumerate(data.rows):
        y_mid = top + i * row_h + row_h / 2
        svg.text(label_w, y_mid + 4, clip(row.label, label_w), text_anchor="end")
        if row.start is not None and row.end is not None:
            tip = f"{row.label}: {row.start:.0f}–{row.end - 1:.0f} ({row.contract_id})"
            width = max(x_of(row.end) - x_of(row.start), 2.0)
            svg.add(
                "rect",
                tip=tip,
                x=x_of(row.start),
                y=y_mid - 7,
                width=width,
                height=14,
                rx=2,
                fill=PALETTE[0],
                class_="period",
            )
        for mark in row.marks:
            _mark(svg, mark.kind, x_of(mark.at), y_mid, f"{row.label}: {mark.label}")
    svg.height = bottom + BOTTOM
    return svg.render()


def stacked_bars_svg(data: StackedBars, title: str, css_class: str, axis_title: str) -> str:
    """One horizontal bar per category, split into coloured segments per series."""
    if not data.categories:
        return _empty(title, css_class, "Nothing to count.")
    svg = Svg(WIDTH, title, css_class)
    label_w = _label_width(list(data.categories))
    left, right = label_w + 12, WIDTH - 50
    colours = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(data.series)}
    top = svg.legend(left, 18, [(s, colours[s]) for s in data.series]) + 16
    row_h = 24
    ticks = nice_ticks(0, max(data.total(c) for c in data.categories))
    bottom = top + row_h * len(data.categories)
    _x_axis(svg, ticks, (left, right, top, bottom), axis_title)
    scale = (right - left) / ticks[-1]
    for i, category in enumerate(data.categories):
        y = top + i * row_h
        svg.text(label_w, y + row_h / 2 + 4, clip(category, label_w), text_anchor="end")
        x = left
        for series in data.series:
            count = data.values.get((category, series), 0)
            if count:
                svg.add(
                    "rect",
                    tip=f"{category}, {series}: {count}",
                    x=x,
                    y=y + 5,
                    width=count * scale,
                    height=row_h - 10,
                    fill=colours[series],
                    class_="bar",
                )
                x += count * scale
        svg.text(x + 4, y + row_h / 2 + 4, str(data.total(category)), fill=MUTED)
    svg.height = bottom + BOTTOM
    return svg.render()


def grouped_bars_svg(data: GroupedBars, title: str, css_class: str, axis_title: str) -> str:
    """One group of horizontal bars per label, one bar per series; unknown values are
    written as such rather than drawn as zero."""
    if not data.labels:
        return _empty(title, css_class, "No contract.")
    svg = Svg(WIDTH, title, css_class)
    label_w = _label_width(list(data.labels))
    left, right = label_w + 12, WIDTH - 50
    colours = [PALETTE[i % len(PALETTE)] for i in range(len(data.series))]
    tall = len(data.labels) > TALL_ROWS
    top = svg.legend(left, 18, list(zip(data.series, colours, strict=True))) + 16
    top += 16 if tall else 0
    bar_h, gap = 12, 8
    row_h = bar_h * len(data.series) + gap
    known = [v for values in data.values for v in values if v is not None]
    ticks = nice_ticks(0, max(known, default=1))
    bottom = top + row_h * len(data.labels)
    _x_axis(svg, ticks, (left, right, top, bottom), axis_title, tall)
    scale = (right - left) / ticks[-1]
    for i, (label, values) in enumerate(zip(data.labels, data.values, strict=True)):
        y = top + i * row_h + gap / 2
        svg.text(label_w, y + row_h / 2, clip(label, label_w), text_anchor="end")
        for j, (series, value) in enumerate(zip(data.series, values, strict=True)):
            y_bar = y + j * bar_h
            if value is None:
                svg.text(
                    left + 4, y_bar + bar_h - 1, f"{series}: not stated", font_size=10, fill=MUTED
                )
                continue
            svg.add(
                "rect",
                tip=f"{label}: {value} {series}",
                x=left,
                y=y_bar,
                width=max(value * scale, 1.0),
                height=bar_h - 1,
                fill=colours[j],
                class_="bar",
            )
            svg.text(
                left + value * scale + 4, y_bar + bar_h - 1, str(value), font_size=10, fill=MUTED
            )
    svg.height = bottom + BOTTOM
    return svg.render()
