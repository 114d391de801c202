"""Every file dialog of the app: open_file, open_files, save_file, choose_folder. Nothing else may use QFileDialog
(tests/ui/test_file_dialog_locks.py checks it).

Why one module: on Linux and macOS SQLite's locks are POSIX locks, which belong to the process and the file, and
closing *any* descriptor of kpu-rakor.db or its -shm in the process drops all of them. Another process then
believes it is alone and deletes the -wal and -shm on exit; our later commits go into a deleted file and are
lost without an error. A file dialog listing the database's folder did exactly that: to show each file's icon
and type, Qt's icon provider asks QMimeDatabase, which opens a file whose name says nothing (`-shm`) to look at
its first bytes. The rule is that nothing in the process opens the database files but SQLite, and it holds at
four depths:

- The listing: on Linux and macOS the dialog is Qt's own widget dialog with `NameOnlyIconProvider`, which takes
  icon and type from the name and never reads a file. The sidebar, the "look in" list and the completer all
  show the dialog's one file-system model, so they use it too. The platforms' own dialogs are not used there:
  GTK's runs inside our process and sniffs content through GIO, and macOS's panel we cannot inspect.
  On Windows the system dialog stays (it is what users know): Windows locks belong to a handle, so the
  shell reading a file does not touch SQLite's.
- Every window: `install()` (at start-up) gives each file-system model in a window the same provider when the
  window is shown, before Qt lists anything, and turns the platforms' dialogs off app-wide where they sniff.
  That covers listings Qt makes on its own: the print dialog's output-file box completes paths from a
  QFileSystemModel (typing the database's folder there dropped the locks too), and its "…" button opens a
  QFileDialog of Qt's; and any future widget that lists files. An event filter on the application costs about
  a microsecond per event, which is nothing next to losing a day's check-ins.
- The answer: a chosen file that is the database or one beside it (a logo, a photo, a CSV, or a PDF to write
  over it) is refused with a sentence before anything opens it.
- The services: reading or writing a file a user named goes through `db.refuse_database_file` too, for the
  command line and for any path that does not come from a dialog.

Hiding the database files from the listing was not chosen: a filter does not stop the sniffing (the logo
dialog, showing only images, and the folder dialog, showing only folders, dropped the locks all the same), and
a user looking for where the data lives should see it.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QFileInfo, QMimeDatabase, QObject, Qt
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QFileIconProvider, QFileSystemModel, QWidget

from ..domain.db import is_database_file
from . import messages

# The system dialog only where reading a file cannot drop SQLite's locks (see the module docstring).
USE_SYSTEM_DIALOG = sys.platform.startswith("win")


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and types from the file's name alone. Qt's own provider asks QMimeDatabase for the type, which
    opens files whose extension says nothing; this one never opens a file, whatever the folder holds."""

    def __init__(self):
        super().__init__()
        self._mime = QMimeDatabase()
        # Made once: Qt asks for every entry it lists.
        kinds = QAbstractFileIconProvider.IconType
        self._icons = {kind: QFileIconProvider.icon(self, kind) for kind in (kinds.Folder, kinds.File, kinds.Drive)}

    def icon(self, what):
        if isinstance(what, QAbstractFileIconProvider.IconType):
            return self._icons.get(what) or QFileIconProvider.icon(self, what)
        kind = (QAbstractFileIconProvider.IconType.Drive if what.isRoot()
                else QAbstractFileIconProvider.IconType.Folder if what.isDir()
                else QAbstractFileIconProvider.IconType.File)
        return self._icons[kind]

    def type(self, info: QFileInfo) -> str:
        if info.isRoot():
            return QCoreApplication.translate("FileDialogs", "Diska")
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        # mimeTypesForFileName matches the name's patterns only; it does not open the file.
        found = self._mime.mimeTypesForFileName(info.fileName())
        if found:
            return found[0].comment() or found[0].name()
        suffix = info.suffix()
        if suffix:
            return QCoreApplication.translate("FileDialogs", "Berkas {0}").format(suffix.upper())
        return QCoreApplication.translate("FileDialogs", "Berkas")


_shared_provider: NameOnlyIconProvider | None = None


def guard_window(window: QWidget) -> None:
    """Give every file-system model in `window` the name-only provider (Qt's own dialogs make theirs inside)."""
    global _shared_provider
    for model in window.findChildren(QFileSystemModel):
        if not isinstance(model.iconProvider(), NameOnlyIconProvider):
            if _shared_provider is None:
                _shared_provider = NameOnlyIconProvider()
            model.setIconProvider(_shared_provider)


class ListingGuard(QObject):
    """Application-wide: each window, as it is shown (synchronously, before the event loop brings Qt's listing
    in), gets `guard_window`."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            guard_window(obj)
        return False


def install(app: QApplication) -> None:
    """At start-up, once: the process-wide depths (see the module docstring). Safe to call again."""
    if getattr(app, "_listing_guard", None) is not None:
        return
    if not USE_SYSTEM_DIALOG:
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    app._listing_guard = ListingGuard(app)
    app.installEventFilter(app._listing_guard)


def build(parent: QWidget | None, title: str, filters: str = "") -> QFileDialog:
    """The dialog, its provider in place before the event loop runs again: Qt asks the provider only as a
    listing arrives through the event loop (checked on 6.12, with the dialog built on the database's own folder),
    so even the folder it first opens on is listed with it. The caller sets the mode, then `start()`."""
    dialog = QFileDialog(parent)
    dialog.setWindowTitle(title)
    if not USE_SYSTEM_DIALOG:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        provider = NameOnlyIconProvider()
        dialog.setIconProvider(provider)
        dialog._name_only_icons = provider  # the dialog does not own its provider: keep it alive as long
        # Qt ships no Indonesian translation of its own dialog: name the parts a user reads.
        labels = QFileDialog.DialogLabel
        dialog.setLabelText(labels.LookIn, QCoreApplication.translate("FileDialogs", "Lihat di:"))
        dialog.setLabelText(labels.FileName, QCoreApplication.translate("FileDialogs", "Nama berkas:"))
        dialog.setLabelText(labels.FileType, QCoreApplication.translate("FileDialogs", "Jenis berkas:"))
        dialog.setLabelText(labels.Reject, QCoreApplication.translate("FileDialogs", "Batal"))
    if filters:
        dialog.setNameFilters(filters.split(";;"))
    return dialog


def _accept_label(dialog: QFileDialog, text: str) -> None:
    if not USE_SYSTEM_DIALOG:  # the system dialog speaks the system's language
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, text)


def start(dialog: QFileDialog, folder: str) -> None:
    """Turn to `folder` once the mode and the provider are set."""
    if folder:
        dialog.setDirectory(folder)


def _run(dialog: QFileDialog) -> list[str]:
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return dialog.selectedFiles()
    finally:
        dialog.deleteLater()


def _refused(parent: QWidget | None, paths: list[str]) -> bool:
    """Say so when a chosen file is the database or one SQLite keeps beside it: reading it would drop
    SQLite's locks, writing it would destroy the data."""
    own = [p for p in paths if is_database_file(p)]
    if own:
        messages.error(parent, QCoreApplication.translate(
            "FileDialogs", "{0} adalah berkas basis data KPU Rakor yang sedang dipakai; pilih berkas "
                           "lain.").format(Path(own[0]).name))
    return bool(own)


def open_file(parent: QWidget | None, title: str, folder: str = "", filters: str = "") -> str:
    """One existing file, or "" when cancelled. `filters` as Qt writes them: "Gambar (*.png);;Semua berkas (*)"."""
    dialog = build(parent, title, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    _accept_label(dialog, QCoreApplication.translate("FileDialogs", "Buka"))
    start(dialog, folder)
    paths = _run(dialog)
    return "" if not paths or _refused(parent, paths) else paths[0]


def open_files(parent: QWidget | None, title: str, folder: str = "", filters: str = "") -> list[str]:
    """Several existing files, or [] when cancelled."""
    dialog = build(parent, title, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    _accept_label(dialog, QCoreApplication.translate("FileDialogs", "Buka"))
    start(dialog, folder)
    paths = _run(dialog)
    return [] if _refused(parent, paths) else paths


def save_file(parent: QWidget | None, title: str, suggested: str = "", filters: str = "") -> str:
    """Where to write a new file (`suggested` names the folder and the file), or "" when cancelled. The dialog
    asks before an existing file is replaced."""
    dialog = build(parent, title, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    _accept_label(dialog, QCoreApplication.translate("FileDialogs", "Simpan"))
    if suggested:
        path = Path(suggested)
        start(dialog, str(path.parent) if path.name else suggested)
        dialog.selectFile(path.name)
    _suffix_from_filter(dialog)
    paths = _run(dialog)
    return "" if not paths or _refused(parent, paths) else paths[0]


def _suffix_from_filter(dialog: QFileDialog) -> None:
    """A name typed without an extension gets the chosen filter's ("laporan" with "CSV (*.csv)" → laporan.csv):
    the callers decide the format by the extension, as Windows' own dialog does."""
    def follow(name_filter: str) -> None:
        match = re.search(r"\*\.(\w+)", name_filter)
        dialog.setDefaultSuffix(match.group(1) if match else "")
    follow(dialog.selectedNameFilter())
    dialog.filterSelected.connect(follow)


def choose_folder(parent: QWidget | None, title: str, folder: str = "") -> str:
    """An existing folder, or "" when cancelled."""
    dialog = build(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    _accept_label(dialog, QCoreApplication.translate("FileDialogs", "Pilih folder"))
    start(dialog, folder)
    paths = _run(dialog)
    return paths[0] if paths else ""
