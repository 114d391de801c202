"""The Kehadiran tab of a saved meeting: everyone recorded, luring and daring together, the rows that need a
look (a phone guest, too few Zoom minutes) with Konfirmasi and Gabungkan, and the two newer ways in: a Zoom
report and sign-in from phones on the office network."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from ...domain.models import CHANNEL_LURING
from ...domain.services import attendance_review, desk, meetings, office_invitations, people
from .. import labels, list_export, messages
from . import mark_present_dialog, zoom_review_dialog
from .attendance_model import (CHANNEL, METHOD, MINUTES, NAME, PLACE, SIGNED, STATUS, TIME, AttendanceFilter,
                               AttendanceModel)
from .merge_guest_dialog import PersonPickDialog
from ..not_arrived_list import NotArrivedList
from ..person_search import person_text
from ..widgets import HintLabel, SearchBox, list_table

log = logging.getLogger(__name__)
POLL_MS = 2000
BANNER_STYLE = ("background: #fff3cd; color: #3d2c00; font-weight: bold; padding: 6px; "
                "border: 1px solid #e0b000; border-radius: 4px;")


class AttendanceTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.meeting_id: int | None = None
        self._revision = None
        self.zoom_job = None
        self.zoom_dialog = None
        self.phone_dialog = None

        self.unsaved_hint = HintLabel(self.tr("Simpan rapat ini dulu. Kehadiran dicatat untuk rapat yang sudah "
                                              "tersimpan: dari meja presensi, HP peserta, atau laporan Zoom."))
        self.zoom_button = QPushButton(self.tr("Impor laporan &Zoom…"))
        self.zoom_button.setToolTip(self.tr("Baca laporan peserta dari Zoom (CSV atau XLSX) dan tinjau sebelum "
                                            "dicatat."))
        self.phone_button = QPushButton(self.tr("Buka presensi lewat &HP…"))
        self.phone_button.setToolTip(self.tr("Peserta di ruang rapat mengisi presensi dari HP lewat jaringan "
                                             "kantor (pindai kode QR di layar)."))
        self.mark_button = mark_present_dialog.button(self)  # shown for meetings we only attended
        self.count_label = QLabel()
        self.review_label = QLabel()
        self.review_label.setStyleSheet(BANNER_STYLE)
        self.review_label.setWordWrap(True)
        self.review_label.hide()
        self.search = SearchBox(self.tr("Cari nama, jabatan, instansi, catatan… (Ctrl+F)"))
        self.review_only = QCheckBox(self.tr("Hanya yang perlu &ditinjau"))
        self.refresh_button = QPushButton(self.tr("Muat ulang (F5)"))

        self.model = AttendanceModel(self)
        self.proxy = AttendanceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = list_table(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # the service's order: review first
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)  # fast with a thousand rows
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        fm, hfm = self.view.fontMetrics(), header.fontMetrics()
        # Sized so that at the editor's 1000 px the Status column and the start of the note are in view; never
        # narrower than the (translated) heading and its sort arrow.
        for col, sample in ((NAME, "Dr. H. Rochani, S.Pd., M.Si."), (PLACE, "Kasubag Teknis · KPU Kabupaten"),
                            (CHANNEL, "Luring"), (METHOD, "Laporan Zoom"), (TIME, "00.00 WITA"),
                            (MINUTES, "000"), (SIGNED, "✓"), (STATUS, "Terlambat · perlu ditinjau")):
            heading = hfm.horizontalAdvance(self.model.headerData(col, Qt.Horizontal)) + 28
            header.resizeSection(col, max(fm.horizontalAdvance(sample) + 16, heading))

        self.selection_label = QLabel()
        self.selection_label.setWordWrap(True)
        self.selection_label.setTextFormat(Qt.PlainText)
        self.confirm_button = QPushButton(self.tr("&Konfirmasi"))
        self.confirm_button.setToolTip(self.tr("Terima baris ini apa adanya. Tamu yang dikonfirmasi masuk ke "
                                               "direktori."))
        self.merge_button = QPushButton(self.tr("&Gabungkan dengan…"))
        self.merge_button.setToolTip(self.tr("Tamu ini sebenarnya orang yang sudah ada di direktori: pindahkan "
                                             "kehadirannya ke orang itu."))

        top = QHBoxLayout()
        top.addWidget(self.zoom_button)
        top.addWidget(self.phone_button)
        top.addWidget(self.mark_button)
        self.export_button = list_export.export_button("attendance")
        self.export_button.clicked.connect(lambda: list_export.export_attendance(self, self.meeting_id))
        top.addWidget(self.export_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.review_only)
        filters.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.selection_label, 1)
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unsaved_hint)
        layout.addLayout(top)
        layout.addWidget(self.review_label)
        layout.addLayout(filters)
        # Under the recorded people, those still to come, with Salin for the WhatsApp group (as on the desk).
        self.not_arrived = NotArrivedList()
        split = QSplitter(Qt.Vertical)
        split.setChildrenCollapsible(False)
        table = QWidget()
        table_layout = QVBoxLayout(table)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.view, 1)
        table_layout.addLayout(actions)
        split.addWidget(table)
        split.addWidget(self.not_arrived)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        for a, b in ((self.zoom_button, self.phone_button), (self.phone_button, self.search),
                     (self.search, self.review_only), (self.review_only, self.refresh_button),
                     (self.refresh_button, self.view), (self.view, self.confirm_button),
                     (self.confirm_button, self.merge_button)):
            QWidget.setTabOrder(a, b)

        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.poll)
        refresh = QAction(self.tr("Muat ulang"), self)
        refresh.setShortcut(QKeySequence(Qt.Key_F5))
        refresh.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        refresh.triggered.connect(lambda: self.reload())
        self.addAction(refresh)
        find = QAction(self.tr("Cari"), self)
        find.setShortcut(QKeySequence.Find)
        find.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)

        self.refresh_button.clicked.connect(lambda: self.reload())
        self.search.search.connect(self.proxy.set_text)
        self.review_only.toggled.connect(self.proxy.set_review_only)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.zoom_button.clicked.connect(self.import_zoom)
        self.phone_button.clicked.connect(self.open_phone_signin)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.proxy.modelReset.connect(self._update_actions)
        self.proxy.layoutChanged.connect(self._update_actions)
        self.set_meeting(None)

    # --- the meeting -----------------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        saved = meeting_id is not None
        self.unsaved_hint.setVisible(not saved)
        mark_present_dialog.update_button(self.mark_button, meeting_id)
        for w in (self.zoom_button, self.phone_button, self.search, self.review_only, self.refresh_button,
                  self.view, self.export_button, self.not_arrived):
            w.setEnabled(saved)
        self.not_arrived.meeting_id = meeting_id  # read with the table (reload)
        self._revision = None
        if saved and self.isVisible():
            self.reload()
        elif not saved:
            self.model.set_rows([])
            self.not_arrived.set_meeting(None)
            self._show_counts()

    # --- loading ---------------------------------------------------------------------------------------------

    def reload(self, quiet: bool = False) -> None:
        """Read the lines again. `quiet` (the poll): a failure is logged and the next poll tries again."""
        if self.meeting_id is None:
            return
        keep = self.current_line()
        try:
            self._revision = desk.revision(self.meeting_id)
            rows = attendance_review.lines(self.meeting_id)
            self._offices = office_invitations.summary(self.meeting_id)  # offices invited as a whole, filled
        except Exception as exc:  # noqa: BLE001 - the next poll tries again; a click shows the sentence
            self._revision = None
            if quiet:
                log.warning("Kehadiran reload failed: %s", exc)
            else:
                messages.show_exception(self, exc)
            return
        if self.model.set_rows(rows) and keep is not None:
            self._select_person(keep.person_id)
        self._show_counts()
        self.not_arrived.reload()

    def poll(self) -> None:
        if self.meeting_id is None or not self.isVisible():
            return
        try:
            changed = desk.revision(self.meeting_id) != self._revision
        except Exception as exc:  # noqa: BLE001 - a busy database now is fine in two seconds
            log.warning("Kehadiran poll failed: %s", exc)
            return
        if changed:
            self.reload(quiet=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.meeting_id is not None:
            self.reload()
            self._poll.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._poll.stop()

    def _show_counts(self) -> None:
        rows = self.model.rows
        luring = sum(r.channel == CHANNEL_LURING for r in rows)
        self.count_label.setText(self.tr("{0} orang tercatat · {1} luring · {2} daring").format(
            labels.number(len(rows)), labels.number(luring), labels.number(len(rows) - luring)))
        offices, filled = getattr(self, "_offices", (0, 0)) if self.meeting_id is not None else (0, 0)
        if offices:
            self.count_label.setText(self.tr("{0} · {1} kantor diundang, {2} terisi").format(
                self.count_label.text(), labels.number(offices), labels.number(filled)))
        review = sum(r.needs_review for r in rows)
        self.review_label.setText(self.tr("⚠ {0} orang perlu ditinjau (baris kuning, di urutan teratas): pilih "
                                          "barisnya, lalu Konfirmasi atau Gabungkan dengan orang di direktori.")
                                  .format(labels.number(review)))
        self.review_label.setVisible(review > 0)
        if not review and self.review_only.isChecked():
            self.review_only.setChecked(False)

    # --- the selected row ----------------------------------------------------------------------------------------

    def current_line(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.line_at(self.proxy.mapToSource(index).row())

    def _select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def select_person(self, person_id: int) -> None:
        """Select a person's row (tests, and after a merge)."""
        self._select_person(person_id)

    def _update_actions(self) -> None:
        line = self.current_line()
        self.confirm_button.setEnabled(line is not None and line.needs_review)
        self.merge_button.setEnabled(line is not None and line.is_guest)
        if line is None:
            self.selection_label.setText("")
        elif line.needs_review and line.note:
            self.selection_label.setText(f"{line.name}: {line.note}")
        elif line.is_guest:
            self.selection_label.setText(self.tr("{0}: tamu, belum ada di direktori.").format(line.name))
        else:
            self.selection_label.setText("")

    def confirm_selected(self) -> None:
        line = self.current_line()
        if self.meeting_id is None or line is None or not line.needs_review:
            return
        with messages.guarded(self):
            attendance_review.confirm(self.meeting_id, line.person_id)
        self.reload()

    def merge_selected(self) -> None:
        line = self.current_line()
        if self.meeting_id is None or line is None or not line.is_guest:
            return
        place = ", ".join(x for x in (line.position, line.institution) if x)
        dialog = PersonPickDialog(
            self.tr("Gabungkan tamu dengan orang di direktori"),
            self.tr("Tamu: {0}").format(f"{line.name} — {place}" if place else line.name),
            self.tr("Pilih orang di direktori yang sebenarnya adalah tamu ini. Kehadiran, jam dan tanda tangan "
                    "tamu dipindahkan kepadanya; entri tamu dihapus."),
            self.tr("Gabungkan…"), line.name, self, exclude=(line.person_id,))
        if dialog.exec() != QDialog.Accepted or dialog.person_id is None:
            return
        with messages.guarded(self) as g:
            target = people.get(dialog.person_id)
        if not g.ok:
            return
        if not messages.confirm(self, self.tr("Gabungkan tamu {0} dengan {1}? Kehadirannya dicatat atas nama "
                                              "orang di direktori itu.").format(line.name, person_text(target)),
                                self.tr("Gabungkan")):
            return
        with messages.guarded(self) as g:
            attendance_review.merge(self.meeting_id, line.person_id, target.id)
        self.reload()
        if g.ok:
            self._select_person(target.id)

    # --- Zoom report -------------------------------------------------------------------------------------------

    def import_zoom(self) -> None:
        if self.meeting_id is None or self.zoom_job is not None:
            return  # a report is still being read
        path = zoom_review_dialog.ask_report_path(self)
        if not path:
            return
        with messages.guarded(self) as g:
            default_zone = meetings.get(self.meeting_id).timezone
        if not g.ok:
            return
        from pathlib import Path

        zone = zoom_review_dialog.ask_zone(self, default_zone, Path(path).name)
        if zone:
            self.read_zoom_report(path, zone)

    def read_zoom_report(self, path: str, zone: str) -> None:
        """Read off the GUI thread; the review dialog opens when the reading is done."""
        job = zoom_review_dialog.read_report_job(self, self.meeting_id, str(path), zone)
        job.finished.connect(self._review_zoom)
        job.ended.connect(self._zoom_job_finished)
        self.zoom_job = job
        job.start()

    def _zoom_job_finished(self) -> None:
        if self.zoom_job is not None:
            self.zoom_job.deleteLater()
            self.zoom_job = None

    def _review_zoom(self, review) -> None:
        dialog = zoom_review_dialog.ZoomReviewDialog(review, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.applied.connect(self._zoom_applied)
        dialog.destroyed.connect(lambda *_: setattr(self, "zoom_dialog", None))
        self.zoom_dialog = dialog
        dialog.open()  # window-modal, without blocking: the table keeps refreshing underneath

    def _zoom_applied(self, result) -> None:
        self.reload()
        messages.info(self, result.message)

    # --- phone sign-in -------------------------------------------------------------------------------------------

    def open_phone_signin(self) -> None:
        if self.meeting_id is None:
            return
        if self.phone_dialog is not None:
            self.phone_dialog.show()
            self.phone_dialog.raise_()
            self.phone_dialog.activateWindow()
            return
        from .phone_signin_dialog import PhoneSigninDialog  # the LAN server loads only when used

        dialog = PhoneSigninDialog(self.meeting_id, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "phone_dialog", None))
        dialog.sign_ins_changed.connect(lambda _n: self.poll())
        self.phone_dialog = dialog
        dialog.show()  # not modal: the table below shows the sign-ins as they come

    def phone_signin_running(self) -> bool:
        return self.phone_dialog is not None and self.phone_dialog.running

    # --- closing -------------------------------------------------------------------------------------------------

    def release(self) -> bool:
        """Before the meeting editor closes: ask when phones can still sign in, then stop the server and any
        report being read. False when the user keeps the editor open."""
        if self.phone_signin_running() and not messages.confirm(
                self, self.tr("Presensi lewat HP masih dibuka. Menutup jendela rapat ini juga menutup presensi "
                              "HP; peserta tidak dapat mengisi lagi. Tutup?"), self.tr("Tutup presensi")):
            return False
        self.shutdown()
        return True

    def shutdown(self) -> None:
        self._poll.stop()
        if self.phone_dialog is not None:
            self.phone_dialog.stop_server()
            self.phone_dialog.close()
        if self.zoom_job is not None:
            self.zoom_job.stop()
        if self.zoom_dialog is not None:
            self.zoom_dialog.reject()
