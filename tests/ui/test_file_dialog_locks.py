"""Every file dialog of the app, turned to the folder that holds the database, leaves SQLite's locks in place:
a CLI command run meanwhile deletes nothing, and every write of both processes survives (issue 15, part 1).

The lock check reads /proc/locks (Linux). The dialogs are the app's own: each entry point is called as a user
action would, and a timer drives the dialog it opens (turn to the folder, let it list, note the locks, cancel)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (QApplication, QCompleter, QFileDialog, QFileSystemModel, QLineEdit, QToolButton,
                               QWidget)

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.services import people
from sqlite_locks import HAS_PROC_LOCKS, held_locks

pytestmark = pytest.mark.skipif(not HAS_PROC_LOCKS, reason="the lock check reads /proc/locks")

CLI = Path(sys.executable).with_name("kpu-rakor-cli")
DB_NAME = "kpu-rakor.db"
LOCKED = {DB_NAME, DB_NAME + "-shm"}  # what an open SQLite connection in WAL mode holds a lock on


@pytest.fixture(autouse=True)
def start_up_guard(qapp):
    """What the app does at start-up (app.main), before any window."""
    from kpu_rakor.ui import file_dialogs
    file_dialogs.install(qapp)


@pytest.fixture
def sqlite_url(tmp_path):
    """The database under its real name in a folder of its own, as in the app-data folder."""
    folder = tmp_path / "KPU Rakor"
    folder.mkdir()
    return f"sqlite:///{folder / DB_NAME}"


def db_folder() -> Path:
    return dbmod.current_info().path.parent


class DialogDriver:
    """Waits for the file dialog an action opens, turns it to `folder`, lets it list the folder, notes the locks
    held, then cancels it (or chooses the file named `choose`). Works whether the dialog runs modally or was
    only shown; never blocks for long."""

    SETTLE_MS = 400  # after directoryLoaded: the model fetches icons and types for what it listed

    def __init__(self, folder: Path, choose: str | None = None):
        self.folder, self.choose = folder, choose
        self.dialog: QFileDialog | None = None
        self.listed = False
        self.locks: set[str] | None = None
        self.accepted = bool(choose)
        self._tries = 0
        QTimer.singleShot(20, self._find)

    def _find(self) -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not shown:
            self._tries += 1
            if self._tries < 250:
                QTimer.singleShot(20, self._find)
            return
        self.dialog = shown[0]
        if Path(self.dialog.directory().absolutePath()) == self.folder:
            # Opened there already (Qt remembers the last folder visited): it lists it by itself, maybe before
            # directoryLoaded could be connected; give it the time a listing takes.
            self.listed = True
            QTimer.singleShot(4 * self.SETTLE_MS, self._finish)
            return
        model = self.dialog.findChild(QFileSystemModel)
        model.directoryLoaded.connect(self._loaded)
        self.dialog.setDirectory(str(self.folder))
        QTimer.singleShot(5000, self._finish)  # should directoryLoaded never come

    def _loaded(self, path: str) -> None:
        if Path(path) == self.folder and not self.listed:
            self.listed = True
            QTimer.singleShot(self.SETTLE_MS, self._finish)

    def _finish(self) -> None:
        if self.dialog is None or self.locks is not None:
            return
        self.locks = held_locks(self.folder / DB_NAME)
        if self.choose:
            # Typed as a user would: selectFile() skips a name the file-type filter hides.
            self.dialog.findChild(QLineEdit, "fileNameEdit").setText(self.choose)
            self.dialog.accept()
            if self.dialog.isVisible():  # the dialog did not take the answer: never leave it blocking
                self.accepted = False
                self.dialog.reject()
        else:
            self.dialog.reject()

    def wait(self, qtbot) -> None:
        """For a dialog that was only shown (the action returned at once)."""
        qtbot.waitUntil(lambda: self.locks is not None or self._tries >= 250, timeout=10000)


def _logo(parent, rakor):
    from kpu_rakor.ui.preferences.settings_page import SettingsPage
    page = SettingsPage(parent)
    return page.pick_logo_file()


def _photos(parent, rakor):
    from kpu_rakor.ui.photos import photo_import
    return photo_import.ask_photo_paths(parent)


def _zoom_report(parent, rakor):
    from kpu_rakor.ui.attendance import zoom_review_dialog
    return zoom_review_dialog.ask_report_path(parent)


def _document_folder(parent, rakor):
    from kpu_rakor.ui.meeting import document_folder
    return document_folder.ask_folder(parent, Path.home())


def _pdf_save(parent, rakor):
    from kpu_rakor.ui import pdf_preview
    return pdf_preview.ask_save_path(parent, Path.home() / "Daftar Hadir.pdf")


def _badges(parent, rakor):
    from kpu_rakor.ui.checkin import badge_export
    return badge_export.export_badges(parent, rakor.id)


def _invitation_qr(parent, rakor):
    from kpu_rakor.ui.meeting import qr_file
    person = people.listing("")[0]
    return qr_file.save_invitation_qr(parent, rakor.id, person.id, person.name)


def _audit_export(parent, rakor):
    from kpu_rakor.ui.preferences import audit_log_dialog
    return audit_log_dialog.pick_csv_file(parent, str(Path.home() / "log-audit.csv"))


def _personal_data_export(parent, rakor):
    from kpu_rakor.ui.directory import person_privacy_actions
    return person_privacy_actions.pick_export_file(parent, str(Path.home() / "data-pribadi.json"))[0]


def _backup_to_restore(parent, rakor):
    from kpu_rakor.ui.preferences import backup_box
    return backup_box.ask_path(parent, "file", Path.home())


def _people_import(parent, rakor):
    from kpu_rakor.ui.directory import import_dialog
    return import_dialog.pick_people_file(parent)


def _list_export(parent, rakor):
    from kpu_rakor.ui import list_export
    return list_export.export_invitees(parent, rakor.id)


def _batch_invitations(parent, rakor):
    from kpu_rakor.ui.meeting import batch_invitations
    return batch_invitations.save_sheet(parent, rakor.id, [p.id for p in people.listing("")])


def _recap_export(parent, rakor):
    from kpu_rakor.ui.recap import recap_exports
    return recap_exports.ask_path(parent, "xlsx", str(Path.home() / "rekap.xlsx"))


def _meeting_import(parent, rakor):
    from kpu_rakor.ui.meetings import meeting_import
    return meeting_import.pick_file(parent)


# The modules named here are all that may ask for a file (test_every_dialog_is_covered keeps the list whole).
DIALOGS = {
    "preferences/settings_page": _logo,
    "photos/photo_import": _photos,
    "attendance/zoom_review_dialog": _zoom_report,
    "meeting/document_folder": _document_folder,
    "pdf_preview": _pdf_save,
    "checkin/badge_export": _badges,
    "meeting/qr_file": _invitation_qr,
    "preferences/audit_log_dialog": _audit_export,
    "directory/person_privacy_actions": _personal_data_export,
    "preferences/backup_box": _backup_to_restore,
    "directory/import_dialog": _people_import,
    "list_export": _list_export,
    "meeting/batch_invitations": _batch_invitations,
    "recap/recap_exports": _recap_export,
    "meetings/meeting_import": _meeting_import,
}


def open_on_database_folder(qtbot, name: str, rakor, choose: str | None = None) -> DialogDriver:
    parent = QWidget()
    qtbot.addWidget(parent)
    driver = DialogDriver(db_folder(), choose)
    answer = DIALOGS[name](parent, rakor)
    driver.wait(qtbot)
    assert driver.dialog is not None, f"{name}: no file dialog opened"
    assert driver.listed, f"{name}: the dialog never listed the database folder"
    assert not answer, f"{name}: a cancelled dialog, or one that chose the database, must give nothing"
    return driver


@pytest.mark.parametrize("name", list(DIALOGS))
def test_a_file_dialog_on_the_database_folder_keeps_the_locks(qtbot, rakor, name):
    assert held_locks(db_folder() / DB_NAME) == LOCKED  # what SQLite holds while the app runs
    driver = open_on_database_folder(qtbot, name, rakor)
    assert driver.locks == LOCKED, f"{name}: the dialog dropped SQLite's locks (left: {sorted(driver.locks)})"
    assert held_locks(db_folder() / DB_NAME) == LOCKED


@pytest.mark.parametrize("name, chosen", [("preferences/settings_page", DB_NAME),
                                          ("photos/photo_import", DB_NAME + "-shm"),
                                          ("attendance/zoom_review_dialog", DB_NAME + "-wal")])
def test_choosing_a_database_file_is_refused_before_anything_opens_it(qtbot, rakor, message_log, name, chosen):
    driver = open_on_database_folder(qtbot, name, rakor, choose=chosen)
    assert driver.accepted, f"{name}: the dialog did not take {chosen}"
    assert message_log.shown[-1][0] == "error" and "basis data KPU Rakor" in message_log.shown[-1][1]
    assert held_locks(db_folder() / DB_NAME) == LOCKED


class PrintDialogDriver:
    """Waits for the print dialog, types the database's folder into its output-file box as a user printing to
    a PDF would (Qt's completer lists the folder) and notes the locks held, then opens the box's "…" file
    dialog (Qt's own) on the folder, then cancels both."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.completions = 0
        self.locks: set[str] | None = None
        self.browser: DialogDriver | None = None
        self._tries = 0
        QTimer.singleShot(20, self._find)

    def _find(self) -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog) and w.isVisible()]
        if not shown:
            self._tries += 1
            if self._tries < 250:
                QTimer.singleShot(20, self._find)
            return
        self.dialog = shown[0]
        self.completer = self.dialog.findChild(QCompleter)
        self.completer.setCompletionPrefix(str(self.folder / "kpu"))
        self.completer.complete()
        QTimer.singleShot(1500, self._finish)

    def _finish(self) -> None:
        self.completions = self.completer.completionCount()
        self.locks = held_locks(self.folder / DB_NAME)
        self.completer.popup().hide()
        self.browser = DialogDriver(self.folder)
        QTimer.singleShot(0, self.dialog.findChild(QToolButton, "fileBrowser").click)
        self._close_when_browsed()

    def _close_when_browsed(self) -> None:
        if self.browser.locks is None and self.browser._tries < 250:
            QTimer.singleShot(50, self._close_when_browsed)
            return
        self.dialog.reject()


def test_the_print_dialog_completing_a_path_in_the_database_folder_keeps_the_locks(qtbot, rakor):
    """Qt's print dialog lists folders by itself (not through file_dialogs): the guard installed at start-up
    covers it, as it would any window that lists files."""
    from PySide6.QtPrintSupport import QPrinter

    from kpu_rakor.ui import pdf_print
    parent = QWidget()
    qtbot.addWidget(parent)
    driver = PrintDialogDriver(db_folder())
    assert not pdf_print.choose_printer(parent, QPrinter(), 1, 0)
    qtbot.waitUntil(lambda: driver.browser is not None and driver.browser.locks is not None, timeout=15000)
    assert driver.completions >= 3  # kpu-rakor.db, -shm, -wal were listed
    assert driver.locks == LOCKED, f"the print dialog dropped SQLite's locks (left: {sorted(driver.locks)})"
    assert driver.browser.listed
    assert driver.browser.locks == LOCKED, f"its file dialog dropped them (left: {sorted(driver.browser.locks)})"
    assert held_locks(db_folder() / DB_NAME) == LOCKED


def _cli(url: str, tmp_path: Path, *args: str) -> str:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "cli-data")}
    proc = subprocess.run([str(CLI), "--db", url, *args], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _names(path: Path, table: str) -> set[str]:
    con = sqlite3.connect(str(path))
    try:
        return {row[0] for row in con.execute(f"SELECT name FROM {table}")}
    finally:
        con.close()


def test_a_cli_command_after_the_dialogs_deletes_nothing_and_no_write_is_lost(qtbot, rakor, sqlite_url, tmp_path):
    if not CLI.exists():
        pytest.skip("kpu-rakor-cli belum terpasang di venv ini")
    folder = db_folder()
    db_path = folder / DB_NAME
    people.create(name="Sebelum Dialog")
    for name in DIALOGS:
        open_on_database_folder(qtbot, name, rakor)
    beside = {suffix: os.stat(folder / (DB_NAME + suffix)).st_ino for suffix in ("-wal", "-shm")}

    csv = tmp_path / "peserta.csv"
    csv.write_text("nama,jabatan\nDari Baris Perintah,Operator\n", encoding="utf-8")
    _cli(sqlite_url, tmp_path, "person", "import", str(csv))
    _cli(sqlite_url, tmp_path, "satker", "add", "Bawaslu Kabupaten Tulungagung")
    for suffix, inode in beside.items():
        assert (folder / (DB_NAME + suffix)).exists(), f"the CLI deleted {DB_NAME}{suffix} under the running app"
        assert os.stat(folder / (DB_NAME + suffix)).st_ino == inode, f"{DB_NAME}{suffix} was replaced"

    from_cli = next(p for p in people.listing("") if p.name == "Dari Baris Perintah")  # the app sees it
    after = people.create(name="Sesudah Perintah")
    assert after.id != from_cli.id
    backup_file = tmp_path / "cadangan.db"
    _cli(sqlite_url, tmp_path, "backup", str(backup_file))
    assert {"Sebelum Dialog", "Dari Baris Perintah", "Sesudah Perintah"} <= _names(backup_file, "person")

    assert held_locks(db_path) == LOCKED
    dbmod.close_database()
    names = _names(db_path, "person")
    assert {"Sebelum Dialog", "Dari Baris Perintah", "Sesudah Perintah"} <= names
    assert "Bawaslu Kabupaten Tulungagung" in _names(db_path, "satker")


UI = Path(__file__).resolve().parents[2] / "kpu_rakor" / "ui"
# What lists a folder or guesses a file's type by reading it: only the dialog helper may use these.
LISTING = ("QFileDialog", "QFileSystemModel", "QFileIconProvider", "QAbstractFileIconProvider", "QMimeDatabase")


def test_no_module_but_the_helper_builds_a_file_dialog():
    """A dialog built elsewhere would list folders with Qt's own icon provider, which opens files."""
    package = UI.parent
    offenders = sorted(f"{path.relative_to(package)}: {word}" for path in package.rglob("*.py")
                       if path != UI / "file_dialogs.py"
                       for word in LISTING if word in path.read_text(encoding="utf-8"))
    assert not offenders, "go through kpu_rakor/ui/file_dialogs.py instead"


def test_every_dialog_is_covered():
    """A module that asks for a file is in DIALOGS, so the lock test opens its dialog too."""
    asking = {path.relative_to(UI).with_suffix("").as_posix() for path in UI.rglob("*.py")
              if "file_dialogs." in path.read_text(encoding="utf-8")}
    asking.discard("file_dialogs")
    assert asking == set(DIALOGS)
