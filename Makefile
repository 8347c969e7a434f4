# teikit — the two commands of the quick start are `make edition` and `make test`.
# Both create .venv, install what they need (Python packages from PyPI, system packages from Debian
# via apt-get when they are missing) and then do their job.

PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
SOURCE  ?= tei/passage.xml
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# The book faces the PDF edition uses (Typst itself comes in the typst wheel).
RUNTIME_DEBS := fonts-ebgaramond fonts-noto-core
# What the tests need on top: Chromium for the browser test, poppler-utils (pdftoppm) for the page
# picture, a Java runtime for jing (the reference RELAX NG validator).
TEST_DEBS    := chromium poppler-utils default-jre-headless

.PHONY: edition test test-corpus fuzz bench lint system-deps test-system-deps clean wheel

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

system-deps:
	@missing=$$(for p in $(RUNTIME_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

test-system-deps: system-deps
	@missing=$$(for p in $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

edition: system-deps $(VENV)/.installed
	$(BIN)/teikit validate $(SOURCE)
	$(BIN)/teikit build --to all -o output $(SOURCE)

test: test-system-deps $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/pytest

# The slow suites: every ADL benchmark text built to PDF and checked word by word (several minutes).
test-corpus: test-system-deps $(VENV)/.installed-test
	$(BIN)/pytest -m corpus

# The fuzz test of every command with many more random documents than `make test` runs.
fuzz: test-system-deps $(VENV)/.installed-test
	TEIKIT_FUZZ_EXAMPLES=2000 $(BIN)/pytest -q -p no:randomly tests/security/test_fuzz.py

bench: system-deps $(VENV)/.installed-test
	$(BIN)/python -m tests.bench

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

wheel: $(VENV)/.installed-test
	$(BIN)/pip wheel --quiet --no-deps -w dist .

clean:
	rm -rf $(VENV) dist build output/*.html output/*.pdf
