"""The live counts across the top of the desk (and the kiosk): invited, present, late, still to come, walk-ins,
and those who sent word."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from ...domain.services.checkin import Counts
from ..labels import attendance_statuses, number

_ACCENT = {"present": "#1b5e20", "terlambat": "#8a5a00", "belum_hadir": "#b71c1c", "walk_ins": "#0d47a1"}


class CountsBar(QFrame):
    """One tile per figure; `set_counts(Counts)`; `value(key)` gives the shown number (for tests)."""

    # "present" is everyone here (on time and late, walk-ins too) and "terlambat" the late among them;
    # "belum_hadir" the invitees with no row yet; "walk_ins" those here without an invitation (never in
    # "invited"); "excused" the invitees who sent word (izin, sakit, dinas luar, diwakili).
    KEYS = ("invited", "present", "terlambat", "belum_hadir", "walk_ins", "excused")

    def __init__(self, parent=None, scale: float = 1.0):
        super().__init__(parent)
        self.setObjectName("countsBar")
        self.setStyleSheet("#countsBar { background: #fafafa; border: 1px solid #cfd8dc; border-radius: 6px; }")
        statuses = attendance_statuses()  # the statuses in the same words as every other screen
        captions = {
            "invited": self.tr("Diundang"), "present": self.tr("Hadir"), "terlambat": self.tr("Terlambat"),
            "belum_hadir": self.tr("Belum hadir"), "walk_ins": self.tr("Tanpa undangan"),
            "excused": self.tr("Berhalangan"),
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
        self._numbers["present"].setToolTip(self.tr("Semua yang sudah datang: tepat waktu dan terlambat, "
                                                    "termasuk yang tanpa undangan"))
        self._numbers["walk_ins"].setToolTip(self.tr("Hadir tanpa undangan (tamu baru, kode pribadi): tidak "
                                                     "menambah jumlah Diundang"))
        self._excused_words = ", ".join(statuses[k].lower() for k in ("izin", "sakit", "dinas_luar", "diwakili"))
        self._numbers["excused"].setToolTip(self._excused_words)

    def set_counts(self, c: Counts | None) -> None:
        for key in self.KEYS:
            value = None if c is None else getattr(c, key)
            self._values[key] = value
            self._numbers[key].setText("–" if value is None else number(value))
        if c is not None:  # which statuses the Berhalangan tile holds, with their numbers
            statuses = attendance_statuses()
            self._numbers["excused"].setToolTip(", ".join(
                f"{statuses[k]} {number(getattr(c, k))}" for k in ("izin", "sakit", "dinas_luar", "diwakili")))

    def value(self, key: str) -> int | None:
        return self._values.get(key)
