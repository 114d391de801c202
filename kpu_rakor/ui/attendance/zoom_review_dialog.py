"""Importing a Zoom participant report from the Kehadiran tab: choose the file and the zone it was downloaded
in, read it off the GUI thread with a progress dialog, then review every proposal before anything is written."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSpinBox, QTableView, QVBoxLayout, QWidget)

from ...domain.services import people, zoom_import
from ...domain.timefmt import ZONE_NAMES, ZONES
from ...domain.zoom.match import IGNORE, MATCH, NEW, split_display_name
from .. import file_dialogs, labels, messages
from .merge_guest_dialog import PersonPickDialog
from ..jobs import Job
from ..widgets import HintLabel
from .zoom_review_model import ACTION, EMAIL, JOIN, LEAVE, MINUTES, NAMES, ActionDelegate, ZoomReviewModel
from ..screen_fit import fit_to_screen

log = logging.getLogger(__name__)
WARNING_STYLE = ("background: #fff3cd; color: #3d2c00; padding: 6px; border: 1px solid #e0b000; "
                 "border-radius: 4px;")


# --- the two questions before reading (tests replace these: a file dialog would block) ----------------------

def ask_report_path(parent: QWidget | None) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.DownloadLocation) or str(Path.home())
    return file_dialogs.open_file(parent, QCoreApplication.translate("ZoomImport", "Impor laporan peserta Zoom"),
                                  folder, QCoreApplication.translate("ZoomImport",
                                                                     "Laporan Zoom (*.csv *.xlsx);;Semua berkas (*)"))


class ZoneDialog(QDialog):
    """Which zone the report's clock times are in: the zone of the PC that downloaded it from Zoom."""

    def __init__(self, default: str, file_name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zona waktu laporan"))
        self.combo = QComboBox()
        for zone in ZONES:
            self.combo.addItem(f"{zone} — {ZONE_NAMES[zone]}", zone)
        self.combo.setCurrentIndex(max(self.combo.findData(default), 0))
        question = QLabel(self.tr("Di zona waktu mana laporan {0} diunduh dari Zoom?").format(file_name))
        question.setWordWrap(True)
        question.setTextFormat(Qt.PlainText)
        hint = HintLabel(self.tr("Zoom menulis jam menurut komputer yang mengunduh laporan. Biasanya sama "
                                 "dengan zona rapat ({0}).").format(default))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Baca laporan"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Zona waktu:"), self.combo)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def zone(self) -> str:
        return self.combo.currentData()


def ask_zone(parent: QWidget | None, default: str, file_name: str) -> str | None:
    dialog = ZoneDialog(default, file_name, parent)
    return dialog.zone() if dialog.exec() == QDialog.Accepted else None


# --- reading off the GUI thread ---------------------------------------------------------------------------------

def read_report_job(parent_widget: QWidget, meeting_id: int, path: str, zone: str) -> Job:
    """One report read: a worker thread and a cancellable progress dialog; `finished(review)` in the GUI
    thread when it worked. A failure is shown as a sentence; a cancel says nothing."""

    def work(progress):
        return zoom_import.read_report(meeting_id, path, zone, lambda percent, text: progress(percent, 100, text))

    job = Job(work, name="zoom-report-reader")
    # A small report is read before the dialog would flash (400 ms).
    job.show_dialog(parent_widget, QCoreApplication.translate("ZoomImport", "Impor laporan Zoom"),
                    QCoreApplication.translate("ZoomImport", "Membaca laporan Zoom…"), 400)
    job.failed.connect(lambda exc: messages.show_exception(parent_widget, exc))
    return job


# --- the review ------------------------------------------------------------------------------------------------

class ZoomReviewDialog(QDialog):
    """Every participant with its proposal, changeable row by row or for the selected rows; `applied(result)`
    once Terapkan recorded them."""

    applied = Signal(object)

    def __init__(self, review: zoom_import.Review, parent=None):
        super().__init__(parent)
        self.review = review
        self.setWindowTitle(self.tr("Tinjau laporan Zoom — {0}").format(review.file_name))
        self.model = ZoomReviewModel(review, self)
        self.heading = QLabel(self.tr("{0}: jam ditampilkan dalam {1}. Periksa usulan tiap peserta, ubah bila "
                                      "perlu, lalu Terapkan. Sebelum Terapkan belum ada yang dicatat.")
                              .format(review.file_name, review.zone))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.PlainText)
        self.warning = QLabel(review.warning)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.PlainText)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(bool(review.warning))
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.PlainText)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.delegate = ActionDelegate(self.view)
        self.view.setItemDelegateForColumn(ACTION, self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 14)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        fm, hfm = self.view.fontMetrics(), header.fontMetrics()
        widest_action = max((self.model.action_text(a) for a in (MATCH, NEW, IGNORE)), key=len)
        for col, sample in ((NAMES, "KPU Kab Tulungagung_Much. Amarodin"), (EMAIL, "nama.panjang@kpu.go.id"),
                            (JOIN, "00.00 WITA"), (LEAVE, "00.00 WITA"), (MINUTES, "0000"),
                            (ACTION, widest_action + "      ")):
            heading = hfm.horizontalAdvance(self.model.headerData(col, Qt.Horizontal)) + 28
            header.resizeSection(col, max(fm.horizontalAdvance(sample) + 24, heading))

        self.match_button = QPushButton(self.tr("&Cocokkan"))
        self.new_button = QPushButton(self.tr("Tamu &baru"))
        self.ignore_button = QPushButton(self.tr("&Abaikan"))
        self.choose_button = QPushButton(self.tr("&Pilih orang…"))
        self.match_button.setToolTip(self.tr("Kembali ke orang yang diusulkan untuk baris terpilih."))
        self.choose_button.setToolTip(self.tr("Cari orang di direktori untuk baris terpilih (Ctrl+P)."))
        row_actions = QHBoxLayout()
        row_actions.addWidget(QLabel(self.tr("Baris terpilih:")))
        for b in (self.match_button, self.new_button, self.ignore_button, self.choose_button):
            row_actions.addWidget(b)
        row_actions.addStretch(1)

        self.min_spin = QSpinBox()
        self.min_spin.setRange(0, 24 * 60)
        self.min_spin.setSuffix(self.tr(" menit"))
        self.min_spin.setValue(zoom_import.min_minutes())
        min_hint = HintLabel(self.tr("Yang lebih singkat tetap dicatat hadir daring, tetapi ditandai untuk "
                                     "ditinjau."))
        min_row = QHBoxLayout()
        min_label = QLabel(self.tr("&Minimal menit di Zoom:"))
        min_label.setBuddy(self.min_spin)
        min_row.addWidget(min_label)
        min_row.addWidget(self.min_spin)
        min_row.addWidget(min_hint, 1)

        self.error_label = HintLabel()
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("&Terapkan"), QDialogButtonBox.AcceptRole)
        self.apply_button.setToolTip(self.tr("Catat kehadiran sesuai tabel (Ctrl+Enter)."))
        cancel = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        self.apply_button.setAutoDefault(False)
        cancel.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        layout.addWidget(self.view, 1)
        layout.addLayout(row_actions)
        layout.addLayout(min_row)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)

        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.match_button.clicked.connect(lambda: self._set_selected(MATCH))
        self.new_button.clicked.connect(lambda: self._set_selected(NEW))
        self.ignore_button.clicked.connect(lambda: self._set_selected(IGNORE))
        self.choose_button.clicked.connect(self._choose_for_current)
        self.delegate.choose_person.connect(
            lambda row: QTimer.singleShot(0, self, lambda: self.choose_person(row)))
        self.view.clicked.connect(self._clicked)
        self.model.changed.connect(self._update_counts)
        self.min_spin.valueChanged.connect(self.model.set_min_minutes)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            QShortcut(keys, self, activated=self.apply)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self._choose_for_current)

        self.model.set_min_minutes(self.min_spin.value())
        self._update_counts()
        self._update_buttons()
        fit_to_screen(self, (1200, 640))  # fits under the taskbar at 1366×768
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, ACTION))
        self.view.setFocus()

    # --- counts and buttons --------------------------------------------------------------------------------

    def _update_counts(self) -> None:
        r = self.review
        self.counts.setText(self.tr("{0} baris laporan · {1} peserta: {2} dicocokkan, {3} tamu baru, "
                                    "{4} diabaikan").format(
            labels.number(r.rows), labels.number(len(r.proposals)), labels.number(r.count(MATCH)),
            labels.number(r.count(NEW)), labels.number(r.count(IGNORE))))

    def _selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return rows

    def _update_buttons(self) -> None:
        rows = self._selected_rows()
        for b in (self.match_button, self.new_button, self.ignore_button):
            b.setEnabled(bool(rows))
        self.choose_button.setEnabled(len(rows) == 1)

    # --- changing proposals --------------------------------------------------------------------------------

    def _clicked(self, index) -> None:
        if index.column() == ACTION:
            self.view.edit(index)  # one click opens the combo

    def _set_selected(self, action: str) -> None:
        for row in self._selected_rows():
            self.model.set_action(row, action)  # a row with nobody to match keeps its proposal

    def _choose_for_current(self) -> None:
        rows = self._selected_rows()
        if len(rows) == 1:
            self.choose_person(rows[0])

    def choose_person(self, row: int) -> None:
        part = self.model.proposals[row].participant
        dialog = PersonPickDialog(
            self.tr("Pilih orang untuk peserta Zoom"), " / ".join(part.names),
            self.tr("Cari orang di direktori yang memakai nama Zoom ini, lalu Enter."),
            self.tr("Cocokkan"), split_display_name(part.names[0])[0], self)
        if dialog.exec() != QDialog.Accepted or dialog.person_id is None:
            return
        with messages.guarded(self):
            person = people.get(dialog.person_id)
            self.model.set_person(row, person.id, person.name)
        self.view.setFocus()

    # --- applying ------------------------------------------------------------------------------------------

    def apply(self) -> None:
        if self.view.state() == QAbstractItemView.EditingState:
            self.view.setFocus()  # commits a guest name still being typed
        self.error_label.set_error("")
        minutes = self.min_spin.value()

        def run():
            result = zoom_import.apply(self.review, minutes)
            zoom_import.set_min_minutes(minutes)
            return result

        ok, result = messages.attempt(self, lambda exc: self.error_label.set_error(messages.sentence(exc)), run)
        if ok:
            self.accept()
            self.applied.emit(result)

    def keyPressEvent(self, event) -> None:
        # Enter commits a cell or opens a combo, never "apply": Ctrl+Enter or the button records.
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
