"""Scanned PDF pages: detect them, and read them with Tesseract when it is installed.

A page is scanned when it has (almost) no text layer but an image covering a good part
of it. Such a page is rendered in grey by pypdfium2 at 300 dpi, written as a PGM file
(no imaging library needed), and read by the ``tesseract`` command with its French
data (Debian packages ``tesseract-ocr`` and ``tesseract-ocr-fra``). Tesseract's TSV
output gives each word's box, from which positioned lines are rebuilt so that the
scanned page goes through the same paragraph and heading logic as the others.
"""

from __future__ import annotations

import csv
import ctypes
import io
import subprocess
from collections import defaultdict
from functools import cache
from pathlib import Path

from pipeline.errors import ClsError
from pipeline.text import pdfium
from pipeline.text import pdfium as pdfium_c
from pipeline.text.pdflines import Line

OCR_LANGUAGE = "fra"
OCR_DPI = 300
_MIN_TEXT_CHARS = 16  # fewer visible characters than this: no real text layer
_MIN_IMAGE_SHARE = 0.3  # an image over this share of the page makes it a scan
_TIMEOUT_S = 120


class OcrError(ClsError, RuntimeError):
    """A scanned page could not be read; the message says why."""


class OcrUnavailable(OcrError):
    """Tesseract or its French data is not installed; the message says what is missing."""


@cache
def tesseract_command() -> str:
    """Path of a ``tesseract`` that has French data, or raise ``OcrUnavailable``."""
    import shutil  # here: the reader's start need not import it for the rare scan

    exe = shutil.which("tesseract")
    if exe is None:
        raise OcrUnavailable("tesseract is not installed (Debian: tesseract-ocr)")
    listing = subprocess.run(
        [exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
    )
    langs = set((listing.stdout + listing.stderr).split())
    if OCR_LANGUAGE not in langs:
        raise OcrUnavailable("tesseract has no French data (Debian: tesseract-ocr-fra)")
    return exe


def ocr_available() -> bool:
    """True when scanned pages can be read here."""
    try:
        tesseract_command()
    except OcrUnavailable:
        return False
    return True


def is_scanned(page: pdfium.PdfPage, visible_chars: int) -> bool:
    """True for a page without a text layer that carries a large image."""
    if visible_chars >= _MIN_TEXT_CHARS:
        return False
    raw = page.raw
    page_area = max(page.get_width() * page.get_height(), 1.0)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) not in (
            pdfium_c.FPDF_PAGEOBJ_IMAGE,
            pdfium_c.FPDF_PAGEOBJ_FORM,
        ):
            continue
        if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            area = (right.value - left.value) * (top.value - bottom.value)
            if area >= _MIN_IMAGE_SHARE * page_area:
                return True
    return False


def _write_pgm(page: pdfium.PdfPage, path: Path) -> float:
    """Render the page in grey to a PGM file; return the scale (pixels per point)."""
    scale = OCR_DPI / 72
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        buffer = memoryview(bitmap.buffer)
        with path.open("wb") as out:
            out.write(f"P5\n{width} {height}\n255\n".encode("ascii"))
            if stride == width:
                out.write(buffer[: width * height])
            else:
                for row in range(height):
                    out.write(buffer[row * stride : row * stride + width])
    finally:
        bitmap.close()
    return scale


def _lines_from_tsv(tsv: str, scale: float) -> list[Line]:
    """Tesseract's word boxes grouped into lines (block, paragraph, line), in points."""
    words: defaultdict[tuple[int, int, int], list[tuple[int, int, int, int, str]]]
    words = defaultdict(list)
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        left, top = int(row["left"]), int(row["top"])
        words[key].append((left, top, left + int(row["width"]), top + int(row["height"]), text))
    lines: list[Line] = []
    for key in sorted(words):
        boxes = words[key]
        x0 = min(b[0] for b in boxes) / scale
        y0 = min(b[1] for b in boxes) / scale
        x1 = max(b[2] for b in boxes) / scale
        y1 = max(b[3] for b in boxes) / scale
        text = " ".join(b[4] for b in boxes)
        group = key[0] * 1000 + key[1]
        lines.append(Line(text, x0, y0, x1, y1, y1 - y0, group=group))
    return lines


def ocr_page(page: pdfium.PdfPage) -> list[Line]:
    """The lines of a scanned page read by Tesseract; raise ``OcrError`` when it cannot."""
    exe = tesseract_command()
    import tempfile  # here: the reader's start need not import it for the rare scan

    with tempfile.TemporaryDirectory(prefix="cls-ocr-") as tmp:
        image = Path(tmp) / "page.pgm"
        scale = _write_pgm(page, image)
        result = subprocess.run(
            [exe, str(image), "stdout", "-l", OCR_LANGUAGE, "--psm", "3", "tsv"],
            capture_output=True,
            text=True,
            timeout=_TIMEOUT_S,
            check=False,
        )
    if result.returncode != 0:
        raise OcrError(f"tesseract failed: {result.stderr.strip()[:200]}")
    return _lines_from_tsv(result.stdout, scale)
