"""Choosing a directory person for someone recorded under another name: the guest to merge on the Kehadiran tab,
or the Zoom participant the matcher did not recognise."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from ..person_search import PersonSearch
from ..widgets import HintLabel
from ..screen_fit import fit_to_screen


class _Finder(PersonSearch):
    """The directory search without the people who cannot be the answer (the guest being merged)."""

    exclude: frozenset = frozenset()

    def run_search(self, text: str) -> None:
        super().run_search(text)
        if not self.exclude:
            return
        for row in reversed(range(self.model.rowCount())):
            if self.model.item(row).data(Qt.UserRole) in self.exclude:
                self.model.removeRow(row)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))


class PersonPickDialog(QDialog):
    """A heading (who is being placed), a hint, and the directory search. Enter or a double-click on a match
    chooses it; `person_id` is the choice once accepted."""

    def __init__(self, title: str, heading: str, hint: str, ok_label: str, search_text: str = "", parent=None,
                 exclude=()):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.person_id: int | None = None
        self.heading = QLabel(heading)
        self.heading.setTextFormat(Qt.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = HintLabel(hint)
        self.finder = _Finder()
        self.finder.exclude = frozenset(exclude)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(ok_label)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.finder, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._choose_current)
        self.buttons.rejected.connect(self.reject)
        self.finder.picked.connect(self._choose)
        self.finder.view.selectionModel().currentChanged.connect(self._update_ok)
        self.finder.model.modelReset.connect(self._update_ok)
        self.finder.search_box.setText(search_text)
        self.finder.search_box.flush()
        if not search_text:
            self.finder.run_search("")  # the first search ran before `exclude` was set
        self._update_ok()
        fit_to_screen(self, (640, 520))
        self.finder.search_box.setFocus()
        self.finder.search_box.selectAll()

    def _update_ok(self, *_args) -> None:
        self.ok_button.setEnabled(self.finder.view.currentIndex().isValid())

    def _choose_current(self) -> None:
        ids = self.finder.selected_ids()
        if ids:
            self._choose(ids[0])

    def _choose(self, person_id: int) -> None:
        self.person_id = person_id
        self.accept()

    def keyPressEvent(self, event) -> None:
        # Enter belongs to the search (it picks the highlighted match), never to a default button.
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
