"""The desk's meeting chooser: today's meetings first (earliest first), then the recent ones."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

from ...domain import timefmt
from ...domain.services import meetings as meeting_service
from .. import settings
from ..labels import short_date

RECENT_MEETINGS = 30


class MeetingPicker(QComboBox):
    """`meeting_chosen(id)` (0: none). Ids are kept index-aligned in Python, not as item data (none_refcount)."""

    meeting_chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ids: list[int] = []
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        self.setPlaceholderText(self.tr("(belum ada rapat)"))
        self.currentIndexChanged.connect(self._chosen)

    def reload(self) -> None:
        """Refill, keeping the chosen meeting; the first time, the one used last on this PC or today's first."""
        today = meeting_service.todays()
        today_ids = {m.id for m in today}
        keep = self.current_id()
        if not keep:
            # First fill: the meeting this PC used last, unless another meeting is held today.
            keep = settings.DESK_MEETING.get()
            if today and keep not in today_ids:
                keep = today[0].id
        rows = [(m, True) for m in today]
        rows += [(m, False) for m in meeting_service.listing(limit=RECENT_MEETINGS) if m.id not in today_ids]
        ids = [m.id for m, _ in rows]
        texts = [self._text(m, is_today) for m, is_today in rows]
        if ids == self.ids and texts == [self.itemText(i) for i in range(self.count())]:
            return  # unchanged (a meeting renamed in its window changes the text only)
        self.blockSignals(True)
        self.clear()
        self.ids = ids
        self.addItems(texts)
        self.setCurrentIndex(ids.index(keep) if keep in ids else (0 if ids else -1))
        self.blockSignals(False)
        self._chosen(self.currentIndex())

    def choose(self, meeting_id: int) -> None:
        """Make `meeting_id` the chosen meeting (the Beranda's *Buka presensi*), adding it when it is neither
        today's nor among the recent ones."""
        if meeting_id not in self.ids:
            m = meeting_service.get(meeting_id)
            self.ids.append(m.id)
            self.addItem(f"{short_date(timefmt.to_local(m.starts_at, m.timezone))} — {m.title}")
        self.setCurrentIndex(self.ids.index(meeting_id))

    def _text(self, m, is_today: bool) -> str:
        if is_today:
            return self.tr("Hari ini, {0} — {1}").format(timefmt.clock_zone(m.starts_at, m.timezone), m.title)
        return f"{short_date(timefmt.to_local(m.starts_at, m.timezone))} — {m.title}"

    def keyPressEvent(self, event) -> None:
        # No jumping to a meeting by its first letter: a scanner burst while this has the focus would switch
        # the desk's meeting (and reload it) between two keys. The arrows and the popup still choose.
        if event.text().isprintable() and event.text().strip():
            event.ignore()
            return
        super().keyPressEvent(event)

    def current_id(self) -> int:
        i = self.currentIndex()
        return self.ids[i] if 0 <= i < len(self.ids) else 0

    def _chosen(self, _index: int) -> None:
        mid = self.current_id()
        if mid:
            settings.DESK_MEETING.set(mid)
        self.meeting_chosen.emit(mid)
