"""Printing a PDF file through the system's print dialog. QtPdf has no print API, so each page is rendered
to an image (at most 300 dpi, one page at a time, so a 100-page document never sits in memory) and painted on
the QPrinter, honouring the dialog's page range.

`print_pdf` runs in a worker thread (QPainter on a QPrinter is allowed there); `choose_printer` asks in the
GUI thread. Tests replace `choose_printer`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

from ..domain.errors import UserError

MAX_DPI = 300  # sharper gains nothing on office printers; a 1200 dpi QPrinter would mean 140 MB a page


def page_size_of(path: str) -> QSizeF | None:
    """The first page's size in points (A4 or F4), to preset the printer's paper."""
    doc = QPdfDocument()
    try:
        if doc.load(str(path)) != QPdfDocument.Error.None_ or doc.pageCount() == 0:
            return None
        return doc.pagePointSize(0)
    finally:
        doc.close()


def new_printer(paper_points: QSizeF | None = None) -> QPrinter:
    """A high-resolution printer preset to the document's paper, full page (the PDF carries its margins)."""
    printer = QPrinter(QPrinter.HighResolution)
    if paper_points is not None and paper_points.width() > 0:
        size = QPageSize(paper_points, QPageSize.Point, "", QPageSize.FuzzyMatch)
        printer.setPageLayout(QPageLayout(size, QPageLayout.Portrait, printer.pageLayout().margins()))
    # After the layout, which would reset it: the page is printed at its true size, margins and all.
    printer.setFullPage(True)
    return printer


def choose_printer(parent, printer: QPrinter, page_count: int, current_page: int) -> bool:
    """The system print dialog (printer, copies, pages "1-3, 5", current page). True when the user printed."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPreview", "Cetak"))
    dialog.setMinMax(1, max(1, page_count))
    dialog.setFromTo(1, max(1, page_count))
    dialog.setOption(QAbstractPrintDialog.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintCurrentPage, True)
    dialog.setOption(QAbstractPrintDialog.PrintSelection, False)
    return dialog.exec() == QPrintDialog.Accepted


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """0-based page numbers the dialog asked for: all, the current one, or a range such as "1-3, 5"."""
    mode = printer.printRange()
    if mode == QPrinter.CurrentPage:
        return [min(max(0, current_page), page_count - 1)] if page_count else []
    if mode == QPrinter.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return [i for i in range(page_count) if ranges.contains(i + 1)]
        first, last = printer.fromPage(), printer.toPage()
        if first > 0:
            return [i for i in range(page_count) if first - 1 <= i <= (last or page_count) - 1]
    return list(range(page_count))


def _fit(area: QRectF, w: float, h: float) -> QRectF:
    scale = min(area.width() / w, area.height() / h)
    tw, th = w * scale, h * scale
    return QRectF(area.x() + (area.width() - tw) / 2, area.y() + (area.height() - th) / 2, tw, th)


def print_pdf(path: str, printer: QPrinter, *, current_page: int = 0, progress=None) -> int:
    """Print the PDF at `path` on `printer` (already configured by the dialog). Returns the pages printed.
    `progress(percent)` may raise to cancel: the printer job is then aborted."""
    doc = QPdfDocument()
    try:
        if doc.load(str(path)) != QPdfDocument.Error.None_:
            raise UserError(f"Berkas {path} tidak dapat dibaca untuk dicetak; buat ulang dokumennya.")
        pages = pages_to_print(printer, doc.pageCount(), current_page)
        if not pages:
            raise UserError("Tidak ada halaman dalam rentang yang dipilih; periksa nomor halamannya.")
        dpi = min(MAX_DPI, printer.resolution())
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError("Printer tidak dapat dibuka. Periksa apakah printer menyala dan terhubung, lalu "
                            "coba lagi.")
        done = 0
        try:
            for n, index in enumerate(pages):
                if progress:
                    progress(100 * n // len(pages))
                if n and not printer.newPage():
                    raise UserError("Printer berhenti menerima halaman; periksa printernya.")
                points = doc.pagePointSize(index)
                pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = doc.render(index, pixels)
                # Transparent where the page is empty: a printer would print it black on some drivers.
                page = QImage(image.size(), QImage.Format_RGB32)
                page.fill(QColor("white"))
                with_white = QPainter(page)
                with_white.drawImage(0, 0, image)
                with_white.end()
                painter.drawImage(_fit(QRectF(painter.viewport()), pixels.width(), pixels.height()), page)
                done += 1
            if progress:
                progress(100)
        except BaseException:
            printer.abort()
            raise
        finally:
            painter.end()
        return done
    finally:
        doc.close()
