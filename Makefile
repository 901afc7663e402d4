# dispatch_tools: the two set-up commands are `make demo` and `make test`.
# Both install what they need on a fresh Debian machine (as root, or with sudo) and skip
# what is already there.

SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared
APT_PACKAGES := tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng fonts-liberation2 \
                poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui python3-venv chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup system-deps demo test eval bench model render fuzz samples clean catalogs

setup: system-deps $(VENV)/.installed

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

$(VENV)/.installed: pyproject.toml
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

demo: setup
	@rm -rf demo-output
	$(VENV)/bin/dispatch process samples/seed000_scan.pdf -o demo-output
	@echo; echo "--- demo-output/1690-CV_TDTN-BTG.checklist.md ---"; cat demo-output/1690-CV_TDTN-BTG.checklist.md

test: setup
	$(PY) -m pytest -q

eval: setup
	$(PY) -m dispatch_tools.evaluate --shared $(SHARED) --json eval-results.json

bench: setup
	$(PY) -m dispatch_tools.evaluate.bench --shared $(SHARED)

model: setup
	$(PY) -m dispatch_tools.training.language_model --corpus $(SHARED)/corpus --out models/lm

render: setup
	$(PY) -m dispatch_tools.generate.preview -o render-output

samples: setup
	$(PY) samples/build.py

FUZZ_SECONDS ?= 120
fuzz: setup
	$(PY) -m dispatch_tools.evaluate.fuzz --seconds $(FUZZ_SECONDS) --shared $(SHARED)

clean:
	rm -rf demo-output render-output .pytest_cache

# Interface messages: re-extract the marked strings (code and web templates, babel.cfg) and update
# the Vietnamese catalog; then fill in
# every empty msgstr of dispatch_tools/i18n/locale/vi/LC_MESSAGES/dispatch_tools.po (tests/test_i18n.py
# fails while one is missing).
CATALOG_POT := build/dispatch_tools.pot
catalogs:
	@mkdir -p build
	$(VENV)/bin/pybabel extract --no-location --sort-output --no-wrap --project dispatch_tools \
	  -F babel.cfg -k N_ -o $(CATALOG_POT) dispatch_tools
	$(VENV)/bin/pybabel update -i $(CATALOG_POT) -d dispatch_tools/i18n/locale -D dispatch_tools -l vi \
	  --no-wrap --no-fuzzy-matching --ignore-obsolete --ignore-pot-creation-date
