"""The Beranda page: today's and this week's meetings (one click to the desk or the minutes), follow-ups due
within a week or late, minutes waiting for approval, and the last backup. One read of services/home per refresh:
when the page is built and each time it is shown again."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from ...domain import timefmt
from ...domain.services import home
from .. import messages, settings
from ..widgets import HINT_STYLE, page_title, two_columns
from . import navigate

MAX_FOLLOWUPS = 8  # more are one click away on the Tindak Lanjut page
LATE_STYLE = "color: #b00020; font-weight: bold;"
WARN_STYLE = "color: #8a4b00; font-weight: bold;"
TITLE_STYLE = "font-weight: bold;"


def backup_folder() -> Path:
    """This PC's backup folder, as Pengaturan › Cadangan keeps it (without loading the backup service)."""
    from ...domain.services.backup_names import default_folder

    folder = settings.BACKUP_FOLDER.get()
    return Path(folder) if folder else default_folder()


def _line(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)  # titles are typed by users: never markup
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class Section(QGroupBox):
    """A titled box whose lines are rebuilt at each refresh; `empty` is said when there is nothing."""

    def __init__(self, title: str, empty: str, parent=None):
        super().__init__(title, parent)
        self.empty_text = empty
        self.box = QVBoxLayout(self)
        self.box.setSpacing(6)

    def clear(self) -> None:
        while self.box.count():
            item = self.box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def add(self, widget: QWidget, alignment=Qt.Alignment()) -> None:
        self.box.addWidget(widget, 0, alignment)

    def finish(self) -> None:
        if not self.box.count():
            self.box.addWidget(_line(self.empty_text, HINT_STYLE))


class MeetingLine(QFrame):
    """One meeting: when, what and where, with *Buka presensi* and *Notulen*."""

    def __init__(self, m: home.HomeMeeting, with_day: bool, desk: bool = True, parent=None):
        super().__init__(parent)
        self.meeting_id = m.id
        when = timefmt.clock_zone(m.starts_at, m.timezone)
        if with_day:
            when = f"{timefmt.long_date(m.day)} · {when}"
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(_line(m.title, TITLE_STYLE))
        text.addWidget(_line(f"{when} · {m.venue}" if m.venue else when, HINT_STYLE))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(text, 1)
        self.desk_button = QPushButton(self.tr("Buka presensi"))
        self.desk_button.setToolTip(self.tr("Meja presensi untuk rapat ini"))
        self.desk_button.setVisible(desk)
        self.minutes_button = QPushButton(self.tr("Notulen"))
        self.minutes_button.setToolTip(self.tr("Buka rapat ini pada tab Notulen"))
        row.addWidget(self.desk_button, 0, Qt.AlignTop)
        row.addWidget(self.minutes_button, 0, Qt.AlignTop)


class FollowUpLine(QFrame):
    """One follow-up: what, from which meeting, for whom, and how late or how soon."""

    def __init__(self, f, today, parent=None):
        super().__init__(parent)
        self.meeting_id = f.meeting_id
        self.followup_id = f.id
        if f.overdue:
            due, style = self.tr("Terlambat {0} hari (batas {1})").format(
                f.days_late, timefmt.long_date(f.due_date)), LATE_STYLE
        elif f.due_date == today:
            due, style = self.tr("Batas waktu hari ini"), WARN_STYLE
        else:
            due, style = self.tr("Batas waktu {0}").format(timefmt.long_date(f.due_date)), ""
        who = f.person_name or f.satker_short
        origin = f"{f.meeting_title} · {who}" if who else f.meeting_title
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(_line(f.description, TITLE_STYLE))
        text.addWidget(_line(origin, HINT_STYLE))
        self.due_label = _line(due, style)
        text.addWidget(self.due_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(text, 1)
        self.open_button = QPushButton(self.tr("Buka"))
        self.open_button.setToolTip(self.tr("Buka rapatnya pada tab Tindak lanjut"))
        row.addWidget(self.open_button, 0, Qt.AlignTop)


class HomePage(QWidget):
    """`desk_requested(meeting_id)`: open the desk on that meeting; `page_requested(key)`: show another page;
    `backup_requested()`: show Pengaturan at its Cadangan group."""

    desk_requested = Signal(int)
    page_requested = Signal(str)
    backup_requested = Signal()  # Pengaturan, scrolled to its Cadangan group

    def __init__(self, parent=None):
        super().__init__(parent)
        self.overview: home.Overview | None = None
        self.date_label = _line("", HINT_STYLE)
        self.today_box = Section(self.tr("Rapat hari ini"), self.tr("Tidak ada rapat hari ini."))
        self.week_box = Section(self.tr("Rapat minggu ini"), self.tr("Tidak ada rapat lain minggu ini."))
        self.followups_box = Section(self.tr("Tindak lanjut jatuh tempo dalam 7 hari atau terlambat"),
                                     self.tr("Tidak ada tindak lanjut yang mendesak."))
        self.approval_box = Section(self.tr("Notulen menunggu persetujuan"),
                                    self.tr("Tidak ada notulen yang menunggu persetujuan."))
        self.backup_box = Section(self.tr("Cadangan"), "")
        self.meeting_lines: list[MeetingLine] = []
        self.followup_lines: list[FollowUpLine] = []
        self.approval_lines: list[MeetingLine] = []
        self.backup_label: QLabel | None = None
        self.backup_button: QPushButton | None = None  # shown when the last backup is missing or old
        self.more_followups: QPushButton | None = None

        left = QVBoxLayout()
        left.addWidget(self.today_box)
        left.addWidget(self.week_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.followups_box)
        right.addWidget(self.approval_box)
        right.addWidget(self.backup_box)
        right.addStretch(1)
        scroll = two_columns(left, right)
        heading = QHBoxLayout()
        heading.addWidget(page_title(self.tr("Beranda")))
        heading.addWidget(self.date_label, 1, Qt.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(scroll, 1)
        self.refresh()
        self._shown_once = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Read again when coming back: a meeting, a follow-up or a backup may have been made meanwhile. The
        # first show follows the read made when the page was built (start-up pays for one read only).
        if self._shown_once:
            self.refresh()
        self._shown_once = True

    # --- reading -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        with messages.guarded(self) as g:
            o = home.overview(backup_folder())
        if not g.ok or o == self.overview:
            return  # unchanged: the lines (and the focus on one of their buttons) stay as they are
        self.overview = o
        self.date_label.setText(timefmt.long_date(o.today))
        self.meeting_lines, self.followup_lines, self.approval_lines = [], [], []
        for box, rows, with_day in ((self.today_box, o.today_meetings, False), (self.week_box, o.week_meetings, True)):
            box.clear()
            for m in rows:
                line = MeetingLine(m, with_day)
                line.desk_button.clicked.connect(lambda _=False, mid=m.id: self.desk_requested.emit(mid))
                line.minutes_button.clicked.connect(lambda _=False, mid=m.id: self.open_meeting(mid, "minutes"))
                box.add(line)
                self.meeting_lines.append(line)
            box.finish()
        self._fill_followups(o)
        self.approval_box.clear()
        for m in o.awaiting_approval:
            line = MeetingLine(m, with_day=True, desk=False)
            line.minutes_button.clicked.connect(lambda _=False, mid=m.id: self.open_meeting(mid, "minutes"))
            self.approval_box.add(line)
            self.approval_lines.append(line)
        self.approval_box.finish()
        self._fill_backup(o.backup)

    def _fill_followups(self, o: home.Overview) -> None:
        box = self.followups_box
        box.clear()
        self.more_followups = None
        for f in o.followups[:MAX_FOLLOWUPS]:
            line = FollowUpLine(f, o.today)
            line.open_button.clicked.connect(lambda _=False, mid=f.meeting_id: self.open_meeting(mid, "followups"))
            box.add(line)
            self.followup_lines.append(line)
        rest = len(o.followups) - MAX_FOLLOWUPS
        if rest > 0:
            self.more_followups = QPushButton(self.tr("{0} lainnya di halaman Tindak Lanjut").format(rest))
            self.more_followups.clicked.connect(lambda: self.page_requested.emit("tindaklanjut"))
            box.add(self.more_followups, Qt.AlignLeft)
        box.finish()

    def _fill_backup(self, state: home.BackupState) -> None:
        box = self.backup_box
        box.clear()
        self.backup_label = self.backup_button = None
        if not state.applies:
            box.add(_line(self.tr("Basis data di server PostgreSQL dicadangkan di server (pg_dump)."), HINT_STYLE))
            return
        if state.last is None:
            text = self.tr("Belum pernah ada cadangan. Buat cadangan sekarang agar data aman.")
        else:
            text = self.tr("Cadangan terakhir: {0}, {1}").format(timefmt.long_date(state.last),
                                                                  timefmt.clock(state.last))
            if state.stale:
                text += " " + self.tr("(lebih dari 7 hari yang lalu; buat cadangan baru)")
        self.backup_label = _line(text, WARN_STYLE if state.stale else "")
        box.add(self.backup_label)
        if state.stale:
            self.backup_button = QPushButton(self.tr("Buka Pengaturan › Cadangan"))
            self.backup_button.clicked.connect(self.backup_requested)
            box.add(self.backup_button, Qt.AlignLeft)

    # --- actions -----------------------------------------------------------------------------------------

    def open_meeting(self, meeting_id: int, tab: str) -> None:
        navigate.open_meeting(self, meeting_id, tab)  # the Beranda reads again when it is shown again
