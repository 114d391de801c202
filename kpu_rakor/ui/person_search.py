"""A people finder for dialogs: type part of a name or NIP, pick from the directory's matches."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from ..domain.services import people
from . import messages
from .widgets import SearchBox
from .plain import tip

MAX_RESULTS = 200  # enough to scroll; typing narrows it


def person_text(p) -> str:
    """`Name — Jabatan, Satker`: enough to tell two people with the same name apart."""
    place = ", ".join(x for x in (p.position, people.display_institution(p)) if x)
    return f"{p.name} — {place}" if place else p.name


class PersonSearch(QWidget):
    """Search box above a list of matching people. `picked` fires on double-click or Enter."""

    picked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search_box = SearchBox(self.tr("Cari nama, NIP, jabatan atau satker…"))
        self.filters: dict = {}  # level, province_id, kind: see set_filters
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setUniformItemSizes(True)  # fast scrolling through a few hundred names
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.view, 1)
        self.search_box.search.connect(self.run_search)
        self.search_box.returnPressed.connect(self._enter_in_search)
        self.view.doubleClicked.connect(lambda i: self.picked.emit(i.data(Qt.UserRole)))
        self.view.activated.connect(lambda i: self.picked.emit(i.data(Qt.UserRole)))
        self.run_search("")

    def run_search(self, text: str) -> None:
        self.model.clear()
        with messages.guarded(self):
            for p in people.listing(text, limit=MAX_RESULTS, **self.filters):
                item = QStandardItem(person_text(p))
                item.setToolTip(tip(item.text()))
                item.setData(p.id, Qt.UserRole)
                self.model.appendRow(item)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def set_filters(self, filters: dict) -> None:
        """Narrow the matches by level, province and kind of institution (a DirectoryFilters' values)."""
        self.filters = dict(filters)
        self.run_search(self.search_box.text().strip())

    def _enter_in_search(self) -> None:
        # Enter in the box picks the first match: type a name, press Enter, done.
        self.search_box.flush()
        if self.model.rowCount() == 1 or self.view.currentIndex().isValid():
            idx = self.view.currentIndex() if self.view.currentIndex().isValid() else self.model.index(0, 0)
            self.picked.emit(idx.data(Qt.UserRole))

    def selected_ids(self) -> list[int]:
        ids = [i.data(Qt.UserRole) for i in self.view.selectionModel().selectedIndexes()]
        if not ids and self.view.currentIndex().isValid():
            ids = [self.view.currentIndex().data(Qt.UserRole)]
        return ids
