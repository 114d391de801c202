# The two commands a newcomer needs: `make run` and `make test`. Each first checks the Debian packages it
# needs (tools/system_packages.sh: installs them as root, else prints the `sudo apt-get install` line and stops),
# then makes the venv; `make test` runs the suite on SQLite and on a throwaway PostgreSQL cluster of its own
# (tools/pg_throwaway.sh, unless KPU_RAKOR_TEST_PG names a database) and fails on any skipped test; before the
# tests, `ruff check` (configured in pyproject.toml) fails on a lint violation.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYSTEM_PACKAGES := tools/system_packages.sh

.PHONY: run test install bench demo clean translations qt-indonesian

$(BIN)/python:
	@$(SYSTEM_PACKAGES) run
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)
	@:

# The packages before the venv (python3-venv makes it), hence the second make.
run:
	@$(SYSTEM_PACKAGES) run
	@$(MAKE) --no-print-directory install
	$(BIN)/kpu-rakor

test:
	@$(SYSTEM_PACKAGES) test
	@$(MAKE) --no-print-directory install
	$(BIN)/ruff check kpu_rakor tests benchmarks tools
	QT_QPA_PLATFORM=offscreen KPU_RAKOR_REQUIRE_ALL=1 tools/pg_throwaway.sh $(BIN)/python -m pytest -q $(PYTEST_ARGS)

demo: $(STAMP)
	$(BIN)/kpu-rakor-cli demo

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

# Plain lupdate over every module (strings are written as self.tr("…") or QCoreApplication.translate("Context",
# "…") in full, so it sees them all; obsolete entries are kept), then the .qm the app loads. New strings arrive
# as type="unfinished": translate them before committing.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find kpu_rakor -name '*.py' | sort) -ts resources/i18n/kpu_rakor_en.ts
	$(BIN)/pyside6-lrelease resources/i18n/kpu_rakor_en.ts -qm resources/i18n/kpu_rakor_en.qm

# Qt's own dialogs (file, print, message-box buttons, the Undo/Copy/Paste menu) in Indonesian: Qt ships no
# Indonesian catalogue, so resources/i18n/qtbase_id.ts holds ours (Qt's exact contexts and source texts, as in
# qt/qttranslations' qtbase_*.ts; edit it in Qt Linguist). Compiled here; ui/i18n.py loads it for Indonesian.
qt-indonesian: $(STAMP)
	$(BIN)/pyside6-lrelease resources/i18n/qtbase_id.ts -qm resources/i18n/qtbase_id.qm

clean:
	rm -rf $(VENV) build *.egg-info

# The Windows installer, dist/KPU-Rakor-Setup-<version>-win64.exe (docs/windows.md). Needs makensis (Debian: nsis).
.PHONY: installer
installer: $(STAMP)
	$(BIN)/python installer/build.py
