"""*Ekspor…* of a list to Excel or CSV, shared by every screen that has one (Undangan, Kehadiran, Tindak Lanjut,
Direktori): ask where (the dialog's filter picks XLSX or CSV), read and write in a Job, then say
"Tersimpan: nama.xlsx" or why not in one sentence.

A screen passes `build`, a function returning the `domain.tables.Workbook`; it runs in the job's thread with
its own database connection, so a list of thousands of rows never freezes the window.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QPushButton, QWidget

from . import file_dialogs, messages
from .jobs import Job


def export_button(what: str, parent: QWidget | None = None) -> QPushButton:
    """The *Ekspor daftar…* button every list screen shows (not just "Ekspor…": the Direktori also has the
    export of one person's data), with its tooltip (see `tooltip`)."""
    button = QPushButton(QCoreApplication.translate("ListExport", "Ekspor daftar…"), parent)
    button.setToolTip(tooltip(what))
    return button


def suggested_path(stem: str, now: datetime | None = None) -> Path:
    """Documents/<stem>-<YYYYMMDD-HHMM>.xlsx: a new name each time (a file open in Excel cannot be replaced)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
    return Path(folder) / f"{stem}-{(now or datetime.now()).strftime('%Y%m%d-%H%M')}.xlsx"


def ask_path(parent: QWidget | None, title: str, stem: str) -> Path | None:
    """The file to write, XLSX or CSV as the dialog's filter chose; None when cancelled."""
    path = file_dialogs.save_file(
        parent, title, str(suggested_path(stem)),
        QCoreApplication.translate("ListExport", "Buku kerja Excel (*.xlsx);;CSV, dipisah koma (*.csv)"))
    if not path:
        return None
    path = Path(path)
    return path if path.suffix.lower() in (".xlsx", ".csv") else path.with_name(path.name + ".xlsx")


def export_list(parent: QWidget | None, title: str, stem: str, build: Callable, *, entity: str,
                meeting_id: int | None = None) -> Path | None:
    """The whole export: the question, the work off the GUI thread (a progress dialog when it takes long),
    the answer. Returns the file written, or None (cancelled, or the user was told why)."""
    path = ask_path(parent, title, stem)
    if path is None:
        return None

    def work(progress) -> str:
        from ..domain.services.list_exports import save

        progress(0, 2, QCoreApplication.translate("ListExport", "Membaca daftar…"))
        book = build()
        progress(1, 2, QCoreApplication.translate("ListExport", "Menulis {0}…").format(path.name))
        return str(save(book, path, entity=entity, meeting_id=meeting_id))

    job = Job(work, name="list-export")
    job.show_dialog(parent, title, QCoreApplication.translate("ListExport", "Menyiapkan {0}…").format(path.name),
                    500)
    outcome: dict = {}
    job.finished.connect(lambda written: outcome.update(done=Path(written)))
    job.failed.connect(lambda exc: outcome.update(failed=exc))
    job.exec()
    if "failed" in outcome:
        messages.show_exception(parent, outcome["failed"])
        return None
    if "done" not in outcome:
        return None  # cancelled
    done = outcome["done"]
    messages.info(parent, QCoreApplication.translate("ListExport", "Tersimpan: {0}\n\nFolder: {1}")
                  .format(done.name, done.parent))
    return outcome["done"]


# --- the lists: what each screen's button calls -------------------------------------------------------------

def export_invitees(parent: QWidget | None, meeting_id: int) -> Path | None:
    from ..domain.services.list_exports import invitees_workbook

    return export_list(parent, QCoreApplication.translate("ListExport", "Ekspor daftar undangan"),
                       f"undangan-{meeting_id}", lambda: invitees_workbook(meeting_id), entity="meeting",
                       meeting_id=meeting_id)


def export_attendance(parent: QWidget | None, meeting_id: int) -> Path | None:
    from ..domain.services.list_exports import attendance_workbook

    return export_list(parent, QCoreApplication.translate("ListExport", "Ekspor kehadiran"),
                       f"kehadiran-{meeting_id}", lambda: attendance_workbook(meeting_id), entity="attendance",
                       meeting_id=meeting_id)


def export_receipts(parent: QWidget | None, meeting_id: int) -> Path | None:
    from ..domain.services.receipts import workbook

    return export_list(parent, QCoreApplication.translate("ListExport", "Ekspor daftar tanda terima"),
                       f"tanda-terima-{meeting_id}", lambda: workbook(meeting_id), entity="tanda_terima",
                       meeting_id=meeting_id)


def export_followups(parent: QWidget | None, rows: list, *, meeting_id: int | None = None, **filters
                     ) -> Path | None:
    """`rows`: the follow-ups as the screen shows them (filtered, searched, sorted); `filters` the page's
    person_id, satker_id, series_id and search, for the Informasi sheet."""
    from ..domain.services.list_exports_more import followups_workbook

    stem = f"tindak-lanjut-{meeting_id}" if meeting_id is not None else "tindak-lanjut"
    return export_list(parent, QCoreApplication.translate("ListExport", "Ekspor tindak lanjut"), stem,
                       lambda: followups_workbook(list(rows), meeting_id=meeting_id, **filters),
                       entity="follow_up", meeting_id=meeting_id)


def export_directory(parent: QWidget | None, search: str = "", **filters) -> Path | None:
    """The people the Direktori shows: its search and its filters (level, province_id, kind)."""
    from ..domain.services.list_exports_more import directory_workbook

    return export_list(parent, QCoreApplication.translate("ListExport", "Ekspor direktori"), "direktori",
                       lambda: directory_workbook(search, **filters), entity="person")


def tooltip(what: str) -> str:
    """The button's tooltip for the list `what` names ("invitees", "attendance", "followups", "directory")."""
    return {
        "invitees": QCoreApplication.translate(
            "ListExport", "Simpan daftar undangan yang tersimpan sebagai berkas Excel (XLSX) atau CSV."),
        "attendance": QCoreApplication.translate(
            "ListExport", "Simpan kehadiran semua undangan dan yang tercatat (status, saluran, cara, jam masuk, "
                          "menit terlambat dan menit daring) sebagai berkas Excel (XLSX) atau CSV."),
        "followups": QCoreApplication.translate(
            "ListExport", "Simpan tindak lanjut yang tampil di daftar ini sebagai berkas Excel (XLSX) atau CSV."),
        "directory": QCoreApplication.translate(
            "ListExport", "Simpan orang yang tampil di direktori, beserta daftar satker dan instansi, sebagai "
                          "berkas Excel (XLSX) atau CSV."),
    }[what]
