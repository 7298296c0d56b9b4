# `make run` and `make test` set everything up on a fresh machine (a venv in .venv).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := seeds/001_5b83d424bdd5d02b.txt
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test bench render-docs clean

# Re-install when the project's dependencies change.
$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(BIN)/.installed
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ "$$(uname)" = Linux ]; then \
		echo "Không có màn hình (DISPLAY): chạy kiểm tra trên tệp mẫu trong terminal thay cho cửa sổ."; \
		$(BIN)/minutes-app check $(SAMPLE); true; \
	else \
		$(BIN)/minutes-app $(SAMPLE); \
	fi

test: $(BIN)/.installed
	$(BIN)/ruff check minutes_app tests bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Every hypothesis property with at least 10,000 examples each (tests/conftest.py's "fuzz"
# profile); `make test` runs the same properties with a few dozen. Takes a while on 2 cores.
.PHONY: fuzz
fuzz: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -p no:cacheprovider tests/properties

bench: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

render-docs: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/render_docs.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis .benchmarks out
