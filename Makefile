# `make run` and `make test` set everything up on a fresh machine (a venv in .venv).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := seeds/001_5b83d424bdd5d02b.txt
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

QT_VI := resources/i18n/qtbase_vi.qm

.PHONY: run test bench render-docs docs package clean

# Re-install when the project's dependencies change.
$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Optional extras, each on top of the base install: underthesea for `make bench` (its NER is the
# speed reference), PyInstaller for `make package`.
$(BIN)/.installed-%: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,$*]'
	touch $@
bench: $(BIN)/.installed-bench

# Vietnamese for Qt's own dialogs and menus, compiled from its .ts (the .qm is not committed).
$(QT_VI): resources/i18n/qtbase_vi.ts $(BIN)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(BIN)/.installed $(QT_VI)
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ "$$(uname)" = Linux ]; then \
		echo "Không có màn hình (DISPLAY): chạy kiểm tra trên tệp mẫu trong terminal thay cho cửa sổ."; \
		$(BIN)/minutes-app check $(SAMPLE); true; \
	else \
		$(BIN)/minutes-app $(SAMPLE); \
	fi

test: $(BIN)/.installed $(QT_VI)
	$(BIN)/ruff check minutes_app tests bench packaging scripts
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Every hypothesis property with at least 10,000 examples each (tests/conftest.py's "fuzz"
# profile); `make test` runs the same properties with a few dozen. Takes a while on 2 cores.
.PHONY: fuzz
fuzz: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -p no:cacheprovider tests/properties

bench: $(BIN)/.installed $(QT_VI)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

render-docs: $(BIN)/.installed $(QT_VI)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/render_docs.py

# The README's list of checks, generated from the rule registry (tests/test_readme_rules.py
# fails while it is out of date).
docs: $(BIN)/.installed
	$(BIN)/python scripts/make_docs.py

# The one-folder app in dist/minutes_app (PyInstaller), then its smoke test. Not part of
# `make test`: the build takes minutes.
package: $(BIN)/.installed-package $(QT_VI)
	rm -rf build/pyinstaller dist/minutes_app
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller --distpath dist \
		packaging/minutes_app.spec
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/smoke_test.py dist/minutes_app

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis .benchmarks out $(QT_VI)
