"""The Rekap page's exports: ask where (through file_dialogs), then write the recap already on screen as XLSX,
CSV or the recap PDF in a Job with a cancellable progress dialog. What is written is what the page shows: the
recap value is not read again."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from .. import file_dialogs, messages
from ..jobs import Job

SUFFIXES = {"xlsx": ".xlsx", "csv": ".csv", "pdf": ".pdf"}


def default_path(recap, fmt: str) -> Path:
    """Documents/rekap-2021-04-01-sd-2021-04-30.xlsx: the period in the name, so a month's files sort."""
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
    f = recap.filter
    return Path(folder) / f"rekap-{f.date_from.isoformat()}-sd-{f.date_to.isoformat()}{SUFFIXES[fmt]}"


def ask_path(parent: QWidget | None, fmt: str, suggested: str) -> str:
    """Where to write the `fmt` file, or "" when cancelled."""
    titles = {"xlsx": QCoreApplication.translate("RecapExports", "Ekspor rekap ke Excel"),
              "csv": QCoreApplication.translate("RecapExports", "Ekspor rekap ke CSV"),
              "pdf": QCoreApplication.translate("RecapExports", "Simpan PDF rekap")}
    filters = {"xlsx": QCoreApplication.translate("RecapExports", "Buku kerja Excel (*.xlsx)"),
               "csv": QCoreApplication.translate("RecapExports", "Berkas CSV (*.csv)"),
               "pdf": QCoreApplication.translate("RecapExports", "Dokumen PDF (*.pdf)")}
    return file_dialogs.save_file(parent, titles[fmt], suggested, filters[fmt])


def export(parent: QWidget | None, recap, fmt: str, by: str = "person") -> Path | None:
    """The whole export, from the file question to the written file (a CSV holds one table: `by`). Returns
    the file, or None when the user cancelled or it failed (the user has then been told why in a sentence)."""
    from ...domain.services import recap as recap_service

    answer = ask_path(parent, fmt, str(default_path(recap, fmt)))
    if not answer:
        return None
    path = Path(answer)
    if path.suffix.lower() != SUFFIXES[fmt]:
        path = path.with_name(path.name + SUFFIXES[fmt])

    def work(progress) -> str:
        progress(0, 100)  # Batal before the file is begun
        return str(recap_service.write(recap, path, fmt, by=by, progress=progress))

    # The PDF reads the office's letterhead, so the worker gets its own connection.
    job = Job(work, name=f"rekap-{fmt}", uses_database=True)
    job.show_dialog(parent, QCoreApplication.translate("RecapExports", "Ekspor rekap"),
                    QCoreApplication.translate("RecapExports", "Menulis {0}…").format(path.name), 300)
    outcome: dict = {}
    job.finished.connect(lambda written: outcome.update(done=Path(written)))
    job.failed.connect(lambda exc: outcome.update(failed=exc))
    job.exec()  # the progress dialog is window-modal: the rest of the app waits, but still paints
    if "failed" in outcome:
        messages.show_exception(parent, outcome["failed"])
        return None
    return outcome.get("done")  # None: cancelled before anything was written
