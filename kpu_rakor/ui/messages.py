"""The one way the app talks to the user: message boxes, confirmations and error reports.

Tests replace `backend` (see tests/ui/conftest.py) so no modal box ever blocks them.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import UserError

log = logging.getLogger(__name__)


class QtBackend:
    """Real message boxes. Each method mirrors one kind of question the app asks."""

    def info(self, parent, title: str, text: str) -> None:
        _box(QMessageBox.Information, title, text, QMessageBox.Ok, parent).exec()

    def error(self, parent, title: str, text: str) -> None:
        _box(QMessageBox.Warning, title, text, QMessageBox.Ok, parent).exec()

    def confirm(self, parent, title: str, text: str, yes_label: str) -> bool:
        box = _box(QMessageBox.Question, title, text, QMessageBox.NoButton, parent)
        yes = box.addButton(yes_label, QMessageBox.AcceptRole)
        no = box.addButton(QCoreApplication.translate("messages", "Batal"), QMessageBox.RejectRole)
        box.setDefaultButton(no)  # destructive actions need a deliberate click
        box.exec()
        return box.clickedButton() is yes


def _box(icon, title: str, text: str, buttons, parent) -> QMessageBox:
    """A message box showing `text` as written: sentences quote names, and a name is never markup."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.PlainText)
    return box


backend = QtBackend()


def info(parent: QWidget | None, text: str) -> None:
    backend.info(parent, QCoreApplication.translate("messages", "KPU Rakor"), text)


def error(parent: QWidget | None, text: str) -> None:
    backend.error(parent, QCoreApplication.translate("messages", "KPU Rakor"), text)


def confirm(parent: QWidget | None, text: str, yes_label: str | None = None) -> bool:
    yes = yes_label or QCoreApplication.translate("messages", "Ya")
    return backend.confirm(parent, QCoreApplication.translate("messages", "KPU Rakor"), text, yes)


def sentence(exc: UserError) -> str:
    """A UserError's sentence in the screen's language: its template (marked QT_TRANSLATE_NOOP("domain", …) in
    the domain) translated, then filled in; the Indonesian str(exc) when it has none."""
    return domain_text(exc.template, exc.params, str(exc))


def domain_reason(text: str) -> str:
    """A fixed domain sentence (why a document cannot be made, marked QT_TRANSLATE_NOOP("domain", …)) in the
    screen's language; "" stays ""."""
    return domain_text(text, {}, text) if text else ""


def domain_text(template: str | None, params: dict, indonesian: str) -> str:
    """A domain sentence (an error, a checklist flag) in the screen's language: `template` translated under
    context "domain" and filled with `params`; `indonesian`, the finished sentence, when there is no template."""
    if template is None:
        return indonesian
    try:
        return QCoreApplication.translate("domain", template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong {name}: the sentence still shows
        log.warning("Terjemahan rusak: %r", template)
        return indonesian


def sentence_for(exc: BaseException) -> str | None:
    """What to tell the user about `exc` when it is theirs to act on: a UserError's own sentence, or the
    disk-full sentence for a full disk met outside a write transaction. None for a program error."""
    if isinstance(exc, UserError):
        return sentence(exc)
    from ..domain.db import disk_full_error

    full = disk_full_error(exc)
    return str(full) if full is not None else None


def show_exception(parent: QWidget | None, exc: BaseException) -> None:
    """A UserError is a complete sentence; anything else is logged and shown as one general sentence."""
    text = sentence_for(exc)
    if text is not None:
        if not isinstance(exc, UserError):
            log.warning("Disk penuh", exc_info=(type(exc), exc, exc.__traceback__))
        error(parent, text)
        return
    log.error("Kesalahan tak terduga", exc_info=(type(exc), exc, exc.__traceback__))
    error(parent, unexpected_text())


def unexpected_text() -> str:
    from .crash import log_path

    text = QCoreApplication.translate(
        "messages", "Terjadi kesalahan yang tidak terduga. Rinciannya dicatat di {0}; pekerjaan yang sudah "
                    "disimpan aman. Laporkan berkas itu kepada pengelola aplikasi.")
    return text.format(log_path())


class guarded:
    """`with guarded(self): ...` runs an action and shows its error as a sentence; `.ok` says if it worked."""

    def __init__(self, parent: QWidget | None):
        self.parent, self.ok = parent, True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is None:
            return False
        if not isinstance(exc, Exception):
            return False  # KeyboardInterrupt and SystemExit pass through
        self.ok = False
        show_exception(self.parent, exc)
        return True


def attempt(parent: QWidget | None, show_inline, action):
    """Run a service call for a dialog. A UserError (the user can fix it) goes to `show_inline(exc)`, next
    to the fields, and the dialog stays open; anything else is one sentence (and logged). Returns
    (True, value) on success, (False, None) otherwise."""
    from ..domain.errors import UserError

    try:
        return True, action()
    except UserError as exc:
        show_inline(exc)
    except Exception as exc:  # noqa: BLE001 - the edge of an action: shown as a sentence
        show_exception(parent, exc)
    return False, None
