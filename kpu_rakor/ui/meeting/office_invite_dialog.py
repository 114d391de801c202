"""Pick offices to invite as a whole: filter the satker by level, province and kind, choose one or all, and
give the position line ("Ketua" → "Ketua KPU Kabupaten Blitar")."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QListView, QPushButton, QVBoxLayout)

from ...domain.models import KIND_KPU, LEVEL_KABKOTA
from ...domain.names import fold
from ...domain.services import directory_filter, office_invitations
from .. import messages
from ..directory.directory_filters import DirectoryFilters
from ..widgets import SearchBox
from ..screen_fit import fit_to_screen

# What offices are usually invited as; any other line may be typed.
POSITION_LINES = ("Ketua", "Anggota", "Sekretaris", "Ketua dan Anggota", "Kepala Subbagian Teknis dan Hupmas",
                  "Operator")


class OfficeInviteDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Undang kantor"))
        self.filters = DirectoryFilters()
        self.filters.set_values(level=LEVEL_KABKOTA, kind=KIND_KPU)  # the usual case: KPU kab/kota
        self.search_box = SearchBox(self.tr("Cari nama kantor…"))
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.all_button = QPushButton(self.tr("Pilih &semua yang tampil"))
        self.position_combo = QComboBox()
        self.position_combo.setEditable(True)
        self.position_combo.addItems(POSITION_LINES)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.count_label = QLabel()
        hint = QLabel(self.tr("Setiap kantor menjadi satu baris undangan tanpa nama orang. Siapa pun dari kantor "
                              "itu yang hadir (meja, HP, Zoom) mengisi barisnya. Pilih provinsi lalu \"Pilih "
                              "semua\" untuk mengundang KPU kabupaten/kota se-provinsi."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Undang"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        form = QFormLayout()
        form.addRow(self.tr("Baris jabatan:"), self.position_combo)
        form.addRow(self.tr("Dicetak:"), self.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.search_box)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.all_button, 0, Qt.AlignLeft)
        layout.addWidget(self.count_label)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.filters.changed.connect(self.refresh)
        self.search_box.search.connect(lambda _t: self.refresh())
        self.all_button.clicked.connect(self.view.selectAll)
        self.position_combo.currentTextChanged.connect(lambda _t: self._update())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        fit_to_screen(self, (620, 600))
        self.refresh()

    def refresh(self) -> None:
        self.model.clear()
        words = fold(self.search_box.text()).split()
        with messages.guarded(self):
            for s in directory_filter.satker_list(**self.filters.values()):
                if words and not all(w in fold(f"{s.name} {s.region_name}") for w in words):
                    continue
                item = QStandardItem(s.name)
                item.setData(s.id, Qt.UserRole)
                self.model.appendRow(item)
        self._update()

    def position_line(self) -> str:
        return " ".join(self.position_combo.currentText().split())

    def selected(self) -> list[tuple[int, str]]:
        """(satker id, name) of the chosen offices, in list order."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [(self.model.item(r).data(Qt.UserRole), self.model.item(r).text()) for r in rows]

    def _update(self) -> None:
        chosen = self.selected()
        self.count_label.setText(self.tr("{0} dari {1} kantor dipilih").format(len(chosen), self.model.rowCount()))
        example = chosen[0][1] if chosen else self.tr("KPU Kabupaten Blitar")
        preview = f"{self.position_line()} {example}".strip()
        if len(chosen) > 1:
            with messages.guarded(self):
                # A whole province prints on one line; other choices print one line per office.
                whole = office_invitations.whole_province_line([sid for sid, _ in chosen], self.position_line())
                preview = whole or self.tr("{0} (satu baris per kantor)").format(preview)
        self.preview.setText(preview)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(chosen))
