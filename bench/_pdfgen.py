"""A text PDF of N pages for the benchmarks that serve generated contracts."""

from __future__ import annotations

import io


def text_pdf(title: str, pages: int) -> bytes:
    """A PDF of ``pages`` pages of 40 lines of text each, byte-stable (invariant)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for number in range(1, pages + 1):
        for line in range(40):
            pdf.drawString(50, 800 - 18 * line, f"{title} - page {number} - ligne {line} " * 2)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
