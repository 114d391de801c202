"""The two lists under the desk's name search, one tab each: the last scans at any desk of the meeting
(newest first), and who has not arrived yet with *Salin* for WhatsApp (ui/not_arrived_list.py). A part
DeskPage owns."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTabWidget

from ..not_arrived_list import NotArrivedList
from ..widgets import list_table
from .recent_model import RecentModel


class DeskLists(QTabWidget):
    """`recent_model`/`recent_view` and `not_arrived`. `show(rows, not_arrived_count)` after each reload of
    the desk: the not-arrived list is read only while its tab is shown (a long list costs a query per change),
    its tab's title takes the number from the desk's counts meanwhile."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.recent_model = RecentModel(self)
        self.recent_view = list_table(self.recent_model, alternating=False)
        # Fixed widths: fitting columns to their contents reads every cell again at each reload.
        header = self.recent_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        for column, width in ((0, 52), (2, 150), (3, 80), (4, 64)):
            header.resizeSection(column, width)
        self.recent_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.not_arrived = NotArrivedList(show_title=False)
        self.addTab(self.recent_view, self.tr("&Pindaian terakhir (semua meja)"))
        self.addTab(self.not_arrived, "")
        self._count = 0
        self.not_arrived.counted.connect(self._counted)
        self.currentChanged.connect(lambda _i: self._refresh_not_arrived())
        self._counted(0)

    def set_meeting(self, meeting_id: int | None) -> None:
        self.not_arrived.set_meeting(meeting_id if self.currentWidget() is self.not_arrived else None)
        self.not_arrived.meeting_id = meeting_id
        if meeting_id is None:
            self.recent_model.set_rows([])

    def show_rows(self, rows, not_arrived_count: int | None) -> None:
        self.recent_model.set_rows(rows)
        self._count = not_arrived_count or 0
        self._refresh_not_arrived()

    def _refresh_not_arrived(self) -> None:
        if self.currentWidget() is self.not_arrived:
            self.not_arrived.reload()
        else:
            self._counted(self._count)

    def _counted(self, n: int) -> None:
        index, text = self.indexOf(self.not_arrived), self.tr("&Belum hadir ({0})").format(n)
        if self.tabText(index) != text:  # a new title lays the tab bar out again: only when it changed
            self.setTabText(index, text)
