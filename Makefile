# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install bench demo clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/kpu-rakor

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

demo: $(STAMP)
	$(BIN)/kpu-rakor-cli demo

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

# lupdate through tools/update_translations.py (it also sees strings passed through helpers like _tr()),
# then the .qm the app loads. New strings arrive as type="unfinished": translate them before committing.
translations: $(STAMP)
	$(BIN)/python tools/update_translations.py
	$(BIN)/pyside6-lrelease resources/i18n/kpu_rakor_en.ts -qm resources/i18n/kpu_rakor_en.qm

clean:
	rm -rf $(VENV) build *.egg-info

# The Windows installer, dist/KPU-Rakor-Setup-<version>-win64.exe (docs/windows.md). Needs makensis (Debian: nsis).
.PHONY: installer
installer: $(STAMP)
	$(BIN)/python installer/build.py
