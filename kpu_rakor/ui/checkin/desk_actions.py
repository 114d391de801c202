"""What the desk does besides scanning, for the person chosen on it: the walk-in, status, undo, signature and
badge dialogs, each imported when first used. A part DeskPage owns; the webcam (desk_camera) and kiosk mode
(kiosk_mode) are parts of their own."""
from __future__ import annotations

import importlib
import logging
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from ...domain.services import checkin
from .. import messages

log = logging.getLogger(__name__)


def load_part(parent: QWidget, module: str, name: str):
    """`name` from the desk module `module`, imported now; None (the user told in a sentence) when it is not
    built yet on this version, or its libraries are missing."""
    try:
        return getattr(importlib.import_module(f"{__package__}.{module}"), name)
    except Exception as exc:  # noqa: BLE001 - whatever stops the part from loading, the desk stays
        log.warning("Desk part %s.%s unavailable: %s", module, name, exc)
        messages.info(parent, QCoreApplication.translate("DeskActions", "Belum tersedia."))
        return None


def meeting_chosen(parent: QWidget, meeting) -> bool:
    """False (and the user asked to choose one) while the desk has no meeting."""
    if meeting is None:
        messages.info(parent, QCoreApplication.translate("DeskActions", "Pilih rapatnya dulu."))
    return meeting is not None


class DeskActions(QObject):
    """Owned by the desk `page` (the parent of the dialogs). It asks `meeting()` for the desk's meeting value,
    `desk_name()` and `selected()` (the person chosen for Status and Batalkan). Tells `checked_in(result)` for
    a walk-in's CheckinResult, `undone(person_id)` after Batalkan, `changed()` when attendance may have
    changed, and `signature_closed()` when the pad closes. `signature` is the signature pad while one is open
    (never two at once)."""

    checked_in = Signal(object)
    undone = Signal(int)
    changed = Signal()
    signature_closed = Signal()

    def __init__(self, page: QWidget, meeting: Callable, desk_name: Callable[[], str],
                 selected: Callable[[], int | None]):
        super().__init__(page)
        self.page, self.meeting, self.desk_name, self.selected = page, meeting, desk_name, selected
        self.signature = None

    def _need_person(self) -> int | None:
        if not meeting_chosen(self.page, self.meeting()):
            return None
        if self.selected() is None:
            messages.info(self.page, QCoreApplication.translate(
                "DeskActions", "Pilih orangnya dulu: cari namanya atau pilih di daftar pindaian terakhir."))
        return self.selected()

    def walk_in(self) -> None:
        meeting = self.meeting()
        if not meeting_chosen(self.page, meeting):
            return
        dialog_class = load_part(self.page, "walk_in_dialog", "WalkInDialog")
        if dialog_class is None:
            return
        dialog = dialog_class(meeting.id, self.desk_name(), self.page)
        dialog.exec()
        result = getattr(dialog, "result", None)
        if isinstance(result, checkin.CheckinResult):
            self.checked_in.emit(result)
        self.changed.emit()

    def set_status(self) -> None:
        pid = self._need_person()
        dialog_class = load_part(self.page, "status_dialog", "StatusDialog") if pid else None
        if dialog_class is None:
            return
        if dialog_class(self.meeting().id, pid, self.desk_name(), self.page).exec():
            self.changed.emit()

    def undo(self) -> None:
        pid = self._need_person()
        dialog_class = load_part(self.page, "undo_dialog", "UndoDialog") if pid else None
        if dialog_class is None:
            return
        if dialog_class(self.meeting().id, pid, self.page).exec():
            self.undone.emit(pid)

    def signature_open(self) -> bool:
        return self.signature is not None and Shiboken.isValid(self.signature) and self.signature.isVisible()

    def ask_signature(self, person_id: int, parent: QWidget) -> None:
        """Open the signature pad over `parent` without blocking: the queue goes on scanning (a scan while the
        pad has the focus is still a scan), and a later check-in while this pad is open gets no pad of its own."""
        meeting = self.meeting()
        if meeting is None or self.signature_open():
            return
        dialog_class = load_part(self.page, "signature_dialog", "SignatureDialog")
        if dialog_class is None:
            return
        dialog = dialog_class(meeting.id, person_id, parent)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(self._signature_closed)
        self.signature = dialog
        dialog.open()

    def _signature_closed(self, _result: int = 0) -> None:
        self.signature = None
        self.signature_closed.emit()

    def print_badges(self) -> None:
        meeting = self.meeting()
        if not meeting_chosen(self.page, meeting):
            return
        export = load_part(self.page, "badge_export", "export_badges")
        if export is not None:
            export(self.page, meeting.id)
