"""The Pengaturan page's *Cadangan* group: back up now, restore from a backup, the folder, how many to keep,
the daily backup on closing, and when the last backup was made. On PostgreSQL it explains pg_dump instead."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...domain.db import current_info
from ...domain.services import backup, restore
from ...domain.timefmt import clock, date_only
from . import backup_prefs
from .. import file_dialogs, messages
from ..jobs import Job
from ..widgets import HintLabel


def ask_path(parent: QWidget, kind: str, start: Path) -> str:
    """The one place this group asks for a path ("file": a backup to restore, "folder": where backups go);
    "" when cancelled. Through the app's file-dialog helper, which never opens the files it lists."""
    if kind == "folder":
        return file_dialogs.choose_folder(parent, QCoreApplication.translate("BackupBox", "Pilih folder cadangan"),
                                          str(start))
    return file_dialogs.open_file(
        parent, QCoreApplication.translate("BackupBox", "Pulihkan dari cadangan"), str(start),
        QCoreApplication.translate("BackupBox", "Cadangan KPU Rakor (kpu-rakor-cadangan-*.db *.db)") + ";;"
        + QCoreApplication.translate("BackupBox", "Semua berkas (*)"))


class BackupBox(QGroupBox):
    """`restored` is emitted after a restore succeeded: every screen must reload its data."""

    restored = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Cadangan"), parent)
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        info = current_info()
        self.server_note = None
        if info is None or info.engine != "sqlite":
            # A server database is backed up on the server; the buttons would only be a promise we cannot keep.
            self.server_note = QLabel(backup.postgres_instructions())
            self.server_note.setWordWrap(True)
            self.server_note.setTextInteractionFlags(Qt.TextSelectableByMouse)  # the commands can be copied
            layout.addWidget(self.server_note)
            return

        policy = backup_prefs.policy()
        self.last_label = QLabel()
        self.backup_button = QPushButton(self.tr("&Cadangkan sekarang"))
        self.restore_button = QPushButton(self.tr("P&ulihkan dari cadangan…"))
        self.folder_label = QLabel(str(policy.folder))
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Ganti &folder…"))
        self.keep = QSpinBox()
        self.keep.setRange(*backup_prefs.KEEP_RANGE)
        self.keep.setValue(policy.keep)
        self.keep.setSuffix(self.tr(" cadangan terbaru"))
        self.daily = QCheckBox(self.tr("Cadangkan otomatis sekali sehari saat aplikasi ditutup"))
        self.daily.setChecked(policy.daily)
        self.busy = QProgressBar()
        self.busy.setRange(0, 100)
        self.busy.setVisible(False)
        self.status = HintLabel()

        form = QFormLayout()
        form.addRow(self.tr("Cadangan terakhir:"), self.last_label)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        form.addRow(self.tr("Folder cadangan:"), folder_row)
        form.addRow(self.tr("Jumlah &disimpan:"), self.keep)
        form.addRow("", self.daily)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        note = QLabel(self.tr("Cadangan berisi data pribadi (nama, NIP, nomor telepon, tanda tangan): simpan "
                              "salinannya di disk lain atau flashdisk dengan hati-hati."))
        note.setWordWrap(True)
        layout.addWidget(note)

        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_from_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.keep.valueChanged.connect(self._save_policy)
        self.daily.toggled.connect(self._save_policy)
        self.show_last_backup()

    # --- settings --------------------------------------------------------------------------------------

    def policy(self) -> backup.BackupPolicy:
        return backup.BackupPolicy(Path(self.folder_label.text()), self.keep.value(), self.daily.isChecked())

    def _save_policy(self) -> None:
        backup_prefs.save(self.policy())

    def choose_folder(self) -> None:
        chosen = ask_path(self, "folder", Path(self.folder_label.text()))
        if not chosen:
            return
        self.folder_label.setText(str(Path(chosen)))
        self._save_policy()
        self.show_last_backup()
        self.status.set_hint(self.tr("Folder cadangan tersimpan."))

    def show_last_backup(self) -> None:
        last = backup.last_backup(Path(self.folder_label.text()))
        self.last_label.setText(self.tr("belum ada di folder ini") if last is None
                                else f"{date_only(last)} {clock(last)}")

    # --- back up now -----------------------------------------------------------------------------------

    def back_up_now(self) -> Job:
        policy = self.policy()
        job = Job(lambda progress: backup.automatic_backup(policy, progress), name="cadangan")
        job.finished.connect(self._backed_up)
        self._run(job, self.tr("Mencadangkan basis data…"))
        return job

    def _backed_up(self, path) -> None:
        self.show_last_backup()
        self.status.set_hint(self.tr("Cadangan tersimpan dan sudah diperiksa: {0}").format(str(path)))

    # --- restore ---------------------------------------------------------------------------------------

    def restore_from_file(self) -> Job | None:
        chosen = ask_path(self, "file", Path(self.folder_label.text()))
        if not chosen:
            return None
        try:
            contents = restore.check_backup(chosen)
        except messages.UserError as exc:
            messages.error(self, messages.sentence(exc))
            return None
        except Exception as exc:  # noqa: BLE001 - the edge of an action: shown as a sentence
            messages.show_exception(self, exc)
            return None
        question = self.tr(
            "Berkas ini berisi {0}.\n\nSeluruh isi basis data sekarang akan diganti dengan isi cadangan itu. "
            "Salinan basis data sekarang disimpan dulu di {1}. Tutup jendela rapat yang sedang terbuka "
            "sebelum melanjutkan.\n\nPulihkan?").format(contents.summary(), self.folder_label.text())
        if not messages.confirm(self, question, self.tr("Pulihkan")):
            return None
        folder = Path(self.folder_label.text())

        def work(progress):
            return restore.restore_sqlite(
                contents.path, safety_folder=folder,
                pages=backup.STEP_PAGES, on_step=progress)

        job = Job(work, name="pulihkan")
        job.finished.connect(self._restored)
        self._run(job, self.tr("Memulihkan basis data…"))
        return job

    def _restored(self, result) -> None:
        self.show_last_backup()
        self.status.set_hint(result.message())
        self.restored.emit()
        messages.info(self, result.message() + " " + self.tr("Semua halaman dimuat ulang dari data yang "
                                                             "dipulihkan."))

    # --- running a job ---------------------------------------------------------------------------------

    def _run(self, job: Job, text: str) -> None:
        job.percent.connect(self.busy.setValue)
        job.failed.connect(self._failed)
        job.ended.connect(self._ended)
        self.job = job
        for w in (self.backup_button, self.restore_button, self.folder_button):
            w.setEnabled(False)
        self.busy.setValue(0)
        self.busy.setVisible(True)
        self.status.set_hint(text)
        job.start()

    def _failed(self, exc) -> None:
        if isinstance(exc, messages.UserError):
            self.status.set_error(messages.sentence(exc))
        else:
            self.status.set_error(self.tr("Gagal; lihat pesan."))
        messages.show_exception(self, exc)

    def _ended(self) -> None:
        for w in (self.backup_button, self.restore_button, self.folder_button):
            w.setEnabled(True)
        self.busy.setVisible(False)
        self.job = None
