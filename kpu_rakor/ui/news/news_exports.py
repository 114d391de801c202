"""The Berita tab's exports: TXT and clean HTML under a new name each time, the PDF drawn in a worker thread
and shown in the preview, captions per platform copied to the clipboard, and the office's hashtags."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ...domain.errors import UserError
from ...domain.services import installation, news
from ...domain.services.news import export
from .. import messages
from ..jobs import Job
from .news_widgets import HashtagsDialog


def ask_hashtags(parent) -> bool:
    """The hashtags question (tests replace it)."""
    return HashtagsDialog(parent).exec() == HashtagsDialog.Accepted


@dataclass(frozen=True)
class Article:
    """What the tab shows now: the saved meeting's headline and body, and the photos chosen for the PDF."""

    meeting_id: int
    headline: str
    body: str
    photo_ids: list


class NewsExports(QObject):
    """Owned by the Berita tab (`widget`, the parent of its questions and previews). It asks `article()` for
    the text (None while no meeting is loaded) and `save()` to write what is typed first (False when that
    failed: the tab has said why). It tells `status(sentence)`, `exported(path)` and `pdf_busy(bool)`."""

    status = Signal(str)
    exported = Signal(object)  # Path of a file just written
    pdf_busy = Signal(bool)

    def __init__(self, widget: QWidget, article: Callable[[], Article | None], save: Callable[[], bool]):
        super().__init__(widget)
        self.widget, self.article, self.save = widget, article, save
        self.job: Job | None = None
        self.previews: list = []

    def export_path(self, meeting_id: int, suffix: str) -> Path | None:
        """A new file in the documents folder each time: `Berita Kegiatan - <rapat> - <tanggal>.txt`; None when
        the folder is missing or read-only and the user picked no other (asked before anything is written)."""
        from ...domain import documents
        from ..meeting.document_folder import ready_folder

        folder = ready_folder(self.widget)
        if folder is None:
            return None
        pdf = documents.export_path(folder, documents.BERITA, meeting_id)
        path, n = pdf.with_suffix(suffix), 2
        stem = pdf.stem
        while path.exists():
            path = pdf.with_name(f"{stem} ({n}){suffix}")
            n += 1
        return path

    def export_text(self, fmt: str) -> Path | None:
        a = self.article()  # saving does not change what is on screen
        if a is None or not self.save():
            return None
        content = export.html(a.headline, a.body) if fmt == "html" else export.plain_text(a.headline, a.body)
        with messages.guarded(self.widget) as g:
            path = self.export_path(a.meeting_id, f".{fmt}")
            if path is None:
                return None
            try:
                path.write_text(content, encoding="utf-8")
            except OSError as exc:
                raise UserError(self.tr("Berkas {0} tidak dapat disimpan: {1}.").format(
                    path, exc.strerror or exc)) from None
        if not g.ok:
            return None
        self.status.emit(self.tr("Disimpan di {0}").format(path))
        self.exported.emit(path)
        return path

    def export_pdf(self) -> Job | None:
        """The article's PDF, drawn in a worker thread, then shown in the preview."""

        a = self.article()
        if a is None or not self.save() or (self.job is not None and self.job.running):
            return None
        with messages.guarded(self.widget) as g:
            path = self.export_path(a.meeting_id, ".pdf")
            paper = installation.profile().paper or "a4"
        if not g.ok or path is None:
            return None

        def work(progress):
            return news.render_pdf(a.meeting_id, path, paper, photo_ids=a.photo_ids, progress=progress)

        job = Job(work, name="render-berita")
        job.finished.connect(self._pdf_done)
        job.failed.connect(lambda exc: messages.show_exception(self.widget, exc))
        job.ended.connect(lambda: self.pdf_busy.emit(False))
        self.pdf_busy.emit(True)
        self.status.emit(self.tr("Membuat PDF…"))
        self.job = job
        job.start()
        return job

    def _pdf_done(self, path) -> None:
        from ..pdf_preview import PdfPreview

        self.status.emit(self.tr("Disimpan di {0}").format(path))
        self.exported.emit(Path(path))
        with messages.guarded(self.widget):
            window = self.widget.window()
            preview = PdfPreview(path, self.tr("Berita Kegiatan"), window if window is not self.widget else None)
            preview.setWindowFlag(Qt.Window, True)
            self.previews = [p for p in self.previews if isValid(p) and p.isVisible()] + [preview]
            preview.show()

    def caption(self, platform: str) -> str:
        a = self.article()
        headline, body = (a.headline, a.body) if a is not None else ("", "")
        return export.caption(platform, headline, body, installation.profile().website, news.settings.hashtags())

    def copy_caption(self, platform: str, platform_name: str) -> str:
        with messages.guarded(self.widget) as g:
            text = self.caption(platform)
        if not g.ok:
            return ""
        QGuiApplication.clipboard().setText(text)
        self.status.emit(self.tr("Keterangan {0} disalin ({1} huruf).").format(platform_name, len(text)))
        return text

    def edit_hashtags(self) -> None:
        if ask_hashtags(self.widget):
            self.status.emit(self.tr("Tagar disimpan: {0}").format(" ".join(news.settings.hashtags())))
