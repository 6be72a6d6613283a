# The two commands in the README are the contract: `make run` and `make test`, both from a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
export DJANGO_SETTINGS_MODULE ?= doortastend.settings.dev

.PHONY: run test setup setup-npm setup-browser migrate demo lint bench-triage bench-link bench-link-independent clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

$(NPM_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error && touch $(NPM_STAMP); \
	else echo "npm ontbreekt: de pagina's werken, maar zonder NL Design System-opmaak."; fi

setup: $(STAMP) $(NPM_STAMP)

# Debian's chromium for the real-browser end-to-end test (Playwright drives it; it never downloads a browser).
setup-browser:
	@bash scripts/ensure-chromium.sh

migrate: setup
	$(PY) manage.py migrate --noinput -v0

demo: migrate
	$(PY) manage.py load_demo

run: demo
	@$(PY) manage.py demo_logins
	$(PY) manage.py runserver 127.0.0.1:8000

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench

test: setup setup-browser lint
	DJANGO_SETTINGS_MODULE=doortastend.settings.test $(VENV)/bin/pytest -p no:cacheprovider $(PYTEST_ARGS)

bench-triage: setup
	$(PY) bench/triage_bench.py

bench-link: setup
	$(PY) bench/link_bench.py $(BENCH_ARGS)

# the eight generators written independently of ours and calibrated like the hidden benchmark (docs/linkage.md,
# fifth, sixth, tenth, twelfth, thirteenth and sixteenth round), 20,000 persons each
bench-link-independent: setup
	$(PY) bench/linkgen_febrl/run.py --persons 20000 --seed 1
	$(PY) bench/linkgen_scenario/run.py --persons 20000 --seed 1
	$(PY) bench/linkgen_faker/run.py --persons 20000 --seed 1
	$(PY) bench/linkgen_evalstyle/run.py --persons 20000 --seed 1
	$(PY) bench/linkgen_exports/run.py --persons 20000 --seed 1
	$(PY) bench/linkgen_lifecourse/run.py --persons 20000 --seed 1
	$(PY) bench/linkgen_frontline/run.py --persons 20000 --seed 1
	$(PY) bench/linkgen_sociaal/run.py --persons 20000 --seed 1

clean:
	rm -rf $(VENV) node_modules var .pytest_cache .ruff_cache
