"""A finished PDF shown inside the app: page navigation, zoom, "Halaman n dari m", Cetak… (through the system
print dialog, printing in a worker thread), Simpan sebagai… and Buka di penampil sistem."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox,
                               QSplitter, QTreeView,
                               QToolBar, QVBoxLayout, QWidget)

from ..domain.errors import UserError
from . import file_dialogs, messages, pdf_print, settings
from .jobs import Job
from .screen_fit import fit_to_screen

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 6.0


def export_folder() -> Path:
    """Where documents are saved: the folder chosen last, else the user's Documents folder."""
    folder = settings.DOCUMENT_FOLDER.get()
    if folder and Path(folder).is_dir():
        return Path(folder)
    return Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home()))


def remember_folder(folder) -> None:
    settings.DOCUMENT_FOLDER.set(str(folder))


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """The save question (tests replace it)."""
    path = file_dialogs.save_file(parent, QCoreApplication.translate("PdfPreview", "Simpan dokumen"), str(suggested),
                                  QCoreApplication.translate("PdfPreview", "Dokumen PDF (*.pdf)"))
    if not path:
        return None
    path = Path(path)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def open_in_system_viewer(path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfPreview(QDialog):
    """One PDF file. Not modal: the meeting editor stays usable beside it."""

    printed = Signal(int)  # pages sent to the printer

    def __init__(self, path, title: str, parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("{0} — pratinjau").format(title))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.print_job: Job | None = None

        self.page = QSpinBox()
        self.page.setMinimum(1)
        self.page.setKeyboardTracking(False)
        self.page.setAccessibleName(self.tr("Nomor halaman"))
        self.page_count = QLabel()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.prev_action = self._action("◀", QKeySequence(Qt.CTRL | Qt.Key_PageUp), self.prev_page,
                                        self.tr("Halaman sebelumnya"))
        self.toolbar.addWidget(QLabel(self.tr(" Halaman ")))
        self.toolbar.addWidget(self.page)
        self.toolbar.addWidget(self.page_count)
        self.next_action = self._action("▶", QKeySequence(Qt.CTRL | Qt.Key_PageDown), self.next_page,
                                        self.tr("Halaman berikutnya"))
        self.toolbar.addSeparator()
        self.zoom_out_action = self._action("−", QKeySequence.ZoomOut, self.zoom_out, self.tr("Perkecil"))
        self.zoom_in_action = self._action("+", QKeySequence.ZoomIn, self.zoom_in, self.tr("Perbesar"))
        self.fit_action = self._action(self.tr("Sesuai lebar"), QKeySequence(Qt.CTRL | Qt.Key_0), self.fit_width)
        self.fit_action.setCheckable(True)
        self.fit_action.setChecked(True)
        self.toolbar.addSeparator()
        self.print_action = self._action(self.tr("Cetak…"), QKeySequence.Print, self.print_dialog)
        self.save_action = self._action(self.tr("Simpan sebagai…"), QKeySequence.SaveAs, self.save_as)
        self.open_action = self._action(self.tr("Buka di penampil sistem"), QKeySequence(), self.open_external)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self.cancel_print)
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)

        # The parts of a paket dokumen (its bookmarks), shown only when the file has some.
        self.bookmarks = QPdfBookmarkModel(self)
        self.bookmarks.setDocument(self.document)
        self.parts = QTreeView()
        self.parts.setModel(self.bookmarks)
        self.parts.setHeaderHidden(True)
        self.parts.setRootIsDecorated(False)
        self.parts.setAccessibleName(self.tr("Bagian dokumen"))
        self.parts.activated.connect(self._part_chosen)
        self.parts.clicked.connect(self._part_chosen)
        split = QSplitter()
        split.addWidget(self.parts)
        split.addWidget(self.view)
        split.setStretchFactor(1, 1)
        split.setSizes([170, 730])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_changed)
        self.page.valueChanged.connect(lambda n: self.go_to(n - 1))
        self._load()
        self._set_printing(False)
        fit_to_screen(self, (900, 760))

    def _action(self, text: str, shortcut, slot, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # else a tool button drops the "…" of "Cetak…"
        shortcut = QKeySequence(shortcut)
        tip = tip or text
        action.setToolTip(tip)
        if not shortcut.isEmpty():
            action.setShortcut(shortcut)
            action.setToolTip(f"{tip} ({shortcut.toString(QKeySequence.NativeText)})")
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def _load(self) -> None:
        error = self.document.load(str(self.path))
        if error != QPdfDocument.Error.None_:
            self.status.setText(self.tr("Berkas {0} tidak dapat dibuka.").format(self.path.name))
            for a in (self.print_action, self.prev_action, self.next_action):
                a.setEnabled(False)
            return
        self.parts.setVisible(self.bookmarks.rowCount() > 0)
        self.page.setMaximum(max(1, self.document.pageCount()))
        self.page_count.setText(self.tr(" dari {0} ").format(self.document.pageCount()))
        self.status.setText(str(self.path))
        self._page_changed(0)

    # --- navigation and zoom -------------------------------------------------------------------------------

    @property
    def page_total(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def page_text(self) -> str:
        """`Halaman 2 dari 14`."""
        return self.tr("Halaman {0} dari {1}").format(self.current_page() + 1, self.page_total)

    def go_to(self, index: int) -> None:
        if not 0 <= index < self.page_total or index == self.current_page():
            return
        self.view.pageNavigator().jump(index, QPointF(), 0)

    def part_titles(self) -> list[str]:
        return [self.bookmarks.index(i, 0).data() for i in range(self.bookmarks.rowCount())]

    def _part_chosen(self, index) -> None:
        page = index.data(QPdfBookmarkModel.Role.Page)
        if page is not None:
            self.go_to(int(page))

    def prev_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def _page_changed(self, index: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(index + 1)
        self.page.blockSignals(False)
        self.prev_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < self.page_total - 1)

    def _effective_zoom(self) -> float:
        """The scale the view shows now; in fit-to-width mode QPdfView keeps it to itself."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_total:
            return self.view.zoomFactor()
        points = self.document.pagePointSize(max(0, self.current_page()))
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return max(ZOOM_MIN, room / (points.width() * self.logicalDpiX() / 72)) if points.width() else 1.0

    def _zoom_to(self, factor: float) -> None:
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(ZOOM_MAX, max(ZOOM_MIN, factor)))
        self.fit_action.setChecked(False)
        self._keep_page(page)

    def _keep_page(self, page: int) -> None:
        """The view keeps its scroll position in pixels when the scale changes: stay on the same page (once
        the view has laid the pages out at the new scale)."""
        QTimer.singleShot(0, self, lambda: self.view.pageNavigator().jump(page, QPointF(), 0))

    def zoom_in(self) -> None:
        self._zoom_to(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self._effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_action.setChecked(True)
        self._keep_page(page)

    # --- print, save, open ------------------------------------------------------------------------------------

    def print_dialog(self) -> None:
        """Cetak…: the system dialog, then the pages in a worker thread with progress here."""
        if self.print_job is not None and self.print_job.running:
            return
        printer = pdf_print.new_printer(self.document.pagePointSize(0) if self.page_total else None)
        if pdf_print.choose_printer(self, printer, self.page_total, self.current_page()):
            self.print_to(printer)

    def print_to(self, printer) -> Job:
        """Print on a configured printer (its page range honoured) without asking."""
        path, current = str(self.path), self.current_page()
        self._printer = printer  # the worker paints on it: keep it alive until the job ends
        job = Job(lambda progress: pdf_print.print_pdf(path, printer, current_page=current, progress=progress),
                  uses_database=False, name="pdf-print")
        job.percent.connect(self.progress.setValue)
        job.finished.connect(self._printed)
        job.failed.connect(self._print_failed)
        job.cancelled.connect(lambda: self.status.setText(self.tr("Pencetakan dibatalkan.")))
        job.ended.connect(lambda: self._set_printing(False))
        self.print_job = job
        self._set_printing(True)
        self.status.setText(self.tr("Mencetak…"))
        job.start()
        return job

    def cancel_print(self) -> None:
        if self.print_job is not None:
            self.print_job.cancel()

    def _set_printing(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setValue(0)
        self.print_action.setEnabled(not busy and self.page_total > 0)

    def _printed(self, pages: int) -> None:
        self.status.setText(self.tr("{0} halaman dikirim ke printer.").format(pages))
        self.printed.emit(pages)

    def _print_failed(self, exc) -> None:
        self.status.setText(self.tr("Pencetakan gagal."))
        messages.show_exception(self, exc)

    def save_as(self) -> Path | None:
        """Simpan sebagai…: a copy under a new name (the shown file stays where it is)."""
        from ..domain.documents import new_file_path

        suggested = new_file_path(export_folder(), self.path.stem.rsplit(" (", 1)[0])
        target = ask_save_path(self, suggested)
        if target is None:
            return None
        with messages.guarded(self) as g:
            if target.resolve() != self.path.resolve():
                try:
                    shutil.copyfile(self.path, target)
                except PermissionError:
                    raise UserError(self.tr("Berkas {0} tidak dapat ditulis (mungkin sedang dibuka di program "
                                            "lain). Simpan dengan nama lain.").format(target.name)) from None
                except OSError as exc:
                    raise UserError(self.tr("Berkas {0} tidak dapat disimpan: {1}.").format(
                        target.name, exc.strerror or exc)) from None
        if not g.ok:
            return None
        remember_folder(target.parent)
        self.status.setText(self.tr("Disimpan di {0}").format(target))
        return target

    def open_external(self) -> bool:
        if open_in_system_viewer(self.path):
            return True
        messages.error(self, self.tr("Tidak ada program yang dapat membuka {0}. Buka berkas itu dari pengelola "
                                     "berkas, atau pasang pembaca PDF.").format(self.path))
        return False

    def closeEvent(self, event) -> None:
        if self.print_job is not None and self.print_job.running:
            self.print_job.cancel()  # the job ends by itself in the background; nothing half-printed is kept
        self.document.close()  # releases the file (Windows keeps open files locked)
        super().closeEvent(event)
