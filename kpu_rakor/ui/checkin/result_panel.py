"""The big result area of the desk: green for a fresh check-in, amber for a repeat, red with the reason,
grey while waiting. Large type and strong contrast so the person at the table can read it from two metres."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

from ...domain.services.certificates import FORGED, GARBAGE, NOT_RECORDED, UNKNOWN, VALID
from ...domain.services.checkin import (ALREADY, CERTIFICATE, CHECKED_IN, OUTSIDE, REASON_FORGED, REASON_GARBAGE,
                                        REASON_MEETING_CODE, REASON_OTHER_MEETING, REASON_UNKNOWN, CheckinResult)
from ...domain.services.meeting_hours import AFTER

IDLE, GREEN, AMBER, RED, BLUE = "idle", "green", "amber", "red", "blue"

# Background and text colour per state: white on dark green and dark red, near-black on amber (WCAG AA+).
COLOURS = {IDLE: ("#eceff1", "#263238", "#90a4ae"), GREEN: ("#1b5e20", "#ffffff", "#0d3d12"),
           AMBER: ("#ffb300", "#1a1a1a", "#c68400"), RED: ("#b71c1c", "#ffffff", "#7f0000"),
           BLUE: ("#0d47a1", "#ffffff", "#002171")}  # a genuine certificate: not a check-in, so not green


class ResultPanel(QFrame):
    """`show_result(CheckinResult)`, `show_error(sentence)`, `show_idle()`; `state` says which colour is shown."""

    def __init__(self, parent=None, scale: float = 1.0):
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.state = IDLE
        self._styled = False
        self.headline = QLabel()
        self.name = QLabel()
        self.detail = QLabel()
        self.line = QLabel()
        self.note = QLabel()
        for label, size, bold in ((self.headline, 20, True), (self.name, 34, True), (self.detail, 17, False),
                                  (self.line, 19, True), (self.note, 14, False)):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignHCenter | Qt.AlignVCenter)
            label.setTextFormat(Qt.PlainText)  # names come from users: never parse them as markup
            font = label.font()
            font.setPointSizeF(size * scale)
            font.setBold(bold)
            label.setFont(font)
        self.name.setObjectName("resultName")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(6)
        layout.addStretch(1)
        for label in (self.headline, self.name, self.detail, self.line, self.note):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumHeight(220)
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.show_idle()

    # --- states ----------------------------------------------------------------------------------------------

    def show_idle(self, hint: str | None = None) -> None:
        self._set(IDLE, self.tr("Siap"), self.tr("Silakan pindai kode QR"),
                  hint if hint is not None else self.tr(
                      "Arahkan kode pada undangan atau kartu ke pemindai, atau cari nama peserta."), "", "")

    def outside_text(self, r: CheckinResult) -> str:
        if r.outside == AFTER:
            return self.tr("Rapat sudah selesai pukul {0}").format(r.outside_time)
        return self.tr("Rapat baru mulai pukul {0}").format(r.outside_time)

    def show_result(self, r: CheckinResult) -> None:
        if r.result == OUTSIDE:  # nothing recorded yet: the desk asks (outside_hours_prompt)
            self._set(AMBER, self.outside_text(r), r.name, _join(r.position, r.satker),
                      self.tr("Enter = catat tetap · Esc = batal"), self.tr("Belum dicatat."))
        elif r.result == CHECKED_IN and r.outside:  # recorded anyway: no welcome, no "on time"
            self._set(GREEN, self.tr("Tercatat di luar jam rapat"), r.name, _join(r.position, r.satker),
                      self.tr("Dicatat pukul {0}").format(r.time), self.outside_text(r) + ".")
        elif r.result == CHECKED_IN:
            line = self.tr("Tercatat hadir pukul {0}").format(r.time)
            if r.minutes_late:
                line += self.tr(" · terlambat {0} menit").format(r.minutes_late)
            note = "" if r.invited else self.tr("Tidak ada di daftar undangan; tetap dicatat hadir.")
            self._set(GREEN, self.tr("Selamat datang"), r.name, _join(r.position, r.satker), line, note)
        elif r.result == ALREADY:
            if r.time and r.desk:
                line = self.tr("Sudah hadir pukul {0} di {1}").format(r.time, r.desk)
            elif r.time:
                line = self.tr("Sudah hadir pukul {0}").format(r.time)
            else:
                line = self.tr("Sudah tercatat")
            self._set(AMBER, self.tr("Sudah hadir"), r.name, _join(r.position, r.satker), line,
                      self.tr("Tidak dicatat dua kali."))
        elif r.result == CERTIFICATE:
            self.show_certificate(r)
        else:
            self._set(RED, self.tr("Ditolak"), self.reason_text(r.reason, r.message), "",
                      "", self.tr("Cari nama peserta, atau minta panitia memeriksa kodenya."))

    def add_note(self, sentence: str) -> None:
        text = self.note.text()
        self.note.setText(f"{text} {sentence}" if text else sentence)
        self.note.setVisible(True)

    def remove_note(self, sentence: str) -> None:
        """Take back a sentence `add_note` added, once it is no longer true."""
        if sentence in self.note.text():
            text = " ".join(self.note.text().replace(sentence, "").split())
            self.note.setText(text)
            self.note.setVisible(bool(text))
    def show_certificate(self, r: CheckinResult) -> None:
        """A certificate's QR at the desk: whether it is genuine, and that nothing was recorded."""
        nothing = self.tr("Ini kode sertifikat: kehadiran tidak dicatat.")
        event = _join(r.extra.get("title", ""), r.extra.get("day_date", ""))
        if r.reason == VALID:
            self._set(BLUE, self.tr("Sertifikat sah"), r.name, self.tr("sebagai {0}").format(r.position), event,
                      nothing)
        elif r.reason == NOT_RECORDED:
            self._set(AMBER, self.tr("Sertifikat tidak berlaku lagi"), r.name,
                      self.tr("tidak lagi tercatat sebagai {0}").format(r.position), event, nothing)
        else:
            texts = {FORGED: self.tr("Kode sertifikat palsu atau telah diubah."),
                     UNKNOWN: self.tr("Kode sertifikat tidak dikenal di data kantor ini."),
                     GARBAGE: self.tr("Bukan kode sertifikat KPU Rakor.")}
            self._set(RED, self.tr("Sertifikat tidak sah"), texts.get(r.reason, r.message), "", "", nothing)

    def show_error(self, sentence: str) -> None:
        self._set(RED, self.tr("Belum tercatat"), sentence, "", "", "")

    def reason_text(self, reason: str | None, fallback: str) -> str:
        texts = {
            REASON_GARBAGE: self.tr("Bukan kode KPU Rakor."),
            REASON_FORGED: self.tr("Kode tidak sah."),
            REASON_UNKNOWN: self.tr("Tidak terdaftar: kode ini tidak dikenal."),
            REASON_OTHER_MEETING: self.tr("Bukan untuk rapat ini: kode ini milik rapat lain."),
            REASON_MEETING_CODE: self.tr("Ini kode rapat, bukan kode peserta."),
        }
        return texts.get(reason, fallback)

    # --- painting --------------------------------------------------------------------------------------------
    # Fonts and palettes, not style sheets: the panel is repainted at every scan and style sheets paint slowly.

    def _set(self, state: str, headline: str, name: str, detail: str, line: str, note: str) -> None:
        if state != self.state or not self._styled:
            self._styled = True
            _bg, fg, _border = COLOURS[state]
            for label in (self.headline, self.name, self.detail, self.line, self.note):
                palette = label.palette()
                palette.setColor(QPalette.WindowText, QColor(fg))
                label.setPalette(palette)
            self.state = state
            self.update()
        for label, text in ((self.headline, headline), (self.name, name), (self.detail, detail),
                            (self.line, line), (self.note, note)):
            if label.text() != text:
                label.setText(text)
            label.setVisible(bool(text))

    def paintEvent(self, _event) -> None:
        bg, _fg, border = COLOURS[self.state]
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())  # opaque: a repaint need not paint the page
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor(border), 3))
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 10, 10)


def _join(*parts: str) -> str:
    return " · ".join(p for p in parts if p)
