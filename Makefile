# Two commands: `make demo` (set up, load the sample data, serve on http://127.0.0.1:8000) and
# `make test` (set up, run every test). Both are safe to run again: setup reruns only when
# pyproject.toml or an npm lock file changes. `make bench` runs every benchmark (see BENCHMARKS.md).

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
	@command -v wrk >/dev/null || { echo "bench/sparql_endpoints.py needs wrk: apt-get install wrk"; exit 1; }
	$(BIN)/python bench/bulk_load.py --out docs/benchmarks/bulk-load.md
	$(BIN)/python bench/structured_load.py --out docs/benchmarks/structured.md
	$(BIN)/python bench/text_throughput.py  # prints its table: docs/benchmarks/text.md is written by hand around it
	$(BIN)/python bench/influence.py --out docs/benchmarks/influence.md
	$(BIN)/python bench/sparql_endpoints.py --out docs/benchmarks/http.md
	$(BIN)/python bench/http_resources.py --out docs/benchmarks/http-resources.md

clean:
	rm -rf $(VENV) .partygraph .pytest_cache
