"""Loading the interface language: Indonesian is the source text, English comes from resources/i18n."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from . import settings

LANGUAGES = ("id", "en")


def chosen_language(cli_value: str | None) -> str:
    """--lang wins; else what Pengaturan saved; else Indonesian."""
    if cli_value in LANGUAGES:
        return cli_value
    saved = settings.LANGUAGE.get()
    return saved if saved in LANGUAGES else "id"


def install(app: QApplication, language: str) -> QTranslator | None:
    # Qt's own widgets (date pickers, context menus) and numbers follow Indonesian conventions either way:
    # the documents the app makes are Indonesian.
    QLocale.setDefault(QLocale(QLocale.Indonesian, QLocale.Indonesia))
    if language == "id":
        return None
    from importlib import resources

    translator = QTranslator(app)
    qm = resources.files("kpu_rakor.resources").joinpath("i18n", f"kpu_rakor_{language}.qm")
    with resources.as_file(qm) as path:
        if not translator.load(str(path)):
            return None  # a missing translation leaves the Indonesian text, never a broken window
    app.installTranslator(translator)
    return translator
