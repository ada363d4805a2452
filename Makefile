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

# llama.cpp's AMX kernels crash on this Q4_K_M model (a segmentation fault at the first prompt on
# Sapphire Rapids CPUs; ggml-org/llama.cpp#20824): llama-cpp-python is compiled without them, and
# compiled again where pip's cache held a wheel built with them
NO_AMX := -mno-amx-tile -mno-amx-int8 -mno-amx-bf16
export CMAKE_ARGS := -DCMAKE_C_FLAGS='$(NO_AMX)' -DCMAKE_CXX_FLAGS='$(NO_AMX)'
GGML_CPU = $$(ls .venv/lib/python3*/site-packages/llama_cpp/lib/libggml-cpu.so)

$(STAMP): pyproject.toml
	python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install -e '.[small,dev]'
	if grep -q ggml_backend_amx_buffer_type $(GGML_CPU); then \
	  $(PY) -m pip install --no-cache-dir --force-reinstall --no-deps \
	    "llama-cpp-python==$$($(PY) -c 'from importlib.metadata import version; print(version("llama_cpp_python"))')"; \
	fi
	$(PY) -m rag.models
	touch $(STAMP)

# Debian's chromium, for the browser tests (playwright's own browser download does not work offline).
$(BROWSER):
	if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update && $$SUDO apt-get install -y chromium

clean-venv:
	rm -rf .venv
