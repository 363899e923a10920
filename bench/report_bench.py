"""Report figures on a large synthetic run: time to read the tables and write the page,
and the page's size.

Writes N made-up contracts (each with 3 documents, 12 signatories, 5 axes, 20 actions,
an amendment, 40 evidence rows; one source in 20 failed, one in 10 warned) with the
real table writer into a temporary folder, then times ``cls-pipeline report`` on it in
a fresh process (start-up and imports included).

    .venv/bin/python bench/report_bench.py [N]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.tables import write_tables
from pipeline.tables.schema import TABLES_BY_NAME

REGIONS = ("Bretagne", "Grand Est", "Occitanie", "Normandie", "Hauts-de-France", "Corse")
TYPES = ("ARS", "COMMUNE", "CPAM", "CAF", "HOSPITAL", "ASSOCIATION", "DEPARTEMENT", "EPCI")


def _row(table: str, **values: Any) -> dict[str, Any]:
    return {name: values.get(name) for name in TABLES_BY_NAME[table].column_names}


def synthetic(n: int) -> dict[str, list[dict[str, Any]]]:
    """Every table of ``n`` made-up contracts (see the module docstring)."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES_BY_NAME}
    for i in range(n):
        cid = f"territoire-{i:05d}-{2012 + i % 12}"
        start = 2012 + i % 12
        docs = [f"doc-{i:05d}-{k}" for k in range(3)]
        tables["contracts"].append(
            _row(
                "contracts",
                contract_id=cid,
                territory=f"Territoire {i}",
                lead_body=f"Ville {i}" if i % 4 else None,
                generation=1 + i % 3 if i % 2 else None,
                period_start=start if i % 9 else None,
                period_end=start + 4 if i % 9 else None,
                signed_on=date(start, 1 + i % 12, 1 + i % 28) if i % 3 else None,
                n_amendments=1,
                n_axes=5,
                n_actions=20 if i % 5 else None,
                n_signatories=12,
                n_documents=3,
                n_conflicts=0,
                geo_match="commune_name" if i % 7 else "unmatched",
                geo_vintage="synthetic",
            )
        )
        for k, doc in enumerate(docs):
            tables["documents"].append(
                _row(
                    "documents",
                    document_id=doc,
                    source=f"https://example.org/{doc}",
                    kind="html",
                    source_class="web_page",
                    sha256="0" * 64,
                    is_cls=True,
                    contract_id=cid,
                    contract_match="territory+period",
                    preference=k + 1,
                )
            )
            if (3 * i + k) % 20 == 0:
                tables["errors"].append(
                    _row(
                        "errors",
                        source=f"https://example.org/{doc}.pdf",
                        stage="fetch",
                        error_no=1,
                        message="HTTP 404 Not Found",
                    )
                )
            if (3 * i + k) % 10 == 1:
                tables["errors"].append(
                    _row(
                        "errors",
                        source=f"https://example.org/{doc}",
                        stage="warning",
                        error_no=1,
                        document_id=doc,
                        message="no text on page 2",
                    )
                )
        tables["contract_ars_regions"].append(
            _row(
                "contract_ars_regions",
                contract_id=cid,
                region_no=1,
                ars_region=REGIONS[i % len(REGIONS)],
                document_id=docs[0],
            )
        )
        for k in range(12):
            oid = f"org-{i:05d}-{k}"
            tables["organisations"].append(
                _row("organisations", organisation_id=oid, name=oid, type=TYPES[k % len(TYPES)])
            )
            tables["contract_organisations"].append(
                _row(
                    "contract_organisations",
                    contract_id=cid,
                    organisation_id=oid,
                    role="signatory",
                    name_as_written=oid,
                    list_no=k + 1,
                    document_id=docs[0],
                )
            )
        for k in range(5):
            tables["axes"].append(
                _row("axes", contract_id=cid, axis_no=k + 1, title=f"Axe {k}", document_id=docs[0])
            )
        for k in range(20):
            tables["actions"].append(
                _row(
                    "actions",
                    contract_id=cid,
                    action_no=k + 1,
                    title=f"Action {k}",
                    document_id=docs[0],
                )
            )
        tables["amendments"].append(
            _row(
                "amendments",
                contract_id=cid,
                amendment_no=1,
                extends_to_year=start + 5,
                document_id=docs[0],
            )
        )
        for k in range(40):
            tables["evidence"].append(
                _row(
                    "evidence",
                    document_id=docs[k % 3],
                    field="organisations",
                    item_no=k,
                    contract_id=cid,
                    value=f"value {k}",
                    chosen=k % 3 == 0,
                    snippet="une phrase du document " * 4,
                    extractor="bench",
                    provenance="extractor",
                )
            )
    return tables


def main(n: int) -> None:
    """Write ``n`` synthetic contracts, time the report and print its size."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "tables"
        write_tables(synthetic(n), folder)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline", "report", str(folder)], check=True)
        elapsed = time.perf_counter() - started
        size = (folder / "report.html").stat().st_size
        csv_size = sum(p.stat().st_size for p in folder.glob("*.csv"))
        print(
            f"{n} contracts ({csv_size / 1e6:.1f} MB of CSV): report in {elapsed:.2f}s, "
            f"{size / 1e3:.0f} kB"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
