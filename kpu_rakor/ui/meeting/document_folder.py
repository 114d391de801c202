"""The folder documents are saved in, made ready before a document is drawn: the default Documents folder is
created when it is missing; a chosen folder that is gone (a USB disk unplugged) or read-only is replaced by one
the user picks now, before the PDF is made, never after minutes of drawing."""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from .. import file_dialogs, messages, settings


def ask_folder(parent: QWidget, current: Path) -> Path | None:
    """The folder question (tests replace it)."""
    folder = file_dialogs.choose_folder(parent, QCoreApplication.translate("DocumentsTab", "Pilih folder dokumen"),
                                        str(current))
    return Path(folder) if folder else None


def default_folder() -> Path:
    """The user's Documents folder (where documents go until another folder is chosen)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home()))


def writable(folder: Path) -> bool:
    """Whether a file can be written in `folder` now (tried, not guessed from permissions: Windows' ACLs and
    network shares make os.access unreliable)."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def ready_folder(parent: QWidget) -> Path | None:
    """The folder to save a document in, ready to be written; None when the user declined to pick one."""
    chosen = settings.DOCUMENT_FOLDER.get()
    folder = Path(chosen) if chosen else default_folder()
    if not chosen:
        try:
            folder.mkdir(parents=True, exist_ok=True)  # a fresh Windows profile may have no Documents yet
        except OSError:
            pass
    while not writable(folder):
        messages.info(parent, QCoreApplication.translate(
            "DocumentFolder", "Folder dokumen {0} tidak ada atau tidak dapat ditulisi. Pilih folder lain untuk "
                              "menyimpan dokumen.").format(folder))
        picked = ask_folder(parent, folder if folder.is_dir() else default_folder())
        if picked is None:
            return None
        folder = picked
    if str(folder) != chosen and (chosen or folder != default_folder()):
        settings.DOCUMENT_FOLDER.set(str(folder))  # the next document goes there without asking again
    return folder
