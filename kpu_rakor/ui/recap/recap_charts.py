"""The Rekap page's charts (QtCharts): meetings per month by mode, attendance rate per satker (the best 15),
late arrivals per month. This module is imported only when the Rekap page is built: QtCharts is heavy and the
first paint does not need it (tests/test_startup_imports.py).

Each chart is rebuilt from the recap's rows; the bar sets are kept as attributes so a test (or a reader of
this code) can see exactly what is drawn."""
from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries,
                              QStackedBarSeries, QValueAxis)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from ...domain import timefmt
from .. import labels

TOP_SATKERS = 15
MODE_COLOURS = {"luring": "#2e7d32", "daring": "#1565c0", "hibrida": "#ef6c00"}
RATE_COLOUR, LATE_COLOUR = "#6a1b9a", "#c62828"
_ID = QLocale(QLocale.Indonesian, QLocale.Indonesia)


def month_categories(months) -> list[str]:
    """`Apr` for months of one year, `Apr 2021` when the period spans years."""
    years = {m.year for m in months}
    return [timefmt.MONTHS[m.month - 1][:3] + (f" {m.year}" if len(years) > 1 else "") for m in months]


def _elide(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def count_axis(values) -> tuple[int, int]:
    """(top, step) of a count axis: whole numbers, about five ticks, the highest bar below the top."""
    top = max([0, *values])
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 10**9) if top / s <= 5)
    return max(4, step * (top // step + 1)), step


class RecapCharts(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode_sets: dict[str, QBarSet] = {}
        self.rate_set: QBarSet | None = None
        self.late_set: QBarSet | None = None
        self.month_labels: list[str] = []
        self.satker_labels: list[str] = []
        self.modes_view, self.rate_view, self.late_view = QChartView(), QChartView(), QChartView()
        for view in (self.modes_view, self.rate_view, self.late_view):
            view.setRenderHint(QPainter.Antialiasing)
            view.setMinimumSize(300, 180)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.modes_view, 0, 0)
        grid.addWidget(self.late_view, 1, 0)
        grid.addWidget(self.rate_view, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.NoAnimation)
        chart.setLocale(_ID)
        chart.setLocalizeNumbers(True)  # 87,5 with the Indonesian comma
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setBackgroundRoundness(0)
        font = chart.titleFont()
        font.setBold(True)
        chart.setTitleFont(font)
        return chart

    @staticmethod
    def _put(view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()  # a chart view does not delete the chart it no longer shows

    def set_recap(self, recap) -> None:
        self._modes(recap.months)
        self._late(recap.months)
        self._rates(recap.satkers)

    # --- the three charts -------------------------------------------------------------------------------------

    def _modes(self, months) -> None:
        chart = self._chart(self.tr("Rapat per bulan menurut mode"))
        self.month_labels = month_categories(months)
        series = QStackedBarSeries()
        self.mode_sets = {}
        for mode, name in labels.modes().items():
            bar = QBarSet(name)
            bar.append([float(getattr(m, mode)) for m in months])
            bar.setColor(QColor(MODE_COLOURS[mode]))
            series.append(bar)
            self.mode_sets[mode] = bar
        chart.addSeries(series)
        self._axes(chart, series, self.month_labels, [m.meetings for m in months])
        chart.legend().setAlignment(Qt.AlignBottom)
        self._put(self.modes_view, chart)

    def _late(self, months) -> None:
        chart = self._chart(self.tr("Kedatangan terlambat per bulan"))
        series = QBarSeries()
        bar = QBarSet(self.tr("Terlambat"))
        bar.append([float(m.late) for m in months])
        bar.setColor(QColor(LATE_COLOUR))
        series.append(bar)
        # A number on each bar while there is room: up to a year of months, turned upright past two digits.
        series.setLabelsVisible(len(months) <= 12)
        series.setLabelsPosition(QBarSeries.LabelsInsideEnd)  # outside the end Qt draws none
        series.setLabelsFormat("@value")
        if max([0, *(m.late for m in months)]) >= 100:
            series.setLabelsAngle(-90)
        bar.setLabelColor(QColor("white"))
        self.late_set = bar
        chart.addSeries(series)
        self._axes(chart, series, month_categories(months), [m.late for m in months])
        chart.legend().hide()
        self._put(self.late_view, chart)

    def _rates(self, satkers) -> None:
        """The 15 satker with the best attendance rate, the best on top (a horizontal bar chart draws its
        first category at the bottom)."""
        chart = self._chart(self.tr("Tingkat kehadiran per satker (15 teratas)"))
        rated = [s for s in satkers if s.counts.rate is not None]
        best = sorted(rated, key=lambda s: (-s.counts.rate, -s.counts.invited, s.name))[:TOP_SATKERS]
        best.reverse()
        self.satker_labels = [_elide(s.name) for s in best]
        series = QHorizontalBarSeries()
        bar = QBarSet(self.tr("Kehadiran (%)"))
        bar.append([round(100 * s.counts.rate, 1) for s in best])
        bar.setColor(QColor(RATE_COLOUR))
        series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsInsideEnd)
        series.setLabelsFormat("@value %")
        bar.setLabelColor(QColor("white"))
        series.setBarWidth(0.7)
        self.rate_set = bar
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(self.satker_labels or [""])
        chart.addAxis(names, Qt.AlignLeft)
        series.attachAxis(names)
        values = QValueAxis()
        values.setRange(0, 100)
        values.setTickCount(6)
        values.setLabelFormat("%.0f %")
        chart.addAxis(values, Qt.AlignBottom)
        series.attachAxis(values)
        chart.legend().hide()
        self._put(self.rate_view, chart)

    @staticmethod
    def _axes(chart: QChart, series, categories: list[str], totals) -> None:
        months = QBarCategoryAxis()
        months.append(categories or [""])
        if len(categories) > 12:
            months.setLabelsAngle(-90)  # "Jan 2024" for each of many months would overlap side by side
        chart.addAxis(months, Qt.AlignBottom)
        series.attachAxis(months)
        counts = QValueAxis()
        top, step = count_axis(totals)
        counts.setRange(0, top)
        counts.setLabelFormat("%.0f")  # "%d" draws nothing once numbers are localized
        counts.setTickType(QValueAxis.TicksDynamic)
        counts.setTickAnchor(0)
        counts.setTickInterval(step)
        chart.addAxis(counts, Qt.AlignLeft)
        series.attachAxis(counts)
