"""Asks the date and time of a meeting made from an earlier one (Duplikat rapat, Rapat berikutnya dalam seri),
with the proposed start filled in, and makes it."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout

from ...domain import timefmt
from ...domain.services import meeting_copy, meetings
from ..date_field import DateField
from ..time_field import TimeField
from ..widgets import HintLabel
from .. import messages

DUPLICATE, NEXT_IN_SERIES = "duplicate", "next"


class CopyMeetingDialog(QDialog):
    """`kind` DUPLICATE or NEXT_IN_SERIES; after Buat rapat, `new_id` is the new meeting's id."""

    def __init__(self, meeting_id: int, kind: str, parent=None):
        super().__init__(parent)
        self.meeting_id, self.kind, self.new_id = meeting_id, kind, None
        m = meetings.get(meeting_id)
        self.zone = m.timezone
        series = kind == NEXT_IN_SERIES
        self.setWindowTitle(self.tr("Rapat berikutnya dalam seri") if series else self.tr("Duplikat rapat"))
        start = timefmt.to_local(m.starts_at, m.timezone)
        source = QLabel(self.tr("Dari: {0}\n{1}, pukul {2}").format(
            m.title, timefmt.long_date(start), timefmt.clock_zone(m.starts_at, m.timezone)))
        source.setTextFormat(Qt.PlainText)
        source.setWordWrap(True)
        proposal = meeting_copy.proposed_next(meeting_id) if series else meeting_copy.proposed_duplicate(meeting_id)
        self.date = DateField(proposal.date())
        self.time = TimeField(proposal.time())  # typed as 09.45 or 0945, judged when left
        when = QHBoxLayout()
        when.addWidget(self.time)
        when.addWidget(QLabel(m.timezone))
        when.addWidget(self.time.message)
        when.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Tanggal:"), self.date)
        start_label = QLabel(self.tr("&Mulai:"))
        start_label.setBuddy(self.time)  # a row holding a layout gets no buddy by itself: the & would show
        form.addRow(start_label, when)
        if series:
            name = meeting_copy.series_name(meeting_id)
            text = (self.tr("Seri: {0}. Tanggal yang diusulkan mengikuti jarak biasa seri ini.").format(name) if name
                    else self.tr("Rapat ini belum masuk seri: seri “{0}” dibuat untuk kedua rapat. Tanggal yang "
                                 "diusulkan: hari yang sama pada bulan berikutnya.").format(m.title))
            form.addRow(HintLabel(text))
        copied = HintLabel(self.tr("Disalin: agenda (jamnya ikut bergeser), peran, undangan, tempat dan detail "
                                   "Zoom. Tidak disalin: kehadiran, notulen, foto, serta nomor dan tanggal surat "
                                   "undangan. Rapat baru dibuka setelah dibuat."))
        self.error_label = HintLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Buat rapat"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addLayout(form)
        layout.addWidget(copied)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(540)
        self.date.setFocus()

    def start(self) -> datetime:
        """The start typed, wall-clock in the meeting's zone."""
        self.time.commit()  # Enter on Buat rapat while the time is being typed
        return datetime.combine(self.date.value(), self.time.time())

    def make(self) -> None:
        make = meeting_copy.next_in_series if self.kind == NEXT_IN_SERIES else meeting_copy.duplicate
        with messages.guarded(self) as g:
            self.new_id = make(self.meeting_id, self.start())
        if g.ok:
            self.accept()
