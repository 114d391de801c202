"""Sign-off from the Notulen tab: mark ready, approve (choosing the approver), revise approved minutes with a
reason, go back to draft, and read earlier revisions. A mixin of MinutesTab: it acts on the tab's meeting,
autosaver and state; the strings keep the tab's translation context."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from ..domain.services import meetings, minutes, people
from . import messages
from .revisions_dialog import RevisionsDialog
from .signoff_bar import ApproverDialog, ReasonDialog

CONTEXT = "MinutesTab"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SignoffActions:
    """The sign-off buttons' actions; MinutesTab provides meeting_id, zone, autosaver, _state, _reason,
    _apply_state, load, refresh_status and opening_text."""

    def _flushed(self) -> bool:
        if self.autosaver.flush():
            return True
        messages.error(self, tr("Notulen belum tersimpan: {0}").format(self.autosaver.error))
        return False

    def mark_ready(self) -> None:
        if not self._flushed():
            return
        with messages.guarded(self):
            minutes.mark_ready(self.meeting_id)
        self.refresh_status()

    def back_to_draft(self) -> None:
        with messages.guarded(self):
            minutes.back_to_draft(self.meeting_id)
        self.refresh_status()

    def pick_approver(self, choices: list[tuple[int, str]], default: int | None) -> int | None:
        """Who approves (tests replace this instead of driving the dialog)."""
        dialog = ApproverDialog(choices, default, self)
        return dialog.person_id() if dialog.exec() == QDialog.Accepted else None

    def approve(self) -> None:
        if not self._flushed():
            return
        with messages.guarded(self) as g:
            ids = minutes.approvers(self.meeting_id)
            choices = [(pid, people.get(pid).name) for pid in ids]
            chair = meetings.get(self.meeting_id).chair_id
        if not g.ok:
            return
        if not choices:
            messages.error(self, tr("Belum ada yang berwenang menyetujui notulen ini. Isi pimpinan rapat di "
                                    "tab Peran, penanda tangan di Pengaturan, atau daftar Penyetuju "
                                    "notulen di Pengaturan."))
            return
        person_id = self.pick_approver(choices, chair)
        if person_id is None:
            return
        with messages.guarded(self):
            minutes.approve(self.meeting_id, person_id)
        self.refresh_status()

    def ask_reason(self) -> str:
        """Why approved minutes are changed; "" when cancelled (tests replace this)."""
        dialog = ReasonDialog(self)
        return dialog.text() if dialog.exec() == QDialog.Accepted else ""

    def revise(self) -> None:
        reason = self.ask_reason().strip()
        if not reason:
            return
        self._reason = reason
        self._apply_state({**self._state})
        if self.autosaver.pending():
            self.autosaver.flush()  # text typed while it was locked elsewhere: saved now, as the revision
        else:
            self.opening_text.setFocus()

    def cancel_revise(self) -> None:
        if self.autosaver.pending() and not messages.confirm(
                self, tr("Ketikan yang belum tersimpan akan dibuang dan notulen kembali terkunci. Lanjutkan?"),
                tr("Buang ketikan")):
            return
        self._reason = ""
        if self.autosaver.pending():
            self.autosaver.forget()
            self.load()  # back to the approved text
        else:
            self._apply_state({**self._state})

    def show_history(self) -> None:
        RevisionsDialog(self.meeting_id, self.zone, self).exec()
