"""Pengaturan → Cadangan: back up now, restore from a backup (the pages reload), the folder, how many to keep,
the daily backup on closing; on PostgreSQL the pg_dump sentence instead of buttons; a 0-byte database file."""
from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain.services import backup, people
from kpu_rakor.ui.preferences import backup_box, backup_prefs
from kpu_rakor.ui.main_window import MainWindow
from kpu_rakor.ui.preferences.settings_page import SettingsPage


def _wait_idle(qtbot, box) -> None:
    qtbot.waitUntil(lambda: box.job is None and box.backup_button.isEnabled(), timeout=30_000)


def _persons(path: Path) -> list[str]:
    con = sqlite3.connect(str(path))
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM person"))
    finally:
        con.close()


def test_back_up_now_choose_folder_and_keep(qtbot, office, tmp_path, monkeypatch):
    page = SettingsPage()
    qtbot.addWidget(page)
    box = page.backup_box
    assert box.folder_label.text() == str(backup.default_folder())
    assert box.last_label.text() == "belum ada di folder ini"
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    monkeypatch.setattr(backup_box, "ask_path", lambda parent, kind, start: str(folder) if kind == "folder" else "")
    qtbot.mouseClick(box.folder_button, Qt.LeftButton)
    box.keep.setValue(2)
    box.daily.setChecked(False)
    saved = backup_prefs.policy()  # remembered for this PC (QSettings)
    assert (saved.folder, saved.keep, saved.daily) == (folder, 2, False)
    for _ in range(3):
        qtbot.mouseClick(box.backup_button, Qt.LeftButton)
        assert not box.restore_button.isEnabled()  # busy while the worker copies
        _wait_idle(qtbot, box)
    made = backup.backups_in(folder)
    assert len(made) == 2  # only the newest two are kept
    assert "Cadangan tersimpan dan sudah diperiksa" in box.status.text() and made[-1].name in box.status.text()
    assert box.last_label.text() != "belum ada di folder ini"
    assert not box.busy.isVisible()


def test_restore_from_a_backup_reloads_the_pages(qtbot, office, tmp_path, monkeypatch, message_log):
    people.create(name="Sebelum Cadangan")
    saved = backup.backup_sqlite(tmp_path)
    people.create(name="Sesudah Cadangan")
    win = MainWindow()
    qtbot.addWidget(win)
    win.nav.setCurrentRow(2)  # Direktori, built before the restore
    directory = win.pages["direktori"]
    rows_before = directory.model.rowCount()
    win.nav.setCurrentRow(6)  # Pengaturan
    box = win.pages["pengaturan"].backup_box
    monkeypatch.setattr(backup_box, "ask_path", lambda parent, kind, start: str(saved))
    qtbot.mouseClick(box.restore_button, Qt.LeftButton)
    _wait_idle(qtbot, box)
    kind, question = message_log.shown[0]
    assert kind == "confirm" and "1 orang" in question and "Pulihkan?" in question
    kind, text = message_log.shown[-1]
    assert kind == "info" and text.startswith("Dipulihkan dari cadangan") and "Salinan basis data sebelumnya" in text
    live = dbmod.current_info().path
    assert _persons(live) == ["Sebelum Cadangan"]
    assert directory.model.rowCount() == rows_before - 1  # the page shows the restored data


def test_restore_cancelled_or_refused_changes_nothing(qtbot, office, tmp_path, monkeypatch, message_log):
    people.create(name="Tetap Ada")
    saved = backup.backup_sqlite(tmp_path)
    people.create(name="Juga Tetap Ada")
    page = SettingsPage()
    qtbot.addWidget(page)
    box = page.backup_box
    live = dbmod.current_info().path
    before = _persons(live)
    message_log.answer = False  # the user says Batal
    monkeypatch.setattr(backup_box, "ask_path", lambda parent, kind, start: str(saved))
    qtbot.mouseClick(box.restore_button, Qt.LeftButton)
    assert box.job is None and _persons(live) == before
    bad = tmp_path / "kpu-rakor-cadangan-rusak.db"
    bad.write_text("ini bukan cadangan")
    monkeypatch.setattr(backup_box, "ask_path", lambda parent, kind, start: str(bad))
    qtbot.mouseClick(box.restore_button, Qt.LeftButton)
    assert message_log.shown[-1][0] == "error" and "bukan cadangan KPU Rakor" in message_log.shown[-1][1]
    assert _persons(live) == before


def test_postgresql_shows_how_to_use_pg_dump(qtbot, pg_db):
    from kpu_rakor.domain.services import installation, satker

    installation.set_office(satker.by_region_code("35.04").id)
    page = SettingsPage()
    qtbot.addWidget(page)
    box = page.backup_box
    assert box.server_note is not None
    assert "pg_dump" in box.server_note.text() and "pg_restore" in box.server_note.text()
    assert not hasattr(box, "backup_button")


def test_daily_backup_when_the_window_closes(qtbot, office, message_log):
    folder = backup.default_folder()
    win = MainWindow()
    qtbot.addWidget(win)
    win.close()
    assert len(backup.backups_in(folder)) == 1
    again = MainWindow()
    qtbot.addWidget(again)
    again.close()
    assert len(backup.backups_in(folder)) == 1  # once a day
    assert not message_log.shown


def test_an_empty_database_file_is_only_made_new_when_the_user_says_so(tmp_path, message_log):
    from kpu_rakor import app

    path = tmp_path / "rakor.db"
    path.write_bytes(b"")
    args = argparse.Namespace(db=f"sqlite:///{path}", quit_after_start=False)
    message_log.answer = False
    with pytest.raises(dbmod.EmptyDatabaseFile):
        app._open_database(args)
    assert "kosong (0 byte). Jadikan basis data baru?" in message_log.shown[-1][1]
    assert path.stat().st_size == 0
    message_log.answer = True
    app._open_database(args)
    try:
        assert path.stat().st_size > 0
    finally:
        dbmod.close_database()


PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileIconProvider, QWidget
from kpu_rakor.ui.preferences import backup_box
app = QApplication([])
if sys.argv[2] == "qt":
    backup_box._NoPeekIcons = QFileIconProvider   # the control: Qt's own provider
QTimer.singleShot(1500, lambda: QApplication.activeModalWidget().reject())
backup_box.ask_path(QWidget(), "file", Path(sys.argv[1]))
"""
