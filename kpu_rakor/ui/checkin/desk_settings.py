"""What the desk's modules share: the per-PC settings store and the camera panel's sizes."""
from __future__ import annotations

from PySide6.QtCore import QSettings

CAMERA_MAX_HEIGHT = 250  # on the desk page: leave room for the last scans
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum", for the camera in the kiosk


def settings() -> QSettings:
    """This PC's settings (desk name, kiosk PIN, last meeting, sound), the same store as the main window's."""
    return QSettings("KPU", "KPU Rakor")
