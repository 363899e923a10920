"""Hostile and broken PDFs written by hand (bytes, not files), in well under a second.

``many_pages`` shares one content stream among thousands of page objects; ``inflating``
holds a FlateDecode stream that inflates to gigabytes (written as one compressed block
repeated, so nothing of that size is ever built); ``encrypted`` uses reportlab's
standard encryption; ``truncated`` and ``corrupt`` cut or garble a good file.
"""

from __future__ import annotations

import io
import random
import zlib

from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_ADLER = 65521


def assemble(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (1 is the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    """A stream object's body."""
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), extra, data)


def _page(contents: int, font: int) -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (contents, font)
    )


def many_pages(pages: int, lines: int = 1) -> bytes:
    """A PDF of ``pages`` pages that all show the same ``lines`` lines of text."""
    text = b"".join(
        b"BT /F1 10 Tf 72 %d Td (Ligne %d du contrat local de sante) Tj ET\n" % (800 - 14 * i, i)
        for i in range(lines)
    )
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        stream(text),
        _FONT,
    ]
    objects += [_page(3, 4)] * pages
    return assemble(objects)


def inflating(mebibytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to ``mebibytes`` MiB of spaces.

    The zlib stream is one compressed MiB of spaces (a full flush resets the window, so
    the same bytes compress the same way each time) repeated, with its Adler-32 computed
    in closed form.
    """
    unit = b" " * (1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(unit) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.flush(zlib.Z_FINISH)
    n = mebibytes << 20
    a = (1 + n * unit[0]) % _ADLER
    b = (n + unit[0] * n * (n + 1) // 2) % _ADLER
    data = b"\x78\xda" + block * mebibytes + tail + ((b << 16) | a).to_bytes(4, "big")
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(4, 5),
            stream(data, b"/Filter /FlateDecode"),
            _FONT,
        ]
    )


def text_pdf(lines: list[str], *, user_password: str | None = None, owner: str = "") -> bytes:
    """A one-page PDF of lines of text, encrypted when a password is given."""
    buffer = io.BytesIO()
    encrypt = None
    if user_password is not None:
        encrypt = pdfencrypt.StandardEncryption(
            user_password, owner or "owner-secret", canPrint=0, canCopy=0, strength=128
        )
    pdf = canvas.Canvas(buffer, encrypt=encrypt, invariant=1)
    for number, line in enumerate(lines):
        pdf.drawString(72, 780 - 16 * number, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def truncated(data: bytes, share: float = 0.6) -> bytes:
    """The first ``share`` of a file, as left by a download cut short."""
    return data[: int(len(data) * share)]


def corrupt(size: int = 20_000, seed: int = 7) -> bytes:
    """A PDF header followed by random bytes."""
    return b"%PDF-1.5\n" + random.Random(seed).randbytes(size)


def wide_char_pdf(lines: list[tuple[int, int, str]]) -> bytes:
    """One page of (font size, baseline y, text) lines whose letter ``Q`` reads as
    U+1D748 (a mathematical sigma) through the font's ToUnicode map: a character that
    pdfium counts as two."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Wide def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"1 beginbfchar <51> <D835DF48> endbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end\n"
    )
    body = b"".join(
        b"BT /F1 %d Tf 72 %d Td (%s) Tj ET\n" % (size, y, text.encode("latin-1"))
        for size, y, text in lines
    )
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(4, 5),
            stream(body),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
            b"/Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>",
            stream(cmap),
        ]
    )
