"""The output tables declared once: columns, types, keys, descriptions and examples.

What: one ``TableSchema`` per table. Every writer reads these declarations: the CSV header
and the Parquet schema, the DuckDB ``CREATE TABLE`` (primary and foreign keys), the
Frictionless Table Schemas of ``datapackage.json`` and the data dictionary in the docs.

Why: a column described in one place cannot drift between formats; a test renders the
dictionary and compares it with ``docs/data-dictionary.md``.

Types are Frictionless Table Schema types: ``string``, ``integer``, ``number``, ``boolean``,
``date`` (ISO ``YYYY-MM-DD``) and ``datetime`` (UTC, ISO ``YYYY-MM-DDTHH:MM:SSZ``). A missing
value is an empty CSV cell and a null in Parquet and DuckDB.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from pipeline.model import ORG_TYPES, RECORD_FIELDS

ColumnType = Literal["string", "integer", "number", "boolean", "date", "datetime"]

CONTRACT_MATCHES: Final = (
    "territory+period",
    "territory+generation",
    "territory_only",
    "ambiguous",
    "no_territory",
    "not_cls",
    "no_record",
)
GEO_LEVELS: Final = ("commune", "epci", "departement", "region")
GEO_MATCHES: Final = (
    "alias",
    "alias_within",
    *(f"{level}_name{suffix}" for level in GEO_LEVELS for suffix in ("", "+ars_region")),
    "ambiguous",
    "unmatched",
)
SOURCE_CLASSES: Final = ("contract_pdf", "web_page", "text")
EVIDENCE_FIELDS: Final = (*tuple(f for f in RECORD_FIELDS if f != "id"), "actions")


@dataclass(frozen=True, slots=True)
class Column:
    """One column: name, type, meaning, an example value (as written in the CSV file)."""

    name: str
    type: ColumnType
    description: str
    example: str
    required: bool = False
    enum: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class ForeignKey:
    """Columns of this table that refer to the primary key of another table."""

    columns: tuple[str, ...]
    table: str
    ref_columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TableSchema:
    """A table: its columns in order, primary key, foreign keys and what one row is."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()

    @property
    def column_names(self) -> list[str]:
        """Column names in file order."""
        return [c.name for c in self.columns]

    @property
    def columns_by_name(self) -> dict[str, Column]:
        """Each column under its name."""
        return {c.name: c for c in self.columns}


def _fk(column: str, table: str, ref: str | None = None) -> ForeignKey:
    return ForeignKey((column,), table, (ref or column,))


_CONTRACT_FK = _fk("contract_id", "contracts")
_DOCUMENT_FK = _fk("document_id", "documents")


def _contract_id(description: str = "The contract (see `contracts`).") -> Column:
    return Column("contract_id", "string", description, "reims-51454-2018", required=True)


def _document_id(description: str, required: bool = False) -> Column:
    return Column("document_id", "string", description, "reims-cls2", required=required)


CONTRACTS = TableSchema(
    name="contracts",
    description=(
        "One row per Contrat Local de Santé. The documents describing the same contract "
        "(same territory, compatible period and generation) are merged; each field takes the "
        "value of the most trusted document that states it (signed contract PDF, then web "
        "page, then text or press article), and every disagreement is kept in `conflicts` "
        "and `evidence`."
    ),
    columns=(
        Column(
            "contract_id",
            "string",
            "Stable identifier from the territory (official name and code when linked, else "
            "its normalised name) and the first year of the period (else `g` + generation, "
            "else `undated`); not from row order. A `-2`, `-3` suffix separates contracts "
            "that would get the same identifier.",
            "reims-51454-2018",
            required=True,
        ),
        Column(
            "territory",
            "string",
            "The territory as the preferred document names it.",
            "Reims",
            required=True,
        ),
        Column(
            "lead_body",
            "string",
            "The local authority carrying the contract with the ARS; several carriers are "
            "joined with ` et `.",
            "Ville de Reims",
        ),
        Column("generation", "integer", "1 for a first contract, 2 for a second, ...", "2"),
        Column("period_start", "integer", "First year the contract covers.", "2018"),
        Column(
            "period_end",
            "integer",
            "Last year the contract covers, after any extension: the latest year its "
            "documents state (a signed contract predates its amendments).",
            "2022",
        ),
        Column("signed_on", "date", "Day the contract itself was signed.", "2017-07-11"),
        Column(
            "n_amendments",
            "integer",
            "Number of amendments (avenants, extensions) listed in `amendments`.",
            "1",
            required=True,
        ),
        Column(
            "latest_amendment_signed_on",
            "date",
            "Signature date of the latest amendment (the one with the latest date).",
            "2022-03-10",
        ),
        Column(
            "latest_amendment_extends_to",
            "date",
            "Date the latest amendment extends the contract to, when given as a full date.",
            "2022-07-11",
        ),
        Column(
            "latest_amendment_extends_to_year",
            "integer",
            "Year the latest amendment extends the contract to (also when only the year is given).",
            "2022",
        ),
        Column("n_axes", "integer", "Number of axes the documents state or list.", "5"),
        Column("n_actions", "integer", "Number of actions (fiches actions) stated.", "34"),
        Column(
            "n_signatories",
            "integer",
            "Number of signatories stated (or counted from an explicit list).",
            "9",
        ),
        Column(
            "n_documents",
            "integer",
            "Number of documents merged into this row (see `documents.contract_id`).",
            "2",
            required=True,
        ),
        Column(
            "n_conflicts",
            "integer",
            "Number of rows of `conflicts` for this contract (0: all documents agree).",
            "0",
            required=True,
        ),
        Column(
            "geo_level",
            "string",
            "Level of the official unit the territory was linked to; null when unmatched. "
            "With `geo_match` = `alias_within` the territory lies within that unit (e.g. a "
            "Pays inside a département) rather than being it.",
            "commune",
            enum=GEO_LEVELS,
        ),
        Column(
            "geo_match",
            "string",
            "How the territory was linked to official codes: `alias` (hand-written alias "
            "naming the unit), `alias_within` (alias naming the unit that contains it), "
            "`commune_name`, `epci_name`, `departement_name`, `region_name` (the only unit "
            "of that name), `...+ars_region` (homonyms told apart by the region of the ARS "
            "party), `ambiguous` (several units bear the name: no code is given) or "
            "`unmatched`.",
            "commune_name",
            required=True,
            enum=GEO_MATCHES,
        ),
        Column(
            "insee_code",
            "string",
            "INSEE code of the commune (Code officiel géographique).",
            "51454",
        ),
        Column(
            "epci_siren",
            "string",
            "SIREN of the EPCI à fiscalité propre: the territory itself, or the one its "
            "commune belongs to.",
            "200067213",
        ),
        Column(
            "departement_code",
            "string",
            "Code of the département; null when the territory spans several.",
            "51",
        ),
        Column(
            "region_code",
            "string",
            "INSEE code of the région; null when the territory spans several.",
            "44",
        ),
        Column(
            "geo_vintage",
            "string",
            "The official geography the codes come from (package and version).",
            "@etalab/decoupage-administratif@6.0.0",
            required=True,
        ),
    ),
    primary_key=("contract_id",),
)

DOCUMENTS = TableSchema(
    name="documents",
    description="One row per document read (web page, press article, PDF...), linked to "
    "its contract when it describes one.",
    columns=(
        Column(
            "document_id",
            "string",
            "The document's file name without extension, or a slug of its URL; a hash of "
            "the source is appended when two sources would get the same id.",
            "reims-cls2",
            required=True,
        ),
        Column(
            "source",
            "string",
            "The path or URL as given to the batch.",
            "data/raw/samples/reims-cls2.html",
            required=True,
        ),
        Column(
            "final_url",
            "string",
            "URL after redirects (null for local files).",
            "https://www.reims.fr/contrat-local-de-sante",
        ),
        Column(
            "kind", "string", "Format read.", "html", required=True, enum=("html", "pdf", "txt")
        ),
        Column(
            "source_class",
            "string",
            "Class used to prefer one document over another (`contract_pdf` > `web_page` > "
            "`text`, such as a press article).",
            "web_page",
            required=True,
            enum=SOURCE_CLASSES,
        ),
        Column(
            "sha256",
            "string",
            "SHA-256 of the raw bytes (the name of the raw file in the store).",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            required=True,
        ),
        Column("pages", "integer", "Number of pages (PDF only).", "12"),
        Column("title", "string", "Title of the web page.", "Contrat local de santé - Reims"),
        Column("published_on", "date", "Publication date the page states.", "2022-03-14"),
        Column("modified_on", "date", "Last update date the page states.", "2023-01-05"),
        Column(
            "fetched_at",
            "datetime",
            "When the bytes were fetched (UTC); null for local files or when unknown.",
            "2025-02-01T10:15:00Z",
        ),
        Column(
            "found_on",
            "string",
            "The page on which the ingest stage discovered this document (null when it was "
            "given as a source).",
            "https://www.ville-exemple.fr/contrat-local-de-sante",
        ),
        Column(
            "is_cls",
            "boolean",
            "Whether the document is about a CLS (null when extraction failed).",
            "true",
        ),
        Column(
            "contract_id",
            "string",
            "The contract this document describes; null when not linked (see `contract_match`).",
            "reims-51454-2018",
        ),
        Column(
            "contract_match",
            "string",
            "How the document was linked: `territory+period` (same territory, overlapping "
            "period), `territory+generation` (no period, same generation), `territory_only` "
            "(no period nor generation: the only contract of its territory); or why it was "
            "not: `ambiguous` (several contracts fit), `no_territory`, `not_cls`, `no_record` "
            "(extraction failed).",
            "territory+period",
            required=True,
            enum=CONTRACT_MATCHES,
        ),
        Column(
            "preference",
            "integer",
            "Rank of the document among its contract's documents (1: the most trusted).",
            "1",
        ),
    ),
    primary_key=("document_id",),
    foreign_keys=(_CONTRACT_FK,),
)

CONTRACT_ARS_REGIONS = TableSchema(
    name="contract_ars_regions",
    description="The Agences Régionales de Santé that are parties to a contract, one row "
    "each, by region.",
    columns=(
        _contract_id(),
        Column(
            "region_no", "integer", "Position in the document's list (from 1).", "1", required=True
        ),
        Column(
            "ars_region",
            "string",
            "Region of the ARS as written in the record (official name; `?` when an ARS is a "
            "party but its region is not named).",
            "Grand Est",
            required=True,
        ),
        Column(
            "region_code",
            "string",
            "INSEE code of the région when `ars_region` is an official région name.",
            "44",
        ),
        _document_id("The document the list was taken from.", required=True),
    ),
    primary_key=("contract_id", "region_no"),
    foreign_keys=(_CONTRACT_FK, _DOCUMENT_FK),
)

ORGANISATIONS = TableSchema(
    name="organisations",
    description="One row per distinct institution. Bodies of which there is one per place "
    "(ARS, région, département, commune, préfecture, CPAM, CAF, CCAS) are one row per type "
    "and place across contracts; other bodies are told apart by name too; a body named "
    "without a place is kept apart per contract (`scope_contract_id`), as two contracts' "
    "'CAF' are not known to be the same CAF.",
    columns=(
        Column(
            "organisation_id",
            "string",
            "Stable identifier from the type, place and (where needed) name.",
            "ars-grand-est",
            required=True,
        ),
        Column(
            "name",
            "string",
            "A name of the institution as written (from the first contract naming it).",
            "L'Agence Régionale de Santé Grand Est",
            required=True,
        ),
        Column("type", "string", "Type of institution.", "ARS", required=True, enum=ORG_TYPES),
        Column("place", "string", "Geographic qualifier as written.", "Grand Est"),
        Column(
            "place_level",
            "string",
            "Level of the official unit `place` names, when it names exactly one.",
            "region",
            enum=GEO_LEVELS,
        ),
        Column("place_code", "string", "Official code of that unit.", "44"),
        Column(
            "scope_contract_id",
            "string",
            "Set when the body is named without a place: this row stands for it within "
            "that contract only.",
            "reims-51454-2018",
        ),
    ),
    primary_key=("organisation_id",),
    foreign_keys=(_fk("scope_contract_id", "contracts", "contract_id"),),
)

CONTRACT_ORGANISATIONS = TableSchema(
    name="contract_organisations",
    description="Which institution signs or partners which contract (from the list of the "
    "most trusted document that has one).",
    columns=(
        _contract_id(),
        Column("organisation_id", "string", "The institution.", "ars-grand-est", required=True),
        Column(
            "role",
            "string",
            "`signatory` or `partner`.",
            "signatory",
            required=True,
            enum=("signatory", "partner"),
        ),
        Column(
            "name_as_written",
            "string",
            "The name in this contract's document.",
            "L'Agence Régionale de Santé Grand Est",
            required=True,
        ),
        Column(
            "list_no", "integer", "Position in the document's list (from 1).", "2", required=True
        ),
        _document_id("The document the list was taken from.", required=True),
    ),
    primary_key=("contract_id", "organisation_id"),
    foreign_keys=(
        _CONTRACT_FK,
        _fk("organisation_id", "organisations"),
        _DOCUMENT_FK,
    ),
)

AXES = TableSchema(
    name="axes",
    description="The axes of a contract's programme, in document order.",
    columns=(
        _contract_id(),
        Column("axis_no", "integer", "Position of the axis (from 1).", "1", required=True),
        Column(
            "title",
            "string",
            "Title without its numbering.",
            "Environnement favorable à la santé",
            required=True,
        ),
        _document_id("The document the list was taken from.", required=True),
    ),
    primary_key=("contract_id", "axis_no"),
    foreign_keys=(_CONTRACT_FK, _DOCUMENT_FK),
)

ACTIONS = TableSchema(
    name="actions",
    description="The actions (fiches actions) of a contract when a document lists them.",
    columns=(
        _contract_id(),
        Column("action_no", "integer", "Position of the action (from 1).", "7", required=True),
        Column(
            "axis_no",
            "integer",
            "Position of its axis in `axes` when the document says (not derived from `number`).",
            "2",
        ),
        Column("number", "string", "Number as written.", "2.3"),
        Column("title", "string", "Title of the action.", "Prévenir les addictions"),
        Column("pilot", "string", "The body that pilots it, as written.", "CPAM de la Marne"),
        Column(
            "pilot_type",
            "string",
            "Organisation type of the pilot, when its name says it.",
            "CPAM",
            enum=ORG_TYPES,
        ),
        Column(
            "partners",
            "string",
            "Its partners as written, joined by ` ; ` (a partner holds no ` ; `).",
            "MSA ; communes du territoire",
        ),
        Column("public", "string", "Its target public, as written.", "Jeunes de 12 à 25 ans"),
        Column("start_year", "integer", "First year of its calendar.", "2025"),
        Column("end_year", "integer", "Last year of its calendar.", "2028"),
        Column("budget_eur", "number", "Its budget in euros (the first amount written).", "18000"),
        Column(
            "budget_per_year",
            "boolean",
            'True when the budget is an amount per year ("par an").',
            "true",
        ),
        Column(
            "indicators",
            "string",
            "Its evaluation indicators as written, joined by ` ; `.",
            "Nombre de participants ; taux de satisfaction",
        ),
        _document_id("The document the list was taken from.", required=True),
    ),
    primary_key=("contract_id", "action_no"),
    foreign_keys=(_CONTRACT_FK, _DOCUMENT_FK),
)

AMENDMENTS = TableSchema(
    name="amendments",
    description="Amendments (avenants) and extensions of a contract.",
    columns=(
        _contract_id(),
        Column("amendment_no", "integer", "Position in the document (from 1).", "1", required=True),
        Column("signed_on", "date", "Signature date of the amendment.", "2022-03-10"),
        Column("extends_to", "date", "Date the contract is extended to.", "2022-07-11"),
        Column(
            "extends_to_year",
            "integer",
            "Year the contract is extended to (also when only the year is given).",
            "2022",
        ),
        _document_id("The document the list was taken from.", required=True),
    ),
    primary_key=("contract_id", "amendment_no"),
    foreign_keys=(_CONTRACT_FK, _DOCUMENT_FK),
)

EVIDENCE = TableSchema(
    name="evidence",
    description="Every value read from every document, with where it was read. Values of "
    "all documents are kept; `chosen` marks those the contract row took.",
    columns=(
        _document_id("The document the value was read from.", required=True),
        Column(
            "field",
            "string",
            "Field of the CLS record.",
            "period_start",
            required=True,
            enum=EVIDENCE_FIELDS,
        ),
        Column(
            "item_no",
            "integer",
            "Position of the item in a list field (from 1); 0 for a single-valued field.",
            "0",
            required=True,
        ),
        Column(
            "contract_id",
            "string",
            "The contract of the document (null when the document is not linked).",
            "reims-51454-2018",
        ),
        Column(
            "value",
            "string",
            "The value as text: numbers in digits, dates in ISO form; an organisation, "
            "amendment or action as a JSON object.",
            "2018",
            required=True,
        ),
        Column(
            "chosen",
            "boolean",
            "Whether the contract row took this field from this document.",
            "true",
            required=True,
        ),
        Column("page", "integer", "Page of the document (PDF).", "3"),
        Column(
            "char_start",
            "integer",
            "Start offset of the snippet in the document text (`cls-pipeline text`).",
            "215",
        ),
        Column("char_end", "integer", "End offset of the snippet.", "241"),
        Column(
            "snippet",
            "string",
            "The text the value was read from.",
            "Il couvre donc les années 2018 à 2022",
        ),
        Column("extractor", "string", "Name of the extractor.", "period"),
        Column(
            "extractor_version",
            "string",
            "Version of the extractor (the cls-pipeline version when it states none).",
            "0.1.0",
        ),
        Column("rule", "string", "Rule of the extractor that matched.", "years_range"),
        Column("confidence", "number", "Confidence of the extractor (0 to 1).", "0.9"),
        Column(
            "provenance",
            "string",
            "Who set the value: `extractor` (read from the document), `sources` (the "
            "`territory` column of the sources file) or `analyst` (a row of the corrections "
            "file given to `cls-pipeline run --corrections`; where the extractor read the "
            "original value, if it did, stays in the columns above).",
            "extractor",
            required=True,
            enum=("extractor", "sources", "analyst"),
        ),
        Column(
            "original_value",
            "string",
            "The value the extractor read, kept when an analyst corrected or accepted it "
            "(null otherwise, and when the analyst added a value none was read for).",
            "2020",
        ),
    ),
    primary_key=("document_id", "field", "item_no"),
    foreign_keys=(_DOCUMENT_FK, _CONTRACT_FK),
)

CONFLICTS = TableSchema(
    name="conflicts",
    description="Disagreements between the documents of one contract: the value chosen "
    "and another document's different value. Strings are compared case-, accent- and "
    "punctuation-insensitively. For a list field, `chosen_value` holds the items only the "
    "chosen list has and `other_value` those only the other document's list has, as JSON "
    "arrays (`[]` when none); both lists whole when they differ only in order.",
    columns=(
        _contract_id(),
        Column("field", "string", "Field of the CLS record.", "period_end", required=True),
        Column("chosen_value", "string", "The value the contract row took.", "2022", required=True),
        Column(
            "chosen_document_id",
            "string",
            "The document it was taken from.",
            "reims-cls2",
            required=True,
        ),
        Column("other_value", "string", "The other document's value.", "2020", required=True),
        Column(
            "other_document_id",
            "string",
            "The document stating the other value.",
            "reims-presse",
            required=True,
        ),
    ),
    primary_key=("contract_id", "field", "other_document_id"),
    foreign_keys=(
        _CONTRACT_FK,
        _fk("chosen_document_id", "documents", "document_id"),
        _fk("other_document_id", "documents", "document_id"),
    ),
)

ERRORS = TableSchema(
    name="errors",
    description="Failures and warnings per source and stage (fetch, text, extract, warning, "
    "normalise); the batch goes on after each.",
    columns=(
        Column("source", "string", "The path or URL.", "data/raw/samples/x.pdf", required=True),
        Column("stage", "string", "Stage that failed or warned.", "text", required=True),
        Column(
            "error_no",
            "integer",
            "Position among the messages of this source and stage (from 1).",
            "1",
            required=True,
        ),
        _document_id("The document, when it was read."),
        Column("message", "string", "One-line message.", "empty file", required=True),
    ),
    primary_key=("source", "stage", "error_no"),
    foreign_keys=(_DOCUMENT_FK,),
)

TABLES: Final[tuple[TableSchema, ...]] = (
    CONTRACTS,
    DOCUMENTS,
    CONTRACT_ARS_REGIONS,
    CONTRACT_ORGANISATIONS,
    ORGANISATIONS,
    AXES,
    ACTIONS,
    AMENDMENTS,
    EVIDENCE,
    CONFLICTS,
    ERRORS,
)
"""Every table, in reading order (contracts first)."""

TABLES_BY_NAME: Final[dict[str, TableSchema]] = {t.name: t for t in TABLES}


def load_order() -> list[TableSchema]:
    """Tables ordered so that each comes after the tables its foreign keys refer to.

    ``documents`` refers to ``contracts`` only, so the order exists (no cycle).
    """
    done: list[TableSchema] = []
    pending = list(TABLES)
    while pending:
        for table in pending:
            refs = {fk.table for fk in table.foreign_keys} - {table.name}
            if refs <= {t.name for t in done}:
                done.append(table)
                pending.remove(table)
                break
        else:  # pragma: no cover - a cycle is a programming error caught by the tests
            raise RuntimeError(f"foreign keys form a cycle among {[t.name for t in pending]}")
    return done
