# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
# Each creates .venv and installs on first use, and does nothing extra the second time.
PY := .venv/bin/python
STAMP := .venv/.installed
BROWSER := /usr/bin/chromium

.PHONY: run chat test test-fast eval bench lint reliability clean-venv

run: $(STAMP)
	$(PY) app.py

chat: $(STAMP)
	.venv/bin/rag chat

# the evals ask only the held-out gold items here (RAG_EVAL_SPLIT=test); `make eval` asks all
test: $(STAMP) $(BROWSER)
	RAG_EVAL_SPLIT=test $(PY) -m pytest tests evals

test-fast: $(STAMP)
	$(PY) -m pytest tests -m "not slow and not browser"

# faults, load and hostile input (also part of `make test`)
reliability: $(STAMP) $(BROWSER)
	$(PY) -m pytest tests -m reliability

eval: $(STAMP)
	$(PY) -m pytest evals

bench: $(STAMP)
	$(PY) bench/bench.py

lint: $(STAMP)
	.venv/bin/ruff check rag tests evals bench app.py
	.venv/bin/mypy

$(STAMP): pyproject.toml
	python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install -e '.[small,dev]'
	$(PY) -m rag.models
	touch $(STAMP)

# Debian's chromium, for the browser tests (playwright's own browser download does not work offline).
$(BROWSER):
	if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update && $$SUDO apt-get install -y chromium

clean-venv:
	rm -rf .venv
