# Two commands: `make demo` (set up, load the sample data, serve on http://127.0.0.1:8000) and
# `make test` (set up, run every test). Both are safe to run again: setup reruns only when
# pyproject.toml changes.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
STORE ?= $(CURDIR)/.partygraph/store
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test setup bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml api/static/package-lock.json tests/clients/package-lock.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	cd api/static && npm ci --no-audit --no-fund --loglevel=error
	cd tests/clients && npm ci --no-audit --no-fund --loglevel=error
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/partygraph demo --store '$(STORE)' --host $(HOST) --port $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .partygraph .pytest_cache
