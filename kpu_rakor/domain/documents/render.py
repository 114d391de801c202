"""Making one document of a meeting: read the header once, build the content, draw it, write the file, and
log the export. The renderers (reports/) only draw; the file and the audit entry are written here."""
from __future__ import annotations

from pathlib import Path

from ..db import write_tx
from ..errors import UserError, ValidationError
from ..services import audit
from ..services import meeting_header
from ..services.meeting_header import MeetingHeader
from .kinds import DocumentKind
from .output import write_pdf
from .registry import PACKED, WORD, kind

FORMATS = ("pdf", "docx")


def check_paper(paper: str) -> None:
    """A bad paper name fails before any work (the paper sizes live with the renderers)."""
    from ...reports.paper import paper_size

    paper_size(paper)


def title_for(key: str, meeting_id: int) -> str:
    """The document's name for this meeting: the notulen of a meeting we attended is a Laporan Hasil Rapat."""
    return kind(key).title_for(meeting_header.read(meeting_id))


def availability(meeting_id: int) -> dict[str, str]:
    """For each document of the Dokumen tab, "" when it can be made, else why not (for the tooltips)."""
    h = meeting_header.read(meeting_id)
    return {k.key: k.unavailable(h) for k in PACKED}


def overview(meeting_id: int, keys=None) -> dict[str, tuple[str, str]]:
    """For each document of the Dokumen tab (or of `keys`), (its name for this meeting, why it cannot be made
    or "")."""
    h = meeting_header.read(meeting_id)
    return {k.key: (k.title_for(h), k.unavailable(h)) for k in ([kind(x) for x in keys] if keys else PACKED)}


def _split(k: DocumentKind, options: dict) -> tuple[dict, dict]:
    drawing = {o: options[o] for o in k.render_options if o in options}
    return {o: v for o, v in options.items() if o not in drawing}, drawing


def draw(k: DocumentKind, header: MeetingHeader, content, paper: str, *, progress=None, **options) -> bytes:
    """The document's PDF bytes from content already built; reads and writes nothing."""
    return k.renderer()(content, header.office, paper, progress=progress, **_split(k, options)[1])


def log_export(k: DocumentKind, header: MeetingHeader, content, path, paper: str, **options) -> None:
    """The audit entry of an export: which file, on which paper, and whether it carries personal data (a
    Word file also says so, and whether it is the TTE variant)."""
    personal, detail = k.audit(content, options)
    word = {o: options[o] for o in ("format", "tte") if o in options}
    with write_tx():
        audit.log("export", k.entity, header.meeting_id, meeting_id=header.meeting_id, personal_data=personal,
                  detail={"file": Path(path).name, "paper": paper, **detail, **word})


def build(k: DocumentKind, header: MeetingHeader, **options):
    """The document's content for the meeting `header` heads; a document that cannot be made now is a
    UserError saying why."""
    reason = k.unavailable(header)
    if reason:
        raise UserError(reason)
    return k.build(header, _split(k, options)[0])


def render_bytes(key: str, header: MeetingHeader, paper: str = "a4", *, progress=None, **options):
    """(content, PDF bytes) of one document; nothing is written."""
    k = kind(key)
    content = build(k, header, **options)
    return content, draw(k, header, content, paper, progress=progress, **options)


def word_kind(key: str) -> DocumentKind:
    """The document `key` when it is made as a Word file too; a clear ValidationError otherwise."""
    k = kind(key)
    if k.docx is None:
        raise ValidationError(f"{k.name} tidak dibuat sebagai berkas Word; pilih salah satu dari: "
                              f"{', '.join(w.key for w in WORD)}.", "document")
    return k


def draw_docx(k: DocumentKind, header: MeetingHeader, content, paper: str, *, progress=None,
              esign: bool = False) -> bytes:
    """The document's .docx bytes from content already built (`esign`: placeholders for the e-office's
    electronic signature instead of the wet-signature block); reads and writes nothing."""
    return k.docx()(content, header.office, paper, progress=progress, esign=esign)


def render_document(key: str, meeting_id: int, path, paper: str = "a4", *, progress=None, fmt: str = "pdf",
                    esign: bool = False, **options) -> Path:
    """One document of a meeting as a PDF (or, `fmt="docx"`, a Word file; `esign` for the TTE variant) at
    `path`; returns the path. `options` are the document's own (copies, blank_rows, include_people, revision,
    per_page, photo_ids). Logged as an export."""
    k = word_kind(key) if fmt == "docx" else kind(key)
    if fmt not in FORMATS:
        raise ValidationError(f"Format {fmt!r} tidak dikenal; pilih pdf atau docx.", "format")
    check_paper(paper)
    header = meeting_header.read(meeting_id)
    if progress:
        progress(0)
    if fmt == "docx":
        content = build(k, header, **options)
        data = draw_docx(k, header, content, paper, progress=progress, esign=esign)
        options = {**options, "format": "docx", "tte": esign}
    else:
        content, data = render_bytes(k.key, header, paper, progress=progress, **options)
    out = write_pdf(path, data)
    log_export(k, header, content, out, paper, **options)
    if progress:
        progress(100)
    return out
