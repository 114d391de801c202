"""Loading the interface language: Indonesian is the source text, English comes from resources/i18n.

Qt's own dialogs (the file and print dialogs, message-box buttons, the Undo/Copy/Paste menu of a text field) are
written in English inside Qt, and Qt ships no Indonesian catalogue: resources/i18n/qtbase_id.ts holds ours,
compiled to qtbase_id.qm (`make qt-indonesian`), loaded when the interface is Indonesian."""
from __future__ import annotations

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
    from importlib import resources

    translator = QTranslator(app)
    qm = resources.files("kpu_rakor.resources").joinpath("i18n", f"{catalogue}.qm")
    with resources.as_file(qm) as path:
        if not translator.load(str(path)):
            return None
    app.installTranslator(translator)
    return translator
