"""The Direktori screen: the people the office works with, and the satker list (KPU offices and the
institutions users added); search, add and change them."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from ...domain.services import directory_revision
from ...domain.services import satker as satker_service
from .. import labels, list_export, messages
from .directory_filters import DirectoryFilters
from .people_model import PeopleModel
from .people_list_actions import PeopleListActions
from .person_privacy_actions import PersonPrivacyActions
from ..widgets import SearchBox, list_table, page_title, select_rows
from ..empty_state import EmptyState
from ..plain import tip

log = logging.getLogger(__name__)

POLL_MS = 2000  # what another window, process or PC changed shows within two seconds


class DirectoryPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.search_box = SearchBox(self.tr("Cari nama, NIP, jabatan atau satker…"))
        self.filters = DirectoryFilters()  # Tingkat, Provinsi, Instansi
        self.new_button = QPushButton(self.tr("Orang &baru"))
        self.edit_button = QPushButton(self.tr("&Ubah"))
        self.new_institution_button = QPushButton(self.tr("&Instansi baru"))
        self.new_institution_button.setToolTip(self.tr("Bawaslu, pemerintah daerah, perguruan tinggi, media…"))
        self.count_label = QLabel()
        self.model = PeopleModel(self)
        self.table = list_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for col, width in ((0, 290), (1, 170), (2, 290), (4, 130)):
            self.table.setColumnWidth(col, width)

        title = page_title(self.tr("Direktori"))
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.new_institution_button)
        self.export_button = list_export.export_button("directory")
        self.export_button.clicked.connect(lambda: list_export.export_directory(
            self, self.search_box.text().strip(), **self.filters.values()))
        bar.addWidget(self.export_button)
        # Delete, anonymise, export a person's data (UU 27/2022).
        self.privacy_actions = PersonPrivacyActions(self, self.selected_id)
        self.privacy_actions.changed.connect(self.refresh)
        for button in self.privacy_actions.buttons():
            bar.addWidget(button)
        bar.addWidget(self.count_label)
        # Import a list (previewed, undoable) and merge two entries of one person.
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)  # two people chosen to merge
        self.list_actions = PeopleListActions(self, self.selected_ids)
        self.list_actions.changed.connect(self._list_changed)
        list_bar = QHBoxLayout()
        for button in self.list_actions.buttons():
            list_bar.addWidget(button)
        list_bar.addStretch(1)
        people_tab = QWidget()
        people_layout = QVBoxLayout(people_tab)
        people_layout.addLayout(bar)
        people_layout.addWidget(self.filters)
        # An empty directory says how to fill it instead of showing an empty table.
        self.empty = EmptyState(
            self.tr("Direktori masih kosong"),
            self.tr("Impor daftar orang dari berkas CSV atau Excel (.xlsx), atau tambahkan orang satu per satu."),
            [(self.tr("Impor daftar orang…"), lambda: self.list_actions.import_file()),
             (self.tr("Tambah orang"), self.new_person)])
        self.people_stack = QStackedWidget()
        self.people_stack.addWidget(self.table)
        self.people_stack.addWidget(self.empty)
        people_layout.addWidget(self.people_stack, 1)
        people_layout.addLayout(list_bar)

        self.satker_tab = SatkerList()
        self.satker_tab.new_button.clicked.connect(self.new_institution)
        self.satker_tab.new_button.setText(self.new_institution_button.text())
        self.tabs = QTabWidget()
        self.tabs.addTab(people_tab, self.tr("Orang"))
        self.tabs.addTab(self.satker_tab, self.tr("Satker dan instansi"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

        new = QAction(self.tr("Orang baru"), self)
        new.setShortcut(QKeySequence.New)
        new.triggered.connect(self.new_person)
        self.addAction(new)
        edit = QAction(self.tr("Ubah"), self.table)
        edit.setShortcuts([QKeySequence(Qt.Key_Return), QKeySequence(Qt.Key_Enter)])
        edit.setShortcutContext(Qt.WidgetShortcut)
        edit.triggered.connect(self.edit_selected)
        self.table.addAction(edit)
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.new_institution_button.clicked.connect(self.new_institution)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.search_box.search.connect(self.refresh)
        self.filters.changed.connect(self.refresh)
        self.search_box.returnPressed.connect(self.search_box.flush)
        self._revision = None
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.poll)
        self.refresh()

    def refresh(self, _text: str = "") -> None:
        with messages.guarded(self):
            self._revision = directory_revision.revision()  # read first: a change made meanwhile shows next time
            self.model.set_search(self.search_box.text().strip(), **self.filters.values())
        self.count_label.setText(self.tr("{0} orang").format(labels.number(self.model.total())))
        unfiltered = not self.search_box.text().strip() and not any(self.filters.values().values())
        self.people_stack.setCurrentWidget(self.empty if unfiltered and not self.model.total() else self.table)

    # --- changes made elsewhere ------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._poll.start()
        self.poll()  # what changed while another page was shown

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._poll.stop()

    def poll(self) -> None:
        """Reload when the directory's revision moved, keeping the selection and where the list was scrolled."""
        old = self._revision
        try:
            new = directory_revision.revision()
        except Exception:  # noqa: BLE001 - a dropped server connection: the next poll tries again
            log.warning("Direktori: pemeriksaan perubahan gagal", exc_info=True)
            return
        if new != old:
            self.reload_keeping_place(satkers=old is None or new.institutions != old.institutions)

    def reload_keeping_place(self, satkers: bool = True) -> None:
        selected, current = self.selected_ids(), self.model.person_id(self.table.currentIndex().row())
        bar = self.table.verticalScrollBar()
        scrolled = bar.value()
        self.refresh()
        while selected and self.model.canFetchMore() and self.model.row_of(selected[-1]) < 0:
            self.model.fetchMore()  # the selected person is further down than the first page
        select_rows(self.table, [self.model.row_of(pid) for pid in selected],
                    current=self.model.row_of(current) if current is not None else -1)
        bar.setValue(scrolled)
        if satkers:
            self.satker_tab.reload_keeping_place()
        self.list_actions.refresh_undo()

    def _list_changed(self, person_id: int) -> None:
        self.refresh()
        if person_id and self.model.row_of(person_id) >= 0:
            self.table.selectRow(self.model.row_of(person_id))

    def selected_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None  # edit, delete…: one person at a time

    def selected_ids(self) -> list[int]:
        return [self.model.person_id(i.row()) for i in self.table.selectionModel().selectedRows()]

    def new_person(self) -> None:
        self._edit(None)

    def edit_selected(self) -> None:
        pid = self.selected_id()
        if pid is not None:
            self._edit(pid)

    def _edit(self, person_id: int | None) -> None:
        from .person_dialog import PersonDialog

        with messages.guarded(self):
            dialog = PersonDialog(person_id, self)
            if dialog.exec():
                self.refresh()
                row = self.model.row_of(dialog.person_id)
                if row >= 0:
                    self.table.selectRow(row)

    def new_institution(self) -> None:
        from .institution_dialog import InstitutionDialog

        with messages.guarded(self):
            dialog = InstitutionDialog(self)
            if dialog.exec():
                self.satker_tab.show_satker(dialog.satker_id)
                self.tabs.setCurrentWidget(self.satker_tab)  # see it listed; person dialogs now offer it


class SatkerList(QWidget):
    """The satker list: the 553 KPU offices and the institutions users added (those first)."""

    COLUMNS = 5

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search_box = SearchBox(self.tr("Cari nama satker, instansi atau daerah…"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Semua jenis"), None)
        self._kinds = labels.institution_kinds(include_kpu=True)
        for code, text in self._kinds.items():
            self.kind_combo.addItem(text, code)
        self.new_button = QPushButton()
        self.count_label = QLabel()
        self.model = QStandardItemModel(0, self.COLUMNS, self)
        self.model.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("Jenis"), self.tr("Kota"),
                                              self.tr("Zona"), self.tr("Situs web")])
        self.table = list_table(self.model)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for col, width in ((1, 150), (2, 170), (3, 70), (4, 260)):
            self.table.setColumnWidth(col, width)
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.new_button)
        bar.addWidget(self.count_label)
        note = QLabel(self.tr("Kantor KPU sudah tersedia dan tidak perlu ditambahkan. Instansi yang ditambahkan "
                              "tampil paling atas dan dapat dipilih sebagai satker saat mengisi data orang."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        self.search_box.search.connect(lambda _t: self.refresh())
        self.search_box.returnPressed.connect(self.search_box.flush)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        with messages.guarded(self):
            rows = satker_service.search(self.search_box.text().strip(), kind=self.kind_combo.currentData())
            # What the office added itself comes first: it is what users come here to look for.
            for s in sorted(rows, key=lambda s: bool(s.builtin)):
                cells = [QStandardItem(s.name), QStandardItem(self._kinds.get(s.kind, s.kind)),
                         QStandardItem(s.city), QStandardItem(s.timezone), QStandardItem(s.website)]
                cells[0].setData(s.id, Qt.UserRole)
                cells[0].setToolTip(tip(s.full_name or s.name))
                self.model.appendRow(cells)
        self.count_label.setText(self.tr("{0} satker").format(labels.number(self.model.rowCount())))

    def reload_keeping_place(self) -> None:
        """Read again (an institution added elsewhere), keeping the selected row and the scroll position."""
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.item(rows[0].row(), 0).data(Qt.UserRole) if rows else None
        scrolled = self.table.verticalScrollBar().value()
        self.refresh()
        for r in range(self.model.rowCount()):
            if chosen is not None and self.model.item(r, 0).data(Qt.UserRole) == chosen:
                self.table.selectRow(r)
                break
        self.table.verticalScrollBar().setValue(scrolled)

    def names(self) -> list[str]:
        return [self.model.item(r, 0).text() for r in range(self.model.rowCount())]

    def show_satker(self, satker_id: int | None) -> None:
        """After adding an institution: clear the filters so it is listed, and select it."""
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(0)
        self.kind_combo.blockSignals(False)
        self.refresh()
        for r in range(self.model.rowCount()):
            if self.model.item(r, 0).data(Qt.UserRole) == satker_id:
                self.table.selectRow(r)
                self.table.scrollTo(self.model.index(r, 0))
                break
