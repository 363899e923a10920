"""Small PDFs written with reportlab for the figure detector (``pdffigures``): a plot
beside a paragraph, a plot pasted as a form XObject, and a page of a contract's usual
graphics (a ruled budget table, a strip of logos drawn as vector curves with the
partners' names, a background swoosh under the text) whose text must all stay."""

from __future__ import annotations

import io
import math
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Table, TableStyle

W, H = A4
PARAGRAPH = [
    "Le nombre de passages aux urgences pour",
    "des motifs de santé mentale a doublé entre",
    "2019 et 2023 chez les jeunes du territoire,",
    "alors que l'offre de consultation en",
    "psychiatrie n'a pas progressé sur la période.",
]
TICKS_X = ["2019", "2020", "2021", "2022", "2023"]
TICKS_Y = ["0", "50", "100", "150", "200"]
AXIS_X = "Année"
AXIS_Y = "Passages"
CAPTION = "Figure 1. Passages aux urgences des 15-24 ans pour un motif de santé mentale."
BUDGET = [
    ["Action", "2024", "2025", "2026"],
    ["Maison de santé", "120 000", "80 000", "40 000"],
    ["Prévention", "15 000", "15 000", "15 000"],
    ["Santé mentale", "30 000", "35 000", "40 000"],
]
PARTNERS = ["ARS Grand Est", "CPAM du Val", "Ville de Test", "Département"]
SWOOSH_TEXT = [
    "Le présent contrat est conclu pour une durée de cinq ans.",
    "Il prend effet à la date de sa signature par les parties.",
    "Article 2",
    "1",
    "2",
    "3",
]


def _plot(c: Any, x: float, y: float, width: float, height: float) -> None:
    """A line chart: axes, tick marks, tick labels, axis titles, a curve of many
    segments and its data points as small circles."""
    c.setLineWidth(0.8)
    c.line(x, y, x + width, y)
    c.line(x, y, x, y + height)
    c.setFont("Helvetica", 7)
    for i, label in enumerate(TICKS_X):
        tx = x + 10 + i * (width - 20) / (len(TICKS_X) - 1)
        c.line(tx, y, tx, y - 3)
        c.drawCentredString(tx, y - 11, label)
    for i, label in enumerate(TICKS_Y):
        ty = y + i * height / (len(TICKS_Y) - 1)
        c.line(x, ty, x - 3, ty)
        c.drawRightString(x - 5, ty - 2, label)
    c.drawCentredString(x + width / 2, y - 22, AXIS_X)
    c.saveState()
    c.translate(x - 24, y + height / 2)
    c.rotate(90)
    c.drawCentredString(0, 0, AXIS_Y)
    c.restoreState()
    points = [
        (x + 10 + k * (width - 20) / 60, y + height * (0.3 + 0.25 * math.sin(k / 6) + k / 150))
        for k in range(61)
    ]
    path = c.beginPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    c.drawPath(path, stroke=1, fill=0)
    for px, py in points:
        c.circle(px, py, 1.2, stroke=0, fill=1)


def _paragraph(c: Any, x: float, top: float, lines: list[str], size: float = 10) -> None:
    c.setFont("Helvetica", size)
    for i, line in enumerate(lines):
        c.drawString(x, top - i * size * 1.3, line)


def plot_pdf(in_form: bool = False) -> bytes:
    """A paragraph in the left column and a plot in the right one, its caption under
    both; with ``in_form``, the plot is drawn in a form XObject placed on the page."""
    buffer = io.BytesIO()
    c = pdfcanvas.Canvas(buffer, pagesize=A4, invariant=1)
    _paragraph(c, 60, H - 120, PARAGRAPH)
    if in_form:
        c.beginForm("plot")
        _plot(c, 0, 0, 180, 130)
        c.endForm()
        c.saveState()
        c.translate(350, H - 250)
        c.doForm("plot")
        c.restoreState()
    else:
        _plot(c, 350, H - 250, 180, 130)
    c.setFont("Helvetica", 9)
    c.drawString(60, H - 300, CAPTION)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _logo(c: Any, x: float, y: float) -> None:
    """A logo drawn as vector curves: a ring of small petals and a wave."""
    for k in range(24):
        angle = 2 * math.pi * k / 24
        c.circle(x + 20 + 14 * math.cos(angle), y + 30 + 14 * math.sin(angle), 2, fill=1)
    path = c.beginPath()
    path.moveTo(x, y + 10)
    for k in range(1, 41):
        path.lineTo(x + k, y + 10 + 5 * math.sin(k / 4))
    c.drawPath(path, stroke=1, fill=0)


def graphics_pdf() -> bytes:
    """A contract's page: a background swoosh of many segments under an article, a
    ruled budget table, and a strip of vector logos with the partners' names."""
    buffer = io.BytesIO()
    c = pdfcanvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setStrokeColor(colors.lightblue)
    for band in range(12):
        path = c.beginPath()
        path.moveTo(0, H - 60 - band * 4)
        for k in range(1, 121):
            path.lineTo(k * W / 120, H - 60 - band * 4 - 40 * math.sin(k / 19))
        c.drawPath(path, stroke=1, fill=0)
    for k in range(60):  # a dotted frame of small squares
        c.rect(40 + k * 8.5, H - 240, 2, 2, stroke=0, fill=1)
    c.setStrokeColor(colors.black)
    _paragraph(c, 60, H - 120, SWOOSH_TEXT, 11)
    table = Table(BUDGET, colWidths=[130, 70, 70, 70])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
            ]
        )
    )
    _, height = table.wrapOn(c, W, H)
    table.drawOn(c, 60, H - 300 - height)
    c.setFont("Helvetica", 8)
    for i, name in enumerate(PARTNERS):
        x = 60 + i * 120
        _logo(c, x, 120)
        c.drawString(x, 105, name)
    c.showPage()
    c.save()
    return buffer.getvalue()


COVER = ["Contrat local de santé", "du Val de Test", "2024", "2028"]
COVER_NOTE = "Édité par la communauté de communes du Val de Test, pôle santé et solidarités."


def cover_pdf() -> bytes:
    """A cover: artwork of dots and curves, the title and the contract's years in
    large type over it, a line of body text at the foot."""
    buffer = io.BytesIO()
    c = pdfcanvas.Canvas(buffer, pagesize=A4, invariant=1)
    for k in range(300):  # a pattern of dots under the title
        c.circle(130 + (k % 30) * 11, H - 120 - (k // 30) * 16, 2, stroke=0, fill=1)
    for i, (text, size) in enumerate(zip(COVER, [28, 20, 24, 24], strict=True)):
        c.setFont("Helvetica-Bold", size)
        c.drawCentredString(W / 2, H - 150 - i * 40, text)
    for number in range(3):  # the artwork's own numbers (an anniversary badge)
        c.setFont("Helvetica", 9)
        c.drawString(200 + 40 * number, H - 250, str(number + 1))
    c.setFont("Helvetica", 10)
    c.drawString(60, 80, COVER_NOTE)
    c.drawString(60, 66, COVER_NOTE)
    c.showPage()
    c.save()
    return buffer.getvalue()
