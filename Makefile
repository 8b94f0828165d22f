# One front door for every task. `make run` and `make test` set up everything on a fresh machine.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
export PYTHONDONTWRITEBYTECODE := 1

RUN_DEPS  := libvoikko1:"Finnish word forms are matched approximately" \
             voikko-fi:"Finnish word forms are matched approximately"
TEST_DEPS := chromium:"the browser tests cannot run" fonts-dejavu-core:"screenshots use fallback fonts" \
             espeak-ng:"the speech tests have no English test audio" sox:"the speech tests cannot edit test audio" \
             festival:"the speech tests have no Finnish test audio" festvox-suopuhe-lj:"the speech tests have no Finnish test audio"

.PHONY: run test lint bench eval check-content i18n clean system-deps test-deps

run: $(STAMP) system-deps ## Set up and serve on http://127.0.0.1:8000
	$(BIN)/valmis serve

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

system-deps:
	@scripts/system-deps.sh $(RUN_DEPS)

test-deps: system-deps
	@scripts/system-deps.sh $(TEST_DEPS)

test: $(STAMP) test-deps ## Install what tests need (Chromium included) and run every test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench eval scripts
	$(BIN)/ruff format --check src tests bench eval scripts
	$(BIN)/mypy

check-content: $(STAMP)
	$(BIN)/python -m valmis.content.check

bench: $(STAMP) system-deps ## Speed figures: feedback latency, CLI wall time, serve start-up, pages/s
	$(BIN)/python bench/run.py

eval: $(STAMP) system-deps ## Quality figures on the held-out split
	$(BIN)/python eval/run.py

i18n: $(STAMP) ## Re-extract UI strings and update the Finnish catalog
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --sort-output -o src/valmis/locale/messages.pot src
	$(BIN)/pybabel update -i src/valmis/locale/messages.pot -d src/valmis/locale -l fi --no-fuzzy-matching

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
