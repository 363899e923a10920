"""A few lines of SVG writing: elements with escaped attributes, ticks, a palette.

What: ``Svg`` collects elements and renders one ``<svg>`` string (a ``viewBox``, a
``<title>`` for screen readers, ``<title>`` tooltips on marks); ``nice_ticks`` picks
round axis values; ``PALETTE`` is a colour-blind-friendly qualitative scale.

Why: the report must be one HTML file viewable offline, with no script and no font to
fetch. Hand-written SVG keeps plots as text (searchable, checkable in a browser's DOM,
identical bytes for identical tables) and spares the command a plotting library.
"""

from __future__ import annotations

import math
from html import escape
from typing import Final

PALETTE: Final = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
"""Tableau 10, in an order where neighbours differ for colour-blind readers."""

INK: Final = "#222222"
GRID: Final = "#dddddd"
MUTED: Final = "#666666"
FONT_SIZE: Final = 12
CHAR_WIDTH: Final = 0.6 * FONT_SIZE
"""Average width of a character of the default sans-serif font, to size label columns."""

Attr = str | int | float


def fmt(value: Attr) -> str:
    """An attribute value: numbers with at most one decimal, text escaped."""
    if isinstance(value, float):
        text = f"{value:.1f}"
        return text[:-2] if text.endswith(".0") else text
    return escape(str(value), quote=True)


def clip(label: str, width: float) -> str:
    """``label`` cut to what fits in ``width`` pixels, with an ellipsis when cut."""
    room = max(4, int(width / CHAR_WIDTH))
    return label if len(label) <= room else label[: room - 1].rstrip() + "…"


class Svg:
    """One SVG picture ``width`` user units wide, built element by element; the chart
    sets ``height`` when it knows how many rows it drew."""

    def __init__(self, width: float, title: str, css_class: str) -> None:
        self.width = width
        self.height = 0.0
        """Set by the chart once everything is placed."""
        self.title = title
        self.css_class = css_class
        self._parts: list[str] = []

    def add(self, tag: str, text: str | None = None, tip: str | None = None, **attrs: Attr) -> None:
        """Add ``<tag attrs>text</tag>``; ``tip`` becomes a hover tooltip (``<title>``).

        Attribute names use ``_`` for ``-`` (``text_anchor`` → ``text-anchor``); a
        trailing ``_`` is dropped (``class_`` → ``class``).
        """
        self._element(tag, text, tip, attrs)

    def text(self, x: float, y: float, text: str, **attrs: Attr) -> None:
        """A line of text in the default font (``text_anchor``, ``fill``... as keywords)."""
        self._element(
            "text", text, None, {"x": x, "y": y, "font_size": FONT_SIZE, "fill": INK, **attrs}
        )

    def _element(self, tag: str, text: str | None, tip: str | None, attrs: dict[str, Attr]) -> None:
        rendered = " ".join(
            f'{name.rstrip("_").replace("_", "-")}="{fmt(value)}"' for name, value in attrs.items()
        )
        inner = (f"<title>{escape(tip)}</title>" if tip else "") + (escape(text) if text else "")
        self._parts.append(
            f"<{tag} {rendered}>{inner}</{tag}>" if inner else f"<{tag} {rendered}/>"
        )

    def legend(self, x: float, y: float, items: list[tuple[str, str]]) -> float:
        """Colour swatches and their labels from ``(x, y)``, wrapped to the picture's
        width; returns the baseline of the last line."""
        left = x
        for label, colour in items:
            room = 16 + CHAR_WIDTH * len(label) + 18
            if x > left and x + room > self.width:
                x, y = left, y + 18
            self.add("rect", x=x, y=y - 10, width=12, height=12, fill=colour)
            self.text(x + 16, y, label)
            x += room
        return y

    def render(self) -> str:
        """The ``<svg>`` element, scaled to the width of its container."""
        width, height = fmt(float(self.width)), fmt(float(self.height))
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" class="{fmt(self.css_class)}" role="img" '
            f'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif">'
            f"<title>{escape(self.title)}</title>" + "".join(self._parts) + "</svg>"
        )


def nice_ticks(low: float, high: float, most: int = 8) -> list[float]:
    """Round values from ``low`` to at least ``high``, at most about ``most`` of them, on a
    step of 1, 2 or 5 times a power of ten (never below 1: counts and years are whole)."""
    span = max(high - low, 1.0)
    raw = span / most
    power = 10.0 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(step, 1.0)
    ticks: list[float] = [math.floor(low / step) * step]
    while ticks[-1] < high or len(ticks) < 2:
        ticks.append(ticks[-1] + step)
    return ticks
