"""A meeting's lists for Excel: the invitees and the attendance, as `domain.tables.Workbook` values that
`table_export.write_table` writes as XLSX or CSV. The Tindak Lanjut and Direktori lists are in
`list_exports_more.py`; what every workbook shares (the Informasi lines, writing with an audit entry) is here.

Each workbook is read in a few set-wise queries whatever the number of rows (no query per person), so a list of
5,000 people exports in about a second. Cells are typed: a check-in is a datetime in the meeting's own zone,
minutes are numbers, a NIP or a phone number stays text (leading zeros kept).
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import peewee

from .. import labels
from ..db import write_tx
from ..models import Attendance, Invitation, Person, Satker, utcnow
from ..tables import DATETIME, INT, TEXT, Column, Sheet, Workbook
from ..timefmt import ZONE_NAMES, clock, long_date, to_local
from . import audit, installation, meeting_header
from .attendance_review import AttendanceLine, proof

NOT_RECORDED = "Belum tercatat"  # invited, no attendance row yet: neither present nor absent


def made_line(zone: str | None = None) -> tuple[str, str]:
    """("Dibuat", "Jumat, 04 Desember 2026 pukul 11.30 WIB"): when the list was read, in the office's zone."""
    zone = zone or installation.office_zone()
    now = to_local(utcnow(), zone)
    return "Dibuat", f"{long_date(now)} pukul {clock(now)} {zone}"


def meeting_info(h: meeting_header.MeetingHeader, count: int, what: str) -> tuple[tuple[str, str], ...]:
    """The Informasi lines of a meeting's list: the meeting, its day, hours, zone and place, our office."""
    lines = [("Rapat", h.title), ("Hari/Tanggal", h.day_date), ("Pukul", h.hours),
             ("Zona waktu", f"{h.zone} ({ZONE_NAMES.get(h.zone, h.zone)})"), ("Tempat", h.place)]
    if h.office.name:
        lines.append(("Kantor", h.office.name))
    lines += [(what, f"{count} orang"), made_line(h.office.timezone or None)]
    return tuple(lines)


def _nip(nip: str | None) -> str:
    return nip or ""  # the 18 digits as text: Excel keeps them whole, imports read them back


def _institution(p: Person, satker_name: str | None) -> str:
    return satker_name or p.institution or ""


# --- invitees ---------------------------------------------------------------------------------------------

INVITEE_COLUMNS = (Column("No", INT, 5), Column("Nama"), Column("NIP", TEXT, 20), Column("Jabatan"),
                   Column("Satker/Instansi"), Column("No. HP", TEXT, 16), Column("Email"),
                   Column("Saluran", TEXT, 10))


def invitee_rows(meeting_id: int) -> list[tuple[Person, str, str]]:
    """(person, satker name, invited channel) of every invitee, in the official order: one query."""
    q = (Person.select(Person, Satker.name.alias("satker_name"), Invitation.channel.alias("invited_channel"))
         .join(Invitation, on=(Invitation.person == Person.id))
         .switch(Person).join(Satker, peewee.JOIN.LEFT_OUTER, on=(Person.satker == Satker.id))
         .where(Invitation.meeting == meeting_id)
         .order_by(Person.position_rank, Person.name_key, Person.id).objects())
    return [(p, p.satker_name or "", p.invited_channel or "") for p in q]


def invitees_workbook(meeting_id: int) -> Workbook:
    h = meeting_header.read(meeting_id)
    rows = [[n, p.name, _nip(p.nip), p.position, _institution(p, satker), p.phone, p.email,
             labels.CHANNEL.get(channel, "")]
            for n, (p, satker, channel) in enumerate(invitee_rows(meeting_id), start=1)]
    return Workbook(title=f"Daftar undangan - {h.title}", sheets=(Sheet("Undangan", INVITEE_COLUMNS, rows),),
                    info=meeting_info(h, len(rows), "Jumlah undangan"))


# --- attendance ----------------------------------------------------------------------------------------------

ATTENDANCE_COLUMNS = (
    Column("No", INT, 5), Column("Nama"), Column("NIP", TEXT, 20), Column("Jabatan"), Column("Satker/Instansi"),
    Column("Status", TEXT, 16), Column("Saluran", TEXT, 10), Column("Cara"), Column("Masuk", DATETIME, 17),
    Column("Terlambat (menit)", INT, 11), Column("Menit daring", INT, 9), Column("Diwakili oleh"),
    Column("Catatan"))


def _how(a: Attendance) -> str:
    """How the presence was shown, as the Kehadiran tab and the daftar hadir say it (attendance_review.proof):
    "Kode QR, Meja 1", "HP (LAN), tanda tangan, perangkat 7KQ2", "Manual, Meja Depan"."""
    line = AttendanceLine(person_id=a.person_id, name="", position="", institution="", is_guest=False,
                          status=a.status, channel=a.channel, method=a.method, time="",
                          online_minutes=a.online_minutes, needs_review=bool(a.needs_review), note="",
                          signed=bool(a.signature), checked_in_at=a.checked_in_at, device=a.device or "",
                          desk=a.desk or "")
    return proof(line)


def attendance_workbook(meeting_id: int) -> Workbook:
    """Everyone invited or recorded: status, channel, how, the check-in in the meeting's zone, minutes late and
    online, the delegate. Invitees nobody recorded read "Belum tercatat"; the recorded come first by time."""
    h = meeting_header.read(meeting_id)
    zone = h.zone
    delegate = Person.alias("delegate")
    recorded = list(Attendance.select(Attendance, delegate.name.alias("delegate_name"))
                    .join(delegate, peewee.JOIN.LEFT_OUTER, on=(Attendance.delegate == delegate.id))
                    .where(Attendance.meeting == meeting_id).objects())
    by_person = {a.person_id: a for a in recorded}
    invited = {pid: ch for pid, ch in Invitation.select(Invitation.person, Invitation.channel)
               .where(Invitation.meeting == meeting_id).tuples()}
    ids = list(set(by_person) | set(invited))
    persons = []
    for chunk in range(0, len(ids), 900):  # SQLite's limit on bound values
        persons += list(Person.select(Person, Satker.name.alias("satker_name"))
                        .join(Satker, peewee.JOIN.LEFT_OUTER, on=(Person.satker == Satker.id))
                        .where(Person.id.in_(ids[chunk:chunk + 900])).objects())

    def order(p):
        a = by_person.get(p.id)
        at = a.checked_in_at if a and a.checked_in_at else None
        return (a is None, at is None, at or datetime.min, p.position_rank, p.name_key, p.id)

    rows = []
    for n, p in enumerate(sorted(persons, key=order), start=1):
        a = by_person.get(p.id)
        base = [n, p.name, _nip(p.nip), p.position, _institution(p, p.satker_name)]
        if a is None:
            rows.append(base + [NOT_RECORDED, labels.CHANNEL.get(invited.get(p.id, ""), ""), "", None, None, None,
                                "", ""])
            continue
        at = to_local(a.checked_in_at, zone).replace(tzinfo=None) if a.checked_in_at else None
        rows.append(base + [
            labels.ATTENDANCE.get(a.status, a.status), labels.CHANNEL.get(a.channel, a.channel), _how(a), at,
            a.minutes_late if at is not None else None, a.online_minutes, a.delegate_name or "", a.note or ""])
    return Workbook(title=f"Kehadiran - {h.title}", sheets=(Sheet("Kehadiran", ATTENDANCE_COLUMNS, rows),),
                    info=meeting_info(h, len(rows), "Jumlah orang") + (
                        ("Masuk", f"pukul menurut {zone}; kosong bila belum memindai atau dicatat tanpa jam"),))


# --- writing -------------------------------------------------------------------------------------------------

def save(book: Workbook, path, *, entity: str, meeting_id: int | None = None, fmt: str | None = None) -> Path:
    """Write `book` (XLSX or CSV by the suffix) and note the export of personal data in the audit log."""
    from .table_export import write_table

    out = write_table(book, path, fmt)
    rows = len(book.sheets[0].rows) if book.sheets else 0
    with write_tx():
        audit.log("export", entity, None, meeting_id=meeting_id, personal_data=True,
                  detail={"list": book.title, "rows": rows, "file": out.name})
    return out
