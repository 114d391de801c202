"""The meeting window: the main fields, the agenda, the roles, the invitees and every tab of what happened.
A window of its own (several meetings may be open, the rest of the app stays usable; ui/meeting/windows.py
opens them). Every tab saves as it changes: the Rapat fields, agenda, roles and invitees through
meeting_autosave.py with undo, the notulen, follow-ups, photos and news through their own savers. One status
line says *Tersimpan hh.mm.ss* or why a value is not stored; Ctrl+S only writes what is pending now."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QAbstractSpinBox, QComboBox, QLineEdit, QMainWindow, QPlainTextEdit, QScrollArea,
                               QStyle, QTabWidget, QTextEdit, QToolBar, QVBoxLayout, QWidget)

from ...domain.services import meetings
from .. import settings
from .agenda_tab import AgendaTab
from .agenda_templates_ui import AgendaTemplateActions
from ..attendance.attendance_tab import AttendanceTab
from .documents_tab import DocumentsTab
from ..followups.followups_tab import FollowUpsTab
from .invitees_tab import InviteesTab
from .meeting_autosave import MeetingAutosave
from .meeting_form import MeetingForm
from .meeting_parts import all_parts
from ..minutes.minutes_tab import MinutesTab
from ..news.news_tab import NewsTab
from ..photos.photos_tab import PhotosTab
from .roles_tab import RolesTab
from ..widgets import HintLabel
from ..screen_fit import available_size, fit_to_screen

ERROR_STYLE = "border: 2px solid #b00020;"
DEFAULT_SIZE = (1080, 660)  # fits under the taskbar at 1366×768 with the menu, toolbar and status line
PEOPLE_PARTS = {"agenda", "roles", "invitees"}  # what the notulen's list of people and items is made of


class _UndoKeys(QObject):
    """Ctrl+Z in a field of these tabs is the window's undo (which also writes the database), not the field's
    own: a field's undo would go back past what is stored, to an empty title."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.ShortcutOverride and (
                event.matches(QKeySequence.Undo) or event.matches(QKeySequence.Redo)
                or event.keyCombination().toCombined() == QKeySequence("Ctrl+Y")[0].toCombined()):
            return True  # not accepted as an override: the window's shortcut takes the key
        return False


class MeetingEditor(QMainWindow):
    saved_change = Signal(int)  # this meeting's fields, agenda, roles or invitees were stored
    window_closed = Signal(int)

    def __init__(self, meeting_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setWindowFlag(Qt.Window)
        made_here = meeting_id is None
        if made_here:  # *Baru*: the meeting exists from the start, so every tab can save at once
            meeting_id = meetings.create_new(self.tr("Rapat baru")).id
        self.meeting_id = meeting_id
        self.form = MeetingForm()
        self.agenda = AgendaTab()
        self.roles = RolesTab(self.agenda.rows)
        self.invitees = InviteesTab()
        self.attendance = AttendanceTab()
        self.followups = FollowUpsTab()
        self.documents = DocumentsTab()
        self.minutes = MinutesTab()
        self.photos = PhotosTab()
        self.news = NewsTab()
        self.status_line = HintLabel()  # the one place that says what is stored, or why not
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
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(body)
        self.statusBar().addWidget(self.status_line, 1)
        self.statusBar().setSizeGripEnabled(True)
        # The tabs' own save lines are replaced by the window's one line.
        self.minutes.save_status.hide()
        self.news.save_status.hide()
        self.minutes.save_status_changed.connect(self.show_status)
        self.news.save_status_changed.connect(self.show_status)

        self.undo_stack = QUndoStack(self)
        self.saver = MeetingAutosave(self.undo_stack, self)
        for part in all_parts(self):
            self.saver.add(part)
        self._actions()
        self._load(meeting_id)
        self.agenda_templates = AgendaTemplateActions(self.agenda, self.form)  # Pakai / Simpan sebagai templat
        self.agenda.watch_meeting(self.form)  # the amber line: items past the meeting's end
        self.saver.baseline()
        self.invitees.flush_pending = self.saver.flush  # a QR code or WhatsApp text needs the invitation stored
        self.documents.flush_pending = self.save  # a document prints what the window shows, all of it stored
        self._watch()
        self._close_warned = False
        self._minutes_stale = False
        self._error_widget = None
        self._restore_size()
        self.status_line.set_hint(self.tr("Setiap perubahan langsung tersimpan; Ctrl+Z mengurungkan."))
        self.form.title.setFocus()
        if made_here:
            self.form.title.selectAll()  # the name typed first replaces "Rapat baru"

    # --- building -------------------------------------------------------------------------------------------

    def _action(self, text: str, keys, slot, icon=None) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) if isinstance(k, str) else k for k in keys])
        action.setShortcutContext(Qt.WindowShortcut)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _actions(self) -> None:
        self.undo_action = self._action(self.tr("&Urungkan"), [QKeySequence.Undo], self.undo,
                                        QStyle.SP_ArrowBack)
        self.redo_action = self._action(self.tr("U&langi"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo,
                                        QStyle.SP_ArrowForward)
        self.save_action = self._action(self.tr("&Simpan sekarang"), [QKeySequence.Save], self.save)
        self.close_action = self._action(self.tr("&Tutup jendela"), [QKeySequence.Close], self.close)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda t: self._tip(self.undo_action, self.tr("Urungkan"), t))
        self.undo_stack.redoTextChanged.connect(lambda t: self._tip(self.redo_action, self.tr("Ulangi"), t))
        edit = self.menuBar().addMenu(self.tr("&Sunting"))
        for a in (self.undo_action, self.redo_action):
            edit.addAction(a)
        edit.addSeparator()
        edit.addAction(self.save_action)
        edit.addSeparator()
        edit.addAction(self.close_action)
        bar = QToolBar(self.tr("Sunting"))
        bar.setObjectName("edit_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        self.addToolBar(bar)

    @staticmethod
    def _tip(action: QAction, verb: str, what: str) -> None:
        action.setToolTip(f"{verb}: {what}" if what else verb)

    def _watch(self) -> None:
        touch = self.saver.touch
        self.form.changed.connect(lambda: touch("fields"))
        self.agenda.changed.connect(lambda: touch("agenda"))
        self.roles.changed.connect(lambda: touch("roles"))
        self.invitees.changed.connect(lambda: (touch("invitees"), touch("offices")))
        self.saver.status.connect(self.show_status)
        self.saver.refused.connect(self._refused)
        self.saver.saved.connect(self._stored)
        self.tabs.currentChanged.connect(self._tab_changed)
        keys = _UndoKeys(self)
        for tab in (self.form, self.agenda, self.roles, self.invitees):
            for w in tab.findChildren(QWidget):
                if isinstance(w, (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QComboBox)):
                    w.installEventFilter(keys)

    def _restore_size(self) -> None:
        geometry = settings.EDITOR_GEOMETRY.get()
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, DEFAULT_SIZE)
            return
        room = available_size(self)
        if self.width() > room.width() or self.height() > room.height():
            fit_to_screen(self, self.size())  # a size saved on a larger screen

    def _load(self, meeting_id: int) -> None:
        m = meetings.get(meeting_id)
        self.form.load(m)
        items = meetings.agenda(meeting_id)
        self.agenda.load([(a, m.timezone) for a in items])
        key_of_item = {a.id: key for a, (key, _t) in zip(items, self.agenda.rows())}
        self.roles.load(meetings.roles(meeting_id), key_of_item)
        self.invitees.load(meetings.invitees(meeting_id))
        for tab in (self.invitees, self.attendance, self.followups, self.documents, self.minutes, self.photos,
                    self.news):
            tab.set_meeting(meeting_id)
        self.roles.refresh_agenda_choices()
        self._show_title(m.title)

    def _show_title(self, title: str) -> None:
        self.setWindowTitle(self.tr("{0} — Rapat").format(title))

    # --- saving ---------------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Ctrl+S: write everything pending now. The window stays open."""
        self.commit_typing()
        ok = self.saver.flush()
        ok = self.minutes.autosaver.flush() and ok
        ok = self.news.flush() and ok
        if ok and not self.saver.errors:
            self.saver.say_saved()
        return ok

    def undo(self) -> None:
        self.saver.flush()  # what was just typed is a step of its own, undone first
        self.undo_stack.undo()

    def redo(self) -> None:
        self.saver.flush()
        self.undo_stack.redo()

    def show_status(self, text: str, error: bool) -> None:
        if error:
            self.status_line.set_error(text)
        else:
            self.status_line.set_hint(text)
            self._close_warned = False

    def _stored(self, names: list) -> None:
        if "fields" in names:
            self._show_title(self.form.title.text().strip() or meetings.get(self.meeting_id).title)
        if "agenda" in names:
            self.roles.refresh_agenda_choices()  # a removed item's roles fall back to the whole meeting
            if "roles" not in names and not self.saver.pending():
                self.saver.baseline("roles")
        if PEOPLE_PARTS & set(names):
            self._minutes_stale = True
            if self.minutes.isVisible():
                self._reload_minutes()
        self.saved_change.emit(self.meeting_id)

    def _reload_minutes(self) -> None:
        """Roles, invitees or agenda changed since the notulen was read: read it again, so a person just given
        a role can be named there at once."""
        self._minutes_stale = False
        if self.minutes._loaded_for is not None:
            self.minutes.autosaver.flush()
            self.minutes.load()

    def _tab_changed(self, _index: int) -> None:
        self.saver.flush()
        self.roles.refresh_agenda_choices()
        if self._minutes_stale and self.tabs.currentWidget() is self.minutes:
            self._reload_minutes()

    def _refused(self, name: str, exc) -> None:
        if self._error_widget is not None:
            self._error_widget.setStyleSheet("")
            self._error_widget = None
        if exc is None or name != "fields":
            return
        widget = self.form.field_widget(getattr(exc, "field", None))
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            self._error_widget = widget

    # --- closing --------------------------------------------------------------------------------------------

    def _show_unsaved(self) -> None:
        """Bring forward the tab whose change could not be stored."""
        if self.minutes.autosaver.error:
            self.tabs.setCurrentWidget(self.minutes)
        elif self.news.error:
            self.tabs.setCurrentWidget(self.news)
        elif self.saver.errors:
            name = next(iter(self.saver.errors))
            page = {"agenda": self.agenda, "roles": self.roles, "invitees": self.invitees,
                    "offices": self.invitees}.get(name)
            if page is None:
                self.tabs.setCurrentIndex(0)
            else:
                self.tabs.setCurrentWidget(page)

    def discard(self) -> None:
        """Forget what is pending (the database was replaced by a restored backup); closing then writes nothing."""
        self.saver.forget()
        self.minutes.autosaver.forget()
        self.news.forget()

    def closeEvent(self, event) -> None:
        # Everything pending is written first. What cannot be stored (a refused value, a server that does not
        # answer) keeps the window open once, with the reason in the status line; closing again leaves it.
        if not self.save() and not self._close_warned:
            self._close_warned = True
            self.status_line.set_error(self.tr("{0} Perbaiki isinya, atau tutup jendela sekali lagi untuk "
                                               "meninggalkan perubahan yang belum tersimpan.").format(
                self.status_line.text()))
            self._show_unsaved()
            event.ignore()
            return
        if not self.attendance.release():  # phones may still be signing in: that one is asked
            event.ignore()
            return
        self.minutes.autosaver.forget()
        self.news.forget()
        settings.EDITOR_GEOMETRY.set(self.saveGeometry())
        event.accept()
        self.window_closed.emit(self.meeting_id)

