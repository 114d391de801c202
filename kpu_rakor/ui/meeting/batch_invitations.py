"""*Undangan WA massal…* on the Undangan tab: every invitee's QR and WhatsApp text at once, either as a folder
(one PNG and one TXT per person, and daftar-undangan.xlsx with the wa.me links) or as one PDF to print, six
invitations to a page. With two or more invitees selected, only those; otherwise everyone invited.

The work (reading, drawing 100 QR images, writing) runs in a Job with a progress dialog and Batal.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from .. import file_dialogs, messages
from ..jobs import Job


def make_button(parent: QWidget, meeting_id: Callable[[], int | None], person_ids: Callable[[], list[int]]
                ) -> QPushButton:
    """The button with its menu. `meeting_id()` and `person_ids()` are read when the user chooses."""
    button = QPushButton(QCoreApplication.translate("BatchInvitations", "Undangan WA &massal…"), parent)
    button.setToolTip(QCoreApplication.translate(
        "BatchInvitations", "Kode QR dan teks WhatsApp untuk semua undangan sekaligus (atau yang dipilih, bila "
                            "lebih dari satu): satu folder berisi gambar dan teks per orang, atau satu PDF untuk "
                            "dicetak."))
    menu = QMenu(button)
    folder = menu.addAction("")
    sheet = menu.addAction("")

    def label() -> None:
        n = len(person_ids())
        folder.setText(QCoreApplication.translate(
            "BatchInvitations", "Folder gambar QR dan teks WhatsApp ({0} orang)…").format(n))
        sheet.setText(QCoreApplication.translate("BatchInvitations", "Lembar cetak PDF ({0} orang)…").format(n))

    menu.aboutToShow.connect(label)
    folder.triggered.connect(lambda: save_folder(parent, meeting_id(), person_ids()))
    sheet.triggered.connect(lambda: save_sheet(parent, meeting_id(), person_ids()))
    button.setMenu(menu)
    return button


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home()))


def _run(parent: QWidget | None, work: Callable, count: int):
    """Run `work(progress)` with a progress dialog; the result, or None when cancelled or failed (told)."""
    title = QCoreApplication.translate("BatchInvitations", "Undangan WA massal")
    job = Job(work, name="batch-invitations")
    job.show_dialog(parent, title, QCoreApplication.translate(
        "BatchInvitations", "Membuat undangan ({0} orang)…").format(count), 300)
    outcome: dict = {}
    job.finished.connect(lambda result: outcome.update(done=result))
    job.failed.connect(lambda exc: outcome.update(failed=exc))
    job.exec()
    if "failed" in outcome:
        messages.show_exception(parent, outcome["failed"])
        return None
    return outcome.get("done")


def save_folder(parent: QWidget | None, meeting_id: int | None, person_ids: list[int]) -> Path | None:
    """Ask for a folder, then write a new sub-folder there (the files of a second run never mix with the
    first's). Returns the sub-folder written."""
    if meeting_id is None or not person_ids:
        return None
    chosen = file_dialogs.choose_folder(
        parent, QCoreApplication.translate("BatchInvitations", "Pilih folder untuk undangan WhatsApp"),
        str(_documents()))
    if not chosen:
        return None
    target = Path(chosen) / f"undangan-wa-{meeting_id}-{datetime.now().strftime('%Y%m%d-%H%M%S')}"

    def work(progress):
        from ...domain.services import invitation_batch

        target.mkdir(exist_ok=True)
        return invitation_batch.write_folder(meeting_id, target, person_ids, progress=progress)

    result = _run(parent, work, len(person_ids))
    if result is None:
        return None
    messages.info(parent, QCoreApplication.translate(
        "BatchInvitations", "Tersimpan: {0} gambar QR dan {0} teks WhatsApp, dengan daftar {1}.\n\nFolder: {2}")
        .format(result.count, result.index.name, result.folder))
    return result.folder


def save_sheet(parent: QWidget | None, meeting_id: int | None, person_ids: list[int]) -> Path | None:
    """Ask for a PDF name, then write the invitations to print."""
    if meeting_id is None or not person_ids:
        return None
    path = file_dialogs.save_file(
        parent, QCoreApplication.translate("BatchInvitations", "Simpan lembar undangan WhatsApp"),
        str(_documents() / f"undangan-wa-{meeting_id}-{datetime.now().strftime('%Y%m%d-%H%M')}.pdf"),
        QCoreApplication.translate("BatchInvitations", "Dokumen PDF (*.pdf)"))
    if not path:
        return None
    path = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")

    def work(progress):
        from ...domain.services import invitation_batch

        return invitation_batch.write_sheet(meeting_id, path, person_ids, progress=progress)

    out = _run(parent, work, len(person_ids))
    if out is None:
        return None
    messages.info(parent, QCoreApplication.translate("BatchInvitations", "Tersimpan: {0}\n\nFolder: {1}")
                  .format(out.name, out.parent))
    return out
