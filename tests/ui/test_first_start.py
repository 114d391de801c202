"""First start: type part of the office's name, press Enter, and the office is set."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kpu_rakor.domain.services import installation
from kpu_rakor.ui.first_start import FirstStartDialog


def test_typing_and_enter_picks_tulungagung(qtbot, sqlite_db):
    assert not installation.is_configured()
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.search, "Tulungagung")
    assert dialog.model.rowCount() == 1
    qtbot.keyClick(dialog.search, Qt.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert installation.is_configured()
    profile = installation.profile()
    assert profile.satker.name == "KPU Kabupaten Tulungagung"
    assert profile.city == "Tulungagung"


def test_arrow_keys_move_in_the_list_while_typing(qtbot, sqlite_db):
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "blitar")
    assert dialog.model.rowCount() == 2  # Kabupaten and Kota Blitar
    qtbot.keyClick(dialog.search, Qt.Key_Down)
    assert dialog.view.currentIndex().row() == 1
    qtbot.keyClick(dialog.search, Qt.Key_Return)
    assert "Blitar" in installation.profile().satker.name
