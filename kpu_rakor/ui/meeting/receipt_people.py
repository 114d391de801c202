"""The per-person amounts of the daftar tanda terima dialog: a table model of the payees whose Jumlah cell is
typed into. An empty cell pays the role's amount; 0 leaves the person off the list."""
from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...domain.services.receipts import MAX_AMOUNT, Payee
from ...domain.terbilang import rupiah
from .. import labels


def parse_amount(text: str) -> int | None:
    """"200.000", "Rp 200000", "200 000" → 200000; "" → None (the role's amount); anything else: ValueError."""
    cleaned = re.sub(r"^rp\.?", "", (text or "").strip().lower()).replace(".", "").replace(" ", "").replace(",", "")
    if not cleaned:
        return None
    if not cleaned.isdigit() or int(cleaned) >= MAX_AMOUNT:
        raise ValueError(text)
    return int(cleaned)


class ReceiptPeopleModel(QAbstractTableModel):
    NAME, ROLE, AMOUNT = range(3)

    def __init__(self, payees: list[Payee], own: dict[int, int], role_amount, parent=None):
        super().__init__(parent)
        self.payees = payees
        self.own = {pid: v for pid, v in own.items() if any(p.person_id == pid for p in payees)}
        self.role_amount = role_amount  # role key -> the amount the dialog's role fields hold now
        self.rejected_text = ""  # the last typed text that was not an amount, for the dialog's hint

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.payees)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Nama"), self.tr("Sebagai"), self.tr("Jumlah (Rp)"))[section]
        return None

    def amount(self, row: int) -> int:
        p = self.payees[row]
        return self.own.get(p.person_id, self.role_amount(p.role))

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        p, col = self.payees[index.row()], index.column()
        own = p.person_id in self.own
        if role in (Qt.DisplayRole, Qt.EditRole):
            if col == self.NAME:
                return p.name
            if col == self.ROLE:
                return labels.receipt_roles().get(p.role, p.role_label)
            if role == Qt.EditRole:
                return rupiah(self.own[p.person_id]) if own else ""
            return rupiah(self.amount(index.row()))
        if role == Qt.TextAlignmentRole and col == self.AMOUNT:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if col == self.AMOUNT and own:
            if role == Qt.FontRole:
                font = QFont()
                font.setBold(True)  # set for this person, not the role's amount
                return font
        if col == self.AMOUNT and role == Qt.ForegroundRole and self.amount(index.row()) == 0:
            return QColor("#888888")
        if role == Qt.ToolTipRole and col == self.AMOUNT:
            return (self.tr("Jumlah khusus orang ini; kosongkan untuk memakai jumlah per peran.") if own
                    else self.tr("Jumlah per peran; ketik angka untuk jumlah khusus orang ini (0: tidak menerima)."))
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemIsEditable if index.column() == self.AMOUNT else base

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or index.column() != self.AMOUNT:
            return False
        try:
            amount = parse_amount(str(value))
        except ValueError:
            self.rejected_text = str(value)
            return False
        self.rejected_text = ""
        pid = self.payees[index.row()].person_id
        if amount is None:
            self.own.pop(pid, None)
        else:
            self.own[pid] = amount
        self.dataChanged.emit(index, index)
        return True

    def refresh_amounts(self) -> None:
        """The role amounts changed: every row not set on its own shows the new one."""
        if self.payees:
            self.dataChanged.emit(self.index(0, self.AMOUNT), self.index(len(self.payees) - 1, self.AMOUNT))

    def total(self) -> int:
        return sum(self.amount(r) for r in range(len(self.payees)))

    def paid(self) -> int:
        return sum(1 for r in range(len(self.payees)) if self.amount(r) > 0)
