"""Kartu peserta from the app: ask a file name, render off the GUI thread with a cancellable progress dialog,
then open the PDF in the system viewer.

The database is read in the GUI thread (the cards, a few quick queries) and written there too (the audit
entry); the worker thread only draws and writes the file, so it needs no connection of its own.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from .. import file_dialogs, messages
from ..jobs import Job


def default_path(meeting_id: int, now: datetime | None = None) -> Path:
    """A new name each time (viewers lock the file they show): Documents/kartu-qr-<id>-<YYYYMMDD-HHMMSS>.pdf."""
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return Path(folder) / f"kartu-qr-{meeting_id}-{stamp}.pdf"


def _ask_path(parent: QWidget | None, meeting_id: int) -> Path | None:
    path = file_dialogs.save_file(parent, QCoreApplication.translate("BadgeExport", "Simpan kartu peserta"),
                                  str(default_path(meeting_id)),
                                  QCoreApplication.translate("BadgeExport", "Dokumen PDF (*.pdf)"))
    if not path:
        return None
    path = Path(path)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def export_badges(parent: QWidget | None, meeting_id: int, paper: str | None = None) -> Path | None:
    """The whole export, from the file question to the opened PDF. Returns the file written, or None when
    the user cancelled or something failed (the user has then been told why in a sentence)."""
    from ...domain import documents
    from ...domain.services import meeting_header

    kind = documents.kind(documents.BADGES)
    with messages.guarded(parent) as g:
        header = meeting_header.read(meeting_id)
        paper = paper or header.office.paper
        cards = documents.build(kind, header)  # refuses a meeting without invitees before any question is asked
    if not g.ok:
        return None
    path = _ask_path(parent, meeting_id)
    if path is None:
        return None

    def work(progress) -> str:
        data = documents.draw(kind, header, cards, paper, progress=progress)
        return str(documents.write_pdf(path, data))

    job = Job(work, name="badges", uses_database=False)  # the worker only draws: the database was read above
    job.show_dialog(parent, QCoreApplication.translate("BadgeExport", "Kartu peserta"),
                    QCoreApplication.translate("BadgeExport", "Membuat kartu peserta ({0} orang)…")
                    .format(len(cards.cards)), 300)
    outcome: dict = {}
    job.finished.connect(lambda written: outcome.update(done=Path(written)))
    job.failed.connect(lambda exc: outcome.update(failed=exc))
    job.exec()  # the progress dialog is window-modal: the rest of the app waits, but still paints

    if "failed" in outcome:
        messages.show_exception(parent, outcome["failed"])
        return None
    if "done" not in outcome:
        return None  # cancelled: nothing was written
    out = outcome["done"]
    with messages.guarded(parent) as g:
        documents.log_export(kind, header, cards, out, paper)
    if not g.ok:
        return out
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(out))):
        messages.error(parent, QCoreApplication.translate(
            "BadgeExport", "Kartu peserta sudah disimpan di {0}, tetapi tidak ada program yang dapat "
                           "membukanya. Buka berkas itu dari pengelola berkas, atau pasang pembaca "
                           "PDF.").format(out))
    return out
