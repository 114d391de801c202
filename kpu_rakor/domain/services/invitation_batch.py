"""Invitation messages for every invitee at once: a folder with each person's QR (PNG) and WhatsApp text (TXT)
plus an index workbook, or one PDF sheet to print with several invitations per page.

Everything is read in a few queries (the meeting, the invitees with their satker, the invitations' codes, the
office), not per person: 100 invitees take about a second, most of it drawing the QR images.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import peewee

from ..codes import KIND_INVITATION, make_code
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Invitation, Person, Satker
from ..tables import INT, TEXT, Column, Sheet, Workbook
from . import installation, meeting_header, meetings, people, qr
from .badges import office_name
from .invitation_message import compose, sender
from .list_exports import meeting_info

INDEX_NAME = "daftar-undangan.xlsx"
MAX_NAME = 80  # characters of a whole file name, extension included: short enough for any Windows path
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # what Windows refuses in a file name
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


@dataclass(frozen=True)
class PersonalInvitation:
    person_id: int
    name: str
    who: str  # "Ketua, KPU Kabupaten Blitar"
    phone: str
    whatsapp: str  # "https://wa.me/6281234567890", "" when no mobile number is known
    code: str  # the invitation QR's text
    text: str  # the WhatsApp message
    stem: str  # the file name without extension: unique in the batch, safe on Windows


@dataclass
class InvitationSheet:
    """What the printed sheet shows: per invitee the QR, the name and the message (reports/invitation_sheet)."""
    meeting_id: int
    title: str
    day_date: str
    office: str
    entries: list[PersonalInvitation] = field(default_factory=list)


@dataclass(frozen=True)
class FolderResult:
    folder: Path
    count: int
    index: Path


def whatsapp_number(phone: str) -> str:
    """An Indonesian mobile number as WhatsApp wants it: 0812-3456-7890, +62 812… or 812… → 6281234567890;
    "" when it is not a mobile number (a landline, too short)."""
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("08"):
        digits = "62" + digits[1:]
    elif digits.startswith("8"):
        digits = "62" + digits
    return digits if digits.startswith("628") and 10 <= len(digits) <= 15 else ""


def safe_stems(names: Sequence[str], limit: int = MAX_NAME - 4) -> list[str]:
    """File names (without the 4-character extension) from people's names: no character Windows refuses, no
    reserved device name, no trailing dot or space, at most `limit` characters, unique whatever the case."""
    out, taken = [], set()
    for name in names:
        stem = " ".join(_FORBIDDEN.sub("-", name).split()).strip(" .-") or "undangan"
        if stem.split(".")[0].upper() in _RESERVED:
            stem = f"{stem} (undangan)"
        stem = stem[:limit].rstrip(" .")
        candidate, n = stem, 2
        while candidate.casefold() in taken:
            suffix = f" ({n})"
            candidate, n = stem[:limit - len(suffix)].rstrip(" .") + suffix, n + 1
        taken.add(candidate.casefold())
        out.append(candidate)
    return out


def personal_invitations(meeting_id: int, person_ids: Sequence[int] | None = None) -> list[PersonalInvitation]:
    """Every invitee's code and message (or only `person_ids`'), in the official order. Refuses a meeting
    without invitees."""
    m = meetings.get(meeting_id)
    q = (Person.select(Person, Satker)
         .join(Invitation, on=(Invitation.person == Person.id))
         .switch(Person).join(Satker, peewee.JOIN.LEFT_OUTER, on=(Person.satker == Satker.id))
         .where(Invitation.meeting == meeting_id)
         .order_by(Person.position_rank, Person.name_key, Person.id))
    rows = list(q)
    if person_ids is not None:
        wanted = set(person_ids)
        rows = [p for p in rows if p.id in wanted]
    if not rows:
        raise UserError.of(QT_TRANSLATE_NOOP(
            "domain", "Rapat ini belum punya undangan yang tersimpan. Tambahkan peserta di tab Undangan dan "
                      "simpan rapat terlebih dahulu."))
    codes = dict(Invitation.select(Invitation.person, Invitation.code_id)
                 .where(Invitation.meeting == meeting_id).tuples())
    secret, signed_by = installation.secret(), sender()
    stems = safe_stems([p.name for p in rows])
    out = []
    for p, stem in zip(rows, stems):
        who = ", ".join(x for x in (p.position, people.display_institution(p)) if x)
        number = whatsapp_number(p.phone)
        out.append(PersonalInvitation(
            person_id=p.id, name=p.name, who=who, phone=p.phone, whatsapp=f"https://wa.me/{number}" if number else "",
            code=make_code(secret, KIND_INVITATION, codes[p.id]), text=compose(m, p, signed_by), stem=stem))
    return out


INDEX_COLUMNS = (Column("No", INT, 5), Column("Nama"), Column("No. HP", TEXT, 16), Column("Berkas QR"),
                 Column("Berkas teks"), Column("WhatsApp", TEXT, 30))


def _tick(progress, done: int, total: int, text: str = "") -> None:
    if progress:
        progress(done, total, text)


def write_folder(meeting_id: int, folder, person_ids: Sequence[int] | None = None, *,
                 progress: Callable | None = None) -> FolderResult:
    """Into `folder`: `<name>.png` (the QR, for a phone screen) and `<name>.txt` (the message, UTF-8) per
    invitee, and daftar-undangan.xlsx listing who got which files and their wa.me link. Files of the same
    name from an earlier run are replaced. `progress(done, total, text)` may raise Cancelled."""
    from ..documents.output import write_file
    from .table_export import write_table

    folder = Path(folder)
    if not folder.is_dir():
        raise UserError.of(QT_TRANSLATE_NOOP("domain", "Folder {folder} tidak ada; pilih folder lain."),
                           folder=str(folder))
    h = meeting_header.read(meeting_id)
    items = personal_invitations(meeting_id, person_ids)
    total = len(items) + 1
    rows = []
    for i, it in enumerate(items):
        _tick(progress, i, total, it.name)
        write_file(folder / f"{it.stem}.png", qr.qr_png(it.code, for_print=False))
        write_file(folder / f"{it.stem}.txt", it.text.replace("\n", "\r\n").encode("utf-8"))
        rows.append([i + 1, it.name, it.phone, f"{it.stem}.png", f"{it.stem}.txt", it.whatsapp])
    book = Workbook(title=f"Undangan WhatsApp - {h.title}", sheets=(Sheet("Undangan", INDEX_COLUMNS, rows),),
                    info=meeting_info(h, len(rows), "Jumlah undangan"))
    index = write_table(book, folder / INDEX_NAME)
    _log(meeting_id, "folder", len(items), str(folder))
    _tick(progress, total, total)
    return FolderResult(folder, len(items), index)


def sheet(meeting_id: int, person_ids: Sequence[int] | None = None) -> InvitationSheet:
    h = meeting_header.read(meeting_id)
    return InvitationSheet(meeting_id, h.title, h.day_date, office_name(h.office),
                           personal_invitations(meeting_id, person_ids))


def write_sheet(meeting_id: int, path, person_ids: Sequence[int] | None = None, paper: str | None = None, *,
                progress: Callable | None = None) -> Path:
    """The printable sheet as a PDF: several invitations (QR, name, message) per page."""
    from ...reports import invitation_sheet
    from ..documents.output import write_file

    content = sheet(meeting_id, person_ids)
    paper = paper or meeting_header.office().paper
    data = invitation_sheet.render(content, paper=paper,
                                   progress=(lambda pct: progress(pct, 100)) if progress else None)
    out = write_file(path, data)
    _log(meeting_id, "pdf", len(content.entries), out.name)
    return out


def _log(meeting_id: int, kind: str, count: int, where: str) -> None:
    from ..db import write_tx
    from . import audit

    with write_tx():
        audit.log("export", "undangan", meeting_id, meeting_id=meeting_id, personal_data=True,
                  detail={"whatsapp": kind, "people": count, "file": where})
