"""The Rapat screen: every meeting, newest first, with search and filters; opens the meeting editor."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from ...domain.services import meetings, ui_queries
from .. import labels, messages
from ..meeting import windows
from .copy_actions import CopyActions
from .meetings_model import MeetingListModel
from .status_clock import StatusClock
from ..empty_state import EmptyState
from ..widgets import SearchBox, list_table, page_title, shortcut_action, show_row

REFRESH_AFTER_SAVE_MS = 300  # a meeting window saves as it is typed: the list follows once per burst


class MeetingsPage(QWidget):
    """`own_clock=False` in the main window, which runs the one status clock from start-up (the Beranda is
    shown first) and tells this page when it ticked."""

    def __init__(self, parent=None, own_clock: bool = True):
        super().__init__(parent)
        self.search_box = SearchBox(self.tr("Cari kegiatan, tempat, jenis atau nomor undangan…"))
        # The same box searches inside what meetings left behind when this is on (Ctrl+Shift+F).
        self.content_button = QPushButton(self.tr("Cari di isi &notulen"))
        self.content_button.setCheckable(True)
        self.content_button.setToolTip(self.tr("Cari di notulen, keputusan, kutipan, tindak lanjut dan berita "
                                               "semua rapat (Ctrl+Shift+F)"))
        self.month_combo = QComboBox()
        self.mode_combo = QComboBox()
        self.role_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Semua mode"), None)
        for code, text in labels.modes().items():
            self.mode_combo.addItem(text, code)
        self.role_combo.addItem(self.tr("Semua peran"), None)
        for code, text in labels.our_roles().items():
            self.role_combo.addItem(text, code)
        self.new_button = QPushButton(self.tr("&Baru"))
        self.open_button = QPushButton(self.tr("B&uka"))
        self.delete_button = QPushButton(self.tr("&Hapus"))
        self.import_button = QPushButton(self.tr("&Impor…"))
        self.import_button.setToolTip(self.tr("Impor berkas rapat yang diekspor dari PC atau kantor lain"))
        self.new_button.setToolTip(self.tr("Rapat baru (Ctrl+N)"))
        self.open_button.setToolTip(self.tr("Buka rapat terpilih (Enter)"))
        self.delete_button.setToolTip(self.tr("Hapus rapat terpilih (Delete)"))
        self.count_label = QLabel()

        self.model = MeetingListModel(self)
        self.table = list_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.Stretch)  # the title takes what is left
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for col, width in ((0, 145), (1, 80), (3, 135), (4, 90), (5, 70), (6, 220), (7, 90)):
            self.table.setColumnWidth(col, width)
        self.results_model = self.results = None  # the content search's hits: built when first turned on
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        # No meeting at all yet: say how to start instead of showing an empty table.
        self.empty = EmptyState(
            self.tr("Belum ada rapat"),
            self.tr("Buat rapat pertama kantor ini, atau impor berkas rapat yang diekspor dari PC atau kantor "
                    "lain."),
            [(self.tr("Buat rapat"), self.new_meeting), (self.tr("Impor berkas rapat…"), self.import_meeting)])
        self.stack.addWidget(self.empty)

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 3)
        filters.addWidget(self.content_button)
        filters.addWidget(self.month_combo, 1)
        filters.addWidget(self.mode_combo, 1)
        filters.addWidget(self.role_combo, 1)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(b)
        self.copy_actions = CopyActions(self)  # Duplikat rapat, Rapat berikutnya dalam seri
        buttons.addWidget(self.copy_actions.button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        title = page_title(self.tr("Rapat"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)

        self._actions()
        self.search_box.search.connect(lambda _t: self.refresh())
        self.search_box.returnPressed.connect(self._search_entered)
        self.content_button.toggled.connect(self._set_content_mode)
        for combo in (self.month_combo, self.mode_combo, self.role_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.rowsInserted.connect(lambda *_: (self._update_count(), self._fit_time_column()))
        self.reload_months()
        self.refresh()
        self.status_clock = (StatusClock(self, lambda _changed: self.model.tick())  # scheduled → underway → done
                             if own_clock else None)
        self._saved_id: int | None = None
        self._refresh_soon = QTimer(self, singleShot=True, interval=REFRESH_AFTER_SAVE_MS)
        self._refresh_soon.timeout.connect(self._refresh_after_save)
        windows.hub().saved.connect(self._meeting_saved)

    def _actions(self) -> None:
        def action(text, keys, slot, context=Qt.WindowShortcut, widget=None):
            return shortcut_action(text, keys, slot, widget or self, context)

        # Ctrl+N works anywhere on this page; Enter and Delete only in the table, so they still edit text
        # in the search box.
        self.new_action = action(self.tr("Rapat baru"), [QKeySequence.New], self.new_meeting)
        self.open_action = action(self.tr("Buka"), [QKeySequence(Qt.Key_Return), QKeySequence(Qt.Key_Enter)],
                                  self.open_selected, Qt.WidgetShortcut, self.table)
        self.delete_action = action(self.tr("Hapus"), [QKeySequence.Delete], self.delete_selected,
                                    Qt.WidgetShortcut, self.table)
        self.content_action = action(self.tr("Cari di isi notulen"), [QKeySequence("Ctrl+Shift+F")],
                                     self._toggle_content_search)
        self.new_button.clicked.connect(self.new_meeting)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_meeting)

    # --- loading ---------------------------------------------------------------------------------------

    def reload_months(self) -> None:
        current = self.month_combo.currentData()
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        self.month_combo.addItem(self.tr("Semua bulan"), None)
        with messages.guarded(self):
            for year, month in ui_queries.meeting_months():
                # Stored as "YYYY-MM": combo data compares reliably as a string, not as a Python tuple.
                self.month_combo.addItem(labels.month_year(year, month), f"{year:04d}-{month:02d}")
        self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(current)))
        self.month_combo.blockSignals(False)

    def filters(self) -> dict:
        month = self.month_combo.currentData()
        month = tuple(map(int, month.split("-"))) if month else None
        return dict(search=self.search_box.text().strip(), month=month,
                    mode=self.mode_combo.currentData(), our_role=self.role_combo.currentData())

    def in_content_mode(self) -> bool:
        return self.content_button.isChecked()

    def _toggle_content_search(self) -> None:
        self.content_button.toggle()
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _build_results(self) -> None:
        """The content search's list, made the first time it is turned on: its module and the search service
        are not needed for the list of meetings the page opens with."""
        from .search_results import SearchResultsModel, SearchResultsView

        self.results_model = SearchResultsModel(self)
        self.results = SearchResultsView()
        self.results.setModel(self.results_model)
        self.stack.addWidget(self.results)
        self.results.open_requested.connect(self._open_hit)
        self.results.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.results_model.rowsInserted.connect(lambda *_: self._update_count())

    def _set_content_mode(self, on: bool) -> None:
        if on and self.results is None:
            self._build_results()
        self.search_box.setPlaceholderText(
            self.tr("Cari di notulen, keputusan, kutipan, tindak lanjut dan berita…") if on
            else self.tr("Cari kegiatan, tempat, jenis atau nomor undangan…"))
        for combo in (self.month_combo, self.mode_combo, self.role_combo):
            combo.setEnabled(not on)  # the list's filters; the content search covers every meeting
        self.stack.setCurrentWidget(self.results if on else self.table)
        self.refresh()

    def _search_entered(self) -> None:
        self.search_box.flush()
        if self.in_content_mode() and self.results_model.rowCount():
            self.results.setFocus()  # Enter again opens the first hit
            self.results.setCurrentIndex(self.results_model.index(0, 0))

    def refresh(self) -> None:
        if self.in_content_mode():
            with messages.guarded(self):
                self.results_model.set_query(self.search_box.text().strip())
            self._update_count()
            self._update_buttons()
            return
        with messages.guarded(self):
            self.model.set_filters(**self.filters())
            # When the first page holds them all, they are counted already.
            self._total = (meetings.count(**self.filters()) if self.model.canFetchMore()
                           else self.model.rowCount())
        self._update_count()
        self._update_buttons()
        self._fit_time_column()
        self._show_empty_state()

    def _show_empty_state(self) -> None:
        """The empty state when there is no meeting at all (not when the filters found none)."""
        unfiltered = not any(self.filters().values())
        none = unfiltered and self.model.rowCount() == 0 and not self.model.canFetchMore()
        self.stack.setCurrentWidget(self.empty if none else self.table)

    def _fit_time_column(self) -> None:
        # "09.00 WIB (10.00 WITA)" needs about twice the room of "09.00 WIB"; take it only when shown.
        sample = "00.00 WITA (00.00 WITA)" if self.model.shows_other_zones() else "00.00 WITA"
        self.table.setColumnWidth(1, self.fontMetrics().horizontalAdvance(sample) + 18)

    def _update_count(self) -> None:
        if self.in_content_mode():
            n = self.results_model.rowCount()
            if not self.results_model.query():
                text = self.tr("Ketik kata yang dicari")
            elif not n:
                text = self.tr("Tidak ditemukan")
            elif self.results_model.is_complete():
                text = self.tr("{0} hasil").format(labels.number(n))
            else:
                text = self.tr("{0} hasil pertama, gulir untuk selebihnya").format(labels.number(n))
            self.count_label.setText(text)
            return
        total = getattr(self, "_total", self.model.rowCount())
        self.count_label.setText(self.tr("{0} rapat").format(labels.number(total)))

    def _update_buttons(self) -> None:
        if self.in_content_mode():
            self.open_button.setEnabled(self.results.current_hit() is not None)
            self.delete_button.setEnabled(False)
            return
        has = self.selected_id() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.meeting_id(rows[0].row()) if rows else None

    def select_meeting(self, meeting_id: int) -> None:
        show_row(self.table, self.model.row_of(meeting_id))

    # --- actions ---------------------------------------------------------------------------------------

    def new_meeting(self) -> None:
        window = windows.new_meeting(self)  # made now, then typed into its own window
        if window is not None:
            self._meeting_saved(window.meeting_id)

    def open_selected(self) -> None:
        if self.in_content_mode():
            hit = self.results.current_hit()
            if hit is not None:
                self._open_hit(hit)
            return
        mid = self.selected_id()
        if mid is not None:
            self._edit(mid)

    def _open_hit(self, hit) -> None:
        """A search hit opens its meeting at the tab that holds the text."""
        tab = {"tindak_lanjut": "followups", "berita": "news"}.get(hit.kind, "minutes")
        self._edit(hit.meeting_id, tab)
        if self.in_content_mode():
            self.refresh()  # the text may have been changed there

    def _edit(self, meeting_id: int | None, tab: str | None = None) -> None:
        """Open the meeting's own window (or raise it when open); this page stays usable."""
        if meeting_id is None:
            self.new_meeting()
            return
        windows.open_meeting(self, meeting_id, tab)

    def _meeting_saved(self, meeting_id: int) -> None:
        """A meeting window stored a change: show it in the list (a moment later, once per burst of typing)."""
        self._saved_id = meeting_id
        self._refresh_soon.start()

    def _refresh_after_save(self) -> None:
        selected = self.selected_id()
        self.reload_months()
        self.refresh()
        if selected is not None or self._saved_id is not None:
            self.select_meeting(selected if selected is not None else self._saved_id)

    def import_meeting(self) -> None:
        from .meeting_import import import_meeting

        meeting_id = import_meeting(self)
        if meeting_id is not None:
            self.reload_months()
            self.refresh()
            self.select_meeting(meeting_id)

    def delete_selected(self) -> None:
        mid = self.selected_id()
        if mid is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        title = self.model.data(self.model.index(row, 2))
        question = self.tr("Hapus rapat “{0}” beserta agenda, peran, undangan dan daftar hadirnya? "
                           "Tindakan ini tidak dapat dibatalkan.").format(title)
        if not messages.confirm(self, question, self.tr("Hapus")):
            return
        window = windows.window_for(mid)
        if window is not None:  # its window would go on writing to a meeting that is gone
            window.discard()
            window.close()
        with messages.guarded(self):
            meetings.delete(mid)
            self.reload_months()
            self.refresh()
