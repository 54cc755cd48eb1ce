# The front door. `make run` and `make test` are all a newcomer needs.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
BENCH_SIZE ?= 10000

.DEFAULT_GOAL := help
.PHONY: help install run demo browser test lint format messages search-engine search-engine-stop bench backup restore mutation

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-20s %s\n", $$1, $$2}'

# Development and tests install requirements-dev.lock (the production lock plus the dev
# extra: pytest, Playwright, ruff, hypothesis); production installs requirements.lock.
$(VENV)/.installed: requirements-dev.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Fant ikke $(PYTHON). Installer Python 3.11." >&2; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@# uv (from PyPI) installs the lock in parallel: several times faster than pip.
	$(PY) -m pip install --quiet --disable-pip-version-check uv==0.13.9
	$(VENV)/bin/uv pip install --quiet --python $(PY) -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed  ## Create .venv and install the locked dependencies (requirements-dev.lock)

run: install  ## Set up the database, load the demo when empty, and serve it
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo --if-empty
	@echo "Portalen kjører på http://$(HOST):$(PORT)/ (Ctrl+C for å stoppe)"
	$(MANAGE) runserver $(HOST):$(PORT)

demo: install  ## (Re)load the demo content into the dev database
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo

CHROMIUM ?= /usr/bin/chromium
AXE_JS := tests/e2e/node_modules/axe-core/axe.min.js

browser:  ## Install what the browser tests (tests/e2e) need when missing: Debian's Chromium (needs root) and axe-core from npm; under CI=true, failing to is an error
	@if [ -x "$(CHROMIUM)" ]; then \
		:; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	else \
		echo "Merk: $(CHROMIUM) mangler, så nettlesertestene (tests/e2e) hoppes over." >&2; \
		echo "      Installer med: sudo apt-get install -y chromium" >&2; \
	fi
	@# axe-core, the exact version in tests/e2e/package-lock.json (npm from Debian if needed).
	@if [ -f "$(AXE_JS)" ]; then \
		:; \
	elif command -v npm >/dev/null; then \
		npm ci --prefix tests/e2e --no-audit --no-fund; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends npm \
			&& npm ci --prefix tests/e2e --no-audit --no-fund; \
	else \
		echo "Merk: npm mangler, så tilgjengelighetstestene (axe) hoppes over." >&2; \
		echo "      Installer med: sudo apt-get install -y npm, og kjør make browser" >&2; \
	fi
	@# CI must run the browser and axe tests: a missing piece is an error there.
	@if [ "$${CI:-}" = true ]; then \
		missing=0; \
		[ -x "$(CHROMIUM)" ] || { echo "Feil (CI): Chromium mangler ($(CHROMIUM)); nettlesertestene kan ikke kjøres." >&2; missing=1; }; \
		[ -f "$(AXE_JS)" ] || { echo "Feil (CI): axe-core mangler ($(AXE_JS)); tilgjengelighetstestene kan ikke kjøres." >&2; missing=1; }; \
		exit $$missing; \
	fi

test: install browser  ## Run the whole test suite, browser tests included (set DATABASE_URL / SEARCH_BACKEND for other configurations)
	CHROMIUM_PATH=$(CHROMIUM) $(PY) -m pytest

lint: install  ## ruff, Django's system checks and the migrations check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.production ALLOWED_HOSTS=portal.example.no \
		SECRET_KEY=make-lint-deploy-check-only-0123456789-abcdefghijklmnopq \
		$(MANAGE) check --deploy --fail-level WARNING

backup: install  ## Back up the database and uploaded files into backups/<timestamp>/
	$(MANAGE) backup

restore: install  ## Restore a backup into an empty database: make restore BACKUP=backups/<timestamp> [FORCE=1]
	@test -n "$(BACKUP)" || { echo "Bruk: make restore BACKUP=backups/<tidsstempel> [FORCE=1]" >&2; exit 1; }
	$(MANAGE) restore "$(BACKUP)" $(if $(FORCE),--force)

format: install  ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: install  ## Update and compile the Norwegian translations (needs gettext)
	$(MANAGE) makemessages -l nb --ignore=.venv --ignore=static_collected
	$(MANAGE) compilemessages --ignore=.venv

search-engine:  ## Build and start a real OpenSearch node on 127.0.0.1:9200 (Java 17 + Maven)
	bash search/engine/start.sh

search-engine-stop:  ## Stop the search engine started by `make search-engine`
	bash search/engine/stop.sh

bench: install  ## Generated content (BENCH_SIZE measures, 10000): search and page timings per backend
	$(MANAGE) bench --size $(BENCH_SIZE)

# Mutation testing: mutmut, pinned in pyproject's "mutation" extra, in a venv of its
# own (.venv-mutation: the dev lock plus mutmut), so .venv stays as locked.
MUTATION_VENV := .venv-mutation
MUTMUT_PIN = $(shell sed -n 's/^mutation = \["\(mutmut==[^"]*\)"\]$$/\1/p' pyproject.toml)
MUTANTS ?=

$(MUTATION_VENV)/.installed: requirements-dev.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Fant ikke $(PYTHON). Installer Python 3.11." >&2; exit 1; }
	@test -n "$(MUTMUT_PIN)" || { echo "Fant ikke mutmut-versjonen i pyproject.toml." >&2; exit 1; }
	test -x $(MUTATION_VENV)/bin/python || $(PYTHON) -m venv $(MUTATION_VENV)
	$(MUTATION_VENV)/bin/python -m pip install --quiet --disable-pip-version-check uv==0.13.9
	$(MUTATION_VENV)/bin/uv pip install --quiet --python $(MUTATION_VENV)/bin/python -r requirements-dev.lock "$(MUTMUT_PIN)"
	touch $@

mutation: $(MUTATION_VENV)/.installed  ## Mutation testing (mutmut) of the modules that decide who sees what; one module: make mutation MUTANTS='portal.saved.*' (slow; not part of CI)
	@# A fresh file-based test database per make run (migrations may have changed);
	@# every mutant's test run in this make run reuses it.
	rm -f mutants/mutation-test.sqlite3
	$(MUTATION_VENV)/bin/mutmut run $(if $(MUTANTS),"$(MUTANTS)")
	$(MUTATION_VENV)/bin/mutmut export-cicd-stats
	@$(MUTATION_VENV)/bin/python -c 'import json; s = json.load(open("mutants/mutmut-cicd-stats.json")); \
		tested = s["killed"] + s["survived"] + s.get("timeout", 0) + s.get("suspicious", 0); \
		print("Mutasjonsscore: {} av {} drept ({:.1f} %); {}".format(s["killed"], tested, 100 * s["killed"] / max(tested, 1), s))'
