"""Loading the interface language: Indonesian is the source text, English comes from resources/i18n.

Qt's own dialogs (the file and print dialogs, message-box buttons, the Undo/Copy/Paste menu of a text field) are
written in English inside Qt, and Qt ships no Indonesian catalogue: resources/i18n/qtbase_id.ts holds ours,
compiled to qtbase_id.qm (`make qt-indonesian`), loaded when the interface is Indonesian."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from . import settings

LANGUAGES = ("id", "en")
QT_CATALOGUES = {"id": "qtbase_id"}  # English needs none: it is Qt's own language


def chosen_language(cli_value: str | None) -> str:
    """--lang wins; else what Pengaturan saved; else Indonesian."""
    if cli_value in LANGUAGES:
        return cli_value
    saved = settings.LANGUAGE.get()
    return saved if saved in LANGUAGES else "id"


def install(app: QApplication, language: str) -> QTranslator | None:
    """Install the translator for `language`; returns it (keep it to remove it again), None when there is none."""
    # Qt's own widgets (date pickers) and numbers follow Indonesian conventions either way: the documents the
    # app makes are Indonesian.
    QLocale.setDefault(QLocale(QLocale.Indonesian, QLocale.Indonesia))
    catalogue = QT_CATALOGUES.get(language) if language == "id" else f"kpu_rakor_{language}"
    return load(app, catalogue) if catalogue else None


def load(app: QApplication, catalogue: str) -> QTranslator | None:
    """The translator for resources/i18n/<catalogue>.qm, installed; None when the file is missing or unreadable
    (the text then stays as written, never a broken window)."""
    translator = QTranslator(app)
    if not translator.load(str(_resource_folder() / "i18n" / f"{catalogue}.qm")):
        return None
    app.installTranslator(translator)
    return translator


def _resource_folder() -> Path:
    """The folder of kpu_rakor.resources, found without importing importlib.resources: Indonesian, the default,
    loads Qt's catalogue at every start, and that import alone costs the first paint (test_startup_imports).
    The package is a plain folder wherever the app runs (the venv's editable install, the Windows bundle)."""
    spec = importlib.util.find_spec("kpu_rakor.resources")
    return Path(next(iter(spec.submodule_search_locations)))
