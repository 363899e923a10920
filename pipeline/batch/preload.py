"""What the pool's fork server loads once, before it forks the worker processes.

What: importing this module imports the extractors (their patterns are compiled at
import) and the text stage, builds the place-name index of the official geography
(35,000 names, about half a second), hashes the code files of the extractor fingerprint,
and runs one short generated contract through reading and extraction, so that what the
rules load on first use (patterns compiled when first asked for, the literals that gate
them, the geography's other indexes, the vocabularies) is loaded too. Nothing else: no
spaCy model (the warm-up contract needs none), no pandas, no thread.

Why: a forked worker inherits the fork server's memory, so each worker starts with
these ready instead of building them again; with two workers that is about a second of
CPU less per batch, on batches whose documents take a second or two each, and the
workers' first documents no longer pay the first-use costs (half a second each). Loading
the spaCy model here too would be shared the same way, but the model may start threads,
and forking a process with threads is unsafe, so it stays lazy in each worker.
"""

from __future__ import annotations

import extractors.assemble  # noqa: F401  (compiles the generic extractors' patterns)
from extractors import places
from pipeline.batch.worker import warm_up

places.lookup("Paris")  # builds and caches the place-name index

WARM_UP_TEXT = """Contrat local de santé de la Ville de Reims 2018-2022

Le présent contrat local de santé est conclu entre l'Agence régionale de santé Grand Est, \
la Ville de Reims et la Caisse primaire d'assurance maladie de la Marne. Il couvre la \
période du 1er janvier 2018 au 31 décembre 2022.

Axe 1 : Accès aux soins de premier recours

Fiche action n° 1 : Favoriser l'installation de professionnels de santé
Pilote : Ville de Reims
Partenaires : ARS Grand Est, CPAM de la Marne
Calendrier : 2019-2021

Fait à Reims, le 12 mars 2018, en trois exemplaires.
"""
"""A short contract read and extracted once here: only its first-use costs matter, and
every cache it fills is keyed by the text it holds."""


def _warm_up_extraction() -> None:
    from extractors import extract_with_territories
    from pipeline.text import read_bytes

    doc = read_bytes(WARM_UP_TEXT.encode("utf-8"), "warm-up", "warm-up.txt", "txt", "utf-8")
    extract_with_territories(doc)


warm_up()  # the stages' imports and the fingerprint's file hashes
_warm_up_extraction()
