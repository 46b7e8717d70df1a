# The README's two commands are `make run` and `make test`; each installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
FONTS_STAMP := static/dist/fonts/.built
LANGS := ja en vi id tl my ne zh_Hans km th mn

.PHONY: run test install install-test lint format messages migrations-check bench lighthouse e2e screenshots fonts clean collectstatic

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip==25.3"

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test,dev]"
	@touch $@ $(STAMP_RUN)

install: $(STAMP_RUN) $(FONTS_STAMP)

install-test: $(STAMP_TEST) $(FONTS_STAMP)

# Self-hosted Noto subsets, built from pinned npm packages (see docs/decisions/0003-fonts.md);
# config/languages.py feeds the switcher's names font.
$(FONTS_STAMP): package.json package-lock.json scripts/build_fonts.py scripts/font_metrics.py config/languages.py | $(STAMP_RUN)
	npm ci --silent --no-audit --no-fund
	$(PY) scripts/build_fonts.py
	@touch $@

fonts: $(FONTS_STAMP)

# The demo's printed links and the admin's e-mail links point at the served address.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0
	$(MANAGE) load_demo
	$(MANAGE) runserver $(HOST):$(PORT)

test: install-test
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0
	$(BIN)/pytest -m "not e2e" $(PYTEST_ARGS)

e2e: install-test
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0
	$(BIN)/pytest -m e2e -p no:randomly $(PYTEST_ARGS)

screenshots: install-test
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0
	$(PY) scripts/screenshots.py

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

# UI strings: collect the project's, merge the third-party overlays (see
# scripts/merge_third_party_messages.py), compile.
messages: install
	$(MANAGE) makemessages $(foreach lang,$(LANGS),-l $(lang)) --ignore=.venv --ignore=node_modules --ignore=tests --ignore=static/dist --no-obsolete
	$(PY) scripts/merge_third_party_messages.py
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules

migrations-check: install
	$(MANAGE) makemigrations --check --dry-run

# In-process figures on SQLite (bench/run.py), then the production-like run: a large
# demo on PostgreSQL behind gunicorn under load (bench/serve.py; BENCH_PAGES pages).
BENCH_PAGES ?= 10000
bench: install-test
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0
	$(PY) bench/run.py
	$(PY) bench/serve.py --pages $(BENCH_PAGES)
	$(PY) bench/search.py
	$(PY) bench/signups.py

# Lighthouse (npm, pinned in bench/lighthouse/package.json) with Debian's Chromium
# against the production-like server: the four mobile scores per page.
lighthouse: install-test
	cd bench/lighthouse && npm ci --silent --no-audit --no-fund
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0
	$(PY) bench/lighthouse.py

clean:
	rm -rf $(VENV) node_modules static/dist staticfiles
