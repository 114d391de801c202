"""*Impor…* on the Direktori: a CSV or XLSX list of people previewed before anything is written. The columns are
guessed from the header and can be changed (each change plans again); every row says whether it is added,
updated (what changes) or refused (why). *Impor* writes the plan as one batch the page can undo."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QVBoxLayout)

from ...domain.services import people_file, people_import
from ...domain.services.people_import import ADD, REFUSE, SAME, UPDATE
from .. import file_dialogs, labels, messages
from ..jobs import Job
from ..widgets import HintLabel, list_table
from ..screen_fit import fit_to_screen

FILTERS = "Daftar orang (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)"
IN_A_JOB = 2000  # rows written: above this the import runs in a Job with a progress dialog
COLOURS = {ADD: "#e6f4ea", UPDATE: "#fff4e0", SAME: "", REFUSE: "#fde8e8"}


def pick_people_file(parent) -> str:
    """The list to import, or "" when cancelled (tests replace this instead of the native dialog)."""
    return file_dialogs.open_file(parent, QCoreApplication.translate("ImportDialog", "Impor daftar orang"), "",
                                  FILTERS)


def describe(row: people_import.PlanRow) -> str:
    """What happens to the row, in words: the changes of an update, the reason of a refusal."""
    fields = labels.person_fields()
    if row.action == REFUSE:
        text = messages.sentence(row.problem) if row.problem else ""
        return text[:1].upper() + text[1:]  # the domain's reason is the end of a "Baris 4: …" sentence
    parts = []
    if row.action == UPDATE:
        parts = [f"{fields[c.field]}: {c.old or '–'} → {c.new}" for c in row.changes]
    elif row.action == SAME:
        parts = [QCoreApplication.translate("ImportDialog", "sudah sama dengan data di Direktori")]
    return "; ".join(parts + row.warnings)


class PlanModel(QAbstractTableModel):
    """The plan's rows: line, action, name, what happens. A model, not items: 20,000 rows show at once."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[people_import.PlanRow] = []
        self._texts: dict[int, str] = {}
        self._actions = labels.import_actions()
        self._headers = [self.tr("Baris"), self.tr("Tindakan"), self.tr("Nama"), self.tr("Keterangan")]

    def set_plan(self, plan: people_import.ImportPlan | None) -> None:
        self.beginResetModel()
        self.rows = plan.rows if plan else []
        self._texts = {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def _text(self, r: int) -> str:
        if r not in self._texts:  # made when first shown: a plan of 5,000 rows shows at once
            self._texts[r] = describe(self.rows[r])
        return self._texts[r]

    def data(self, index, role=Qt.DisplayRole):
        row = self.rows[index.row()]
        col = index.column()
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if col == 0:
                return str(row.line) if role == Qt.DisplayRole else None
            if col == 1:
                return self._actions[row.action] if role == Qt.DisplayRole else None
            if col == 2:
                return row.name
            return self._text(index.row())
        if role == Qt.BackgroundRole and col == 1 and COLOURS[row.action]:
            return QBrush(QColor(COLOURS[row.action]))
        if role == Qt.TextAlignmentRole and col == 0:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class ImportDialog(QDialog):
    """Open with the file's path; `result` (an ImportResult) once *Impor* has written it."""

    def __init__(self, path: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Impor daftar orang"))
        self.result: people_import.ImportResult | None = None
        self.plan: people_import.ImportPlan | None = None
        self.source = people_file.read_people_file(path)  # a UserError here: the caller says it, no dialog
        self.file_label = QLabel(self.tr("Berkas: {0} ({1} baris)").format(
            self.source.file_name, labels.number(len(self.source.rows))))
        self.file_label.setTextFormat(Qt.PlainText)
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for i, (key, text) in enumerate(labels.person_fields().items()):
            combo = QComboBox()
            combo.addItem(self.tr("(tidak dipakai)"), None)
            for c, title in enumerate(self.source.header):
                combo.addItem(title or self.tr("Kolom {0}").format(c + 1), c)
            guessed = self.source.guess.get(key)
            combo.setCurrentIndex(0 if guessed is None else guessed + 1)
            combo.currentIndexChanged.connect(self.replan)
            self.combos[key] = combo
            grid.addWidget(QLabel(text), 0, i)
            grid.addWidget(combo, 1, i)
        self.counts = QLabel()
        self.problem = HintLabel("")
        self.model = PlanModel(self)
        self.table = list_table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for col, width in ((0, 60), (1, 100), (2, 280)):
            self.table.setColumnWidth(col, width)
        note = HintLabel(self.tr("Orang dengan NIP yang sama, atau nama dan satker yang sama, diperbarui; isian yang "
                                 "kosong di berkas tidak mengubah data yang ada. Belum ada yang disimpan sebelum "
                                 "tombol Impor ditekan, dan impor dapat diurungkan."))
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Impor"))
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.AcceptRole)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.buttons)
        layout.addWidget(note)
        layout.addLayout(bottom)
        fit_to_screen(self, (1100, 640))
        self.replan()

    def mapping(self) -> dict[str, int | None]:
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def replan(self, *_args) -> None:
        """Plan again with the columns as chosen now (a pure read)."""
        # No name column chosen: said under the columns, the dialog stays open to choose one.
        if self.mapping()["name"] is None:
            ok, self.plan = False, None
            self.problem.set_error(self.tr("Tidak ada kolom yang dikenali sebagai nama. Pilih kolom yang berisi "
                                           "nama orang pada kotak Nama."))
        else:
            ok, self.plan = messages.attempt(self, lambda e: self.problem.set_error(messages.sentence(e)),
                                             lambda: people_import.plan(self.source, self.mapping()))
        self.problem.setVisible(not ok)
        self.model.set_plan(self.plan)
        p = self.plan
        counts = [p.count(a) if p else 0 for a in (ADD, UPDATE, SAME, REFUSE)]
        self.counts.setText(self.tr("{0} ditambahkan · {1} diperbarui · {2} tetap · {3} ditolak").format(
            *[labels.number(n) for n in counts]))
        self.import_button.setEnabled(bool(p and p.writes))

    def run_import(self) -> None:
        if not self.plan or not self.plan.writes:
            return
        plan = self.plan
        if plan.writes <= IN_A_JOB:
            with messages.guarded(self) as g:
                self.result = people_import.apply(plan)
            if g.ok:
                self.accept()
            return
        job = Job(lambda progress: people_import.apply(plan, progress), name="impor-orang")
        job.show_dialog(self, self.windowTitle(), self.tr("Menyimpan {0} orang…").format(labels.number(plan.writes)))
        job.finished.connect(self._imported)
        job.failed.connect(lambda exc: messages.show_exception(self, exc))
        job.exec()
        if self.result is not None:
            self.accept()

    def _imported(self, result) -> None:
        self.result = result
