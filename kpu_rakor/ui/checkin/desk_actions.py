"""What the desk does besides scanning: the person chosen for Status and Batalkan, the dialogs of the walk-in,
status, undo, signature and badge parts (imported when first used), the webcam panel, and kiosk mode.
A mixin of DeskPage, which owns the widgets and the scan path."""
from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import Qt
from shiboken6 import Shiboken

from ...domain.services import checkin
from .. import messages
from . import kiosk
from .desk_settings import CAMERA_MAX_HEIGHT, QWIDGETSIZE_MAX

log = logging.getLogger(__name__)


class DeskActions:
    # --- selection (for Status and Batalkan) -------------------------------------------------------------------

    def _select(self, person_id: int | None, name: str | None = None) -> None:
        self.selected_person_id = person_id
        if person_id is None:
            self.selected_label.setText("")
            return
        if name is None:
            name = next((r.name for r in self.recent_model.rows if r.person_id == person_id), None)
        if name is None:
            name = next((c.name for c in self.name_search.model.rows if c.person_id == person_id), "")
        self.selected_label.setText(self.tr("Dipilih: {0}").format(name))

    def _need_person(self) -> int | None:
        if self.meeting is None:
            messages.info(self, self.tr("Pilih rapatnya dulu."))
            return None
        if self.selected_person_id is None:
            messages.info(self, self.tr("Pilih orangnya dulu: cari namanya atau pilih di daftar pindaian "
                                        "terakhir."))
        return self.selected_person_id

    # --- the other engineers' dialogs, imported when first used ---------------------------------------------

    def _part(self, module: str, name: str):
        try:
            return getattr(importlib.import_module(f"{__package__}.{module}"), name)
        except Exception as exc:  # not built yet on this version, or its libraries are missing
            log.warning("Desk part %s.%s unavailable: %s", module, name, exc)
            messages.info(self, self.tr("Belum tersedia."))
            return None

    def walk_in(self) -> None:
        if self.meeting is None:
            messages.info(self, self.tr("Pilih rapatnya dulu."))
            return
        dialog_class = self._part("walk_in_dialog", "WalkInDialog")
        if dialog_class is None:
            return
        dialog = dialog_class(self.meeting.id, self.desk_name, self)
        dialog.exec()
        result = getattr(dialog, "result", None)
        if isinstance(result, checkin.CheckinResult):
            self.show_result(result)
        self.reload()

    def set_status(self) -> None:
        pid = self._need_person()
        dialog_class = self._part("status_dialog", "StatusDialog") if pid else None
        if dialog_class is None:
            return
        if dialog_class(self.meeting.id, pid, self.desk_name, self).exec():
            self.reload()

    def undo(self) -> None:
        pid = self._need_person()
        dialog_class = self._part("undo_dialog", "UndoDialog") if pid else None
        if dialog_class is None:
            return
        if dialog_class(self.meeting.id, pid, self).exec():
            if getattr(self.last_result, "person_id", None) == pid:
                self.last_result = None
                self._apply_result()
            self._select(None)
            self.reload()

    def signature_open(self) -> bool:
        return self.signature is not None and Shiboken.isValid(self.signature) and self.signature.isVisible()

    def ask_signature(self, person_id: int) -> None:
        """Open the signature pad without blocking: the queue goes on scanning (a scan while the pad has the
        focus is still a scan), and a later check-in while this pad is open gets no pad of its own."""
        if self.meeting is None or self.signature_open():
            return
        dialog_class = self._part("signature_dialog", "SignatureDialog")
        if dialog_class is None:
            return
        dialog = dialog_class(self.meeting.id, person_id, self.kiosk if self.kiosk is not None else self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(self._signature_closed)
        self.signature = dialog
        dialog.open()

    def _signature_closed(self, _result: int = 0) -> None:
        self.signature = None

    def print_badges(self) -> None:
        if self.meeting is None:
            messages.info(self, self.tr("Pilih rapatnya dulu."))
            return
        export = self._part("badge_export", "export_badges")
        if export is not None:
            export(self, self.meeting.id)

    def toggle_camera(self) -> None:
        if self.camera is None:
            panel_class = self._part("camera", "CameraPanel")
            if panel_class is None:
                self.camera_button.setChecked(False)
                return
            self.camera = panel_class()
            self.camera.setMinimumHeight(200)
            self.camera.setMaximumHeight(CAMERA_MAX_HEIGHT)  # leave the desk room for the last scans
            self.camera.code_read.connect(self.handle_code)
            self.camera.hide()
            self.camera_area.addWidget(self.camera)
        on = self.camera.isHidden()
        self.camera_button.setChecked(on)
        self.camera.setVisible(on)
        self.camera.start() if on else self.camera.stop()

    # --- kiosk -------------------------------------------------------------------------------------------------

    def change_pin(self) -> bool:
        pin = kiosk.ask_new_pin(self)
        if not pin:
            return False
        kiosk.set_pin(pin)
        messages.info(self, self.tr("PIN mode kiosk tersimpan di komputer ini."))
        return True

    def enter_kiosk(self) -> None:
        if self.kiosk is not None:
            return
        if self.meeting is None:
            messages.info(self, self.tr("Pilih rapatnya dulu."))
            return
        if not kiosk.has_pin():
            messages.info(self, self.tr("Atur dulu PIN untuk keluar dari mode kiosk."))
            if not self.change_pin():
                return
        self.kiosk = kiosk.KioskWindow()
        self.kiosk.left.connect(self._kiosk_left)
        if self.camera is not None and not self.camera.isHidden():
            self.camera.setMaximumHeight(QWIDGETSIZE_MAX)
            self.kiosk.add_camera(self.camera)  # one camera: it moves into the kiosk and back
        self._apply_result()
        self.reload()
        self.kiosk.showFullScreen()
        self.kiosk.activateWindow()
        # The main window stays out of reach until the PIN: a visitor could not switch to it (or leave the desk
        # page and so stop the kiosk's scanning). self.kiosk is set first, so hiding keeps the scanner on.
        main = self.window()
        if main is not self.kiosk:
            main.hide()

    def _kiosk_left(self) -> None:
        window, self.kiosk = self.kiosk, None
        if self.camera is not None:
            self.camera.setMaximumHeight(CAMERA_MAX_HEIGHT)
            self.camera_area.addWidget(self.camera)
            self.camera.setVisible(self.camera_button.isChecked())
        window.deleteLater()
        main = self.window()
        main.show()
        main.activateWindow()
        if not self.isVisible():
            self.scanner.remove()
            self._poll.stop()
            self._pause_camera()
        self.code_field.setFocus()

    def in_kiosk(self) -> bool:
        return self.kiosk is not None
