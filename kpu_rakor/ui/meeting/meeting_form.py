"""The main tab of the meeting editor: what, when, where, who organises, and the invitation letter."""
from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from ...domain import models, timefmt
from ...domain.services import installation, ui_queries
from .. import labels
from ..date_field import DateField
from ..focus_order import tab_chain
from ..time_field import TimeField
from ..widgets import HintLabel, SatkerCombo


class MeetingForm(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("mis. Rapat Koordinasi Persiapan Pemilihan"))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.addItems(models.MEETING_KINDS)
        self.our_role = self._choice(labels.our_roles())
        self.mode = self._choice(labels.modes())
        self.status = self._choice(labels.statuses())
        self.series = QComboBox()
        self.series.setEditable(True)
        self.series.addItem("")
        self.series.addItems(ui_queries.series_names())
        self.date = DateField()
        self.start = TimeField(time(9, 0))  # typed as 09.45 or 0945, judged when left
        self.end = TimeField(time(12, 0))
        self.until_done = QCheckBox(self.tr("s.d. selesai"))
        self.until_done.setChecked(True)
        self.zone = QComboBox()
        for code, name in timefmt.ZONE_NAMES.items():
            self.zone.addItem(f"{code} ({name})", code)
        # The same time in the office's own zone, when the meeting is held in another one.
        self.office_time = HintLabel()
        self.office_time.setWordWrap(False)  # one short line; wrapping made the form row needlessly tall
        self.office_zone = installation.office_zone()  # read once per editor, not on every keystroke
        self.venue = QLineEdit()
        self.venue_address = QLineEdit()
        self.platform = QComboBox()
        self.platform.setEditable(True)
        self.platform.addItems(["Zoom Meeting", "Google Meet", "Microsoft Teams", "YouTube"])
        self.zoom_id = QLineEdit()
        self.zoom_id.setPlaceholderText("812 3456 7890")
        self.passcode = QLineEdit()
        self.online_link = QLineEdit()
        self.online_link.setPlaceholderText("https://zoom.us/j/…")
        self.livestream = QLineEdit()
        self.livestream.setPlaceholderText("https://youtube.com/…")
        self.organizer = SatkerCombo()
        self.invitation_number = QLineEdit()
        self.invitation_number.setPlaceholderText(self.tr("mis. 244/HM.02-SD/06/KPU/III/2021"))
        self.invitation_date = DateField(allow_empty=True, open_at=date.today)  # "–" until the letter is dated
        self.basis = QPlainTextEdit()
        self.basis.setPlaceholderText(self.tr("Satu surat per baris"))
        self.basis.setTabChangesFocus(True)
        self.basis.setMaximumHeight(70)

        when = QHBoxLayout()
        when.addWidget(self.start)
        when.addWidget(self.end)
        when.addWidget(self.until_done)
        when.addWidget(self.zone, 1)

        what = QGroupBox(self.tr("Kegiatan"))
        f1 = QFormLayout(what)
        f1.addRow(self.tr("&Nama kegiatan:"), self.title)
        f1.addRow(self.tr("&Jenis:"), self.kind)
        f1.addRow(self.tr("Peran &kantor:"), self.our_role)
        f1.addRow(self.tr("&Mode:"), self.mode)
        f1.addRow(self.tr("&Tanggal:"), self.date)
        f1.addRow(self.tr("Waktu:"), when)
        notes = QVBoxLayout()  # under the times: the office's zone, and why a typed time was refused
        notes.setSpacing(0)
        for label in (self.start.message, self.end.message, self.office_time):
            notes.addWidget(label)
        f1.addRow("", notes)
        f1.addRow(self.tr("Penyelengg&ara:"), self.organizer)
        f1.addRow(self.tr("&Status:"), self.status)
        f1.addRow(self.tr("Se&ri rapat:"), self.series)

        where = QGroupBox(self.tr("Tempat dan daring"))
        f2 = QFormLayout(where)
        f2.addRow(self.tr("Tem&pat:"), self.venue)
        f2.addRow(self.tr("Alamat tempat:"), self.venue_address)
        f2.addRow(self.tr("Platform daring:"), self.platform)
        f2.addRow(self.tr("ID rapat Zoom:"), self.zoom_id)
        f2.addRow(self.tr("Kode sandi:"), self.passcode)
        f2.addRow(self.tr("Tautan rapat:"), self.online_link)
        f2.addRow(self.tr("Siaran langsung:"), self.livestream)

        letter = QGroupBox(self.tr("Surat undangan"))
        f3 = QFormLayout(letter)
        f3.addRow(self.tr("N&omor surat:"), self.invitation_number)
        f3.addRow(self.tr("Tanggal surat:"), self.invitation_date)
        f3.addRow(self.tr("&Dasar:"), self.basis)

        right = QVBoxLayout()
        right.addWidget(where)
        right.addWidget(letter)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(what)
        left.addStretch(1)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

        self.online_widgets = (self.platform, self.zoom_id, self.passcode, self.online_link, self.livestream)
        self.mode.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self.until_done.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.end.setEnabled(False)
        self._watch()
        self._defaults()
        self._mode_changed()
        for signal in (self.date.dateChanged, self.start.timeChanged, self.end.timeChanged,
                       self.until_done.toggled, self.zone.currentIndexChanged):
            signal.connect(lambda *_: self.update_office_time())
        self.update_office_time()
        # Tab follows the page: down the left column, then down the right one.
        tab_chain(self.title, self.kind, self.our_role, self.mode, self.date, self.start, self.end,
                  self.until_done, self.zone, self.organizer, self.status, self.series, self.venue,
                  self.venue_address, self.platform, self.zoom_id, self.passcode, self.online_link, self.livestream,
                  self.invitation_number, self.invitation_date, self.basis)

    def _choice(self, options: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        for code, text in options.items():
            combo.addItem(text, code)
        return combo

    def _watch(self) -> None:
        for w in (self.title, self.venue, self.venue_address, self.zoom_id, self.passcode, self.online_link,
                  self.livestream, self.invitation_number):
            w.textEdited.connect(self.changed)
        for c in (self.kind, self.series, self.platform, self.organizer):
            c.currentTextChanged.connect(self.changed)
        for c in (self.our_role, self.mode, self.status, self.zone):
            c.currentIndexChanged.connect(self.changed)
        for d in (self.date, self.invitation_date):
            d.dateChanged.connect(self.changed)
        for t in (self.start, self.end):
            t.timeChanged.connect(self.changed)
            t.textEdited.connect(self.changed)  # typed but not yet left: still unsaved work
        self.until_done.toggled.connect(self.changed)
        self.basis.textChanged.connect(self.changed)

    def _defaults(self) -> None:
        """A new meeting starts in the office's zone, at its usual venue, organised by the office itself."""
        profile = installation.profile()
        self._select(self.zone, installation.office_zone())
        self.venue.setText(profile.default_venue)
        self.organizer.set_satker_id(profile.satker_id)
        self._select(self.status, models.STATUS_SCHEDULED)

    def _mode_changed(self) -> None:
        online = self.mode.currentData() in (models.MODE_DARING, models.MODE_HIBRIDA)
        for w in self.online_widgets:
            w.setEnabled(online)

    @staticmethod
    def _select(combo: QComboBox, code) -> None:
        i = combo.findData(code)
        if i >= 0:
            combo.setCurrentIndex(i)

    def update_office_time(self) -> None:
        """`Di zona kantor: 10.00 WITA` under the time when the meeting's zone is not the office's."""
        zone = self.zone.currentData()
        if not zone or zone == self.office_zone:
            self.office_time.set_hint("")
            return
        day = self.date.date().toPython()
        start = timefmt.combine_utc(day, self.start.time(), zone)
        if self.until_done.isChecked():
            text = self.tr("Di zona kantor ini: pukul {0} s.d. selesai.").format(
                timefmt.clock_zone(start, self.office_zone))
        else:
            end = timefmt.combine_utc(day, self.end.time(), zone)
            text = self.tr("Di zona kantor ini: pukul {0} s.d. {1}.").format(
                timefmt.clock(timefmt.to_local(start, self.office_zone)), timefmt.clock_zone(end, self.office_zone))
        self.office_time.set_hint(text)

    # --- data in and out -------------------------------------------------------------------------------

    def load(self, m) -> None:
        local = timefmt.to_local(m.starts_at, m.timezone)
        self.title.setText(m.title)
        self.kind.setCurrentText(m.kind)
        self._select(self.our_role, m.our_role)
        self._select(self.mode, m.mode)
        self._select(self.status, m.status)
        self._select(self.zone, m.timezone)
        self.series.setCurrentText(ui_queries.series_name(m.series_id))
        self.date.set_value(local.date())
        self.start.setTime(local.time())
        self.until_done.setChecked(m.ends_at is None)
        if m.ends_at is not None:
            end = timefmt.to_local(m.ends_at, m.timezone)
            self.end.setTime(end.time())
        self.venue.setText(m.venue)
        self.venue_address.setText(m.venue_address)
        self.platform.setCurrentText(m.online_platform)
        self.zoom_id.setText(m.zoom_meeting_id)
        self.passcode.setText(m.zoom_passcode)
        self.online_link.setText(m.online_link)
        self.livestream.setText(m.livestream_link)
        self.organizer.set_satker_id(m.organizer_id)
        self.invitation_number.setText(m.invitation_number)
        self.invitation_date.set_value(m.invitation_date)
        self.basis.setPlainText(m.basis_letters)
        for edit in (self.title, self.venue, self.venue_address, self.online_link, self.livestream):
            edit.setCursorPosition(0)  # show the start of long text, not its end

    def values(self) -> dict:
        for field in (self.start, self.end):
            field.commit()  # Ctrl+S while a time is being typed: judged now, as if the field were left
        online = self.mode.currentData() in (models.MODE_DARING, models.MODE_HIBRIDA)
        return dict(
            title=self.title.text(), kind=self.kind.currentText().strip(), our_role=self.our_role.currentData(),
            mode=self.mode.currentData(), status=self.status.currentData(), series=self.series.currentText(),
            date=self.date.value(), start_time=self.start.time(),
            end_time=None if self.until_done.isChecked() else self.end.time(),
            timezone=self.zone.currentData(), venue=self.venue.text(), venue_address=self.venue_address.text(),
            # A luring meeting keeps no stale Zoom details from an earlier mode.
            online_platform=self.platform.currentText() if online else "",
            zoom_meeting_id=self.zoom_id.text() if online else "",
            zoom_passcode=self.passcode.text() if online else "",
            online_link=self.online_link.text() if online else "",
            livestream_link=self.livestream.text() if online else "",
            organizer_id=self.organizer.satker_id(), invitation_number=self.invitation_number.text(),
            invitation_date=self.invitation_date.value(), basis_letters=self.basis.toPlainText(),
        )

    def field_widget(self, field: str | None) -> QWidget | None:
        """Where to put the cursor when the service rejects `field`."""
        return {"title": self.title, "kind": self.kind, "our_role": self.our_role, "mode": self.mode,
                "date": self.date, "start_time": self.start, "end_time": self.end, "timezone": self.zone,
                "venue": self.venue, "organizer_id": self.organizer, "invitation_number": self.invitation_number,
                "invitation_date": self.invitation_date, "status": self.status,
                "series": self.series}.get(field or "")
