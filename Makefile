# kabar: `make run` and `make test` set up a fresh machine (they create .venv and install).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared

.PHONY: install run lint test eval bench bench-dates bench-scale clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/kabar extract seeds/
	$(BIN)/kabar who Mujiono

# lint: ruff (format and lint, line length 110) over src/ and tests/, mypy over src/ (settings in pyproject.toml)
lint: install
	$(BIN)/ruff format --check src tests
	$(BIN)/ruff check src tests
	$(BIN)/mypy src

test: lint
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/python $(SHARED)/eval/score.py --articles seeds --gold $(SHARED)/gold --kabar $(BIN)/kabar
	@for dir in $(SHARED)/corpus/*/; do \
		if [ -d "$$dir/articles" ] && [ -d "$$dir/gold" ]; then \
			echo "== $$dir"; \
			$(BIN)/python $(SHARED)/eval/score.py --articles "$$dir/articles" --gold "$$dir/gold" --kabar $(BIN)/kabar || exit 1; \
		fi; \
	done

bench-dates: install
	$(BIN)/python benchmarks/bench_dates.py

# bench-scale: 10,000-article extraction, a 100,000-article store and query times (generated under bench-out/)
bench-scale: install
	$(BIN)/python benchmarks/bench.py

bench: bench-dates bench-scale

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache *.egg-info src/*.egg-info kabar.db kabar.db-wal kabar.db-shm
