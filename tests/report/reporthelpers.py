"""Helpers of the report tests: a small run written by hand (its rows; ``conftest``
writes them as real CSV, Parquet, DuckDB and datapackage files).

Two contracts and a third without any date: Reims (second generation, 2018-2022, two
amendments, ARS Grand Est, five axes, no action count), Rennes Métropole (2025-2030,
ARS region not named, 27 actions) and an undated Lorient. The errors table holds a fetch
failure and a warning, and one document is not about a CLS.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pipeline.tables.schema import TABLES_BY_NAME

REIMS = "reims-51454-2018"
RENNES = "rennes-metropole-243500139-2025"
LORIENT = "lorient-undated"


def rows(table: str, *items: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of ``table`` with every column: those not given are missing (``None``)."""
    names = TABLES_BY_NAME[table].column_names
    return [{name: item.get(name) for name in names} for item in items]


def contract(contract_id: str, territory: str, **values: Any) -> dict[str, Any]:
    base = {
        "contract_id": contract_id,
        "territory": territory,
        "n_amendments": 0,
        "n_documents": 1,
        "n_conflicts": 0,
        "geo_match": "unmatched",
        "geo_vintage": "@etalab/decoupage-administratif@6.0.0",
    }
    return {**base, **values}


def document(document_id: str, contract_id: str | None, **values: Any) -> dict[str, Any]:
    base = {
        "document_id": document_id,
        "source": f"corpus/{document_id}.html",
        "kind": "html",
        "source_class": "web_page",
        "sha256": "0" * 64,
        "is_cls": contract_id is not None,
        "contract_id": contract_id,
        "contract_match": "territory+period" if contract_id else "not_cls",
        "preference": 1 if contract_id else None,
    }
    return {**base, **values}


def member(contract_id: str, organisation_id: str, no: int, doc: str) -> dict[str, Any]:
    return {
        "contract_id": contract_id,
        "organisation_id": organisation_id,
        "role": "signatory",
        "name_as_written": organisation_id,
        "list_no": no,
        "document_id": doc,
    }


def small_tables() -> dict[str, list[dict[str, Any]]]:
    """Every table of the small run described in the module docstring."""
    return {
        "contracts": rows(
            "contracts",
            contract(LORIENT, "Lorient", lead_body="Ville de Lorient", geo_match="ambiguous"),
            contract(
                REIMS,
                "Reims",
                lead_body="Ville de Reims",
                generation=2,
                period_start=2018,
                period_end=2022,
                n_amendments=2,
                latest_amendment_signed_on=date(2022, 3, 10),
                n_axes=5,
                n_signatories=3,
                geo_match="commune_name",
                insee_code="51454",
            ),
            contract(
                RENNES,
                "Rennes Métropole",
                lead_body="Rennes Métropole",
                period_start=2025,
                period_end=2030,
                signed_on=date(2025, 2, 6),
                n_axes=5,
                n_actions=27,
                n_signatories=20,
                geo_match="epci_name",
            ),
        ),
        "documents": rows(
            "documents",
            document("lorient", LORIENT, contract_match="territory_only"),
            document("reims-cls2", REIMS),
            document("rennes-2025", RENNES),
            document("agenda", None),
        ),
        "contract_ars_regions": rows(
            "contract_ars_regions",
            {
                "contract_id": REIMS,
                "region_no": 1,
                "ars_region": "Grand Est",
                "region_code": "44",
                "document_id": "reims-cls2",
            },
            {
                "contract_id": RENNES,
                "region_no": 1,
                "ars_region": "?",
                "document_id": "rennes-2025",
            },
        ),
        "organisations": rows(
            "organisations",
            {"organisation_id": "ars-grand-est", "name": "ARS Grand Est", "type": "ARS"},
            {"organisation_id": "commune-reims", "name": "Ville de Reims", "type": "COMMUNE"},
            {"organisation_id": "caf-marne", "name": "CAF de la Marne", "type": "CAF"},
            {"organisation_id": "commune-rennes", "name": "Ville de Rennes", "type": "COMMUNE"},
            {"organisation_id": "chu-rennes", "name": "CHU de Rennes", "type": "HOSPITAL"},
        ),
        "contract_organisations": rows(
            "contract_organisations",
            member(REIMS, "ars-grand-est", 1, "reims-cls2"),
            member(REIMS, "caf-marne", 3, "reims-cls2"),
            member(REIMS, "commune-reims", 2, "reims-cls2"),
            member(RENNES, "chu-rennes", 2, "rennes-2025"),
            {**member(RENNES, "commune-rennes", 1, "rennes-2025"), "role": "partner"},
        ),
        "axes": rows(
            "axes",
            *(
                {
                    "contract_id": REIMS,
                    "axis_no": n,
                    "title": f"Axe {n}",
                    "document_id": "reims-cls2",
                }
                for n in range(1, 6)
            ),
        ),
        "actions": rows(
            "actions",
            {
                "contract_id": RENNES,
                "action_no": 1,
                "title": "Prévenir les addictions",
                "document_id": "rennes-2025",
            },
            {
                "contract_id": REIMS,
                "action_no": 1,
                "axis_no": 1,
                "number": "1.1",
                "title": "Former les aidants",
                "pilot": "CCAS de Reims",
                "pilot_type": "CCAS",
                "budget_eur": 12000.0,
                "budget_per_year": True,
                "document_id": "reims-cls2",
            },
            {
                "contract_id": REIMS,
                "action_no": 2,
                "axis_no": 1,
                "number": "1.2",
                "title": "Dépister les cancers",
                "pilot": "CPAM de la Marne",
                "pilot_type": "CPAM",
                "document_id": "reims-cls2",
            },
            {
                "contract_id": REIMS,
                "action_no": 3,
                "axis_no": 2,
                "number": "2.1",
                "title": "Ouvrir une permanence",
                "pilot": "CCAS de Reims",
                "pilot_type": "CCAS",
                "document_id": "reims-cls2",
            },
        ),
        "amendments": rows(
            "amendments",
            {
                "contract_id": REIMS,
                "amendment_no": 1,
                "extends_to_year": 2022,
                "document_id": "reims-cls2",
            },
            {
                "contract_id": REIMS,
                "amendment_no": 2,
                "signed_on": date(2022, 3, 10),
                "document_id": "reims-cls2",
            },
        ),
        "evidence": rows(
            "evidence",
            {
                "document_id": "reims-cls2",
                "field": "period_start",
                "item_no": 0,
                "contract_id": REIMS,
                "value": "2018",
                "chosen": True,
                "char_start": 10,
                "char_end": 40,
                "snippet": "couvre les années 2018 à 2022",
                "extractor": "period",
                "extractor_version": "0.1.0",
                "rule": "years_range",
                "confidence": 0.9,
                "provenance": "extractor",
            },
        ),
        "conflicts": rows("conflicts"),
        "errors": rows(
            "errors",
            {
                "source": "https://example.org/cls.pdf",
                "stage": "fetch",
                "error_no": 1,
                "message": "HTTP 404 Not Found",
            },
            {
                "source": "corpus/reims-cls2.html",
                "stage": "warning",
                "error_no": 1,
                "document_id": "reims-cls2",
                "message": "text layer <empty> on page 3",
            },
        ),
    }
