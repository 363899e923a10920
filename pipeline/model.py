"""Typed records passed between the stages: documents, blocks, evidence, CLS records.

Every stage takes and returns these dataclasses; unknown fields are errors (dataclasses
reject unexpected keyword arguments), so a typo cannot silently add a column. They are
defined in ``pipeline.records`` (``document``: the text stage's; ``source``: a source
and its outcome; ``cls``: the CLS record and its parts), so that a light path (the PDF
reader, ``cls-pipeline text``) builds only those it uses; this module gathers them.
"""

from __future__ import annotations

from pipeline.records.cls import LIST_FIELDS as LIST_FIELDS
from pipeline.records.cls import ORG_TYPES as ORG_TYPES
from pipeline.records.cls import RECORD_FIELDS as RECORD_FIELDS
from pipeline.records.cls import SCALAR_FIELDS as SCALAR_FIELDS
from pipeline.records.cls import Action as Action
from pipeline.records.cls import Amendment as Amendment
from pipeline.records.cls import CLSRecord as CLSRecord
from pipeline.records.cls import Evidence as Evidence
from pipeline.records.cls import Finding as Finding
from pipeline.records.cls import Organisation as Organisation
from pipeline.records.cls import Role as Role
from pipeline.records.document import Block as Block
from pipeline.records.document import BlockKind as BlockKind
from pipeline.records.document import DocKind as DocKind
from pipeline.records.document import Document as Document
from pipeline.records.source import ErrorRow as ErrorRow
from pipeline.records.source import Link as Link
from pipeline.records.source import Listing as Listing
from pipeline.records.source import Outcome as Outcome
from pipeline.records.source import Source as Source
from pipeline.records.source import url_slug as url_slug
