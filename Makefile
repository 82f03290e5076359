# The README's commands: `make run`, `make test`, `make lint`, `make serve-class`. All set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench screenshot weights serve-class

# the MNIST IDX files for bench and weights; `make run` leaves it alone, so the app can fall back to keras.datasets
bench weights: export NNX_MNIST_DIR ?= ../shared/data/mnist

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements.txt requirements-test.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $(VENV)/.app-installed $@

run: $(VENV)/.app-installed
	MALLOC_ARENA_MAX=2 $(BIN)/python -m streamlit run app.py

test: $(VENV)/.test-installed
	$(BIN)/python -m pytest

lint: $(VENV)/.test-installed
	$(BIN)/python -m ruff check .

# the classroom server: WORKERS Streamlit processes (default: the number of cores) behind nginx on PORT
serve-class: $(VENV)/.app-installed
	WORKERS=$(WORKERS) PORT=$(PORT) $(BIN)/python -m tools.classroom

bench: $(VENV)/.test-installed
	$(BIN)/python -m bench
	$(BIN)/python -m bench.digits
	$(BIN)/python -m bench.training
	$(BIN)/python -m bench.live_play
	$(BIN)/python -m bench.classroom
	$(BIN)/python -m bench.worst_links

weights: $(VENV)/.app-installed
	$(BIN)/python -m tools.train_digits

screenshot: $(VENV)/.test-installed
	$(BIN)/python -m tools.screenshot
