"""The Tindak Lanjut page: every open follow-up of every meeting, overdue ones marked, filtered by person,
satker and series, searchable; opens the meeting an item belongs to."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from ...domain.services import followups
from .. import labels, list_export, messages
from .followups_model import ROW_ROLE, OpenItemsModel
from .followups_status_dialog import StatusDialog
from .followups_tab import size_columns
from ..widgets import SearchBox, complete_any_part, list_table, page_title, shortcut_action, show_row


class _FilterCombo(QComboBox):
    """"All" first, then the choices; typing part of a name finds it."""

    def __init__(self, all_text: str, parent=None):
        super().__init__(parent)
        self.all_text = all_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMaxVisibleItems(20)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        complete_any_part(self)

    def set_choices(self, choices: list[tuple[int, str]]) -> None:
        current, current_text = self.chosen_id(), self.currentText().strip()
        if current and current not in {i for i, _n in choices}:
            # The chosen person closed their last item: keep the choice, so the list and the filter agree.
            choices = [*choices, (current, current_text)]
        self.blockSignals(True)
        self.clear()
        self.addItem(self.all_text, 0)  # 0, not None: see none_refcount
        for item_id, name in choices:
            self.addItem(name, item_id)
        i = self.findData(current) if current else 0
        self.setCurrentIndex(max(i, 0))
        self.blockSignals(False)

    def chosen_id(self) -> int | None:
        i = self.findText(self.currentText().strip(), Qt.MatchFixedString)
        value = self.itemData(i) if i >= 0 else 0
        return value or None

    def choose(self, item_id: int | None) -> None:
        self.setCurrentIndex(max(self.findData(item_id), 0) if item_id else 0)


class FollowUpsPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.status_dialog = None
        title = page_title(self.tr("Tindak Lanjut"))
        self.search_box = SearchBox(self.tr("Cari tindak lanjut, nama, satker atau rapat… (Ctrl+F)"))
        self.person_combo = _FilterCombo(self.tr("Semua penanggung jawab"))
        self.satker_combo = _FilterCombo(self.tr("Semua satker"))
        self.series_combo = _FilterCombo(self.tr("Semua seri rapat"))
        self.open_button = QPushButton(self.tr("B&uka rapat (Enter)"))
        self.status_button = QPushButton(self.tr("Ubah &status… (F4)"))
        self.refresh_button = QPushButton(self.tr("Muat ulang (F5)"))
        self.count_label = QLabel()

        self.model = OpenItemsModel(self)
        self.table = list_table(self.model, alternating=False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # the service's order at first
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)  # fast with 5,000 rows
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        size_columns(self.table, (("due", "07 Sep 2021", True), ("remark", "terlambat 100 hari", True),
                                  ("person", "Dr. H. Rochani, S.Pd., M.S", False),
                                  ("satker", "KPU Kab. Tulungagung", False),
                                  ("meeting", "07 Apr 2021 · Rakor Bakohumas B", False)), 20)

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 3)
        filters.addWidget(self.person_combo, 2)
        filters.addWidget(self.satker_combo, 2)
        filters.addWidget(self.series_combo, 2)
        buttons = QHBoxLayout()
        self.export_button = list_export.export_button("followups")
        self.export_button.clicked.connect(lambda: list_export.export_followups(
            self, self.model.rows(), person_id=self.person_combo.chosen_id(), satker_id=self.satker_combo.chosen_id(),
            series_id=self.series_combo.chosen_id(), search=self.search_box.text(), today=self.model.today))
        for b in (self.open_button, self.status_button, self.refresh_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        self._actions()
        self.search_box.search.connect(self.model.set_search)
        self.search_box.search.connect(lambda _t: self._after_filter())
        self.search_box.returnPressed.connect(self.search_box.flush)
        for combo in (self.person_combo, self.satker_combo, self.series_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._loaded = False
        from ..meeting import windows
        windows.hub().closed.connect(self._meeting_closed)
        self.refresh()

    def _actions(self) -> None:
        action = shortcut_action
        action(self.tr("Buka rapat"), [QKeySequence(Qt.Key_Return), QKeySequence(Qt.Key_Enter)],
               self.open_selected, self.table, Qt.WidgetShortcut)
        action(self.tr("Ubah status"), [QKeySequence(Qt.Key_F4)], self.change_status, self,
               Qt.WidgetWithChildrenShortcut)
        action(self.tr("Muat ulang"), [QKeySequence(Qt.Key_F5)], self.refresh, self, Qt.WidgetWithChildrenShortcut)
        action(self.tr("Cari"), [QKeySequence.Find], lambda: (self.search_box.setFocus(), self.search_box.selectAll()),
               self, Qt.WidgetWithChildrenShortcut)
        self.open_button.clicked.connect(self.open_selected)
        self.status_button.clicked.connect(self.change_status)
        self.refresh_button.clicked.connect(self.refresh)

    # --- loading ---------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.selected()
        with messages.guarded(self) as g:
            choices = followups.filter_choices()
            today = followups.office_today()
            rows = followups.open_items(person_id=self.person_combo.chosen_id(),
                                        satker_id=self.satker_combo.chosen_id(),
                                        series_id=self.series_combo.chosen_id(), today=today)
        if not g.ok:
            return
        self.person_combo.set_choices(choices.people)
        self.satker_combo.set_choices(choices.satkers)
        self.series_combo.set_choices(choices.series)
        self.model.set_rows(rows, today)
        self._loaded = True
        if keep is not None:
            self.select_item(keep.id)
        self._after_filter()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._loaded:
            self.refresh()  # meetings edited elsewhere since the page was last shown

    def _meeting_closed(self, _meeting_id: int) -> None:
        if self._loaded and self.isVisible():
            self.refresh()  # what the meeting window changed in its Tindak lanjut tab

    def _after_filter(self) -> None:
        shown, total, late = self.model.rowCount(), self.model.total(), self.model.overdue_count()
        text = self.tr("{0} tindak lanjut terbuka").format(labels.number(shown))
        if shown != total:
            text = self.tr("{0} dari {1} tindak lanjut terbuka").format(labels.number(shown), labels.number(total))
        if late:
            text += self.tr(" · {0} terlambat").format(labels.number(late))
        self.count_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.status_button.setEnabled(has)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_item(self, followup_id: int) -> None:
        show_row(self.table, self.model.row_of(followup_id))

    # --- actions -----------------------------------------------------------------------------------------------

    def open_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        from ..meeting import windows

        editor = windows.open_meeting(self, r.meeting_id, "followups")  # its own window; this page stays usable
        if editor is not None:
            editor.followups.select_item(r.id)
            editor.followups.view.setFocus()

    def change_status(self) -> None:
        r = self.selected()
        if r is None or self.status_dialog is not None:
            return
        dialog = StatusDialog(r, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.destroyed.connect(lambda *_: setattr(self, "status_dialog", None))
        self.status_dialog = dialog
        dialog.open()
