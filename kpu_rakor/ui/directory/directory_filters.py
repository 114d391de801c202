"""A row of three combos that narrow the directory: Tingkat (RI, Provinsi, Kab/Kota), Provinsi and Instansi.
The Direktori page, the invitee picker and the office picker share it; `values()` goes straight to
`people.listing(...)` or `directory_filter.satker_list(...)`."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...domain.services import directory_filter
from .. import labels, messages


class DirectoryFilters(QWidget):
    """`changed` fires whenever a choice changes; `values()` is {"level", "province_id", "kind"} (None: all)."""

    changed = Signal()

    def __init__(self, parent=None, *, with_captions: bool = True):
        super().__init__(parent)
        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("Semua tingkat"), None)
        for code, text in labels.satker_levels().items():
            self.level_combo.addItem(text, code)
        self.province_combo = QComboBox()
        self.province_combo.addItem(self.tr("Semua provinsi"), None)
        with messages.guarded(self):
            for p in directory_filter.provinces():
                self.province_combo.addItem(p.name, p.id)
        # Not editable: typing the first letters on the closed combo already jumps among the 38 provinces.
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Semua instansi"), None)
        for code, text in labels.institution_kinds(include_kpu=True).items():
            self.kind_combo.addItem(text, code)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, combo in ((self.tr("Tingkat:"), self.level_combo), (self.tr("Provinsi:"), self.province_combo),
                               (self.tr("Instansi:"), self.kind_combo)):
            if with_captions:
                layout.addWidget(QLabel(caption))
            layout.addWidget(combo, 0 if with_captions else (2 if combo is self.province_combo else 1))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        if with_captions:
            layout.addStretch(1)

    def values(self) -> dict:
        return {"level": self.level_combo.currentData(), "province_id": self.province_combo.currentData(),
                "kind": self.kind_combo.currentData()}

    def set_values(self, level: str | None = None, province_id: int | None = None, kind: str | None = None) -> None:
        """Choose filters from code (tests, and the office picker's "whole province" preset)."""
        for combo, value in ((self.level_combo, level), (self.province_combo, province_id),
                             (self.kind_combo, kind)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.changed.emit()

    def province_id(self) -> int | None:
        return self.values()["province_id"]

    def active(self) -> bool:
        return any(v is not None for v in self.values().values())
