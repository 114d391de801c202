"""The Berita tab's exports: TXT and clean HTML under a new name each time, the PDF drawn in a worker thread
and shown in the preview, captions per platform copied to the clipboard, and the office's hashtags."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from shiboken6 import isValid

from ..domain.errors import UserError
from ..domain.services import installation, news
from ..domain.services.news import export
from . import messages
from .news_widgets import HashtagsDialog


def ask_hashtags(parent) -> bool:
    """The hashtags question (tests replace it)."""
    return HashtagsDialog(parent).exec() == HashtagsDialog.Accepted


class NewsExports:
    """Mixed into NewsTab: reads its headline and body (saved first) and writes beside the other documents."""

    def _text(self) -> tuple[str, str]:
        return self.headline.text(), self.body.toPlainText()

    def export_path(self, suffix: str) -> Path:
        """A new file in the documents folder each time: `Berita Kegiatan - <rapat> - <tanggal>.txt`."""
        from ..domain import documents
        from .pdf_preview import export_folder

        pdf = documents.export_path(export_folder(), documents.BERITA, self.meeting_id)
        path, n = pdf.with_suffix(suffix), 2
        stem = pdf.stem
        while path.exists():
            path = pdf.with_name(f"{stem} ({n}){suffix}")
            n += 1
        return path

    def export_text(self, fmt: str) -> Path | None:
        if self.meeting_id is None or not self.flush():
            return None
        headline, body = self._text()
        content = export.html(headline, body) if fmt == "html" else export.plain_text(headline, body)
        with messages.guarded(self) as g:
            path = self.export_path(f".{fmt}")
            try:
                path.write_text(content, encoding="utf-8")
            except OSError as exc:
                raise UserError(self.tr("Berkas {0} tidak dapat disimpan: {1}.").format(
                    path, exc.strerror or exc)) from None
        if not g.ok:
            return None
        self.export_status.setText(self.tr("Disimpan di {0}").format(path))
        self.exported.emit(path)
        return path

    def export_pdf(self):
        """The article's PDF, drawn in a worker thread, then shown in the preview."""
        from .render_worker import RenderJob

        if self.meeting_id is None or not self.flush() or (self.job is not None and self.job.running):
            return None
        meeting_id, photo_ids = self.meeting_id, self.photos.chosen()
        with messages.guarded(self) as g:
            path = self.export_path(".pdf")
            paper = installation.profile().paper or "a4"
        if not g.ok:
            return None

        def work(progress):
            return news.render_pdf(meeting_id, path, paper, photo_ids=photo_ids, progress=progress)

        job = RenderJob(work, name="render-berita")
        job.succeeded.connect(self._pdf_done)
        job.failed.connect(lambda exc: messages.show_exception(self, exc))
        job.ended.connect(lambda: self.pdf_button.setEnabled(True))
        self.pdf_button.setEnabled(False)
        self.export_status.setText(self.tr("Membuat PDF…"))
        self.job = job
        job.start()
        return job

    def _pdf_done(self, path) -> None:
        from .pdf_preview import PdfPreview

        self.export_status.setText(self.tr("Disimpan di {0}").format(path))
        self.exported.emit(Path(path))
        with messages.guarded(self):
            preview = PdfPreview(path, self.tr("Berita Kegiatan"), self.window() if self.window() is not self
                                 else None)
            preview.setWindowFlag(Qt.Window, True)
            self.previews = [p for p in self.previews if isValid(p) and p.isVisible()] + [preview]
            preview.show()

    def caption(self, platform: str) -> str:
        headline, body = self._text()
        return export.caption(platform, headline, body, installation.profile().website, news.settings.hashtags())

    def copy_caption(self) -> str:
        platform = self.platform.currentData()
        with messages.guarded(self) as g:
            text = self.caption(platform)
        if not g.ok:
            return ""
        QGuiApplication.clipboard().setText(text)
        self.export_status.setText(self.tr("Keterangan {0} disalin ({1} huruf).").format(
            self.platform.currentText(), len(text)))
        return text

    def edit_hashtags(self) -> None:
        if ask_hashtags(self):
            self.export_status.setText(self.tr("Tagar disimpan: {0}").format(" ".join(news.settings.hashtags())))
