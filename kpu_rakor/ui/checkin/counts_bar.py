"""The live counts across the top of the desk: invited, present, late, the statuses set by hand, still to come."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from ...domain.services.checkin import Counts
from ..labels import attendance_statuses, number

_ACCENT = {"present": "#1b5e20", "hadir": "#1b5e20", "terlambat": "#8a5a00", "belum_hadir": "#b71c1c"}


class CountsBar(QFrame):
    """One tile per figure; `set_counts(Counts)`; `value(key)` gives the shown number (for tests)."""

    # "present" is everyone here (on time and late); the rest split the invitees as the service counts them.
    KEYS = ("invited", "present", "hadir", "terlambat", "izin", "sakit", "dinas_luar", "diwakili", "belum_hadir")

    def __init__(self, parent=None, scale: float = 1.0):
        super().__init__(parent)
        self.setObjectName("countsBar")
        self.setStyleSheet("#countsBar { background: #fafafa; border: 1px solid #cfd8dc; border-radius: 6px; }")
        statuses = attendance_statuses()  # the statuses in the same words as every other screen
        captions = {
            "invited": self.tr("Diundang"), "present": self.tr("Sudah hadir"), "hadir": self.tr("Tepat waktu"),
            **{key: statuses[key] for key in ("terlambat", "izin", "sakit", "dinas_luar", "diwakili")},
            "belum_hadir": self.tr("Belum hadir"),
        }
        self._numbers: dict[str, QLabel] = {}
        self._values: dict[str, int] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        for key in self.KEYS:
            tile = QVBoxLayout()
            tile.setSpacing(0)
            num = QLabel("–")
            num.setAlignment(Qt.AlignCenter)
            colour = _ACCENT.get(key, "#263238")
            num.setStyleSheet(f"font-size: {round(18 * scale)}pt; font-weight: bold; color: {colour};")
            cap = QLabel(captions[key])
            cap.setAlignment(Qt.AlignCenter)
            cap.setStyleSheet(f"font-size: {round(9 * scale)}pt; color: #455a64;")
            tile.addWidget(num)
            tile.addWidget(cap)
            layout.addLayout(tile, 1)
            self._numbers[key] = num
        self._numbers["present"].setToolTip(self.tr("Semua yang sudah datang: tepat waktu dan terlambat"))

    def set_counts(self, c: Counts | None) -> None:
        for key in self.KEYS:
            if c is None:
                value = None
            elif key == "present":
                value = c.hadir + c.terlambat  # the Kasubag asks "how many are here", late ones included
            else:
                value = getattr(c, key)
            self._values[key] = value
            self._numbers[key].setText("–" if value is None else number(value))

    def value(self, key: str) -> int | None:
        return self._values.get(key)
