"""The Zoom review table: one row per merged participant with what the import proposes for them, and the
delegate that shows the proposal as a combo (Cocokkan dengan … / Tamu baru / Abaikan / Pilih orang…).

The model edits the review's Proposal objects in place, so `zoom_import.apply(review)` records exactly what
the table shows."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyledItemDelegate, QStyleOptionComboBox

from ...domain.services.zoom_import import Review
from ...domain.timefmt import clock_zone
from ...domain.zoom.match import IGNORE, MATCH, NEW
from ..plain import tip

NAMES, EMAIL, JOIN, LEAVE, MINUTES, ACTION, WHO = range(7)
CHOOSE = "choose"  # the combo's "Pilih orang di direktori…": not an action, it opens the person search
UNSURE_BELOW = 95  # a match less sure than this gets an amber cell: worth a look

_GREY = QBrush(QColor("#757575"))
_GREEN = QBrush(QColor("#1b5e20"))
_BLUE = QBrush(QColor("#0d47a1"))
_AMBER = QBrush(QColor("#fff3cd"))
_SHORT = QBrush(QColor("#8a5a00"))


class ZoomReviewModel(QAbstractTableModel):
    """`changed` fires after any proposal changed (the dialog recounts)."""

    changed = Signal()

    def __init__(self, review: Review, parent=None):
        super().__init__(parent)
        self.review = review
        self.proposals = review.proposals
        self.min_minutes = 0
        # The person each row was (or was last) matched with, so Abaikan then Cocokkan restores it.
        self._person = [p.person_id for p in self.proposals]
        self._chosen = [False] * len(self.proposals)  # picked by hand: no confidence to show
        zone = review.zone
        self._fixed = []
        for p in self.proposals:
            part = p.participant
            self._fixed.append((" / ".join(part.names), part.email, clock_zone(part.first_join, zone),
                                clock_zone(part.last_leave, zone), part.minutes))
        self._headers = (self.tr("Nama di Zoom"), self.tr("E-mail"), self.tr("Masuk"), self.tr("Keluar"),
                         self.tr("Menit"), self.tr("Usulan"), self.tr("Dicatat sebagai"))

    # --- what the table shows ------------------------------------------------------------------------------

    def action_text(self, action: str) -> str:
        return {MATCH: self.tr("Cocokkan"), NEW: self.tr("Tamu baru"), IGNORE: self.tr("Abaikan")}[action]

    def person_text(self, row: int) -> str:
        """`Much. Amarodin (cocok 95%)` for the row's current or remembered person, "" when none."""
        pid = self.proposals[row].person_id or self._person[row]
        if pid is None:
            return ""
        name = self.review.names.get(pid) or self.tr("orang nomor {0}").format(pid)
        if self._chosen[row]:
            return self.tr("{0} (dipilih)").format(name)
        return self.tr("{0} (cocok {1}%)").format(name, self.proposals[row].confidence)

    def choices(self, row: int) -> list[tuple[str, str]]:
        """(action, text) for the row's combo."""
        out = []
        if self.proposals[row].person_id or self._person[row]:
            out.append((MATCH, self.tr("Cocokkan dengan {0}").format(self.person_text(row))))
        out.append((NEW, self.tr("Tamu baru")))
        out.append((IGNORE, self.tr("Abaikan")))
        out.append((CHOOSE, self.tr("Pilih orang di direktori…")))
        return out

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.proposals)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        return self._headers[section] if orientation == Qt.Horizontal else str(section + 1)

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() == ACTION:
            return base | Qt.ItemIsEditable
        if index.column() == WHO and self.proposals[index.row()].action == NEW:
            return base | Qt.ItemIsEditable  # the new guest's name
        return base

    def data(self, index, role=Qt.DisplayRole):
        row, col = index.row(), index.column()
        p = self.proposals[row]
        if role in (Qt.DisplayRole, Qt.EditRole):
            if col < ACTION:
                value = self._fixed[row][col]
                return str(value) if col == MINUTES and role == Qt.DisplayRole else value
            if col == ACTION:
                return self.action_text(p.action) if role == Qt.DisplayRole else p.action
            if p.action == MATCH:
                return self.person_text(row)
            if p.action == NEW:
                name = p.guest_name or p.participant.names[0]
                if role == Qt.DisplayRole and p.satker_hint:
                    return f"{name} · {p.satker_hint}"  # the guest's institution, from the display name
                return name
            return self.tr("— tidak dicatat") if role == Qt.DisplayRole else ""
        if role == Qt.ToolTipRole:
            return tip(self._tooltip(row, col))
        if role == Qt.ForegroundRole:
            if p.action == IGNORE:
                return _GREY
            if col == WHO:
                return _GREEN if p.action == MATCH else _BLUE
            if col == MINUTES and self._fixed[row][MINUTES] < self.min_minutes:
                return _SHORT
        if role == Qt.BackgroundRole and col == WHO and p.action == MATCH and not self._chosen[row] \
                and p.confidence < UNSURE_BELOW:
            return _AMBER
        if role == Qt.TextAlignmentRole and col in (JOIN, LEAVE, MINUTES):
            return int((Qt.AlignRight if col == MINUTES else Qt.AlignHCenter) | Qt.AlignVCenter)
        return None

    def _tooltip(self, row: int, col: int):
        p = self.proposals[row]
        if col == NAMES:
            part = p.participant
            lines = list(part.names)
            if p.satker_hint:
                lines.append(self.tr("Satker di nama Zoom: {0}").format(p.satker_hint))
            lines.append(self.tr("{0} baris di laporan").format(part.rows))
            return "\n".join(lines)
        if col == MINUTES and self._fixed[row][MINUTES] < self.min_minutes and p.action != IGNORE:
            return self.tr("Kurang dari {0} menit: dicatat dan ditandai untuk ditinjau.").format(self.min_minutes)
        if col == WHO and p.action == NEW:
            return self.tr("Nama tamu baru; ubah dengan F2 atau klik dua kali.")
        if col == WHO and p.action == MATCH and not self._chosen[row] and p.confidence < UNSURE_BELOW:
            return self.tr("Kecocokan nama kurang pasti: periksa.")
        if col == ACTION:
            return self.tr("Ubah dengan F2, klik, atau tombol di bawah tabel.")
        return None

    # --- changes -------------------------------------------------------------------------------------------

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        row, col = index.row(), index.column()
        if col == ACTION:
            return self.set_action(row, value)
        if col == WHO and self.proposals[row].action == NEW:
            name = " ".join(str(value or "").split())
            if not name:
                return False  # an empty guest name would become "Peserta Zoom": keep the old one
            self.proposals[row].guest_name = name
            self._row_changed(row)
            return True
        return False

    def set_action(self, row: int, action: str) -> bool:
        p = self.proposals[row]
        if action == MATCH:
            pid = p.person_id or self._person[row]
            if pid is None:
                return False  # nobody to match with: the dialog asks for a person instead
            p.action, p.person_id = MATCH, pid
        elif action in (NEW, IGNORE):
            if p.person_id:
                self._person[row] = p.person_id
            p.action, p.person_id = action, None
            if action == NEW and not p.guest_name:
                p.guest_name = p.participant.names[0]
        else:
            return False
        self._row_changed(row)
        return True

    def set_person(self, row: int, person_id: int, name: str) -> None:
        """The user chose a directory person for this row."""
        p = self.proposals[row]
        p.action, p.person_id, p.confidence = MATCH, person_id, 100
        self.review.names.setdefault(person_id, name)
        self._person[row] = person_id
        self._chosen[row] = True
        self._row_changed(row)

    def set_min_minutes(self, minutes: int) -> None:
        self.min_minutes = minutes
        if self.proposals:
            self.dataChanged.emit(self.index(0, MINUTES), self.index(len(self.proposals) - 1, MINUTES))

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, WHO))
        self.changed.emit()


class ActionDelegate(QStyledItemDelegate):
    """Paints the Usulan cell as a combo box and edits it with one; "Pilih orang…" asks the dialog
    (`choose_person(row)`) instead of setting anything."""

    choose_person = Signal(int)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionComboBox()
        opt.rect = QRect(option.rect).adjusted(1, 1, -1, -1)
        opt.state = option.state | QStyle.State_Enabled
        opt.currentText = index.data(Qt.DisplayRole) or ""
        opt.palette = option.palette
        if option.state & QStyle.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawComplexControl(QStyle.CC_ComboBox, opt, painter, option.widget)
        style.drawControl(QStyle.CE_ComboBoxLabel, opt, painter, option.widget)

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setWidth(size.width() + 28)  # the arrow
        return size

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        model: ZoomReviewModel = index.model()
        for action, text in model.choices(index.row()):
            combo.addItem(text, action)
        combo.activated.connect(lambda _i, c=combo: self._picked(c))
        QTimer.singleShot(0, combo, combo.showPopup)  # one click (or F2) opens the list
        return combo

    def setEditorData(self, editor, index) -> None:
        i = editor.findData(index.data(Qt.EditRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor, model, index) -> None:
        action = editor.currentData()
        if action == CHOOSE:
            self.choose_person.emit(index.row())
        elif action:
            model.setData(index, action, Qt.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:
        editor.setGeometry(option.rect)

    def _picked(self, combo) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.NoHint)
