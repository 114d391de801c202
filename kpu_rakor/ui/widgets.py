"""Small widgets several screens share: a debounced search box, a satker combo, a combo found by typing any part
of a name, a read-only table of rows, a hint label, the Simpan/Batal buttons of a dialog, a keyboard shortcut,
an autosave status line, a page's title, and selecting a row or bringing a tab forward."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QDialogButtonBox, QFrame, QHBoxLayout,
                               QLabel, QLineEdit, QListView, QScrollArea, QTableView, QTabWidget, QVBoxLayout, QWidget)

from ..domain.services import satker as satker_service

SEARCH_DELAY_MS = 200
PAGE_TITLE_STYLE = "font-size: 16pt; font-weight: bold;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"
HINT_STYLE = "color: #555555;"


class SearchBox(QLineEdit):
    """A search field that emits `search` once typing pauses, so each keystroke does not hit the database."""

    search = Signal(str)

    def __init__(self, placeholder: str, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.search.emit(self.text().strip()))
        self.textChanged.connect(lambda _t: self._timer.start())

    def flush(self) -> None:
        """Run a pending search now (Enter, or a test that does not want to wait)."""
        if self._timer.isActive():
            self._timer.stop()
            self.search.emit(self.text().strip())


def complete_any_part(combo: QComboBox) -> None:
    """Typing any part of an item's text in the editable `combo` offers it in a popup, whatever the case:
    "tulung" finds "KPU Kabupaten Tulungagung". Call it after the combo's model is set."""
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionMode(QCompleter.PopupCompletion)
    completer.setFilterMode(Qt.MatchContains)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    combo.setCompleter(completer)


class SatkerCombo(QComboBox):
    """Pick a satker by typing any part of its name; the 553 KPU offices and the institutions users added."""

    def __init__(self, parent=None, allow_empty: bool = True):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMaxVisibleItems(15)
        model = QStandardItemModel(self)
        if allow_empty:
            empty = QStandardItem("")
            empty.setData(None, Qt.UserRole)
            model.appendRow(empty)
        for s in satker_service.search(""):
            item = QStandardItem(s.name)
            item.setData(s.id, Qt.UserRole)
            model.appendRow(item)
        self.setModel(model)
        complete_any_part(self)
        self.lineEdit().setPlaceholderText(self.tr("Ketik nama satker…"))

    def satker_id(self) -> int | None:
        # The text may have been typed without picking: match it back to an item.
        i = self.findText(self.currentText().strip(), Qt.MatchFixedString)
        return self.itemData(i, Qt.UserRole) if i >= 0 else None

    def set_satker_id(self, satker_id: int | None) -> None:
        i = self.findData(satker_id, Qt.UserRole) if satker_id is not None else 0
        self.setCurrentIndex(max(i, 0) if satker_id is not None or self.count() else -1)
        if satker_id is None:
            self.setEditText("")


def list_table(model, alternating: bool = True) -> QTableView:
    """A read-only table of `model`'s rows: a whole row is chosen, one at a time; each on one line, no row
    numbers."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(alternating)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    return view


def name_list(model) -> QListView:
    """A read-only list of names (invitees, offices): several chosen at once, each on one line, cut at the
    right edge rather than scrolled sideways; uniform rows so hundreds scroll fast."""
    view = QListView()
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setUniformItemSizes(True)
    view.setTextElideMode(Qt.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    return view


class HintLabel(QLabel):
    """A sentence under a form: grey for hints, red for what went wrong."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.setTextFormat(Qt.PlainText)  # error sentences quote names as users typed them: never markup
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.set_hint(text)

    def set_error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText(text)
        self.setVisible(bool(text))

    def set_hint(self, text: str) -> None:
        self.setStyleSheet(HINT_STYLE)
        self.setText(text)
        self.setVisible(bool(text))


def save_cancel_buttons(dialog, on_save) -> QDialogButtonBox:
    """Simpan / Batal in Indonesian (Qt's own labels follow the system language), wired to `on_save` and to
    the dialog's reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
    buttons.button(QDialogButtonBox.Save).setText(QCoreApplication.translate("widgets", "Simpan"))
    buttons.button(QDialogButtonBox.Cancel).setText(QCoreApplication.translate("widgets", "Batal"))
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def shortcut_action(text: str, keys, slot, widget, context) -> QAction:
    """An action on `widget` that runs `slot` on any of `keys` (a list of QKeySequence) within `context`."""
    a = QAction(text, widget)
    a.setShortcuts(keys)
    a.setShortcutContext(context)
    a.triggered.connect(slot)
    widget.addAction(a)
    return a


def show_save_status(label: QLabel, text: str, error: bool) -> None:
    """An autosave's state in `label`: grey while all is well, red and bold when saving failed."""
    label.setText(text)
    label.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)


def page_title(text: str) -> QLabel:
    """The heading at the top of a page (Rapat, Direktori, …)."""
    title = QLabel(text)
    title.setStyleSheet(PAGE_TITLE_STYLE)
    return title


def show_row(view: QTableView, row: int) -> None:
    """Select row `row` of `view` and scroll it into sight; nothing when it is -1 (not found)."""
    if row >= 0:
        view.selectRow(row)
        view.scrollTo(view.model().index(row, 0))


def scroll_area(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area that keeps it the view's width: a page taller than a 1366×768
    screen leaves it scrolls instead of growing its window past the taskbar."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.NoFrame)
    scroll.setWidget(content)
    return scroll


def two_columns(left: QVBoxLayout, right: QVBoxLayout) -> QScrollArea:
    """Two equal columns of boxes (a page's left and right halves), scrolling as one."""
    columns = QHBoxLayout()
    columns.addLayout(left, 1)
    columns.addLayout(right, 1)
    body = QWidget()
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    body_layout.addLayout(columns)
    body_layout.addStretch(1)
    return scroll_area(body)


def select_rows(view: QAbstractItemView, rows: list[int], current: int = -1) -> None:
    """Select whole `rows` of `view` in one selection change (-1s, people no longer listed, are skipped), and
    make `current` the current row without changing the selection: a list read again keeps what was chosen."""
    model, chosen = view.model(), QItemSelection()
    last = model.columnCount() - 1
    for row in (r for r in rows if r >= 0):
        chosen.merge(QItemSelection(model.index(row, 0), model.index(row, last)), QItemSelectionModel.Select)
    # QItemSelectionModel.select: which rows are highlighted on screen, not a database query.
    view.selectionModel().select(chosen, QItemSelectionModel.ClearAndSelect)
    if current >= 0:
        view.selectionModel().setCurrentIndex(model.index(current, 0), QItemSelectionModel.NoUpdate)


def bring_tab_forward(widget) -> None:
    """Make the tab that holds `widget` the current one in the nearest QTabWidget above it (if there is one),
    e.g. to show the user the text that could not be saved."""
    tabs = widget.parent()
    while tabs is not None and not isinstance(tabs, QTabWidget):
        tabs = tabs.parent()
    if tabs is not None:
        tabs.setCurrentWidget(widget)

