"""The paket dokumen: a meeting's undangan, daftar hadir, notulen, dokumentasi and news article in one PDF,
one bookmark per part, for the archive and the finance office. Also the one list of a meeting's documents
that the app's Dokumen tab and the CLI render from, each on its own.

A part with nothing to show (no photos, no news draft) or one this version cannot make yet is left out, and
the result says which and why.
"""
from __future__ import annotations

import importlib
import io
import re
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from ..domain.db import write_tx
from ..domain.errors import UserError, ValidationError
from ..domain.models import ROLE_PARTICIPANT, NewsDraft, Photo
from ..domain.services import audit
from ..domain.services import meetings as meeting_service
from ..domain.timefmt import to_local
from .output import write_pdf
from .paper import paper_size

UNDANGAN, DAFTAR_HADIR, NOTULEN, DOKUMENTASI, BERITA = "undangan", "daftar_hadir", "notulen", "dokumentasi", "berita"


@dataclass(frozen=True)
class Document:
    key: str
    title: str  # the bookmark and the button: "Daftar Hadir"
    module: str  # kpu_rakor.reports.<module>
    function: str  # its render function: (meeting_id, path, paper, *, progress=None) -> Path


DOCUMENTS = (
    Document(UNDANGAN, "Undangan", "undangan", "render_undangan"),
    Document(DAFTAR_HADIR, "Daftar Hadir", "daftar_hadir", "render_daftar_hadir"),
    Document(NOTULEN, "Notulen", "notulen", "render_notulen"),
    Document(DOKUMENTASI, "Dokumentasi", "dokumentasi", "render_dokumentasi"),
    Document(BERITA, "Berita Kegiatan", "news", "render_news"),
)
BY_KEY = {d.key: d for d in DOCUMENTS}


def document(key: str) -> Document:
    try:
        return BY_KEY[key]
    except KeyError:
        raise ValidationError(f"Dokumen {key!r} tidak dikenal; pilih salah satu dari: "
                              f"{', '.join(BY_KEY)}.", "document") from None


def title_for(key: str, meeting_id: int) -> str:
    """The document's name for this meeting: the notulen of a meeting we attended is a Laporan Hasil Rapat."""
    if key == NOTULEN and meeting_service.get(meeting_id).our_role == ROLE_PARTICIPANT:
        return "Laporan Hasil Rapat"
    return document(key).title


def _renderer(doc: Document) -> Callable | None:
    """The render function, or None when this version has no such document (yet)."""
    try:
        module = importlib.import_module(f"{__package__}.{doc.module}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__package__}.{doc.module}":
            raise  # the module exists but something it needs is missing: a real fault
        return None
    return getattr(module, doc.function, None)


def missing_reason(key: str, meeting_id: int) -> str:
    """Why the document cannot be made for this meeting now, as a sentence; "" when it can."""
    doc = document(key)
    if _renderer(doc) is None:
        return f"{doc.title} belum dapat dibuat di versi aplikasi ini."
    if key == DOKUMENTASI and not Photo.select().where(Photo.meeting == meeting_id).exists():
        return "Dokumentasi tidak dapat dibuat: rapat ini belum punya foto."
    if key == BERITA and not (NewsDraft.select().where((NewsDraft.meeting == meeting_id)
                                                       & (NewsDraft.body != "")).exists()):
        return "Berita Kegiatan tidak dapat dibuat: draf berita rapat ini belum ditulis."
    return ""


def availability(meeting_id: int) -> dict[str, str]:
    """For each document key, "" when it can be made, else why not (for the buttons' tooltips)."""
    meeting_service.get(meeting_id)
    return {d.key: missing_reason(d.key, meeting_id) for d in DOCUMENTS}


def render_document(key: str, meeting_id: int, path, paper: str = "a4", *, progress=None) -> Path:
    """One document of a meeting as a PDF at `path`. A document that cannot be made is a UserError saying why."""
    paper_size(paper)
    meeting_service.get(meeting_id)
    reason = missing_reason(key, meeting_id)
    if reason:
        raise UserError(reason)
    return _renderer(document(key))(meeting_id, path, paper, progress=progress)


@dataclass
class PackResult:
    path: Path
    parts: list[tuple[str, int]] = field(default_factory=list)  # (bookmark, pages) in order
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (title, why as a sentence) of parts left out

    @property
    def pages(self) -> int:
        return sum(n for _, n in self.parts)

    def summary(self) -> str:
        """`Paket dokumen berisi Undangan (1 halaman), …. Dokumentasi tidak dapat dibuat: …`"""
        text = "Paket dokumen berisi " + ", ".join(f"{t} ({n} halaman)" for t, n in self.parts) + "."
        return " ".join([text] + [why for _, why in self.skipped])


def _scaled(progress, start: int, end: int):
    if progress is None:
        return None
    return lambda percent: progress(start + (end - start) * max(0, min(100, percent)) // 100)


def render_pack(meeting_id: int, path, paper: str = "a4", *, progress=None, keys=None) -> PackResult:
    """All documents of a meeting (or those in `keys`) in one PDF with one bookmark per part. Parts that
    cannot be made are skipped and listed in the result; with none left it is a UserError."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import Fit

    paper_size(paper)
    m = meeting_service.get(meeting_id)
    wanted = [document(k) for k in keys] if keys else list(DOCUMENTS)
    result = PackResult(Path(path))
    if progress:
        progress(0)
    writer = PdfWriter()
    with tempfile.TemporaryDirectory(prefix="kpu-rakor-paket-") as tmp:
        for n, doc in enumerate(wanted):
            title = title_for(doc.key, meeting_id)
            reason = missing_reason(doc.key, meeting_id)
            part_path = Path(tmp) / f"{n}-{doc.key}.pdf"
            if not reason:
                step = _scaled(progress, 90 * n // len(wanted), 90 * (n + 1) // len(wanted))
                try:
                    _renderer(doc)(meeting_id, part_path, paper, progress=step)
                except UserError as exc:  # e.g. no undangan for a meeting we only attended
                    reason = f"{title} tidak disertakan: {exc}"
            if reason:
                result.skipped.append((title, reason))
                continue
            reader = PdfReader(str(part_path))
            first = result.pages
            writer.append(reader)
            # An explicit top-of-page destination: viewers (QtPdf among them) misread pypdf's bare /Fit.
            top = float(reader.pages[0].mediabox.top)
            writer.add_outline_item(title=title, page_number=first, fit=Fit.xyz(left=0, top=top, zoom=None))
            result.parts.append((title, len(reader.pages)))
        if not result.parts:
            raise UserError("Paket dokumen tidak dapat dibuat: tidak ada dokumen yang siap. "
                            + " ".join(why for _, why in result.skipped))
        writer.page_mode = "/UseOutlines"  # viewers open with the bookmarks shown
        writer.add_metadata({"/Title": f"Paket Dokumen - {m.title}", "/Creator": "KPU Rakor"})
        buf = io.BytesIO()
        writer.write(buf)
    result.path = write_pdf(path, buf.getvalue())
    with write_tx():
        audit.log("export", "paket_dokumen", meeting_id, meeting_id=meeting_id, personal_data=True,
                  detail={"file": result.path.name, "paper": paper, "parts": [t for t, _ in result.parts],
                          "skipped": [t for t, _ in result.skipped]})
    if progress:
        progress(100)
    return result


# --- file names --------------------------------------------------------------------------------------------------

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
TITLE_IN_NAME = 80  # characters of the meeting's title kept in a file name


def file_stem(doc_title: str, meeting_title: str, day: date) -> str:
    """`Notulen - Rakor Bakohumas - 2021-04-07`: safe on Windows and Linux, not too long for either."""
    title = " ".join(_UNSAFE.sub(" ", meeting_title).split()).strip(" .")
    if len(title) > TITLE_IN_NAME:
        title = title[:TITLE_IN_NAME].rsplit(" ", 1)[0].rstrip(" .,") or title[:TITLE_IN_NAME]
    return " - ".join(p for p in (doc_title, title, day.isoformat()) if p)


def new_file_path(folder, stem: str) -> Path:
    """`folder/stem.pdf`, or `stem (2).pdf`, `stem (3).pdf` … the first name not yet taken: a viewer keeps the
    file it shows locked, so every export gets a name of its own."""
    folder = Path(folder)
    candidate = folder / f"{stem}.pdf"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({n}).pdf"
        n += 1
    return candidate


def export_path(folder, key: str, meeting_id: int) -> Path:
    """A new file in `folder` for one document (or `paket`) of a meeting."""
    m = meeting_service.get(meeting_id)
    doc_title = "Paket Dokumen" if key == "paket" else title_for(key, meeting_id)
    return new_file_path(folder, file_stem(doc_title, m.title, to_local(m.starts_at, m.timezone).date()))
