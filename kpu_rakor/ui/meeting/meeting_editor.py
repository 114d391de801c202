"""The meeting editor: one dialog with the main fields, the agenda, the roles and the invitees."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QTabWidget, QVBoxLayout

from ...domain.errors import ValidationError
from ...domain.services import meetings
from .. import messages, settings
from .agenda_tab import AgendaTab
from .agenda_templates_ui import AgendaTemplateActions
from ..attendance.attendance_tab import AttendanceTab
from .documents_tab import DocumentsTab
from ..followups.followups_tab import FollowUpsTab
from .invitees_tab import InviteesTab
from .meeting_form import MeetingForm
from ..minutes.minutes_tab import MinutesTab
from ..news.news_tab import NewsTab
from ..photos.photos_tab import PhotosTab
from .roles_tab import RolesTab
from ..widgets import HintLabel
from ..screen_fit import fit_to_screen

ERROR_STYLE = "border: 2px solid #b00020;"


class MeetingEditor(QDialog):
    def __init__(self, meeting_id: int | None = None, parent=None):
        super().__init__(parent)
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Rapat baru") if meeting_id is None else self.tr("Ubah rapat"))
        self.form = MeetingForm()
        self.agenda = AgendaTab()
        self.roles = RolesTab(self.agenda.rows)
        self.invitees = InviteesTab()
        self.attendance = AttendanceTab()
        self.followups = FollowUpsTab()  # saves each cell as it is typed, like the minutes
        self.documents = DocumentsTab()
        self.minutes = MinutesTab()  # saves itself as it is typed; Simpan/Batal are for the meeting fields
        self.photos = PhotosTab()  # stored as added and captioned, like the minutes
        self.news = NewsTab()  # the article, saved as it is typed
        self.error_label = HintLabel()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(self.form)  # the main tab scrolls on small screens instead of squeezing
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("&1 Rapat"))
        self.tabs.addTab(self.agenda, self.tr("&2 Agenda"))
        self.tabs.addTab(self.roles, self.tr("&3 Peran"))
        self.tabs.addTab(self.invitees, self.tr("&4 Undangan"))
        self.tabs.addTab(self.attendance, self.tr("&5 Kehadiran"))
        self.tabs.addTab(self.minutes, self.tr("&6 Notulen"))
        self.tabs.addTab(self.followups, self.tr("&7 Tindak lanjut"))
        self.tabs.addTab(self.photos, self.tr("&8 Foto"))
        self.tabs.addTab(self.documents, self.tr("&9 Dokumen"))
        self.tabs.addTab(self.news, self.tr("&0 Berita"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Simpan (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        save = QAction(self.tr("Simpan"), self)
        save.setShortcut(QKeySequence.Save)
        save.setShortcutContext(Qt.WindowShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.tabs.currentChanged.connect(lambda _i: self.roles.refresh_agenda_choices())

        if meeting_id is not None:
            self._load(meeting_id)
        self.roles.refresh_agenda_choices()
        self.agenda_templates = AgendaTemplateActions(self.agenda, self.form)  # Pakai / Simpan sebagai templat
        self.agenda.watch_meeting(self.form)  # the amber line: items past the meeting's end
        self.dirty = False
        for part in (self.form, self.agenda, self.roles, self.invitees):
            part.changed.connect(self._mark_dirty)
        self._restore_size()
        self.form.title.setFocus()

    def _restore_size(self) -> None:
        geometry = settings.EDITOR_GEOMETRY.get()
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, (1000, 660))  # fits under the taskbar at 1366×768

    def _mark_dirty(self) -> None:
        self.dirty = True

    def _load(self, meeting_id: int) -> None:
        m = meetings.get(meeting_id)
        self.form.load(m)
        items = meetings.agenda(meeting_id)
        self.agenda.load([(a, m.timezone) for a in items])
        key_of_item = {a.id: key for a, (key, _t) in zip(items, self.agenda.rows())}
        self.roles.load(meetings.roles(meeting_id), key_of_item)
        self.invitees.load(meetings.invitees(meeting_id))
        self.invitees.set_meeting(meeting_id)
        self.attendance.set_meeting(meeting_id)
        self.followups.set_meeting(meeting_id)
        self.documents.set_meeting(meeting_id)
        self.minutes.set_meeting(meeting_id)
        self.photos.set_meeting(meeting_id)
        self.news.set_meeting(meeting_id)

    # --- saving ----------------------------------------------------------------------------------------

    def save(self) -> None:
        self._clear_error()
        try:
            self._save()
        except ValidationError as exc:
            self._show_error(exc)  # the dialog stays open with what the user typed
            return
        except Exception as exc:  # noqa: BLE001 - any failure is shown as a sentence at the edge
            messages.show_exception(self, exc)
            return
        self.dirty = False
        settings.EDITOR_GEOMETRY.set(self.saveGeometry())
        self.accept()

    def _save(self) -> None:
        """Everything in one transaction (meetings.save_full): a refused agenda item or role leaves nothing
        half-saved, so "not saved yet" in the dialog is the truth."""
        items, keys = self.agenda.items()  # the times typed in the table, as times; the service judges them
        position = {key: n for n, key in enumerate(keys)}
        roles = self.roles.roles()
        for r in roles:
            key = r.pop("agenda_key")
            r["agenda_index"] = position.get(key) if key is not None else None
        m = meetings.save_full(self.meeting_id, self.form.values(), items, roles, self.invitees.person_ids())
        self.invitees.save_offices(m.id)  # offices invited as a whole (issue 11)
        self.meeting_id = m.id
        self.setWindowTitle(self.tr("Ubah rapat"))
        self.invitees.set_meeting(m.id)
        self.attendance.set_meeting(m.id)
        self.followups.set_meeting(m.id)
        self.documents.set_meeting(m.id)
        self.minutes.set_meeting(m.id)
        self.photos.set_meeting(m.id)
        self.news.set_meeting(m.id)
        self.agenda.remember_ids(keys, [a.id for a in meetings.agenda(m.id)])

    def _show_error(self, exc: ValidationError) -> None:
        self.error_label.set_error(messages.sentence(exc))
        tab = {"agenda": self.agenda, "role": self.roles, "person_id": self.roles,
               "agenda_item_id": self.roles}.get(exc.field or "")
        widget = self.form.field_widget(exc.field)
        if widget is not None:
            self.tabs.setCurrentIndex(0)
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()
            self._error_widget = widget
        elif tab is not None:
            self.tabs.setCurrentWidget(tab)

    def _clear_error(self) -> None:
        self.error_label.set_error("")
        widget = getattr(self, "_error_widget", None)
        if widget is not None:
            widget.setStyleSheet("")
            self._error_widget = None

    def keyPressEvent(self, event) -> None:
        # Enter belongs to the field it is typed in (add an agenda item, invite the match), never "save":
        # a half-filled meeting must not be stored by accident. Ctrl+S saves.
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- closing ---------------------------------------------------------------------------------------

    def reject(self) -> None:
        # Esc and Batal land here: never drop typed work without asking.
        if self.dirty and not messages.confirm(
                self, self.tr("Perubahan pada rapat ini belum disimpan. Tutup tanpa menyimpan?"),
                self.tr("Tutup tanpa menyimpan")):
            return
        settings.EDITOR_GEOMETRY.set(self.saveGeometry())
        super().reject()

    def done(self, result: int) -> None:
        # Every way out (Simpan, Batal, Esc, the window's X) passes here: phone sign-in must not go on
        # listening for a meeting whose window is gone.
        if not self.minutes.release() or not self.news.release() or not self.attendance.release():
            return
        super().done(result)

    def closeEvent(self, event) -> None:
        if self.result() == QDialog.Accepted or not self.dirty:
            if not self.minutes.release() or not self.news.release() or not self.attendance.release():
                event.ignore()
                return
            event.accept()
            return
        event.ignore()
        self.reject()
