"""Build the committed geography tables from the ``@etalab/decoupage-administratif`` npm package.

What: reads the package's ``data/{regions,departements,epci,communes}.json`` and writes compact,
deterministic CSV files (sorted rows, UTF-8, ``\\n`` line endings) plus ``meta.json`` into
``pipeline/geo/data/`` (or ``--out``).

Why: the pipeline needs an official reference for matching the territory names found in
"Contrats Locaux de Santé" publications (communes, EPCI, départements, régions). The npm
package is ~12 MB of JSON, so we keep only the columns the pipeline uses, in a form small enough
to commit, and record the package version (the "vintage") so the data can be rebuilt and audited.
Running the script twice on the same package yields byte-identical files: nothing depends on the
clock, the locale or dict ordering.

Usage::

    npm install --prefix /tmp/geo @etalab/decoupage-administratif
    python scripts/build_geography.py /tmp/geo/node_modules/@etalab/decoupage-administratif
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

PACKAGE_NAME = "@etalab/decoupage-administratif"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "pipeline" / "geo" / "data"
SOURCE_FILES = ("regions", "departements", "epci", "communes")
ACTUAL_COMMUNE = "commune-actuelle"
COMMUNES_SIZE_BUDGET = 2_500_000
# Columns of communes.csv that may be dropped (in this order) to stay under the size budget.
COMMUNE_DROPPABLE = ("population", "region_code")

JsonObject = dict[str, Any]
Row = tuple[str, ...]


def load_json_list(source: Path, name: str) -> list[JsonObject]:
    """Return the list stored in ``data/<name>.json`` of the package at ``source``."""
    data = json.loads((source / "data" / f"{name}.json").read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{name}.json: expected a JSON list")
    return data


def text(value: object) -> str:
    """Render a JSON scalar as a CSV cell (``None``/missing becomes the empty string)."""
    return "" if value is None else str(value)


def render_csv(header: Sequence[str], rows: Iterable[Row]) -> bytes:
    """Render a header and rows as UTF-8 CSV bytes with ``\\n`` line endings."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def region_rows(regions: Iterable[JsonObject]) -> list[Row]:
    """One row per région: code, official name, chef-lieu commune, zone (metro/drom/com)."""
    rows = [(r["code"], r["nom"], text(r.get("chefLieu")), text(r.get("zone"))) for r in regions]
    return sorted(rows)


def departement_rows(departements: Iterable[JsonObject]) -> list[Row]:
    """One row per département: code, official name, région code, chef-lieu, zone."""
    rows = [
        (d["code"], d["nom"], d["region"], text(d.get("chefLieu")), text(d.get("zone")))
        for d in departements
    ]
    return sorted(rows)


def actual_communes(communes: Iterable[JsonObject]) -> dict[str, JsonObject]:
    """Index current communes by INSEE code, leaving out déléguées, associées, arrondissements."""
    return {c["code"]: c for c in communes if c.get("type") == ACTUAL_COMMUNE}


def epci_membership(
    epcis: Iterable[JsonObject], communes: Mapping[str, JsonObject]
) -> dict[str, str]:
    """Map each member commune's INSEE code to its EPCI SIREN.

    Fails loudly if a member is not a current commune or belongs to two EPCI, so a new vintage
    that breaks these assumptions is noticed instead of silently producing wrong links.
    """
    membership: dict[str, str] = {}
    for epci in epcis:
        for member in epci["membres"]:
            insee = member["code"]
            if insee not in communes:
                raise ValueError(f"EPCI {epci['code']}: member {insee} is not a current commune")
            if insee in membership:
                raise ValueError(
                    f"commune {insee} is in EPCI {membership[insee]} and {epci['code']}"
                )
            membership[insee] = epci["code"]
    return membership


def epci_rows(epcis: Iterable[JsonObject], communes: Mapping[str, JsonObject]) -> list[Row]:
    """One row per EPCI, with the départements and régions derived from its member communes."""
    rows: list[Row] = []
    for epci in epcis:
        members = [communes[m["code"]] for m in epci["membres"]]
        departements = ";".join(sorted({c["departement"] for c in members}))
        regions = ";".join(sorted({c["region"] for c in members}))
        rows.append(
            (
                epci["code"],
                epci["nom"],
                epci["type"],
                departements,
                regions,
                text(epci.get("populationMunicipale")),
                text(epci.get("populationTotale")),
            )
        )
    return sorted(rows)


EPCI_HEADER = (
    "siren",
    "name",
    "type",
    "departement_codes",
    "region_codes",
    "population",
    "population_totale",
)
COMMUNE_HEADER = ("insee", "name", "departement_code", "region_code", "epci_siren", "population")


def commune_table(
    communes: Mapping[str, JsonObject], membership: Mapping[str, str]
) -> list[dict[str, str]]:
    """One record per current commune, keyed by the ``COMMUNE_HEADER`` column names."""
    return [
        {
            "insee": insee,
            "name": c["nom"],
            "departement_code": c["departement"],
            "region_code": c["region"],
            "epci_siren": membership.get(insee, ""),
            "population": text(c.get("population")),
        }
        for insee, c in sorted(communes.items())
    ]


def render_communes(records: Sequence[Mapping[str, str]], budget: int) -> bytes:
    """Render communes.csv, dropping optional columns (never rows) until it fits ``budget``."""
    header = list(COMMUNE_HEADER)
    droppable = list(COMMUNE_DROPPABLE)
    while True:
        content = render_csv(header, (tuple(r[k] for k in header) for r in records))
        if len(content) <= budget or not droppable:
            return content
        header.remove(droppable.pop(0))


def read_millesime(readme: str, version: str) -> str | None:
    """Return the year the package README associates with ``version`` (its "millésime" table)."""
    pattern = re.compile(rf"^\|\s*(\d{{4}})\s*\|\s*{re.escape(version)}\s*\|", re.MULTILINE)
    match = pattern.search(readme)
    return match.group(1) if match else None


def build_meta(source: Path, counts: Mapping[str, int]) -> bytes:
    """Describe the source package: name, version, millésime, source file hashes, row counts.

    The package carries no build or publication date, so none is recorded: the version and the
    README's millésime identify the vintage, and the SHA-256 of each source file pins it exactly.
    """
    package = json.loads((source / "package.json").read_text(encoding="utf-8"))
    if package.get("name") != PACKAGE_NAME:
        raise ValueError(f"{source} is not {PACKAGE_NAME} (found {package.get('name')!r})")
    readme_path = source / "README.md"
    readme = readme_path.read_text(encoding="utf-8") if readme_path.exists() else ""
    meta = {
        "package": PACKAGE_NAME,
        "version": package["version"],
        "millesime": read_millesime(readme, package["version"]),
        "source_sha256": {
            f"data/{name}.json": hashlib.sha256(
                (source / "data" / f"{name}.json").read_bytes()
            ).hexdigest()
            for name in SOURCE_FILES
        },
        "rows": dict(sorted(counts.items())),
    }
    return (json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def build(source: Path, budget: int = COMMUNES_SIZE_BUDGET) -> dict[str, bytes]:
    """Return the content of every output file, keyed by file name."""
    communes = actual_communes(load_json_list(source, "communes"))
    epcis = load_json_list(source, "epci")
    membership = epci_membership(epcis, communes)
    tables = {
        "regions.csv": render_csv(
            ("code", "name", "chef_lieu", "zone"), region_rows(load_json_list(source, "regions"))
        ),
        "departements.csv": render_csv(
            ("code", "name", "region_code", "chef_lieu", "zone"),
            departement_rows(load_json_list(source, "departements")),
        ),
        "epci.csv": render_csv(EPCI_HEADER, epci_rows(epcis, communes)),
        "communes.csv": render_communes(commune_table(communes, membership), budget),
    }
    counts = {name: content.count(b"\n") - 1 for name, content in tables.items()}
    return {**tables, "meta.json": build_meta(source, counts)}


def write_outputs(outputs: Mapping[str, bytes], out_dir: Path) -> None:
    """Write each output file as raw bytes (no newline translation) into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, content in sorted(outputs.items()):
        (out_dir / name).write_bytes(content)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the command line: the package directory and an optional output directory."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("source", type=Path, help=f"directory of the installed {PACKAGE_NAME}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the tables from the package and write them; print one line per file."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    outputs = build(args.source)
    write_outputs(outputs, args.out)
    for name, content in sorted(outputs.items()):
        print(f"{args.out / name}: {len(content)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
