# Two entry points for a fresh machine: `make demo` (the batch on the samples) and
# `make test` (lint, types and tests). Both create .venv and install the project first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo report notebook test install lint typecheck pytest bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/cls-pipeline run data/raw/samples --out data/processed

report: $(STAMP)
	$(BIN)/cls-pipeline report data/processed

notebook: $(STAMP)
	$(BIN)/jupyter execute notebooks/explore_cls.ipynb

lint: $(STAMP)
	$(BIN)/ruff check pipeline extractors tests bench scripts
	$(BIN)/ruff format --check pipeline extractors tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q -n auto

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache
