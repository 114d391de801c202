"""The desk's webcam: a panel built on first use (Kamera, F9), paused while the desk is out of sight, lent to
the kiosk window and taken back. A part DeskPage owns."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from .desk_actions import load_part
from .desk_settings import CAMERA_MAX_HEIGHT, QWIDGETSIZE_MAX


class DeskCamera(QObject):
    """The panel goes in `area` and follows the checkable `button`; `code_read(code)` for each code it reads.
    `panel` is None until first switched on."""

    code_read = Signal(str)

    def __init__(self, page: QWidget, button: QPushButton, area: QBoxLayout):
        super().__init__(page)
        self.page, self.button, self.area = page, button, area
        self.panel = None
        self._paused = False  # stopped because the desk was left; started again on return

    def toggle(self) -> None:
        if self.panel is None:
            panel_class = load_part(self.page, "camera", "CameraPanel")
            if panel_class is None:
                self.button.setChecked(False)
                return
            self.panel = panel_class()
            self.panel.setMinimumHeight(200)
            self.panel.setMaximumHeight(CAMERA_MAX_HEIGHT)  # leave the desk room for the last scans
            self.panel.code_read.connect(self.code_read)
            self.panel.hide()
            self.area.addWidget(self.panel)
        on = self.panel.isHidden()
        self.button.setChecked(on)
        self.panel.setVisible(on)
        self.panel.start() if on else self.panel.stop()

    def pause(self) -> None:
        """Off the Presensi page the webcam must not go on checking people in unseen."""
        if self.panel is not None and self.button.isChecked() and not self._paused:
            self.panel.stop()
            self._paused = True

    def resume(self) -> None:
        if self._paused:
            self._paused = False
            if self.panel is not None and self.button.isChecked():
                self.panel.start()

    def lend(self, kiosk_window) -> None:
        """One camera: when it is on, it moves into the kiosk window (and comes back with `take_back`)."""
        if self.panel is not None and not self.panel.isHidden():
            self.panel.setMaximumHeight(QWIDGETSIZE_MAX)
            kiosk_window.add_camera(self.panel)

    def take_back(self) -> None:
        if self.panel is not None:
            self.panel.setMaximumHeight(CAMERA_MAX_HEIGHT)
            self.area.addWidget(self.panel)
            self.panel.setVisible(self.button.isChecked())
