"""*Log audit*: who processed, exported or changed what and when (UU 27/2022), filtered by person and meeting,
and exported to CSV."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout)

from ...domain.services import audit_log, installation, meetings, people
from ...domain.timefmt import date_only, to_local
from .. import file_dialogs, labels, messages
from .audit_log_model import AuditLogModel
from ..person_search import person_text
from ..screen_fit import fit_to_screen

MEETING_CHOICES = 500  # the newest; older meetings are reached through the meeting's own window


def pick_csv_file(parent, suggested: str) -> str:
    """Where to save the CSV, or "" (tests replace this instead of driving the native dialog)."""
    return file_dialogs.save_file(
        parent, QCoreApplication.translate("AuditLogDialog", "Ekspor log audit"), suggested,
        QCoreApplication.translate("AuditLogDialog", "CSV (*.csv)"))


class AuditLogDialog(QDialog):
    def __init__(self, parent=None, person_id: int | None = None, meeting_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log audit"))
        fit_to_screen(self, (1000, 560))
        self.zone = installation.office_zone()
        self.person_combo = QComboBox()
        self.meeting_combo = QComboBox()
        for combo in (self.person_combo, self.meeting_combo):
            combo.setMinimumContentsLength(28)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("&Ekspor CSV…"))
        self.model = AuditLogModel(self.zone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        for col, width in ((0, 265), (1, 150), (2, 190), (3, 200)):
            self.table.setColumnWidth(col, width)
        note = QLabel(self.tr("Waktu dalam zona kantor ({0}). Setiap ekspor data pribadi, perubahan dan "
                              "penghapusan tercatat di sini.").format(self.zone))
        note.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("&Orang:")))
        filters.itemAt(0).widget().setBuddy(self.person_combo)
        filters.addWidget(self.person_combo, 1)
        meeting_label = QLabel(self.tr("&Rapat:"))
        meeting_label.setBuddy(self.meeting_combo)
        filters.addWidget(meeting_label)
        filters.addWidget(self.meeting_combo, 1)
        filters.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Tutup"))  # Qt ships no Indonesian catalogue
        buttons.addButton(self.export_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

        with messages.guarded(self):
            self._fill_choices(person_id, meeting_id)
        self.person_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.meeting_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self.export_csv)
        self.refresh()

    def _fill_choices(self, person_id: int | None, meeting_id: int | None) -> None:
        self.person_combo.addItem(self.tr("Semua orang"), None)
        # Anonymised people too: their log is what an access or deletion request asks about.
        for p in people.listing(include_inactive=True):
            self.person_combo.addItem(person_text(p), p.id)
        self.meeting_combo.addItem(self.tr("Semua rapat"), None)
        for m in meetings.listing(limit=MEETING_CHOICES):
            self.meeting_combo.addItem(f"{date_only(to_local(m.starts_at, m.timezone))} — {m.title}", m.id)
        for combo, wanted in ((self.person_combo, person_id), (self.meeting_combo, meeting_id)):
            if wanted is not None:
                if combo.findData(wanted) < 0:
                    combo.addItem(self.tr("Nomor {0}").format(wanted), wanted)
                combo.setCurrentIndex(combo.findData(wanted))

    def set_person(self, person_id: int | None) -> None:
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(person_id)))

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(meeting_id)))

    def refresh(self) -> None:
        with messages.guarded(self):
            self.model.set_filters(self.person_combo.currentData(), self.meeting_combo.currentData())
        self.count_label.setText(self.tr("{0} catatan").format(labels.number(self.model.total())))
        self.export_button.setEnabled(self.model.total() > 0)

    def export_csv(self) -> None:
        path = pick_csv_file(self, "log-audit.csv")
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        f = self.model.filters()
        with messages.guarded(self) as g:
            out = audit_log.write_csv(path, self.zone, person_id=f["person_id"], meeting_id=f["meeting_id"])
        if g.ok:
            messages.info(self, self.tr("Log audit diekspor ke {0}.").format(out))
            self.refresh()  # the export is itself logged
