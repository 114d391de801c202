"""What the desk's modules share: the camera panel's sizes (this PC's settings are in ui/settings.py)."""
from __future__ import annotations

CAMERA_MAX_HEIGHT = 250  # on the desk page: leave room for the last scans
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum", for the camera in the kiosk
