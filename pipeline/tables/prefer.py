"""Which document to believe first when documents of one contract disagree.

The rule, in order:

1. the source class: a PDF (usually the signed contract or its official extract) before a
   web page (HTML) before a text file (press articles and copies of pages);
2. the more complete record (more fields stated): a page that lists the signatories knows
   more than a page that mentions the contract in passing;
3. the document id, so that ties are broken the same way on every run.

A contract's field takes the value of the first document in this order that states it;
the other documents' values stay in ``evidence`` and, when different, in ``conflicts``.

One field has its own rule (``LATEST_WINS``): ``period_end`` takes the latest year any
document states, the order above breaking ties. A contract's end only moves later, by
amendment, and the signed contract predates its amendments: the PDF's "2017-2020" is the
original period, the page's "jusqu'au 11 juillet 2022" the extended one.
"""

from __future__ import annotations

from typing import Final

from pipeline.model import LIST_FIELDS, SCALAR_FIELDS, CLSRecord

SOURCE_CLASS_OF_KIND: Final = {"pdf": "contract_pdf", "html": "web_page", "txt": "text"}
CLASS_RANK: Final = {"contract_pdf": 0, "web_page": 1, "text": 2}
LATEST_WINS: Final = frozenset({"period_end"})


def source_class(kind: str) -> str:
    """The class of a document from its format (see the module docstring)."""
    return SOURCE_CLASS_OF_KIND.get(kind, "text")


def completeness(record: CLSRecord) -> int:
    """Number of fields a record states (non-null scalars, non-empty lists)."""
    scalars = sum(1 for name in SCALAR_FIELDS if getattr(record, name) is not None)
    lists = sum(1 for name in LIST_FIELDS if getattr(record, name))
    return scalars + lists + (1 if record.actions else 0)


def preference_key(kind: str, record: CLSRecord, document_id: str) -> tuple[int, int, str]:
    """Sort key: smaller is more trusted."""
    return (CLASS_RANK[source_class(kind)], -completeness(record), document_id)
