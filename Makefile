# Two commands matter: `make generate` and `make test`. Each creates .venv and installs
# what it needs on first use (only python3 3.11+ and make are required).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: generate test check bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

generate: $(STAMP)  ## regenerate generated/ from spec/
	$(BIN)/sdkgen generate

check: $(STAMP)  ## exit 1 with a diff when generated/ is stale
	$(BIN)/sdkgen check

test: $(STAMP)  ## every test: generator stages, golden output, the generated package's own tests
	$(BIN)/python -m pytest

bench: $(STAMP)  ## generation time (also at the scale of OpenAI's full spec), per-call overhead and import time beside peers (see bench/README.md)
	$(BIN)/python bench/generation.py
	$(BIN)/python bench/scale.py
	$(BIN)/python bench/calls.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache
