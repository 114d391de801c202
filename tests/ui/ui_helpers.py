"""Helpers the GUI tests share (imported by name: tests/ui has no package)."""
from __future__ import annotations

from meeting_clock import meeting_starting_now  # noqa: F401  (the GUI tests import it from here)


def activate(qtbot, window) -> None:
    """Show a window and make it the active one: window shortcuts (Ctrl+1, Ctrl+S) fire only there.
    qtbot.waitActive alone does not activate under the offscreen platform."""
    from PySide6.QtWidgets import QApplication

    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def quiet_desk(qtbot, width: int = 1366, height: int = 740):
    """A desk page as a test scans into it: sounds muted, shown at `width`×`height` and active (the scanner's
    keys reach it)."""
    from kpu_rakor.ui.checkin.desk_page import DeskPage

    page = DeskPage()
    page.sounds.set_muted(True)
    qtbot.addWidget(page)
    page.resize(width, height)
    activate(qtbot, page)
    return page
