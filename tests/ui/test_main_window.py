"""The main window: opens, switches pages with Ctrl+1..7, remembers its geometry, starts from the command line."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QRect, Qt

from kpu_rakor.ui.main_window import MainWindow

from ui_helpers import activate


def test_navigation_shortcuts_switch_pages(qtbot, office):
    win = MainWindow()
    qtbot.addWidget(win)
    activate(qtbot, win)
    assert win.current_page_key() == "beranda"  # the app opens on what needs doing today
    keys = ("beranda", "rapat", "direktori", "checkin", "tindaklanjut", "rekap", "pengaturan")
    for n, key in enumerate(keys, start=1):
        qtbot.keyClick(win, Qt.Key(Qt.Key_0 + n), Qt.ControlModifier)
        assert win.current_page_key() == key
        assert win.stack.currentWidget() is win.pages[key]
    assert win.nav.item(0).text() == "Beranda"
    assert win.nav.item(0).toolTip() == "Beranda (Ctrl+1)"
    assert win.nav.item(4).text() == "Tindak Lanjut"
    assert type(win.pages["tindaklanjut"]).__name__ == "FollowUpsPage"
    assert win.nav.item(3).text() == "Presensi"  # the word the CLI and the documents use
    assert type(win.pages["checkin"]).__name__ == "DeskPage"
    assert "Tulungagung" in win.office_label.text()
    assert "rakor.db" in win.db_label.text()


def test_geometry_is_restored(qtbot, office):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.setGeometry(QRect(30, 40, 720, 520))  # inside the offscreen screen (800×600)
    win.splitter.setSizes([210, 510])
    qtbot.wait(10)
    win.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.size() == win.size()
    assert again.splitter.sizes()[0] == win.splitter.sizes()[0]


def test_unconfigured_office_shows_in_status_bar(qtbot, sqlite_db, message_log, monkeypatch):
    from kpu_rakor.ui import first_start

    win = MainWindow()
    qtbot.addWidget(win)
    assert "belum dipilih" in win.office_label.text()
    monkeypatch.setattr(first_start.FirstStartDialog, "exec", lambda self: 0)  # the user cancels
    win.ask_office_if_needed()
    assert "Pengaturan" in win.statusBar().currentMessage()


def test_quit_after_start_exits_zero(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path))
    url = f"sqlite:///{tmp_path / 'smoke.db'}"
    done = subprocess.run([sys.executable, "-m", "kpu_rakor", "--quit-after-start", "--db", url], env=env,
                          timeout=60, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "smoke.db").exists()


def test_database_error_is_a_sentence_not_a_traceback(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "kpu_rakor", "--quit-after-start", "--db", "mysql://x/y"],
                          env=env, timeout=60, capture_output=True, text=True)
    assert done.returncode == 2
    assert "Alamat basis data tidak dikenal" in done.stderr
    assert "Traceback" not in done.stderr


def _run_app(tmp_path, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path))
    return subprocess.run([sys.executable, "-m", "kpu_rakor", *args], env=env, timeout=60, capture_output=True,
                          text=True)


def test_text_file_as_database_is_a_sentence_and_exit_2(tmp_path):
    # Before: peewee.DatabaseError reached the crash hook, whose modal box hung --quit-after-start.
    bogus = tmp_path / "x.db"
    bogus.write_text("ini bukan basis data, hanya catatan rapat\n" * 50, encoding="utf-8")
    done = _run_app(tmp_path, "--quit-after-start", "--db", f"sqlite:///{bogus}")
    assert done.returncode == 2
    assert ("Berkas basis data rusak atau bukan basis data KPU Rakor. Pulihkan dari cadangan."
            in done.stderr)
    assert "Traceback" not in done.stderr and "tak terduga" not in done.stderr


def test_help_and_usage_errors_are_indonesian(tmp_path):
    shown = _run_app(tmp_path, "--help")
    assert shown.returncode == 0
    assert "Penggunaan: kpu-rakor" in shown.stdout and "Opsi:" in shown.stdout
    assert "usage:" not in shown.stdout and "show this help" not in shown.stdout
    wrong = _run_app(tmp_path, "--lang", "fr")
    assert wrong.returncode == 2
    assert "pilihan 'fr' untuk --lang tidak dikenal" in wrong.stderr
    assert "invalid choice" not in wrong.stderr and "Traceback" not in wrong.stderr
