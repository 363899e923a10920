"""The part of pdfium the PDF reader calls, bound directly with ctypes.

What: the pdfium library that ``pypdfium2`` ships (``pypdfium2_raw``), loaded without
importing ``pypdfium2``; the C functions the reader uses, under their pdfium names,
with the argument types of ``pypdfium2``'s bindings (handles as ``c_void_p``); and
three thin classes, ``PdfDocument``, ``PdfPage`` and ``PdfTextPage``, with the names of
``pypdfium2``'s helpers that the reader calls (``len``, ``pdf[i]``, ``get_textpage``,
``get_text_range``, ``get_metadata_dict``, ``close``...), which behave as those do
(text ranges, metadata and errors decoded and worded the same). A page to be read by
OCR is rendered by ``pypdfium2`` itself (``PdfPage.render``), imported then.

Why: importing ``pypdfium2`` binds all of pdfium's six hundred functions and loads
its helpers (argparse, uuid, json, logging among them), which every ``cls-pipeline
text`` on a PDF waits for before its first page is read; and each page and text page
it opens is tracked with weak references and finalizers. The reader needs thirty
functions and closes what it opens. Measured with callgrind: the reader's imports 340
M -> 313 M instructions, the reader of a 201-page contract 3,644 M -> 3,493 M, with
the same text. The functions also accept ``pypdfium2``'s own handles, so a caller
holding a ``pypdfium2`` page can use the reader's functions on it.
"""

from __future__ import annotations

import ctypes
import os
import sys
from codecs import decode
from ctypes import (
    POINTER,
    c_char_p,
    c_double,
    c_float,
    c_int,
    c_size_t,
    c_uint,
    c_ulong,
    c_ushort,
    c_void_p,
)
from typing import Any

from pipeline.errors import ClsError

FPDF_ERR_PASSWORD = 4
FPDF_PAGEOBJ_PATH = 2
FPDF_PAGEOBJ_IMAGE = 3
FPDF_PAGEOBJ_FORM = 5
FPDF_SEGMENT_LINETO = 0
FPDF_SEGMENT_MOVETO = 2
_ERRORS = {
    0: "Success",
    1: "Unknown error",
    2: "File access error",
    3: "Data format error",
    4: "Incorrect password error",
    5: "Unsupported security scheme error",
    6: "Page not found or content error",
}
METADATA_KEYS = (
    "Title",
    "Author",
    "Subject",
    "Keywords",
    "Creator",
    "Producer",
    "CreationDate",
    "ModDate",
)


class FS_RECTF(ctypes.Structure):
    _fields_ = (("left", c_float), ("top", c_float), ("right", c_float), ("bottom", c_float))


class FS_MATRIX(ctypes.Structure):
    _fields_ = tuple((name, c_float) for name in "abcdef")


class _LibraryConfig(ctypes.Structure):
    _fields_ = (
        ("version", c_int),
        ("m_pUserFontPaths", POINTER(c_char_p)),
        ("m_pIsolate", c_void_p),
        ("m_v8EmbedderSlot", c_uint),
        ("m_pPlatform", c_void_p),
        ("m_RendererType", c_int),
        ("m_FontLibraryType", c_int),
        ("m_BrotliEnabled", c_int),
        ("m_IsolatePerDocument", c_int),
    )


def _library_path() -> str | None:
    """The pdfium library of the installed ``pypdfium2_raw``, found without importing
    it (None when it is not where a wheel puts it)."""
    if sys.platform.startswith(("win32", "cygwin", "msys")):
        name = "pdfium.dll"
    elif sys.platform.startswith(("darwin", "ios")):
        name = "libpdfium.dylib"
    else:
        name = "libpdfium.so"
    for entry in sys.path:
        candidate = os.path.join(entry or ".", "pypdfium2_raw", name)
        if os.path.isfile(candidate):
            return candidate
    return None


def _load() -> ctypes.CDLL:
    path = _library_path()
    if path is None:  # an unusual install: let pypdfium2 find its library
        from pypdfium2_raw.bindings import _libs  # type: ignore[import-untyped]

        library: ctypes.CDLL = _libs["pdfium"]
        return library
    return ctypes.CDLL(path)


_lib = _load()


def _fn(name: str, restype: Any, *argtypes: Any) -> Any:
    """pdfium's function ``name`` with its result and argument types."""
    function = getattr(_lib, name)
    function.restype = restype
    function.argtypes = argtypes
    return function


_H = c_void_p  # every pdfium handle (document, page, text page, object, segment)
_F, _D = POINTER(c_float), POINTER(c_double)
FPDF_InitLibraryWithConfig = _fn("FPDF_InitLibraryWithConfig", None, POINTER(_LibraryConfig))
FPDF_LoadMemDocument64 = _fn("FPDF_LoadMemDocument64", _H, c_void_p, c_size_t, c_char_p)
FPDF_GetPageCount = _fn("FPDF_GetPageCount", c_int, _H)
FPDF_GetLastError = _fn("FPDF_GetLastError", c_ulong)
FPDF_CloseDocument = _fn("FPDF_CloseDocument", None, _H)
FPDF_GetMetaText = _fn("FPDF_GetMetaText", c_ulong, _H, c_char_p, c_void_p, c_ulong)
FPDF_LoadPage = _fn("FPDF_LoadPage", _H, _H, c_int)
FPDF_ClosePage = _fn("FPDF_ClosePage", None, _H)
FPDF_GetPageWidthF = _fn("FPDF_GetPageWidthF", c_float, _H)
FPDF_GetPageHeightF = _fn("FPDF_GetPageHeightF", c_float, _H)
FPDFPage_CountObjects = _fn("FPDFPage_CountObjects", c_int, _H)
FPDFPage_GetObject = _fn("FPDFPage_GetObject", _H, _H, c_int)
FPDFPageObj_GetType = _fn("FPDFPageObj_GetType", c_int, _H)
FPDFPageObj_GetBounds = _fn("FPDFPageObj_GetBounds", c_int, _H, _F, _F, _F, _F)
FPDFPageObj_GetMatrix = _fn("FPDFPageObj_GetMatrix", c_int, _H, POINTER(FS_MATRIX))
FPDFPath_CountSegments = _fn("FPDFPath_CountSegments", c_int, _H)
FPDFPath_GetPathSegment = _fn("FPDFPath_GetPathSegment", _H, _H, c_int)
FPDFPathSegment_GetType = _fn("FPDFPathSegment_GetType", c_int, _H)
FPDFPathSegment_GetPoint = _fn("FPDFPathSegment_GetPoint", c_int, _H, _F, _F)
FPDFPathSegment_GetClose = _fn("FPDFPathSegment_GetClose", c_int, _H)
FPDFFormObj_CountObjects = _fn("FPDFFormObj_CountObjects", c_int, _H)
FPDFFormObj_GetObject = _fn("FPDFFormObj_GetObject", _H, _H, c_ulong)
FPDFText_LoadPage = _fn("FPDFText_LoadPage", _H, _H)
FPDFText_ClosePage = _fn("FPDFText_ClosePage", None, _H)
FPDFText_CountChars = _fn("FPDFText_CountChars", c_int, _H)
FPDFText_GetText = _fn("FPDFText_GetText", c_int, _H, c_int, c_int, POINTER(c_ushort))
FPDFText_GetTextIndexFromCharIndex = _fn("FPDFText_GetTextIndexFromCharIndex", c_int, _H, c_int)
FPDFText_GetCharIndexFromTextIndex = _fn("FPDFText_GetCharIndexFromTextIndex", c_int, _H, c_int)
FPDFText_CountRects = _fn("FPDFText_CountRects", c_int, _H, c_int, c_int)
FPDFText_GetRect = _fn("FPDFText_GetRect", c_int, _H, c_int, _D, _D, _D, _D)
FPDFText_GetLooseCharBox = _fn("FPDFText_GetLooseCharBox", c_int, _H, c_int, POINTER(FS_RECTF))
FPDFText_GetFontSize = _fn("FPDFText_GetFontSize", c_double, _H, c_int)
FPDFText_GetFontWeight = _fn("FPDFText_GetFontWeight", c_int, _H, c_int)
FPDFText_GetFontInfo = _fn(
    "FPDFText_GetFontInfo", c_ulong, _H, c_int, c_void_p, c_ulong, POINTER(c_int)
)
FPDFText_GetCharIndexAtPos = _fn(
    "FPDFText_GetCharIndexAtPos", c_int, _H, c_double, c_double, c_double, c_double
)

# pdfium ignores a second initialisation (pypdfium2's, when it is imported for OCR)
FPDF_InitLibraryWithConfig(_LibraryConfig(version=2))


class PdfiumError(ClsError):
    """pdfium failed (``pypdfium2.PdfiumError``'s wording); ``err_code`` when it said why."""

    def __init__(self, message: str, err_code: int | None = None) -> None:
        super().__init__(message)
        self.err_code = err_code


class PdfDocument:
    """An open PDF (``pypdfium2.PdfDocument`` from bytes, without forms); close it."""

    def __init__(self, data: bytes) -> None:
        self.data = data  # pdfium reads from these bytes as long as the document is open
        self.raw = FPDF_LoadMemDocument64(data, len(data), None)
        if FPDF_GetPageCount(self.raw) < 1:
            code = int(FPDF_GetLastError())
            if self.raw:
                FPDF_CloseDocument(self.raw)
            name = _ERRORS.get(code, f"Unhandled constant {code}")
            raise PdfiumError(f"Failed to load document (PDFium: {name}).", err_code=code)

    def __len__(self) -> int:
        return int(FPDF_GetPageCount(self.raw))

    def __getitem__(self, index: int) -> PdfPage:
        raw = FPDF_LoadPage(self.raw, index)
        if not raw:
            raise PdfiumError("Failed to load page.")
        return PdfPage(raw, self, index)

    def get_metadata_value(self, key: str) -> str:
        """The value of ``key`` in the document's information dictionary ("" if none)."""
        name = (key + "\x00").encode("utf-8")
        size = FPDF_GetMetaText(self.raw, name, None, 0)
        buffer = ctypes.create_string_buffer(size)
        FPDF_GetMetaText(self.raw, name, buffer, size)
        return str(decode(memoryview(buffer)[: size - 2], "utf-16-le"))

    def get_metadata_dict(self, skip_empty: bool = False) -> dict[str, str]:
        """The information dictionary's usual keys and their values."""
        found = {key: self.get_metadata_value(key) for key in METADATA_KEYS}
        return {k: v for k, v in found.items() if v} if skip_empty else found

    def close(self) -> None:
        """Close the document (its pages must be closed first)."""
        if self.raw:
            FPDF_CloseDocument(self.raw)
            self.raw = None


class PdfPage:
    """An open page of a ``PdfDocument``; close it."""

    def __init__(self, raw: int, pdf: PdfDocument, index: int) -> None:
        self.raw: int | None = raw
        self.pdf = pdf
        self.index = index

    def get_width(self) -> float:
        return float(FPDF_GetPageWidthF(self.raw))

    def get_height(self) -> float:
        return float(FPDF_GetPageHeightF(self.raw))

    def get_textpage(self) -> PdfTextPage:
        raw = FPDFText_LoadPage(self.raw)
        if not raw:
            raise PdfiumError("Failed to load text page.")
        return PdfTextPage(raw)

    def render(self, **options: Any) -> Any:
        """``pypdfium2.PdfPage.render`` of this page (for OCR): pypdfium2 opens the
        document again and renders the page; the bitmap's pixels are copied so that
        nothing of pypdfium2's stays open."""
        import pypdfium2

        pdf = pypdfium2.PdfDocument(self.pdf.data)
        try:
            page = pdf[self.index]
            try:
                bitmap = page.render(**options)
                try:
                    return _Bitmap(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            pdf.close()

    def close(self) -> None:
        if self.raw:
            FPDF_ClosePage(self.raw)
            self.raw = None


class _Bitmap:
    """A rendered page's pixels (``width``, ``height``, ``stride``, ``buffer``)."""

    def __init__(self, width: int, height: int, stride: int, buffer: bytes) -> None:
        self.width, self.height, self.stride, self.buffer = width, height, stride, buffer

    def close(self) -> None:
        """Nothing to free (the pixels are a copy)."""


class PdfTextPage:
    """The text layer of an open page; close it before its page."""

    def __init__(self, raw: int) -> None:
        self.raw: int | None = raw

    def count_chars(self) -> int:
        count = int(FPDFText_CountChars(self.raw))
        if count == -1:
            raise PdfiumError("Failed to get character count.")
        return count

    def _active_range(
        self, c_start: int, c_end: int, l_passive: int = 0, r_passive: int = 0
    ) -> tuple[int, int, int, int] | None:
        """``pypdfium2``'s range of characters pdfium puts in the text (some it leaves out)."""
        while True:
            if c_start > c_end:
                return None
            t_start = FPDFText_GetTextIndexFromCharIndex(self.raw, c_start)
            if t_start == -1:
                c_start, l_passive = c_start + 1, l_passive + 1
                continue
            t_end = FPDFText_GetTextIndexFromCharIndex(self.raw, c_end)
            if t_end == -1:
                c_end, r_passive = c_end - 1, r_passive + 1
                continue
            return t_start, t_end, l_passive, r_passive

    def get_text_range(self, index: int = 0, count: int = -1, errors: str = "ignore") -> str:
        """The text of ``count`` characters from ``index`` (``pypdfium2``'s method)."""
        if count == -1:
            count = self.count_chars() - index
        active = self._active_range(index, index + count - 1)
        if not active:
            return ""
        t_start, t_end, l_passive, r_passive = active
        index += l_passive
        count -= l_passive + r_passive
        in_count = t_end + 2 - t_start  # with the closing NUL
        buffer = (c_ushort * in_count)()
        out_count = FPDFText_GetText(self.raw, index, count, buffer)
        return str(decode(memoryview(buffer)[: out_count - 1], "utf-16-le", errors))

    def close(self) -> None:
        if self.raw:
            FPDFText_ClosePage(self.raw)
            self.raw = None
