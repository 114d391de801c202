"""The Presensi page: the check-in desk at the door (scanner, webcam, name search, result, counts, last scans).

The scan path is kept short: the service commits the row, the result area shows the person, a sound plays,
and only then, from the event loop, are the counts and the last scans reloaded. A cheap revision query every
second brings in what other desks (other PCs, other windows) recorded.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ...domain import timefmt
from ...domain.errors import UserError
from ...domain.models import utcnow
from ...domain.services import checkin, meeting_hours
from ...domain.services import desk as desk_service
from .. import messages, settings
from .counts_bar import CountsBar
from .desk_actions import DeskActions
from .desk_camera import DeskCamera
from .desk_lists import DeskLists
from .desk_settings import DEFAULT_DESK, DeskNames
from .kiosk_mode import KioskMode
from .meeting_picker import MeetingPicker
from .name_search import NameSearch
from .outside_hours_prompt import OutsideHoursPrompt
from .result_panel import ResultPanel
from .scanner import ScannerFilter
from .sound_box import SoundBox
from .sounds import REJECT, Sounds, sound_for

log = logging.getLogger(__name__)

POLL_MS = 1000  # other desks' check-ins appear within two seconds
RECENT_LIMIT = 30
RESULT_HOLD_MS = 12_000  # then the result area says "Siap" again


class DeskPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.meeting = None  # a checkin.CheckinMeeting value, handed to the service with each scan (saves a query)
        self.selected_person_id: int | None = None
        self.last_result = None  # a CheckinResult, or the sentence of a failure
        self._revision = None
        self._pending_select = None
        self.sounds = Sounds(self)
        self.scanner = ScannerFilter(self._accepts_keys, self)
        self.scanner.scanned.connect(self.handle_code)
        self.outside_prompt = OutsideHoursPrompt(self)  # Enter/Esc answer "catat tetap?" (see handle_code)
        self.scanner.plain_key = self.outside_prompt.key
        self.outside_prompt.recorded.connect(self.show_result)
        self.outside_prompt.failed.connect(lambda exc: self.show_failure(self._sentence(exc)))
        self.outside_prompt.dropped.connect(self._back_to_idle)
        # Two desk windows on this PC never share a name: the second takes "Meja 2".
        self.desk_names = DeskNames()
        desk_name = self.desk_names.claim(settings.DESK_NAME.get() or DEFAULT_DESK)
        self.destroyed.connect(self.desk_names.release)
        QApplication.instance().aboutToQuit.connect(self.desk_names.release)

        # --- top: meeting, desk, lateness, sound, kiosk ---
        self.meeting_picker = MeetingPicker()
        self.desk_edit = QLineEdit(desk_name)
        self.desk_edit.setMaxLength(60)
        self.desk_edit.setMaximumWidth(130)
        self.desk_edit.editingFinished.connect(self._desk_renamed)
        self.late_label, self._late_line = QLabel(), ""  # the hours note (when asked) above the lateness rule
        self.late_label.setStyleSheet("color: #455a64;")
        self.sound_box = SoundBox(self.sounds)  # says so when this PC cannot play the sounds
        self.mute_box, self.sound_note = self.sound_box.mute_box, self.sound_box.note
        self.pin_button = QPushButton()
        self.pin_button.clicked.connect(lambda: self.kiosk_mode.change_pin())
        self.kiosk_button = QPushButton(self.tr("Mode kiosk (F11)"))
        self.kiosk_button.clicked.connect(lambda: self.kiosk_mode.enter())
        top = QHBoxLayout()
        meeting_label = QLabel(self.tr("&Rapat:"))
        meeting_label.setBuddy(self.meeting_picker)
        desk_label = QLabel(self.tr("Nama m&eja:"))
        desk_label.setBuddy(self.desk_edit)
        top.addWidget(meeting_label)
        top.addWidget(self.meeting_picker, 1)
        top.addWidget(desk_label)
        top.addWidget(self.desk_edit)
        top.addWidget(self.sound_box)
        top.addWidget(self.pin_button)
        top.addWidget(self.kiosk_button)

        # --- counts and result ---
        self.counts_bar = CountsBar()
        self.result_panel = ResultPanel()
        self.code_field = QLineEdit()
        self.code_field.setObjectName("codeField")
        self.code_field.setPlaceholderText(self.tr("Pindai kode QR, atau ketik kodenya lalu Enter"))
        # A font, not a style sheet: a styled field costs noticeably more per typed key, and a scan is 34 keys.
        code_font = QFont("DejaVu Sans Mono")
        code_font.setStyleHint(QFont.Monospace)
        code_font.setPointSize(12)
        self.code_field.setFont(code_font)
        self.code_field.returnPressed.connect(self._code_entered)
        code_label = QLabel(self.tr("K&ode:"))
        code_label.setBuddy(self.code_field)
        code_row = QHBoxLayout()
        code_row.addWidget(code_label)
        code_row.addWidget(self.code_field, 1)
        left = QVBoxLayout()
        left.addWidget(self.result_panel, 1)
        left.addLayout(code_row)
        left.addWidget(self.late_label)

        # --- right: camera (on demand), name search, last scans ---
        self.camera_area = QVBoxLayout()
        self.camera_area.setContentsMargins(0, 0, 0, 0)
        self.name_search = NameSearch()
        self.name_search.list.setMaximumHeight(130)
        self.name_search.chosen.connect(self.check_in_person)
        self.name_search.selected.connect(self._select)
        search_label = QLabel(self.tr("&Cari nama (tanpa kode):"))
        search_label.setBuddy(self.name_search.box)
        self.lists = DeskLists()  # the last scans, and who has not arrived yet
        self.recent_model, self.recent_view = self.lists.recent_model, self.lists.recent_view
        self.not_arrived = self.lists.not_arrived
        self.recent_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._select(self.recent_model.person_id_at(cur.row())))
        right = QVBoxLayout()
        right.addLayout(self.camera_area)
        right.addWidget(search_label)
        right.addWidget(self.name_search)
        right.addWidget(self.lists, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 11)
        middle.addLayout(right, 9)

        # --- bottom: the other desk actions ---
        self.walk_in_button = QPushButton(self.tr("Tamu baru (F6)"))
        self.status_button = QPushButton(self.tr("Status… (F7)"))
        self.undo_button = QPushButton(self.tr("Batalkan presensi (F8)"))
        self.camera_button = QPushButton(self.tr("Kamera (F9)"))
        self.camera_button.setCheckable(True)
        self.badges_button = QPushButton(self.tr("Cetak kartu QR…"))
        self.sign_box = QCheckBox(self.tr("Minta &tanda tangan setelah presensi"))
        self.sign_box.setChecked(settings.DESK_ASKS_SIGNATURE.get())
        self.sign_box.toggled.connect(lambda on: settings.DESK_ASKS_SIGNATURE.set(on))
        self.selected_label = QLabel()
        self.selected_label.setTextFormat(Qt.PlainText)
        self.selected_label.setStyleSheet("color: #455a64;")
        self.actions = DeskActions(self, lambda: self.meeting, lambda: self.desk_name,
                                   lambda: self.selected_person_id)
        self.actions.checked_in.connect(self.show_result)
        self.actions.undone.connect(self._undone)
        self.actions.changed.connect(self.reload)
        self.actions.signature_closed.connect(self._signature_closed)
        self.webcam = DeskCamera(self, self.camera_button, self.camera_area)
        self.webcam.code_read.connect(self.handle_code)
        self.kiosk_mode = KioskMode(self, self.webcam, lambda: self.meeting)
        self.kiosk_mode.entered.connect(self._kiosk_entered)
        self.kiosk_mode.left.connect(self._kiosk_left)
        self.kiosk_mode.pin_changed.connect(lambda: self.pin_button.setText(self.kiosk_mode.pin_button_text()))
        self.pin_button.setText(self.kiosk_mode.pin_button_text())
        bottom = QHBoxLayout()
        for button, slot, key in ((self.walk_in_button, self.actions.walk_in, "F6"),
                                  (self.status_button, self.actions.set_status, "F7"),
                                  (self.undo_button, self.actions.undo, "F8"),
                                  (self.camera_button, self.webcam.toggle, "F9"),
                                  (self.badges_button, self.actions.print_badges, None)):
            button.clicked.connect(lambda _checked=False, s=slot: s())
            bottom.addWidget(button)
            if key:
                QShortcut(QKeySequence(key), self, slot)
        QShortcut(QKeySequence(Qt.Key_F11), self, self.kiosk_mode.enter)
        bottom.addWidget(self.sign_box)
        bottom.addStretch(1)
        bottom.addWidget(self.selected_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.counts_bar)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        for a, b in ((self.meeting_picker, self.desk_edit), (self.desk_edit, self.code_field),
                     (self.code_field, self.name_search.box), (self.name_search.box, self.name_search.list),
                     (self.name_search.list, self.recent_view), (self.recent_view, self.walk_in_button)):
            QWidget.setTabOrder(a, b)

        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.poll)
        self._reload_soon = QTimer(self, singleShot=True, interval=0)
        self._reload_soon.timeout.connect(self._after_result)
        # The next person in the queue must not read the previous person's result as theirs.
        self._idle_timer = QTimer(self, singleShot=True, interval=RESULT_HOLD_MS)
        self._idle_timer.timeout.connect(self._back_to_idle)
        from ..meeting import windows
        windows.hub().saved.connect(self._meeting_saved)  # a meeting window renamed or moved a meeting
        self.meeting_picker.meeting_chosen.connect(self.set_meeting)
        with messages.guarded(self):
            self.meeting_picker.reload()
        if not self.meeting_picker.ids:
            self.set_meeting(0)
        self.code_field.setFocus()

    @property
    def kiosk(self):
        """The kiosk window while kiosk mode is on, else None."""
        return self.kiosk_mode.window

    # --- meeting and desk ----------------------------------------------------------------------------------

    @property
    def desk_name(self) -> str:
        return " ".join(self.desk_edit.text().split()) or DEFAULT_DESK

    def _desk_renamed(self) -> None:
        name = self.desk_name
        if name == self.desk_names.name:
            self.desk_edit.setText(name)
            return
        if not self.desk_names.rename(name):
            self.desk_edit.setText(self.desk_names.name or DEFAULT_DESK)
            messages.info(self, self.tr("Nama meja {0} sedang dipakai jendela presensi lain di komputer ini; "
                                        "pilih nama lain.").format(name))
            return
        self.desk_edit.setText(name)
        settings.DESK_NAME.set(name)

    def set_meeting(self, meeting_id: int) -> None:
        if self.meeting is not None and meeting_id == self.meeting.id:
            # The same meeting after the list was refilled: take its edits (start, threshold), keep the result.
            self._refresh_meeting()
            return
        self.meeting = None
        if meeting_id:
            with messages.guarded(self):
                self.meeting = checkin.meeting_for_checkin(meeting_id)
        self.name_search.set_meeting(self.meeting.id if self.meeting else None)
        self.lists.set_meeting(self.meeting.id if self.meeting else None)
        self.outside_prompt.drop()
        self._select(None)
        self.last_result = None
        self._revision = None
        if self.meeting is None:
            self._apply_result()
            self._late_line = self.tr("Belum ada rapat: buat rapatnya dulu di halaman Rapat.")
            self.late_label.setText(self._late_line)
            self.counts_bar.set_counts(None)
            self.recent_model.set_rows([])
            return
        self._apply_result()
        self._late_line = self._late_text()
        self._show_hours()
        self.reload()

    def show_meeting(self, meeting_id: int) -> None:
        """Open the desk on `meeting_id` (from the Beranda): the picker follows and says so."""
        with messages.guarded(self):
            self.meeting_picker.choose(meeting_id)
        QTimer.singleShot(0, self._take_focus)

    def _meeting_saved(self, _meeting_id: int) -> None:
        if self.isVisible():  # a hidden desk reads both when it is shown again
            with messages.guarded(self):
                self.meeting_picker.reload()
            self._refresh_meeting()

    def _refresh_meeting(self) -> None:
        """Re-read the chosen meeting: its start and late threshold may have been edited on the Rapat page, and
        the service decides lateness from the value the desk hands it."""
        if self.meeting is None:
            return
        with messages.guarded(self):
            self.meeting = checkin.meeting_for_checkin(self.meeting.id)
            self._late_line = self._late_text()
        self._show_hours()

    def _show_hours(self) -> None:
        """Before anyone scans: a meeting over (or not begun) is said under the code field, in amber, since
        each scan will be asked about (the poll keeps it true as the clock moves)."""
        out = meeting_hours.outside(self.meeting, utcnow()) if self.meeting is not None else None
        if out is None:
            note = ""
        elif out.when == meeting_hours.AFTER:
            note = self.tr("Rapat sudah selesai pukul {0}: setiap pindaian ditanyakan dulu.").format(out.time)
        else:
            note = self.tr("Rapat baru mulai pukul {0}: setiap pindaian ditanyakan dulu.").format(out.time)
        text = f"{note}\n{self._late_line}" if note else self._late_line
        if text != self.late_label.text():
            self.late_label.setText(text)
            self.late_label.setStyleSheet("color: #8a5a00; font-weight: bold;" if note else "color: #455a64;")

    def _late_text(self) -> str:
        m = self.meeting
        minutes = checkin.late_threshold(m)  # the service's own rule, office default included
        start = timefmt.clock_zone(m.starts_at, m.timezone)
        return self.tr("Mulai {0}; datang lebih dari {1} menit sesudahnya dicatat terlambat.").format(start, minutes)

    # --- scanning --------------------------------------------------------------------------------------------

    def _accepts_keys(self, widget) -> bool:
        """May a scanner burst starting in `widget` be a scan? Asked once per burst (its first key).

        While the desk is active (kiosk up, or the page shown), a burst in any window of the application counts,
        dialogs included: a scan while the undo, walk-in, status or signature dialog is open must check the
        person in, not type into the dialog and press its default button. In the desk's own main window only the
        desk's widgets count: letters typed into the navigation list would switch pages on the way."""
        if self.meeting is None:
            return False
        if self.kiosk is not None:
            return True  # the main window is hidden meanwhile: every key goes to the kiosk or its dialogs
        if not self.isVisible():
            return False
        if widget.window() is not self.window():
            return True
        return widget is self or self.isAncestorOf(widget)

    def _code_entered(self) -> None:
        code = self.code_field.text().strip().upper()
        self.code_field.clear()
        if code:
            self.handle_code(code)

    def handle_code(self, code: str) -> None:
        """A code from the scanner, the camera or the code field: committed, then shown."""
        if self.meeting is None:
            self.show_failure(self.tr("Pilih rapatnya dulu."))
            return
        self._check_in(lambda hours: checkin.check_in_code(self.meeting.id, code, self.desk_name,
                                                           meeting_value=self.meeting, outside_hours=hours))

    def _check_in(self, call) -> bool:
        """Run `call(outside_hours)` and show what it gave. Outside the meeting's hours nothing is recorded
        yet: the result area asks, and Enter records anyway (outside_hours_prompt)."""
        try:
            result = self.outside_prompt.check_in(call)
        except Exception as exc:  # noqa: BLE001 - shown in the result area: a message box would stop the queue
            self.show_failure(self._sentence(exc))
            return False
        self.show_result(result)
        return True

    def check_in_person(self, person_id: int) -> None:
        if self.meeting is None:
            return
        if self._check_in(lambda hours: checkin.check_in_person(
                self.meeting.id, person_id, desk=self.desk_name, method="manual", meeting_value=self.meeting,
                outside_hours=hours)):
            self.name_search.clear()

    def show_result(self, result) -> None:
        if result.result != checkin.OUTSIDE:
            self.outside_prompt.drop()  # a newer scan: the question about the one before is gone
        self.last_result = result
        self._apply_result()
        self._idle_timer.start()
        self.sounds.play(sound_for(result))
        if result.person_id:
            self.selected_person_id = result.person_id  # its label follows with the reload
            self._pending_select = (result.person_id, result.name)
        self._reload_soon.start()  # after the result is on screen
        if result.result == checkin.CHECKED_IN and self.sign_box.isChecked():
            if self.actions.signature_open():
                # The queue goes on while someone signs; a second pad over the first would lose one of them.
                for panel in self._panels():
                    panel.add_note(self.tr("Tanda tangan: selesaikan dulu yang sedang terbuka."))
            else:
                QTimer.singleShot(0, lambda pid=result.person_id: self.actions.ask_signature(
                    pid, self.kiosk if self.kiosk is not None else self))

    def show_failure(self, sentence: str) -> None:
        self.outside_prompt.drop()
        self.last_result = sentence
        self._apply_result()
        self._idle_timer.start()
        self.sounds.play(REJECT)

    def _apply_result(self) -> None:
        for panel in self._panels():
            if self.last_result is None:
                panel.show_idle(None if self.meeting else self.tr("Pilih rapat di atas untuk mulai."))
            elif isinstance(self.last_result, str):
                panel.show_error(self.last_result)
            else:
                panel.show_result(self.last_result)

    def _panels(self) -> list[ResultPanel]:
        return [self.result_panel] + ([self.kiosk.result_panel] if self.kiosk is not None else [])

    def _signature_closed(self) -> None:
        """The pad that was open has closed: "finish that one first" is no longer true."""
        for panel in self._panels():
            panel.remove_note(self.tr("Tanda tangan: selesaikan dulu yang sedang terbuka."))

    def _back_to_idle(self) -> None:
        self.outside_prompt.drop()  # unanswered, the scan outside the hours stays unrecorded
        self.last_result = None
        self._apply_result()

    def _sentence(self, exc: Exception) -> str:
        if isinstance(exc, UserError):
            return messages.sentence(exc)
        log.error("Presensi gagal", exc_info=(type(exc), exc, exc.__traceback__))
        return messages.unexpected_text()

    # --- counts and last scans ---------------------------------------------------------------------------------

    def _after_result(self) -> None:
        """What a scan changes besides the result area, done once the result is on screen."""
        if self._pending_select is not None:
            self._select(*self._pending_select)
            self._pending_select = None
        self.reload()

    def reload(self) -> None:
        if self.meeting is None:
            return
        mid = self.meeting.id
        try:
            self._revision = desk_service.revision(mid)
            counts = checkin.counts(mid)
            rows = desk_service.recent(mid, limit=RECENT_LIMIT)
        except Exception as exc:  # noqa: BLE001 - logged; the next poll tries again
            log.warning("Desk reload failed: %s", exc)  # the next poll tries again
            self._revision = None
            return
        self.counts_bar.set_counts(counts)
        if self.kiosk is not None:
            self.kiosk.counts.set_counts(counts)
        self.lists.show_rows(rows, counts.belum_hadir)

    def poll(self) -> None:
        self.desk_names.beat()
        if self.meeting is None or self._reload_soon.isActive():
            return
        self._show_hours()
        try:
            changed = desk_service.revision(self.meeting.id) != self._revision
        except Exception as exc:  # noqa: BLE001 - logged; the next poll tries again
            log.warning("Desk poll failed: %s", exc)
            return
        if changed:
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.scanner.install()
        self._poll.start()
        with messages.guarded(self):
            self.meeting_picker.reload()  # meetings made on the Rapat page since
        self._refresh_meeting()  # and edits to the chosen one (the picker keeps quiet when its list is unchanged)
        self.reload()
        self.webcam.resume()
        QTimer.singleShot(0, self._take_focus)
        QTimer.singleShot(0, self.sounds.prepare)

    def _take_focus(self) -> None:
        # Arriving from the navigation list leaves the focus there; the scanner needs it on the desk.
        focus = QApplication.focusWidget()
        if self.isVisible() and not (focus is not None and self.isAncestorOf(focus)):
            self.code_field.setFocus()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self.kiosk is None:
            self.scanner.remove()
            self._poll.stop()
            self.webcam.pause()

    # --- selection (for Status and Batalkan), and what the parts report -----------------------------------

    def _select(self, person_id: int | None, name: str | None = None) -> None:
        self.selected_person_id = person_id
        if person_id is None:
            self.selected_label.setText("")
            return
        if name is None:
            name = next((r.name for r in self.recent_model.rows if r.person_id == person_id), None)
        if name is None:
            name = next((c.name for c in self.name_search.model.rows if c.person_id == person_id), "")
        # Written with the desk's actions: the translation stays under their name.
        self.selected_label.setText(QCoreApplication.translate("DeskActions", "Dipilih: {0}").format(name))

    def _undone(self, person_id: int) -> None:
        if getattr(self.last_result, "person_id", None) == person_id:
            self.last_result = None
            self._apply_result()
        self._select(None)
        self.reload()

    def _kiosk_entered(self) -> None:
        self._apply_result()
        self.reload()

    def _kiosk_left(self) -> None:
        if not self.isVisible():
            self.scanner.remove()
            self._poll.stop()
            self.webcam.pause()
        self.code_field.setFocus()
