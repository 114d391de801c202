"""This PC's backup settings (folder, how many to keep, daily on closing) and the daily backup on closing.

They live in QSettings, not in the database's Setting table: that table is for what every PC sharing a
database must agree on, while a backup folder is a place on this PC's disk. Restoring an old backup must not
move the folder back to where it was then, and a database copied to another PC must not carry this PC's path.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from ...domain.services import backup
from .. import settings

log = logging.getLogger(__name__)

KEEP_RANGE = (1, 100)


def policy() -> backup.BackupPolicy:
    folder = settings.BACKUP_FOLDER.get()
    keep = settings.BACKUP_KEEP.get(backup.DEFAULT_KEEP)
    daily = settings.BACKUP_DAILY.get()
    return backup.BackupPolicy(Path(folder) if folder else backup.default_folder(),
                               max(KEEP_RANGE[0], min(KEEP_RANGE[1], keep)), daily)


def save(p: backup.BackupPolicy) -> None:
    settings.BACKUP_FOLDER.set("" if p.folder == backup.default_folder() else str(p.folder))
    settings.BACKUP_KEEP.set(p.keep)
    settings.BACKUP_DAILY.set(p.daily, sync=True)


def daily_backup_on_close(parent) -> None:
    """Called as the main window closes: once a day (unless turned off), a verified backup. A failure is
    shown as a sentence and logged; it never keeps the app open, and nothing in the database changes."""
    from .. import messages

    p = policy()
    try:
        if not backup.daily_backup_due(p):
            return
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            backup.automatic_backup(p)
        finally:
            QApplication.restoreOverrideCursor()
    except backup.UserError as exc:
        log.warning("cadangan harian gagal: %s", exc)
        messages.error(parent, QCoreApplication.translate(
            "backup", "Cadangan harian saat menutup aplikasi gagal: {0}").format(messages.sentence(exc)))
    except Exception as exc:  # noqa: BLE001 - closing the app must not crash on a backup
        messages.show_exception(parent, exc)
