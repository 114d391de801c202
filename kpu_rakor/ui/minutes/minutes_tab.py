"""The Notulen tab of a saved meeting: typed during the meeting, in one column (opening, each agenda item's
discussion and decisions, general conclusions, closing, quotes), saved as it is typed, then signed off.

Keyboard: Tab / Shift+Tab between fields, Ctrl+T the time now, Ctrl+↓ / Ctrl+↑ the next / previous agenda
item, Ctrl+K a new quote, Ctrl+Z / Ctrl+Shift+Z undo and redo in each field. Nothing asks a question while
typing; Ctrl+S and Esc in a field never close the meeting window (the notulen saves itself)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from ...domain import timefmt
from ...domain.errors import UserError, ValidationError
from ...domain.models import MINUTES_APPROVED
from ...domain.services import meetings, minutes, people
from .. import labels, messages
from ..autosave_timer import Autosaver
from .minutes_fields import ClockField, MinutesTextEdit, NumberedEdit, PersonCombo
from .minutes_item_editor import ItemBlock, QuotesBox, clock_row, hint, section
from .minutes_keys import KeyboardActions
from .minutes_signoff import SignoffActions
from .signoff_bar import SignoffBar
from ..widgets import HintLabel, show_save_status

POLL_MS = 5000  # approval on another PC shows here within this time, while the tab is open
LOCKED_FIELDS = "QPlainTextEdit, QLineEdit { background: #f2f2f2; color: #303030; }"  # locked looks locked


class MinutesTab(QWidget):
    save_status_changed = Signal(str, bool)  # the save line's text and whether it is an error (the window shows it)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.meeting_id: int | None = None
        self.zone = "WIB"
        self.day = None  # the meeting's date in its zone: typed times are on that day
        self._loaded_for: int | None = None
        self._state: dict = {}
        self._reason = ""  # typed in "Ubah (buat revisi)…"; used by the next save, which makes the revision
        self.blocks: list[ItemBlock] = []
        self.read_only = False
        self._watching_focus = False
        self.autosaver = Autosaver(self._save_parts, parent=self,
                                   failure=self.tr("Notulen belum dapat disimpan ke basis data."),
                                   log_text="Simpan otomatis notulen gagal")
        self.signoff_actions = SignoffActions(self, self.autosaver)

        self.unsaved_hint = HintLabel(self.tr("Simpan rapat ini dulu. Notulen ditulis untuk rapat yang sudah "
                                              "tersimpan, per acara pada agendanya."))
        self.signoff = SignoffBar()
        self.save_status = QLabel()
        self.save_status.setTextFormat(Qt.PlainText)
        self.save_status.setWordWrap(True)
        self.keys_hint = QLabel(self.tr("Ctrl+T waktu sekarang · Ctrl+↓/↑ acara berikut/sebelumnya · "
                                        "Ctrl+K kutipan · Ctrl+Z/Ctrl+Shift+Z urung/ulang"))
        self.keys_hint.setStyleSheet("color: #555555;")

        # Pembukaan
        self.opened_at = ClockField()
        self.opened_zone = QLabel()
        self.opened_by = PersonCombo()
        self.opening_text = MinutesTextEdit(self.tr("Kata pembukaan: siapa membuka rapat dan apa yang "
                                                    "disampaikannya"), min_lines=2)
        # Kesimpulan umum, Penutupan, Kutipan
        self.conclusions = NumberedEdit(self.tr("Kesimpulan rapat secara keseluruhan, satu per baris"))
        self.closed_at = ClockField()
        self.closed_zone = QLabel()
        self.closing_text = MinutesTextEdit(self.tr("mis. Rapat ditutup oleh Ketua dengan ucapan terima kasih"),
                                            min_lines=2)
        self.quotes = QuotesBox()
        self.add_quote_button = QPushButton(self.tr("Tambah &kutipan (Ctrl+K)"))
        self.add_quote_button.setFocusPolicy(Qt.TabFocus)
        self.no_agenda_hint = hint(self.tr("Rapat ini tidak punya agenda: tulis pembahasannya di bawah ini, atau "
                                           "tambahkan acara di tab Agenda lalu simpan rapat."))
        # Pembahasan not tied to an agenda item (a meeting attended without one); printed under PEMBAHASAN.
        self.discussion = MinutesTextEdit(self.tr("Apa yang disampaikan dan dibahas, satu paragraf per baris"),
                                          min_lines=4)

        self.body = QWidget()
        self.items_layout = QVBoxLayout()
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        self.items_layout.setSpacing(8)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(4, 0, 12, 12)
        column.setSpacing(8)
        self.opening_box = section(self.tr("Pembukaan"), [
            (self.tr("Pukul"), clock_row(self.opened_at, self.opened_zone,
                                               (self.tr("Dibuka oleh"), self.opened_by))),
            (self.tr("Kata pembukaan"), self.opening_text)])
        column.addWidget(self.opening_box)
        column.addWidget(self.no_agenda_hint)
        self.discussion_box = section(self.tr("Pembahasan"), [(self.tr("Pembahasan"), self.discussion)])
        column.addWidget(self.discussion_box)
        column.addLayout(self.items_layout)
        self.conclusions_box = section(self.tr("Kesimpulan umum"), [
            (self.tr("Kesimpulan"), self.conclusions)])
        column.addWidget(self.conclusions_box)
        self.closing_box = section(self.tr("Penutupan"), [
            (self.tr("Pukul"), clock_row(self.closed_at, self.closed_zone)),
            (self.tr("Catatan penutup"), self.closing_text)])
        column.addWidget(self.closing_box)
        quotes_row = QHBoxLayout()
        quotes_row.addWidget(self.add_quote_button)
        quotes_row.addStretch(1)
        self.quotes_box = section(self.tr("Kutipan (untuk berita)"), [])
        self.quotes_box.layout().addWidget(self.quotes)
        self.quotes_box.layout().addLayout(quotes_row)
        column.addWidget(self.quotes_box)
        column.addStretch(1)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidget(self.body)
        self.keyboard = KeyboardActions(self, self.scroll, lambda: self.zone, self._sections, self._new_quote,
                                        self.save_now)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_status, 1)  # a failure is a long sentence: it gets the room and wraps
        bottom.addWidget(self.keys_hint, 0, Qt.AlignRight | Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unsaved_hint)
        layout.addWidget(self.signoff)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        self.body.hide()
        self.signoff.hide()

        self._fixed_fields = (self.opened_at, self.opened_by.lineEdit(), self.opening_text, self.discussion,
                              self.conclusions, self.closed_at, self.closing_text)
        for field in self._fixed_fields:
            self.keyboard.guard(field)
        self.autosaver.status.connect(self._show_save_status)
        self.opening_text.textChanged.connect(lambda: self.autosaver.touch("opening_text"))
        self.conclusions.textChanged.connect(lambda: self.autosaver.touch("conclusions"))
        self.discussion.textChanged.connect(lambda: self.autosaver.touch("discussion"))
        self.closing_text.textChanged.connect(lambda: self.autosaver.touch("closing_text"))
        self.quotes.changed.connect(lambda: self.autosaver.touch("quotes"))
        for clock, part in ((self.opened_at, "opened_at"), (self.closed_at, "closed_at")):
            # While a time is half typed ("09.") it is not saved; leaving the field reports a wrong one.
            clock.textChanged.connect(lambda _t, c=clock, p=part: self._clock_typed(c, p))
            clock.editingFinished.connect(lambda p=part: self.autosaver.touch(p))
        self.opened_by.currentIndexChanged.connect(lambda _i: self.autosaver.touch("opened_by"))
        self.opened_by.lineEdit().textChanged.connect(lambda _t: self._person_typed())
        self.opened_by.lineEdit().editingFinished.connect(lambda: self.autosaver.touch("opened_by"))
        for field in (self.opening_text, self.discussion, self.conclusions, self.closing_text, self.opened_at,
                      self.closed_at):
            field.left.connect(self.autosaver.flush)
            if isinstance(field, QPlainTextEdit):
                field.cursorPositionChanged.connect(lambda f=field: self.keyboard.follow_cursor(f))
        self.quotes.left.connect(self.autosaver.flush)
        self.add_quote_button.clicked.connect(self.keyboard.add_quote)

        actions = self.signoff_actions
        for signal, slot in ((self.signoff.mark_ready, actions.mark_ready),
                             (self.signoff.back_to_draft, actions.back_to_draft),
                             (self.signoff.approve, actions.approve), (self.signoff.history, actions.show_history),
                             (self.signoff.revise, actions.revise),
                             (self.signoff.cancel_revise, actions.cancel_revise)):
            signal.connect(slot)
        actions.changed.connect(self.refresh_status)
        actions.revision_started.connect(self._start_revision)
        actions.revision_dropped.connect(self._drop_revision)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.refresh_status)

    # --- loading -----------------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        """The meeting whose notulen this is. Loaded when the tab is first shown: opening the meeting editor
        does not touch the notulen."""
        if meeting_id == self.meeting_id:
            return
        if self.meeting_id is not None:
            self.autosaver.flush()
            self.autosaver.forget()
        self.meeting_id = meeting_id
        self._loaded_for = None
        self.unsaved_hint.setVisible(meeting_id is None)
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.meeting_id is not None and self._loaded_for != self.meeting_id:
            self.load()
        if self._loaded_for is not None:
            self._poll.start()
        if not self._watching_focus:  # only while shown: the app outlives this tab
            QApplication.instance().focusChanged.connect(self.keyboard.follow_focus)
            self._watching_focus = True

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._poll.stop()
        if self._watching_focus:
            QApplication.instance().focusChanged.disconnect(self.keyboard.follow_focus)
            self._watching_focus = False
        self.autosaver.flush()  # another tab, or the window going away

    def load(self) -> None:
        if self.meeting_id is None:
            return
        try:
            meeting = meetings.get(self.meeting_id)
            snap = minutes.snapshot(self.meeting_id)
            agenda = {a.id: a for a in meetings.agenda(self.meeting_id)}
            roles = meetings.roles(self.meeting_id)
            invitees = meetings.invitees(self.meeting_id)
        except Exception as exc:  # noqa: BLE001 - the tab stays empty with a sentence
            self.unsaved_hint.set_error(messages.sentence(exc) if isinstance(exc, UserError)
                                        else messages.unexpected_text())
            self.unsaved_hint.show()
            if not isinstance(exc, UserError):
                messages.show_exception(self, exc)
            return
        self.zone = meeting.timezone
        self.signoff_actions.set_meeting(self.meeting_id, self.zone)
        self.day = timefmt.to_local(meeting.starts_at, self.zone).date()
        choices = self._people(roles, invitees)
        self.opened_zone.setText(self.zone)
        self.closed_zone.setText(self.zone)
        self.opened_by.blockSignals(True)
        self.opened_by.set_people(choices, snap["opened_by"])
        if snap["opened_by"] and self.opened_by.findData(snap["opened_by"]) < 0:
            self.opened_by.add_person(snap["opened_by"], snap["opened_by_name"])
            self.opened_by.set_person_id(snap["opened_by"])
        self.opened_by.blockSignals(False)
        for clock, key in ((self.opened_at, "opened_at"), (self.closed_at, "closed_at")):
            clock.blockSignals(True)
            clock.setText(timefmt.clock(timefmt.to_local(datetime.fromisoformat(snap[key]), self.zone))
                          if snap[key] else "")
            clock.blockSignals(False)
        for edit, key in ((self.opening_text, "opening_text"), (self.discussion, "discussion"),
                          (self.conclusions, "conclusions"), (self.closing_text, "closing_text")):
            edit.blockSignals(True)
            edit.setPlainText(snap[key])
            edit.blockSignals(False)
        self._build_items(snap["items"], agenda, roles)
        self.quotes.load(choices, [(i["agenda_item_id"], i["title"]) for i in snap["items"]
                                   if i["agenda_item_id"] is not None], snap["quotes"])
        for row in self.quotes.rows:
            self._guard_quote(row)
        self._update_tab_order()
        self.autosaver.forget()  # filling the fields above is not typing (a combo's text signals cannot be blocked)
        self._loaded_for = self.meeting_id
        self._reason = ""
        self.body.show()
        self.signoff.show()
        self.unsaved_hint.hide()
        self._apply_state(snap)
        self._show_save_status(self.tr("Tersimpan otomatis saat diketik"), False)
        if self.isVisible():
            self._poll.start()

    def _people(self, roles, invitees) -> list[tuple[int, str, str]]:
        """Who can be named: the meeting's roles first (with what they do), then the other invitees."""
        role_names = labels.meeting_roles()
        out: dict[int, list] = {}
        for r in roles:
            entry = out.setdefault(r.person_id, [r.person.name, []])
            label = role_names.get(r.role, r.role)
            if label not in entry[1]:
                entry[1].append(label)
        for p in invitees:
            out.setdefault(p.id, [p.name, [p.position] if p.position else []])
        return [(pid, name, ", ".join(what)) for pid, (name, what) in out.items()]

    def _build_items(self, items: list[dict], agenda: dict, roles) -> None:
        for block in self.blocks:
            block.deleteLater()
        self.blocks = []
        role_names = labels.meeting_roles()
        number = 0
        for item in items:
            aid = item["agenda_item_id"]
            detail = []
            if aid is not None:
                number += 1
                a = agenda.get(aid)
                if a is not None and a.planned_start:
                    span = timefmt.clock(timefmt.to_local(a.planned_start, self.zone))
                    if a.planned_end:
                        span += "–" + timefmt.clock(timefmt.to_local(a.planned_end, self.zone))
                    detail.append(f"{span} {self.zone}")
                for r in roles:
                    if r.agenda_item_id == aid:
                        who = f"{role_names.get(r.role, r.role)}: {r.person.name}"
                        detail.append(f"{who} ({r.topic})" if r.topic else who)
            block = ItemBlock(item, number if aid is not None else None, " · ".join(detail))
            part = f"item:{item['id']}"
            block.changed.connect(lambda p=part: self.autosaver.touch(p))
            block.left.connect(self.autosaver.flush)
            for edit in (block.discussion, block.decisions):
                self.keyboard.guard(edit)
                edit.cursorPositionChanged.connect(lambda e=edit: self.keyboard.follow_cursor(e))
            self.items_layout.addWidget(block)
            self.blocks.append(block)
        self.no_agenda_hint.setVisible(not self.blocks)
        # With an agenda, text goes under its items; what was typed here before the agenda came stays visible.
        self.discussion_box.setVisible(not self.blocks or bool(self.discussion.toPlainText().strip()))

    def _update_tab_order(self) -> None:
        """Tab follows the column: opening, each item, conclusions, closing, each quote, the quote button."""
        chain = [self.opened_at, self.opened_by, self.opening_text, self.discussion]
        for block in self.blocks:
            chain += [block.discussion, block.decisions]
        chain += [self.conclusions, self.closed_at, self.closing_text]
        for row in self.quotes.rows:
            chain += [row.person, row.agenda, row.text]
        chain.append(self.add_quote_button)
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def _guard_quote(self, row) -> None:
        for field in (row.text, row.person.lineEdit()):
            self.keyboard.guard(field)
        row.text.cursorPositionChanged.connect(lambda e=row.text: self.keyboard.follow_cursor(e))

    # --- what the keyboard part asks for --------------------------------------------------------------

    def _sections(self) -> list[tuple[QWidget, QWidget]]:
        """(section, the field Ctrl+↓/↑ lands in) from top to bottom. The closing lands on its time, the
        first field under its heading (the closing notes are one Tab further), as the page reads."""
        out = [(self.opening_box, self.opening_text)]
        if self.discussion_box.isVisibleTo(self.body):
            out.append((self.discussion_box, self.discussion))
        out += [(b, b.discussion) for b in self.blocks]
        out += [(self.conclusions_box, self.conclusions), (self.closing_box, self.closed_at),
                (self.quotes_box, self.quotes.rows[0].text if self.quotes.rows else self.add_quote_button)]
        return out

    def _new_quote(self, here: QWidget | None, text: str):
        """Ctrl+K: a quote row for the agenda item `here` is in; None while nothing is loaded or it is locked."""
        if self._loaded_for is None or self.read_only:
            return None
        item = next((b.agenda_item_id for b in self.blocks if here is not None and b.isAncestorOf(here)), None)
        row = self.quotes.add(item, text)
        self._guard_quote(row)
        self._update_tab_order()
        return row

    # --- saving ------------------------------------------------------------------------------------------

    def _clock_typed(self, clock: ClockField, part: str) -> None:
        try:
            clock.clock()
        except ValueError:
            return  # half typed: saved once it is a time, or reported when the field is left
        self.autosaver.touch(part)

    def _person_typed(self) -> None:
        try:
            self.opened_by.person_id()
        except ValueError:
            return  # part of a name: saved once it is a whole name from the list, or reported when left
        self.autosaver.touch("opened_by")

    def _instant(self, clock: ClockField, label: str):
        try:
            at = clock.clock()
        except ValueError:
            raise ValidationError(self.tr("{0} “{1}” bukan jam; tulis seperti 09.05.").format(
                label, clock.text().strip()), "clock") from None
        return timefmt.combine_utc(self.day, at, self.zone) if at is not None else None

    def _save_parts(self, parts: list[str]) -> None:
        """What the autosaver calls: the named parts, read from the fields, in one service call."""
        data: dict = {}
        items = []
        by_id = {f"item:{b.item_id}": b for b in self.blocks}
        for part in parts:
            if part in by_id:
                items.append(by_id[part].values())
            elif part == "opened_at":
                data["opened_at"] = self._instant(self.opened_at, self.tr("Pukul pembukaan"))
            elif part == "closed_at":
                data["closed_at"] = self._instant(self.closed_at, self.tr("Pukul penutupan"))
            elif part == "opened_by":
                try:
                    data["opened_by"] = self.opened_by.person_id()
                except ValueError:
                    raise ValidationError(self.tr("“{0}” tidak ada di daftar orang rapat ini; pilih nama dari "
                                                  "daftar.").format(self.opened_by.currentText().strip()),
                                          "opened_by") from None
            elif part == "quotes":
                data["quotes"] = self.quotes.values()
            elif part in ("opening_text", "discussion", "conclusions", "closing_text"):
                data[part] = getattr(self, part).toPlainText()
        if items:
            data["items"] = items
        if not data:
            return
        try:
            snap = minutes.save(self.meeting_id, data, reason=self._reason)
        except ValidationError as exc:
            if exc.field == "reason":
                self.refresh_status()  # approved on another PC meanwhile: lock, keep the text on screen
            raise
        self._reason = ""
        if (snap["status"], snap["revision"]) != (self._state.get("status"), self._state.get("revision")):
            self._apply_state(snap)

    def save_now(self) -> None:
        self.autosaver.flush()

    def _show_save_status(self, text: str, error: bool) -> None:
        show_save_status(self.save_status, text, error)
        self.save_status_changed.emit(text, error)

    # --- sign-off ----------------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Status from the database (another PC may have marked or approved it); the text is left alone."""
        if self._loaded_for is None:
            return
        try:
            snap = minutes.snapshot(self.meeting_id)
        except Exception:  # noqa: BLE001 - a poll that fails is tried again at the next one
            return
        if (snap["status"], snap["revision"], snap["approved_at"]) != (
                self._state.get("status"), self._state.get("revision"), self._state.get("approved_at")):
            if snap["status"] != MINUTES_APPROVED:
                self._reason = ""
            self._apply_state(snap)

    def _start_revision(self, reason: str) -> None:
        self._reason = reason
        self._apply_state({**self._state})
        if self.autosaver.pending():
            self.autosaver.flush()  # text typed while it was locked elsewhere: saved now, as the revision
        else:
            self.opening_text.setFocus()

    def _drop_revision(self) -> None:
        self._reason = ""
        if self.autosaver.pending():
            self.autosaver.forget()
            self.load()  # back to the approved text
        else:
            self._apply_state({**self._state})

    def _apply_state(self, snap: dict) -> None:
        self._state = {k: snap[k] for k in ("status", "revision", "approved_by", "approved_at")}
        approver = ""
        if snap["approved_by"]:
            try:
                approver = people.get(snap["approved_by"]).name
            except UserError:
                approver = self.tr("(orang yang sudah dihapus dari direktori)")
        try:
            count = len(minutes.revisions(self.meeting_id))
        except Exception:  # noqa: BLE001
            count = 0
        approved_at = datetime.fromisoformat(snap["approved_at"]) if snap["approved_at"] else None
        self.signoff.show_state(snap["status"], snap["revision"], approver, approved_at, self.zone, count,
                                self._reason)
        self._set_read_only(snap["status"] == MINUTES_APPROVED and not self._reason)

    def _set_read_only(self, read_only: bool) -> None:
        for field in (self.opened_at, self.opening_text, self.discussion, self.conclusions, self.closed_at,
                      self.closing_text):
            field.setReadOnly(read_only)
        self.opened_by.setEnabled(not read_only)
        for block in self.blocks:
            block.set_read_only(read_only)
        self.quotes.set_read_only(read_only)
        self.add_quote_button.setEnabled(not read_only)
        if read_only != self.read_only:
            self.body.setStyleSheet(LOCKED_FIELDS if read_only else "")
        self.read_only = read_only
