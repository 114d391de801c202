"""Entering and leaving kiosk mode from the desk: the PIN first, then the kiosk window full screen with the
webcam, and the main window out of reach until the PIN is typed. A part DeskPage owns."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from .. import messages
from . import kiosk
from .desk_actions import meeting_chosen
from .desk_camera import DeskCamera


class KioskMode(QObject):
    """For the desk `page`, its `camera` and `meeting()`. `window` is the kiosk window while the mode is on.
    Tells `entered()` once the window exists, before it shows (the page puts its result and counts there), and
    `left()` once it has gone and the main window is back."""

    entered = Signal()
    left = Signal()
    pin_changed = Signal()

    def pin_button_text(self) -> str:
        """"Atur PIN kiosk…" while this PC has none, else "Ganti PIN kiosk…"."""
        if kiosk.has_pin():
            return QCoreApplication.translate("DeskActions", "Ganti P&IN kiosk…")
        return QCoreApplication.translate("DeskActions", "Atur P&IN kiosk…")

    def __init__(self, page: QWidget, camera: DeskCamera, meeting: Callable):
        super().__init__(page)
        self.page, self.camera, self.meeting = page, camera, meeting
        self.window: kiosk.KioskWindow | None = None

    def change_pin(self) -> bool:
        pin = kiosk.ask_new_pin(self.page)
        if not pin:
            return False
        kiosk.set_pin(pin)
        self.pin_changed.emit()
        messages.info(self.page, QCoreApplication.translate("DeskActions", "PIN mode kiosk tersimpan di komputer ini."))
        return True

    def enter(self) -> None:
        if self.window is not None or not meeting_chosen(self.page, self.meeting()):
            return
        if not kiosk.has_pin():
            # Offered, not demanded: without a PIN a visitor could leave the kiosk, so there is no kiosk without one.
            if not messages.confirm(self.page, QCoreApplication.translate(
                    "DeskActions", "Mode kiosk perlu PIN untuk keluar, dan komputer ini belum punya PIN. "
                                   "Atur PIN sekarang?"),
                    QCoreApplication.translate("DeskActions", "Atur PIN")):
                return
            if not self.change_pin():
                return
        self.window = kiosk.KioskWindow()
        self.window.left.connect(self._left)
        self.camera.lend(self.window)
        self.entered.emit()
        self.window.showFullScreen()
        self.window.activateWindow()
        # The main window stays out of reach until the PIN: a visitor could not switch to it (or leave the desk
        # page and so stop the kiosk's scanning). self.window is set first, so hiding keeps the scanner on.
        main = self.page.window()
        if main is not self.window:
            main.hide()

    def _left(self) -> None:
        window, self.window = self.window, None
        self.camera.take_back()
        window.deleteLater()
        main = self.page.window()
        main.show()
        main.activateWindow()
        self.left.emit()
