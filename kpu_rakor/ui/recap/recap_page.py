"""The Rekap page: a period and filters on top, then the recap's tables (per person, satker, month, meeting,
follow-ups) and its charts in tabs, and the exports. The recap is built by `domain.services.recap.build` in a
Job, so the window keeps painting while a year of meetings is counted; a result that arrives after the filter
has changed again is dropped."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QStackedWidget,
                               QTabWidget, QVBoxLayout, QWidget)
from shiboken6 import isValid

from ...domain.services import recap as recap_service
from ...domain.services.followups import office_today
from .. import labels, messages
from ..jobs import Job
from ..widgets import HINT_STYLE, list_table, page_title, shortcut_action
from . import recap_exports
from .period_bar import PeriodBar
from .recap_charts import RecapCharts
from .recap_tables import (ROW_ROLE, RecapTableModel, followup_cols, meeting_cols, month_cols, person_cols,
                           rate_text, satker_cols)

DEBOUNCE_MS = 150  # typing a date or turning the period quickly builds once, for the last value


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value if value is not None else "")  # "" for all: see none_refcount
    combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
    return combo


class RecapPage(QWidget):
    loaded = Signal(object)  # the Recap now shown (tests and anything that waits for a build)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.recap = None
        self.job: Job | None = None
        self._generation = 0
        from ..meeting import windows
        windows.hub().closed.connect(self._meeting_closed)  # a meeting window may have changed what is counted
        self._shown_before = False

        self.period = PeriodBar(office_today())
        self.role_combo = _combo([(self.tr("Semua peran"), None),
                                  *((text, code) for code, text in labels.our_roles().items())])
        self.mode_combo = _combo([(self.tr("Semua mode"), None),
                                  *((text, code) for code, text in labels.modes().items())])
        self.kind_combo = _combo([(self.tr("Semua jenis"), None)])
        self.series_combo = _combo([(self.tr("Semua seri"), None)])
        self.series_combo.setMaximumWidth(260)
        self.xlsx_button = QPushButton(self.tr("Ekspor &Excel…"))
        self.csv_button = QPushButton(self.tr("Ekspor &CSV…"))
        self.csv_button.setToolTip(self.tr("Tabel yang sedang dibuka, sebagai CSV"))
        self.pdf_button = QPushButton(self.tr("&PDF rekap…"))
        self.xlsx_button.setToolTip(self.tr("Semua tabel rekap dalam satu buku kerja Excel"))
        self.pdf_button.setToolTip(self.tr("Rekap dengan kop surat kantor, siap dicetak"))
        self.summary_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.people_model = RecapTableModel(person_cols(), self)
        self.satker_model = RecapTableModel(satker_cols(), self)
        self.month_model = RecapTableModel(month_cols(), self)
        self.meeting_model = RecapTableModel(meeting_cols(), self)
        self.fu_person_model = RecapTableModel(followup_cols(self.tr("Penanggung jawab")), self)
        self.fu_satker_model = RecapTableModel(followup_cols(self.tr("Satker")), self)
        self.tables = {}
        for key, model in (("person", self.people_model), ("satker", self.satker_model),
                           ("month", self.month_model), ("meeting", self.meeting_model),
                           ("fu_person", self.fu_person_model), ("fu_satker", self.fu_satker_model)):
            self.tables[key] = self._table(model)
        self.charts = RecapCharts()

        self.tabs = QTabWidget()
        self.tabs.addTab(self.tables["person"], self.tr("Per orang"))
        self.tabs.addTab(self.tables["satker"], self.tr("Per satker"))
        self.tabs.addTab(self.tables["month"], self.tr("Per bulan"))
        self.tabs.addTab(self.tables["meeting"], self.tr("Per rapat"))
        self.followups_split = QSplitter(Qt.Horizontal)
        self._followups_by = "fu_person"
        for key in ("fu_person", "fu_satker"):
            self.followups_split.addWidget(self.tables[key])
            self.tables[key].pressed.connect(lambda _i, key=key: setattr(self, "_followups_by", key))
        self.followups_split.setChildrenCollapsible(False)
        self.no_followups_label = QLabel(self.tr("Rapat pada periode ini belum mempunyai tindak lanjut."))
        self.no_followups_label.setStyleSheet(HINT_STYLE)
        followups_tab = QWidget()
        box = QVBoxLayout(followups_tab)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.no_followups_label)
        box.addWidget(self.followups_split, 1)
        self.tabs.addTab(followups_tab, self.tr("Tindak lanjut"))
        self.tabs.addTab(self.charts, self.tr("Grafik"))
        self.tables["meeting"].setToolTip(self.tr("Klik dua kali (atau Enter) untuk membuka rapat"))

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setStyleSheet("color: #555555; font-size: 12pt; padding: 24px;")
        self.body = QStackedWidget()
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.empty_label)

        top = QHBoxLayout()
        top.addWidget(page_title(self.tr("Rekap")))
        top.addSpacing(16)
        top.addWidget(self.period)
        top.addStretch(1)
        filters = QHBoxLayout()
        for text, combo in ((self.tr("Peran:"), self.role_combo), (self.tr("Mode:"), self.mode_combo),
                            (self.tr("Jenis:"), self.kind_combo), (self.tr("Seri:"), self.series_combo)):
            filters.addWidget(QLabel(text))
            filters.addWidget(combo)
        filters.addStretch(1)
        for b in (self.xlsx_button, self.csv_button, self.pdf_button):
            filters.addWidget(b)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label)
        bottom.addStretch(1)
        bottom.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.rebuild)
        self.period.changed.connect(lambda *_: self.timer.start())
        for combo in (self.role_combo, self.mode_combo, self.kind_combo, self.series_combo):
            combo.currentIndexChanged.connect(lambda _i: self.timer.start())
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.tables["meeting"].doubleClicked.connect(lambda index: self.open_meeting(index))
        meetings_view = self.tables["meeting"]
        shortcut_action(self.tr("Buka rapat"), [QKeySequence(Qt.Key_Return), QKeySequence(Qt.Key_Enter)],
                        lambda: self.open_meeting(meetings_view.currentIndex()), meetings_view, Qt.WidgetShortcut)
        shortcut_action(self.tr("Muat ulang"), [QKeySequence(Qt.Key_F5)], self.refresh, self,
                        Qt.WidgetWithChildrenShortcut)
        self._update_buttons()
        self.load_choices()
        self.rebuild()

    def _table(self, model: RecapTableModel):
        view = list_table(model)
        header = view.horizontalHeader()
        header.setSortIndicator(-1, Qt.AscendingOrder)  # the service's order at first (before sorting is on:
        view.setSortingEnabled(True)  # turning it on sorts by the indicator at once)
        view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        metrics = self.fontMetrics()
        for i, col in enumerate(model.cols):
            sample = max(col.header, col.width or "", key=len)
            pad = 20 if col.kind in ("text", "date", "month") else 14
            header.resizeSection(i, min(metrics.horizontalAdvance(sample) + pad, 220))
            if col.stretch:
                header.setSectionResizeMode(i, QHeaderView.Stretch)
        header.setStretchLastSection(False)
        return view

    # --- the filter -------------------------------------------------------------------------------------------

    def load_choices(self) -> None:
        """The kinds and series the database holds; the current choice is kept when it is still there."""
        with messages.guarded(self) as g:
            choices = recap_service.filter_choices()
        if not g.ok:
            return
        self._refill(self.kind_combo, [(k, k) for k in choices.kinds])
        self._refill(self.series_combo, [(name, sid) for sid, name in choices.series])

    @staticmethod
    def _refill(combo: QComboBox, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def current_filter(self):
        date_from, date_to = self.period.dates()
        return recap_service.RecapFilter(
            date_from=date_from, date_to=date_to, our_role=self.role_combo.currentData() or None,
            mode=self.mode_combo.currentData() or None, kind=self.kind_combo.currentData() or None,
            series_id=self.series_combo.currentData() or None)

    # --- building ---------------------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Build the recap of the current filter in a worker; an older build still running is cancelled and
        its result, should it arrive, is dropped."""
        self.timer.stop()
        self._generation += 1
        generation, f = self._generation, self.current_filter()
        if self.job is not None and self.job.running:
            self.job.cancel()
        job = Job(lambda progress: recap_service.build(f, progress=progress), name="rekap", uses_database=True)
        job.finished.connect(lambda r: self._apply(generation, r))
        job.failed.connect(lambda exc: self._failed(generation, exc))
        self.job = job
        self.status_label.setText(self.tr("Menghitung rekap…"))
        self._update_buttons()
        job.start()

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def _failed(self, generation: int, exc) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.status_label.setText("")
        self._update_buttons()
        messages.show_exception(self, exc)

    def _apply(self, generation: int, r) -> None:
        if not isValid(self) or generation != self._generation:
            return  # the page is gone, or the filter changed while this one was counted
        self.recap = r
        self.people_model.set_rows(r.people)
        self.satker_model.set_rows(r.satkers)
        self.month_model.set_rows(r.months)
        self.meeting_model.set_rows(r.meetings)
        self.fu_person_model.set_rows(r.followups_by_person)
        self.fu_satker_model.set_rows(r.followups_by_satker)
        self.charts.set_recap(r)
        self.no_followups_label.setVisible(not (r.followups_by_person or r.followups_by_satker))
        self.status_label.setText("")
        if r.meetings:
            self.body.setCurrentWidget(self.tabs)
            self.summary_label.setText(self._summary(r))
        else:
            self.body.setCurrentWidget(self.empty_label)
            self.empty_label.setText(self._empty_text())
            self.summary_label.setText("")
        self._update_buttons()
        self.loaded.emit(r)

    def _summary(self, r) -> str:
        hosted = sum(m.hosted for m in r.months)
        attended = sum(m.attended for m in r.months)
        text = self.tr("{0} rapat ({1} sebagai tuan rumah, {2} sebagai peserta)").format(
            labels.number(len(r.meetings)), labels.number(hosted), labels.number(attended))
        totals = getattr(r, "totals", None)
        if totals is not None and totals.invited:
            text += self.tr(" · {0} undangan, {1} hadir, {2} terlambat · kehadiran {3}").format(
                labels.number(totals.invited), labels.number(totals.present - totals.walk_ins),
                labels.number(totals.late), rate_text(totals.rate))
        return text

    def _empty_text(self) -> str:
        filtered = any(c.currentIndex() > 0 for c in (self.role_combo, self.mode_combo, self.kind_combo,
                                                     self.series_combo))
        text = self.tr("Tidak ada rapat pada {0}.").format(self.period.name())
        if filtered:
            return text + "\n" + self.tr("Pilih periode lain dengan ◀ ▶ atau di kotak Periode, atau kembalikan "
                                        "saringan Peran, Mode, Jenis dan Seri ke “Semua”.")
        return text + "\n" + self.tr("Pilih periode lain dengan ◀ ▶ atau di kotak Periode (Bulan, Triwulan, "
                                    "Tahun, Rentang).")

    def _update_buttons(self) -> None:
        ready = self.recap is not None and bool(self.recap.meetings) and not self.busy()
        for b in (self.xlsx_button, self.csv_button, self.pdf_button):
            b.setEnabled(ready)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown_before and self.recap is not None and not self.busy():
            self.load_choices()
            self.rebuild()  # meetings edited elsewhere since the page was last shown
        self._shown_before = True

    def _meeting_closed(self, _meeting_id: int) -> None:
        if self._shown_before:
            self.refresh()

    def refresh(self) -> None:
        self.load_choices()
        self.rebuild()

    def closeEvent(self, event) -> None:
        if self.job is not None:
            self.job.stop()  # cancel and wait: no result arrives for a closed page
        super().closeEvent(event)

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    # --- actions ----------------------------------------------------------------------------------------------

    def csv_table(self) -> str:
        """Which table the CSV holds (the service's `by`): the one on screen; on Tindak lanjut the one last
        clicked (per person at first); Per orang when the charts are shown."""
        widget = self.tabs.currentWidget()
        for key in ("satker", "month", "meeting"):
            if widget is self.tables[key]:
                return key
        if widget is self.followups_split.parentWidget():
            return "followup-satker" if self._followups_by == "fu_satker" else "followup-person"
        return "person"

    def export(self, fmt: str):
        if self.recap is None or self.busy():
            return None
        written = recap_exports.export(self, self.recap, fmt, by=self.csv_table())
        if written is not None:
            self.status_label.setText(self.tr("Disimpan di {0}").format(written))
        return written

    def open_meeting(self, index) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None:
            return
        from ..meeting import windows

        windows.open_meeting(self, row.meeting_id)  # its own window; the recap follows when it is shown again
