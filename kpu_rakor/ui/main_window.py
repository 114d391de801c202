"""The main window: navigation on the left, one page per area, the database and office in the status bar.
The pages are the entries of PAGES: adding a page is adding one entry."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QLabel, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QStackedWidget,
                               QStyle, QWidget)

from ..domain.db import current_info
from ..domain.services import installation, ui_queries
from . import messages, settings
from .screen_fit import fit_to_screen


# --- the pages: each module is imported when its page is first shown, so only Beranda is paid for at start-up ---

def _home_page(window: "MainWindow") -> QWidget:
    from .home import navigate
    from .home.home_page import HomePage
    page = HomePage()
    page.desk_requested.connect(lambda meeting_id: navigate.open_desk(window, meeting_id))
    page.page_requested.connect(lambda key: navigate.show_page(window, key))
    page.backup_requested.connect(lambda: navigate.show_backup(window))
    return page


def _meetings_page(_window) -> QWidget:
    from .meetings.meetings_page import MeetingsPage
    return MeetingsPage(own_clock=False)  # the window's status clock runs from start-up


def _directory_page(_window) -> QWidget:
    from .directory.directory_page import DirectoryPage
    return DirectoryPage()


def _desk_page(_window) -> QWidget:
    from .checkin.desk_page import DeskPage
    return DeskPage()


def _followups_page(_window) -> QWidget:
    from .followups.followups_page import FollowUpsPage  # every open follow-up of every meeting
    return FollowUpsPage()


def _recap_page(_window) -> QWidget:
    from .recap.recap_page import RecapPage  # QtCharts comes with it: paid for when Rekap is first shown
    return RecapPage()


def _settings_page(window: "MainWindow") -> QWidget:
    from .preferences.settings_page import SettingsPage
    page = SettingsPage()
    page.office_changed.connect(window.update_status)
    page.backup_box.restored.connect(window.reload_after_restore)
    return page


@dataclass(frozen=True)
class PageSpec:
    """One entry of the navigation. `title` is translated in the MainWindow context; `factory(window)`
    builds the page; a `lazy` page is built when first shown, the others with the window."""

    key: str
    title: str
    shortcut: str
    icon: QStyle.StandardPixmap
    factory: Callable[["MainWindow"], QWidget]
    lazy: bool = True


PAGES: tuple[PageSpec, ...] = (
    PageSpec("beranda", QT_TRANSLATE_NOOP("MainWindow", "Beranda"), "Ctrl+1", QStyle.SP_DesktopIcon, _home_page),
    PageSpec("rapat", QT_TRANSLATE_NOOP("MainWindow", "Rapat"), "Ctrl+2", QStyle.SP_FileDialogDetailedView,
             _meetings_page),
    PageSpec("direktori", QT_TRANSLATE_NOOP("MainWindow", "Direktori"), "Ctrl+3", QStyle.SP_DirHomeIcon,
             _directory_page),
    PageSpec("checkin", QT_TRANSLATE_NOOP("MainWindow", "Presensi"), "Ctrl+4", QStyle.SP_DialogApplyButton,
             _desk_page),
    PageSpec("tindaklanjut", QT_TRANSLATE_NOOP("MainWindow", "Tindak Lanjut"), "Ctrl+5",
             QStyle.SP_FileDialogContentsView, _followups_page),
    PageSpec("rekap", QT_TRANSLATE_NOOP("MainWindow", "Rekap"), "Ctrl+6", QStyle.SP_FileDialogListView, _recap_page),
    PageSpec("pengaturan", QT_TRANSLATE_NOOP("MainWindow", "Pengaturan"), "Ctrl+7", QStyle.SP_FileDialogInfoView,
             _settings_page),
)


class MainWindow(QMainWindow):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("KPU Rakor"))
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setSpacing(2)
        self.nav.setMinimumWidth(150)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        style = self.style()
        for row, spec in enumerate(PAGES):
            title, keys = self.tr(spec.title), QKeySequence(spec.shortcut)
            item = QListWidgetItem(style.standardIcon(spec.icon), title)
            item.setToolTip(f"{title} ({keys.toString(QKeySequence.NativeText)})")
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # a stand-in until the page is first shown
            QShortcut(keys, self).activated.connect(lambda row=row: self.nav.setCurrentRow(row))
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1100])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.db_label = QLabel()
        self.office_label = QLabel()
        for label in (self.office_label, self.db_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.office_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.update_status()

        for row, spec in enumerate(PAGES):
            if not spec.lazy:
                self._build(row)
        self.nav.currentRowChanged.connect(self.show_page)
        self.nav.setCurrentRow(0)
        self._restore_state()
        # Meeting status follows the clock for every page, report and PC, whichever page is shown first.
        from .meetings.status_clock import StatusClock
        self.status_clock = StatusClock(self, self._status_ticked)

    # --- pages -----------------------------------------------------------------------------------------

    def show_page(self, row: int) -> None:
        if PAGES[row].key in self.pages or self._build(row):
            self.stack.setCurrentIndex(row)

    def _build(self, row: int) -> bool:
        """Put the page of PAGES[row] in place of its stand-in; False (the user told why) when it failed."""
        spec = PAGES[row]
        with messages.guarded(self) as g:
            page = spec.factory(self)
        if not g.ok:
            return False
        old = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.pages[spec.key] = page
        return True

    def reload_after_restore(self) -> None:
        """The database now holds the restored data: reopen it and have every page read it again."""
        from ..domain.db import open_database

        from .meeting import windows

        windows.close_all(write=False)  # they show the replaced data: closed, nothing of theirs written
        with messages.guarded(self):
            open_database(current_info().url, backup_policy=None)
            for page in self.pages.values():
                for name in ("refresh", "reload", "load"):
                    if callable(getattr(page, name, None)):
                        getattr(page, name)()
                        break
        self.update_status()

    def _status_ticked(self, _changed: int) -> None:
        meetings_page = self.pages.get("rapat")
        if meetings_page is not None:
            meetings_page.model.tick()
        home = self.pages.get("beranda")
        if home is not None and home.isVisible():
            home.refresh()  # a meeting another PC added, a new day: rebuilt only when something changed

    def current_page_key(self) -> str:
        return PAGES[self.stack.currentIndex()].key

    # --- status bar ------------------------------------------------------------------------------------

    def update_status(self) -> None:
        info = current_info()
        if info is None:
            self.db_label.setText("")
        elif info.engine == "sqlite":
            self.db_label.setText(self.tr("Basis data: {0}").format(ui_queries.database_label()))
        else:
            self.db_label.setText(self.tr("Server PostgreSQL: {0}").format(ui_queries.database_label()))
        with messages.guarded(self):
            office = ui_queries.office_name()
            if office:
                self.office_label.setText(self.tr("Kantor: {0}").format(office))
            else:
                self.office_label.setText(self.tr("Kantor belum dipilih (Pengaturan)"))

    # --- first start -----------------------------------------------------------------------------------

    def ask_office_if_needed(self) -> None:
        if installation.is_configured():
            return
        from .first_start import FirstStartDialog

        dialog = FirstStartDialog(self)
        if dialog.exec():
            self.update_status()
            settings_page = self.pages.get("pengaturan")
            if settings_page is not None:
                settings_page.load()
            self.statusBar().showMessage(self.tr("Kantor tersimpan."), 5000)
        else:
            self.statusBar().showMessage(self.tr(
                "Kantor belum dipilih: pilih satker kantor ini di Pengaturan sebelum membuat dokumen."))

    # --- remembered layout -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = settings.MAIN_GEOMETRY.get()
        if not (geometry is not None and self.restoreGeometry(geometry)):
            fit_to_screen(self, (1280, 720))  # readable on the 1366×768 screens many offices have
        splitter = settings.MAIN_SPLITTER.get()
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        settings.MAIN_GEOMETRY.set(self.saveGeometry())
        settings.MAIN_SPLITTER.set(self.splitter.saveState(), sync=True)

    def closeEvent(self, event) -> None:
        from .meeting import windows

        if not windows.close_all():  # each meeting window writes what is pending; one may stay open to say why
            event.ignore()
            return
        self.save_state()
        from .preferences.backup_prefs import daily_backup_on_close
        daily_backup_on_close(self)
        super().closeEvent(event)
