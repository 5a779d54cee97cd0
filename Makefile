# Two commands matter: `make generate` and `make test`. Each creates .venv and installs
# what it needs on first use (only python3 3.11+ and make are required).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
# The tests' Node tools (typescript, @types/node, and the official openai package to compare against).
NODE_TOOLS := tests/node/node_modules
NODE_STAMP := $(NODE_TOOLS)/.installed-$(shell cksum tests/node/package-lock.json | cut -d' ' -f1)

.PHONY: generate test check bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

$(NODE_STAMP): tests/node/package.json tests/node/package-lock.json
	cd tests/node && npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

generate: $(STAMP)  ## regenerate generated/python/ and generated/typescript/ from spec/ (every target spec/sdk.yaml names)
	$(BIN)/sdkgen generate

check: $(STAMP)  ## exit 1 with a diff when generated/ is stale (every target)
	$(BIN)/sdkgen check

test: $(STAMP) $(NODE_STAMP)  ## every test: generator stages, golden output, both generated packages' own tests
	$(BIN)/python -m pytest

bench: $(STAMP) $(NODE_STAMP)  ## generation time (also at the scale of OpenAI's full spec), per-call overhead, import time and concurrency beside peers (see bench/README.md)
	$(BIN)/python bench/generation.py
	$(BIN)/python bench/scale.py
	$(BIN)/python bench/ready.py
	$(BIN)/python bench/calls.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/endurance.py
	$(BIN)/python bench/typescript_calls.py

clean:
	rm -rf $(VENV) $(NODE_TOOLS) .pytest_cache .mypy_cache
