"""The Tindak lanjut tab of a saved meeting: what, who, satker, due date and status in one table, edited by
keyboard and saved cell by cell; open items of the series' earlier meetings are offered for carrying over.
The status dialog is in followups_status_dialog.py (the Tindak Lanjut page uses it too)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget)

from ...domain.names import fold
from ...domain.services import followups, people
from ...domain.services import satker as satker_service
from .. import labels, list_export, messages
from .followups_model import ROW_ROLE, MeetingFollowUpsModel, Unmatched
from .followups_status_dialog import StatusDialog
from ..person_search import person_text
from ..widgets import HintLabel, complete_any_part, shortcut_action
from ..plain import tip

ID_ROLE, KEY_ROLE = Qt.UserRole, Qt.UserRole + 1
BANNER_STYLE = ("QFrame#banner { background: #fff3cd; border: 1px solid #e0b000; border-radius: 4px; } "
                "QFrame#banner QLabel { color: #3d2c00; font-weight: bold; }")


# --- editors -------------------------------------------------------------------------------------------------

class PickCombo(QComboBox):
    """Choose a person or a satker by typing part of the name; the list is shared by every editor of the tab."""

    def __init__(self, model: QStandardItemModel, what: str, parent=None):
        super().__init__(parent)
        self.what = what
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMaxVisibleItems(15)
        self.setModel(model)
        complete_any_part(self)

    def set_id(self, item_id) -> None:
        i = self.findData(item_id, ID_ROLE) if item_id is not None else -1
        self.setCurrentIndex(i)
        if i < 0:
            self.setEditText("")

    def chosen(self):
        """The id of the item the text names, None when empty, or Unmatched."""
        text = self.currentText().strip()
        if not text:
            return None
        i = self.findText(text, Qt.MatchFixedString)
        if i >= 0:
            return self.itemData(i, ID_ROLE)
        key = fold(text)
        model = self.model()
        exact, partial = [], []
        for row in range(model.rowCount()):
            item = model.item(row)
            keys = item.data(KEY_ROLE)
            if key in keys.split("\n"):
                exact.append(item.data(ID_ROLE))
            elif key in keys:
                partial.append(item.data(ID_ROLE))
        found = exact if exact else partial
        if len(found) == 1:
            return found[0]
        if self.what == "person":
            message = (self.tr("Ada {0} orang yang cocok dengan “{1}”; ketik lebih lengkap atau pilih dari daftar.")
                       .format(len(found), text) if found else
                       self.tr("Tidak ada orang bernama “{0}” di direktori; pilih dari daftar atau tambahkan orangnya "
                               "di halaman Direktori.").format(text))
        else:
            message = (self.tr("Ada {0} satker yang cocok dengan “{1}”; ketik lebih lengkap atau pilih dari daftar.")
                       .format(len(found), text) if found else
                       self.tr("Tidak ada satker bernama “{0}”; pilih dari daftar.").format(text))
        return Unmatched(text, message)


class FollowUpDelegate(QStyledItemDelegate):
    def __init__(self, tab: "FollowUpsTab"):
        super().__init__(tab)
        self.tab = tab

    def createEditor(self, parent, option, index):
        key = index.model().COLUMNS[index.column()]
        if key == "person":
            return PickCombo(self.tab.people_model(), "person", parent)
        if key == "satker":
            return PickCombo(self.tab.satker_model(), "satker", parent)
        editor = QLineEdit(parent)
        if key == "due":
            editor.setPlaceholderText(self.tr("hh/bb/tttt"))
        else:
            editor.setPlaceholderText(self.tr("Apa yang harus dikerjakan…"))
            editor.setMaxLength(followups.DESCRIPTION_LIMIT + 100)
        return editor

    def setEditorData(self, editor, index):
        retry = self.tab.take_retry(index)
        r = index.data(ROW_ROLE)
        key = index.model().COLUMNS[index.column()]
        if isinstance(editor, PickCombo):
            if retry is not None:
                editor.setEditText(retry)
            else:
                editor.set_id(getattr(r, "person_id" if key == "person" else "satker_id", None))
            editor.lineEdit().selectAll()
            return
        if retry is not None:
            editor.setText(retry)
        elif r is None:
            editor.setText("")
        elif key == "due":
            editor.setText(r.due_date.strftime("%d/%m/%Y") if r.due_date else "")
        else:
            editor.setText(r.description)

    def setModelData(self, editor, model, index):
        if isinstance(editor, PickCombo):
            model.setData(index, editor.chosen())
        else:
            model.setData(index, editor.text())

    def updateEditorGeometry(self, editor, option, index):
        rect = option.rect
        editor.setGeometry(rect.adjusted(0, -2, 0, 2) if rect.height() < editor.sizeHint().height() else rect)


class FollowUpTable(QTableView):
    """Enter or F2 edits the cell; on the Status column it asks for the new status instead."""

    status_requested = Signal(int)

    def keyPressEvent(self, event) -> None:
        if self.state() != QAbstractItemView.EditingState and event.key() in (Qt.Key_Return, Qt.Key_Enter,
                                                                               Qt.Key_F2):
            index = self.currentIndex()
            if index.isValid():
                if self.model().COLUMNS[index.column()] == "status":
                    self.status_requested.emit(index.row())
                else:
                    self.edit(index)
            event.accept()
            return
        super().keyPressEvent(event)


# --- the status dialog -----------------------------------------------------------------------------------------

def size_columns(view: QTableView, samples, pad: int) -> None:
    """Column widths of a follow-up table: the description takes the room left; each `(key, sample, bold)`
    column is as wide as its sample text plus `pad`, measured bold where overdue cells are bold."""
    model = view.model()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setSectionResizeMode(model.column("description"), QHeaderView.Stretch)
    fm = view.fontMetrics()
    bold = view.font()
    bold.setBold(True)
    bfm = QFontMetrics(bold)
    for key, sample, is_bold in samples:
        header.resizeSection(model.column(key), (bfm if is_bold else fm).horizontalAdvance(sample) + pad)


# --- the tab ----------------------------------------------------------------------------------------------------

class FollowUpsTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.meeting_id: int | None = None
        self._retry: dict[tuple[int, int], str] = {}
        self._people_model = None
        self._satker_model = None
        self.status_dialog: StatusDialog | None = None

        self.unsaved_hint = HintLabel(self.tr("Simpan rapat ini dulu. Tindak lanjut dicatat untuk rapat yang sudah "
                                              "tersimpan."))
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.carry_button = QPushButton(self.tr("&Bawa ke rapat ini"))
        self.carry_button.setToolTip(self.tr("Salin tindak lanjut yang masih terbuka dari rapat sebelumnya dalam seri "
                                             "ini ke rapat ini."))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.carry_button)
        self.banner.hide()

        self.add_button = QPushButton(self.tr("&Tambah (Ctrl+N)"))
        self.status_button = QPushButton(self.tr("Ubah &status… (F4)"))
        self.delete_button = QPushButton(self.tr("&Hapus (Del)"))
        self.count_label = QLabel()

        self.model = MeetingFollowUpsModel(self)
        self.view = FollowUpTable()
        self.view.setModel(self.model)
        self.view.setItemDelegate(FollowUpDelegate(self))
        self.view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; inside an editor it moves to the next cell
        self.view.setWordWrap(True)  # a meeting has tens of items, not thousands: show each sentence whole
        self.view.setAlternatingRowColors(False)  # the overdue colour must stand out
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setMinimumSectionSize(self.view.fontMetrics().height() + 12)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        size_columns(self.view, (("no", "00", False), ("person", "Dr. H. Rochani, S.Pd.", False),
                                 ("satker", "KPU Kab. Tulungagung", False), ("due", "Selasa, 07 Sep 2021", True),
                                 ("status", "Terbuka", False), ("remark", "terlambat 10 hari · dibawa", True)), 14)
        self.error = HintLabel()
        self.keys_hint = HintLabel(self.tr("Enter atau F2: ubah sel · Tab: kolom berikutnya · Esc: batal mengetik · "
                                           "F4: ubah status · Delete: hapus. Setiap perubahan langsung tersimpan."))

        self.export_button = list_export.export_button("followups")
        self.export_button.clicked.connect(lambda: list_export.export_followups(
            self, self.model.rows(), meeting_id=self.meeting_id, today=self.model.today))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.status_button, self.delete_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unsaved_hint)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.keys_hint)

        self._actions()
        self.carry_button.clicked.connect(self.carry_over)
        self.model.failed.connect(self._failed)
        self.model.saved.connect(lambda _id: (self.error.set_error(""), self._show_counts()))
        self.view.itemDelegate().closeEditor.connect(lambda *_: QTimer.singleShot(0, self._editor_closed))
        self.view.status_requested.connect(self.change_status)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.set_meeting(None)

    def _actions(self) -> None:
        action = shortcut_action
        here = Qt.WidgetWithChildrenShortcut
        self.new_action = action(self.tr("Tindak lanjut baru"), [QKeySequence.New, QKeySequence(Qt.Key_Insert)],
                                 self.add_new, self, here)
        self.status_action = action(self.tr("Ubah status"), [QKeySequence(Qt.Key_F4)], self.change_status, self,
                                    here)
        self.delete_action = action(self.tr("Hapus"), [QKeySequence.Delete], self.delete_current, self.view,
                                    Qt.WidgetShortcut)
        self.add_button.clicked.connect(self.add_new)
        self.status_button.clicked.connect(lambda: self.change_status())
        self.delete_button.clicked.connect(self.delete_current)

    # --- the meeting ---------------------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        saved = meeting_id is not None
        self.unsaved_hint.setVisible(not saved)
        self.keys_hint.setVisible(saved)
        for w in (self.add_button, self.view, self.export_button):
            w.setEnabled(saved)
        self.reload()

    def reload(self) -> None:
        keep = self.current_row()
        with messages.guarded(self) as g:
            self.model.load(self.meeting_id)
            earlier = followups.previous_open(self.meeting_id) if self.meeting_id is not None else []
        if not g.ok:
            return
        self._show_banner(earlier)
        self._show_counts()
        if keep is not None:
            self.select_item(keep.id)
        self._update_buttons()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.meeting_id is not None and self.view.state() != QAbstractItemView.EditingState:
            self.reload()  # another PC, or the Tindak Lanjut page, may have closed items meanwhile

    def _show_banner(self, earlier) -> None:
        self.earlier = earlier
        if earlier:
            late = sum(r.overdue for r in earlier)
            text = self.tr("{0} tindak lanjut terbuka dari rapat sebelumnya").format(labels.number(len(earlier)))
            if late:
                text += self.tr(" ({0} terlambat)").format(labels.number(late))
            self.banner_label.setText(text)
            self.banner_label.setToolTip(tip("\n".join(f"• {r.description} ({labels.short_date(r.meeting_date)})"
                                                       for r in earlier[:30])))
        self.banner.setVisible(bool(earlier))

    def _show_counts(self) -> None:
        rows = self.model.rows()
        if not rows:
            self.count_label.setText(self.tr("Belum ada tindak lanjut") if self.meeting_id else "")
            return
        open_ = sum(r.status == "terbuka" and r.carried_to_date is None for r in rows)
        late = sum(r.overdue for r in rows)
        text = self.tr("{0} tindak lanjut · {1} terbuka").format(labels.number(len(rows)), labels.number(open_))
        if late:
            text += self.tr(" · {0} terlambat").format(labels.number(late))
        self.count_label.setText(text)

    # --- shared choice lists ---------------------------------------------------------------------------------

    def people_model(self) -> QStandardItemModel:
        if self._people_model is None:
            model = QStandardItemModel(self)
            for p in people.listing():
                item = QStandardItem(person_text(p))
                item.setData(p.id, ID_ROLE)
                item.setData("\n".join((fold(p.name), p.name_key, fold(person_text(p)))), KEY_ROLE)
                model.appendRow(item)
            self._people_model = model
        return self._people_model

    def satker_model(self) -> QStandardItemModel:
        if self._satker_model is None:
            model = QStandardItemModel(self)
            for s in satker_service.search(""):
                item = QStandardItem(s.name)
                item.setData(s.id, ID_ROLE)
                item.setData("\n".join((fold(s.name), fold(s.short_name or ""))), KEY_ROLE)
                model.appendRow(item)
            self._satker_model = model
        return self._satker_model

    # --- editing ---------------------------------------------------------------------------------------------------

    def current_row(self):
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_item(self, followup_id: int, column: str = "description") -> None:
        n = self.model.row_of(followup_id)
        if n >= 0:
            index = self.model.index(n, self.model.column(column))
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def add_new(self) -> None:
        if self.meeting_id is None:
            return
        if self.view.state() == QAbstractItemView.EditingState:
            self.view.setFocus()  # commits the cell being typed in first
        n = self.model.add_pending()
        index = self.model.index(n, self.model.column("description"))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
        self.view.edit(index)

    def take_retry(self, index: QModelIndex):
        return self._retry.pop((index.row(), index.column()), None)

    def _failed(self, message: str, row: int, column: int, typed: str) -> None:
        """A refused cell: say why, and open the editor again with what was typed, so nothing is lost."""
        self.error.set_error(message)
        if row < 0:
            QTimer.singleShot(0, self.reload)  # removed on another PC: show the list as it is now
            return
        self._retry[(row, column)] = typed

        def again():
            index = self.model.index(row, column)
            if index.isValid():
                self.view.setCurrentIndex(index)
                self.view.edit(index)
        QTimer.singleShot(0, again)

    def _editor_closed(self) -> None:
        if self.view.state() == QAbstractItemView.EditingState:
            return  # reopened after a refused value
        pending = self.model.pending_row()
        if pending >= 0:
            self.model.drop_pending()  # Esc, or nothing typed: no empty follow-up is stored
            self._retry.clear()
        self._show_counts()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.COLUMNS[index.column()] == "status":
            self.change_status(index.row())

    def _update_buttons(self) -> None:
        has = self.current_row() is not None
        self.status_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def change_status(self, row: int | None = None) -> None:
        r = self.model.row_at(row) if isinstance(row, int) else self.current_row()
        if r is None or self.status_dialog is not None:
            return
        dialog = StatusDialog(r, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: (self.reload(), self.select_item(r.id, "status")))
        dialog.destroyed.connect(lambda *_: setattr(self, "status_dialog", None))
        self.status_dialog = dialog
        dialog.open()  # window-modal without blocking the event loop

    def delete_current(self) -> None:
        r = self.current_row()
        if r is None:
            return
        question = self.tr("Hapus tindak lanjut “{0}”?").format(r.description)
        if r.carried_from_date:
            question += " " + self.tr("Tindak lanjut aslinya di rapat {0} akan tampil terbuka lagi.").format(
                labels.short_date(r.carried_from_date))
        if not messages.confirm(self, question, self.tr("Hapus")):
            return
        n = self.model.row_of(r.id)
        with messages.guarded(self):
            followups.delete(r.id)
        self.reload()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(n, self.model.rowCount() - 1),
                                                       self.model.column("description")))
        self.view.setFocus()

    def carry_over(self) -> None:
        if self.meeting_id is None:
            return
        with messages.guarded(self) as g:
            made = followups.carry_over(self.meeting_id)
        self.reload()
        if g.ok and made:
            self.select_item(made[0].id)
            self.error.set_hint(self.tr("{0} tindak lanjut dibawa dari rapat sebelumnya.").format(
                labels.number(len(made))))
        self.view.setFocus()
