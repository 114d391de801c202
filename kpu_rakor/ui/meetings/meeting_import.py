"""*Impor berkas rapat*: a meeting exported by another office or PC (`kpu-rakor-cli meeting export`, the same
file as `meeting import`) becomes a new meeting here. The file is read and written off the GUI thread; a file
that is not a meeting export is told in one sentence."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from .. import file_dialogs, messages
from ..jobs import Job


def pick_file(parent: QWidget | None) -> str:
    """The file the user chose, or "" (tests replace this instead of driving the file dialog)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
    return file_dialogs.open_file(
        parent, QCoreApplication.translate("MeetingImport", "Impor berkas rapat"), folder,
        QCoreApplication.translate("MeetingImport", "Berkas rapat KPU Rakor (*.json)") + ";;"
        + QCoreApplication.translate("MeetingImport", "Semua berkas (*)"))


def _take_office(parent: QWidget | None, path: str) -> bool:
    """On a PC with no office profile yet, a meeting file that names the office which recorded it may set it
    (its satker, city, website, writer's initials): asked first, never done silently."""
    from ...domain.services import installation, transfer, transfer_news

    if installation.is_configured():
        return False
    with messages.guarded(parent) as g:
        office = transfer_news.recording_office(transfer.read_file(path))
    if not g.ok or office is None:
        return False
    return messages.confirm(parent, QCoreApplication.translate(
        "MeetingImport", "PC ini belum punya profil kantor. Berkas ini dicatat oleh {0}. Jadikan {0} kantor PC "
                         "ini (satker, kota, laman dan inisial penulis berita diambil dari berkas)?").format(office),
        QCoreApplication.translate("MeetingImport", "Ya, jadikan kantor PC ini"))


def import_meeting(parent: QWidget | None, path: str | None = None) -> int | None:
    """Ask for a file (unless `path` is given) and import it as a new meeting; its id, or None when the user
    cancelled or the file was refused (told in one sentence)."""
    path = path or pick_file(parent)
    if not path:
        return None
    set_office = _take_office(parent, path)

    def work(progress):
        from ...domain.services import transfer

        progress(0, 1, "")
        return transfer.import_file(path, set_office=set_office).id

    job = Job(work, name="meeting-import")
    job.show_dialog(parent, QCoreApplication.translate("MeetingImport", "Impor berkas rapat"),
                    QCoreApplication.translate("MeetingImport", "Membaca {0}…").format(Path(path).name), 500)
    outcome: dict = {}
    job.finished.connect(lambda result: outcome.update(done=result))
    job.failed.connect(lambda exc: outcome.update(failed=exc))
    job.exec()
    if "failed" in outcome:
        exc = outcome["failed"]
        text = messages.sentence_for(exc)
        if text is None:  # not a sentence of ours: the file is not what we can read, whatever the reason
            import logging
            logging.getLogger(__name__).warning("impor berkas rapat gagal: %s", path,
                                                exc_info=(type(exc), exc, exc.__traceback__))
            text = QCoreApplication.translate(
                "MeetingImport", "Berkas {0} tidak dapat diimpor: bukan berkas ekspor rapat KPU Rakor yang "
                                 "dapat dibaca.").format(Path(path).name)
        messages.error(parent, text)
        return None
    return outcome.get("done")
