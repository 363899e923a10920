"""Every limit the pipeline puts on one input, in one place.

What: sizes, counts, depths, time and memory that one document may use at each stage;
past a limit the document becomes one row of the errors table (or a warning) whose
message states the limit, and the batch goes on. The README's "Limits" section lists
them.

Why: real publications are messy and some files are broken or hostile (a PDF of
thousands of pages, a compressed stream that inflates to gigabytes, HTML nested
100,000 levels deep, an endless download). One pathological file must neither stop
the batch nor take all its time or memory. The module imports nothing, so any stage
(and the CLI) can read it cheaply.
"""

from __future__ import annotations

from typing import Final

MIB: Final = 1024 * 1024

# Ingest: bytes of one document, downloaded (``--max-mb``) or read from disk.
MAX_DOWNLOAD_BYTES: Final = 60 * MIB
MAX_FILE_BYTES: Final = MAX_DOWNLOAD_BYTES

# HTML: what is parsed at all, and how deep the walk of the content goes.
MAX_HTML_BYTES: Final = 10 * MIB
MAX_HTML_ELEMENTS: Final = 150_000
MAX_HTML_WALK_DEPTH: Final = 200  # deeper elements are read as plain text (a warning)

# Text copies (.txt), and the text of any document handed to the extractors (they take
# about 9 s per million characters).
MAX_TEXT_BYTES: Final = 10 * MIB
MAX_DOCUMENT_CHARS: Final = 5_000_000

# PDF: pages read, and the isolated reader's time and memory (``pipeline.text.isolate``).
MAX_PDF_PAGES: Final = 2000
PDF_TIME_LIMIT_S: Final = 300.0
PDF_MEMORY_LIMIT_BYTES: Final = 1024 * MIB  # address space of the reader process
PDF_CHILD_MAX_DOCUMENTS: Final = 200  # then a fresh reader process (not a limit on input)
