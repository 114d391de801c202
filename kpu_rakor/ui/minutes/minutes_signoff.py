"""Sign-off from the Notulen tab: mark ready, approve (choosing the approver), revise approved minutes with a
reason, go back to draft, and read earlier revisions. A part MinutesTab owns; the strings keep the tab's
translation context."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ...domain.services import meetings, minutes, people
from .. import messages
from ..autosave_timer import Autosaver
from .revisions_dialog import RevisionsDialog
from .signoff_bar import ApproverDialog, ReasonDialog


class SignoffActions(QObject):
    """The sign-off bar's actions for the meeting given to `set_meeting`, on behalf of the Notulen tab (`tab`,
    the parent of the questions), saving through its `autosaver` first. Tells `changed()` once the status
    in the database changed, `revision_started(reason)` once the user said why approved minutes change, and
    `revision_dropped()` once the user gave that change up."""

    changed = Signal()
    revision_started = Signal(str)
    revision_dropped = Signal()

    def __init__(self, tab: QWidget, autosaver: Autosaver):
        super().__init__(tab)
        self.tab, self.autosaver = tab, autosaver
        self.meeting_id: int | None = None
        self.zone = "WIB"

    def set_meeting(self, meeting_id: int, zone: str) -> None:
        self.meeting_id, self.zone = meeting_id, zone

    def _flushed(self) -> bool:
        if self.autosaver.flush():
            return True
        messages.error(self.tab, QCoreApplication.translate("MinutesTab", "Notulen belum tersimpan: {0}")
                       .format(self.autosaver.error))
        return False

    def mark_ready(self) -> None:
        if not self._flushed():
            return
        with messages.guarded(self.tab):
            minutes.mark_ready(self.meeting_id)
        self.changed.emit()

    def back_to_draft(self) -> None:
        with messages.guarded(self.tab):
            minutes.back_to_draft(self.meeting_id)
        self.changed.emit()

    def pick_approver(self, choices: list[tuple[int, str]], default: int | None) -> int | None:
        """Who approves (tests replace this instead of driving the dialog)."""
        dialog = ApproverDialog(choices, default, self.tab)
        return dialog.person_id() if dialog.exec() == QDialog.Accepted else None

    def approve(self) -> None:
        if not self._flushed():
            return
        with messages.guarded(self.tab) as g:
            ids = minutes.approvers(self.meeting_id)
            choices = [(pid, people.get(pid).name) for pid in ids]
            chair = meetings.get(self.meeting_id).chair_id
        if not g.ok:
            return
        if not choices:
            messages.error(self.tab, QCoreApplication.translate(
                "MinutesTab", "Belum ada yang berwenang menyetujui notulen ini. Isi pimpinan rapat di "
                              "tab Peran, penanda tangan di Pengaturan, atau daftar Penyetuju "
                              "notulen di Pengaturan."))
            return
        person_id = self.pick_approver(choices, chair)
        if person_id is None:
            return
        with messages.guarded(self.tab):
            minutes.approve(self.meeting_id, person_id)
        self.changed.emit()

    def ask_reason(self) -> str:
        """Why approved minutes are changed; "" when cancelled (tests replace this)."""
        dialog = ReasonDialog(self.tab)
        return dialog.text() if dialog.exec() == QDialog.Accepted else ""

    def revise(self) -> None:
        reason = self.ask_reason().strip()
        if reason:
            self.revision_started.emit(reason)

    def cancel_revise(self) -> None:
        if self.autosaver.pending() and not messages.confirm(
                self.tab, QCoreApplication.translate("MinutesTab", "Ketikan yang belum tersimpan akan dibuang dan "
                                                                   "notulen kembali terkunci. Lanjutkan?"),
                QCoreApplication.translate("MinutesTab", "Buang ketikan")):
            return
        self.revision_dropped.emit()

    def show_history(self) -> None:
        RevisionsDialog(self.meeting_id, self.zone, self.tab).exec()
