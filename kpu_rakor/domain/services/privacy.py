"""Personal data on request (UU 27/2022): anonymise or delete a person, export what we hold about them, and
the retention rule that anonymises guests and walk-ins not seen for N months.

An anonymised person keeps their id and their rows (attendance, roles, quotes, follow-ups), so counts and
printed lists stay right, under a placeholder name; what identifies them is cleared.
"""
from __future__ import annotations

import calendar
import csv
import errno
import io
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import peewee

from .. import shared_settings
from ..codes import new_code_id
from ..db import write_tx
from ..errors import NotFound, UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (AgendaItem, Attendance, AuditLog, FollowUp, Invitation, Meeting, MeetingRole, Minutes,
                      NewsDraft, Photo, Person, Quote, Satker, utcnow)
from ..names import name_key
from . import audit, audit_log

log = logging.getLogger(__name__)

PLACEHOLDER = "Peserta terhapus #{id}"
MAX_RETENTION_MONTHS = 600

OUTCOME_DELETED, OUTCOME_ANONYMISED = "dihapus", "dianonimkan"

DEFAULT_RETENTION_MONTHS = 24  # a suggestion shown in Pengaturan; nothing is anonymised without a click


# --- what the daftar hadir prints -------------------------------------------------------------------------

def phone_column() -> bool:
    """Whether the daftar hadir prints the No. HP column. Off unless the office turns it on: a list that
    goes round the hall should not hand everyone's phone number to everyone."""
    return shared_settings.get(shared_settings.PHONE_COLUMN) == "1"


def set_phone_column(on: bool) -> None:
    with write_tx():
        shared_settings.put(shared_settings.PHONE_COLUMN, "1" if on else "0")
        audit.log("update", "setting", None, detail={shared_settings.PHONE_COLUMN: bool(on)})


def placeholder_name(person_id: int) -> str:
    return PLACEHOLDER.format(id=person_id)


def _get(person_id: int) -> Person:
    p = Person.get_or_none(Person.id == person_id)
    if p is None:
        raise NotFound.of(
            QT_TRANSLATE_NOOP("domain", "Orang dengan nomor {person_id} tidak ada di direktori."), person_id=person_id)
    return p


# --- what a printed record needs -------------------------------------------------------------------------

def record_references(person_id: int) -> dict[str, int]:
    """The rows a printed record (daftar hadir, notulen, news) needs this person for, by kind; {} when none.
    Invitations alone are not such a record: deleting a person removes them."""
    counts = {
        "kehadiran": Attendance.select().where(Attendance.person == person_id).count(),
        "mewakili": Attendance.select().where(Attendance.delegate == person_id).count(),
        "peran": MeetingRole.select().where(MeetingRole.person == person_id).count(),
        "kutipan": Quote.select().where(Quote.person == person_id).count(),
        "tindak_lanjut": FollowUp.select().where(FollowUp.person == person_id).count(),
        "notulen": Minutes.select().where((Minutes.opened_by == person_id)
                                          | (Minutes.approved_by == person_id)).count(),
        "pimpinan_notulis": Meeting.select().where((Meeting.chair == person_id)
                                                   | (Meeting.note_taker == person_id)).count(),
    }
    return {k: v for k, v in counts.items() if v}


# --- anonymise -------------------------------------------------------------------------------------------

def _name_pattern(name: str) -> re.Pattern | None:
    # Only a name long enough not to hit ordinary words, and only where it stands alone.
    name = name.strip()
    if len(name) < 4:
        return None
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


def _scrub_text(model, column, pattern: re.Pattern, needle: str, new: str, extra=None) -> None:
    """Replace the name in text derived from the person (news drafts, captions, audit details)."""
    query = model.select(model.id, column).where(column.contains(needle))
    if extra is not None:
        query = query.where(extra)
    for row_id, text in query.tuples():
        changed = pattern.sub(new, text or "")
        if changed != text:
            model.update({column: changed}).where(model.id == row_id).execute()


def _anonymise_in_tx(p: Person, *, by: str, reason: str, action: str = "anonymise") -> None:
    old_name, new_name, now = p.name, placeholder_name(p.id), utcnow()
    Person.update(name=new_name, name_key=name_key(new_name), nip=None, position="", institution="", phone="",
                  email="", code_id=new_code_id(), active=False, anonymised_at=now, updated_at=now
                  ).where(Person.id == p.id).execute()
    # Signatures, Zoom display names and e-mails, review notes; the rows themselves stay for the counts.
    Attendance.update(signature=None, zoom_keys=None, note="", updated_at=now).where(
        Attendance.person == p.id).execute()
    # Badges and invitations printed before no longer sign anyone in.
    for inv_id in [i for (i,) in Invitation.select(Invitation.id).where(Invitation.person == p.id).tuples()]:
        Invitation.update(code_id=new_code_id()).where(Invitation.id == inv_id).execute()
    Photo.update(person=None).where(Photo.person == p.id).execute()
    pattern = _name_pattern(old_name)
    if pattern is not None:
        # Text the app derived from the person (the news draft, photo captions, audit details): the full name
        # as typed. A shortened form someone typed by hand into the minutes is not found here.
        _scrub_text(Photo, Photo.caption, pattern, old_name, new_name)
        _scrub_text(NewsDraft, NewsDraft.headline, pattern, old_name, new_name)
        _scrub_text(NewsDraft, NewsDraft.body, pattern, old_name, new_name)
        _scrub_text(AuditLog, AuditLog.detail, pattern, old_name, new_name)
    audit.log(action, "person", p.id, personal_data=True,
              detail={"by": by.strip(), "reason": reason.strip()})


def anonymise_person(person_id: int, by: str = "", reason: str = "") -> Person:
    """Replace the person's name by `Peserta terhapus #<id>` and clear NIP, position, phone, e-mail,
    signatures, photo links and QR codes. Attendance, roles, quotes and follow-ups stay (counts and printed
    lists stay right). Refused when already anonymised."""
    with write_tx():
        p = _get(person_id)
        if p.anonymised_at is not None:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Orang nomor {person_id} sudah dianonimkan."),
                "person_id", person_id=person_id)
        _anonymise_in_tx(p, by=by, reason=reason)
    return _get(person_id)


@dataclass(frozen=True)
class DeleteOutcome:
    person_id: int
    outcome: str  # OUTCOME_DELETED or OUTCOME_ANONYMISED
    references: dict[str, int] = field(default_factory=dict)  # why it was kept, when it was

    @property
    def deleted(self) -> bool:
        return self.outcome == OUTCOME_DELETED

    def message(self) -> str:
        if self.deleted:
            return f"Orang nomor {self.person_id} dihapus dari basis data."
        kept = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in self.references.items())
        return (f"Orang nomor {self.person_id} masih tercatat pada dokumen rapat ({kept}); datanya "
                f"dianonimkan menjadi “{placeholder_name(self.person_id)}” dan ditandai terhapus.")


def delete_person(person_id: int, by: str = "", reason: str = "") -> DeleteOutcome:
    """Delete a person. When a printed record needs them (attendance, roles, quotes, follow-ups, minutes),
    they are anonymised and marked deleted instead, so the record stays right. Says which happened."""
    with write_tx():
        p = _get(person_id)
        refs = record_references(person_id)
        if refs:
            if p.anonymised_at is None:
                _anonymise_in_tx(p, by=by, reason=reason)
            Person.update(deleted_at=utcnow(), active=False).where(Person.id == person_id).execute()
            audit.log("delete", "person", person_id, personal_data=True,
                      detail={"by": by.strip(), "reason": reason.strip(), "kept_anonymised": refs})
            return DeleteOutcome(person_id, OUTCOME_ANONYMISED, refs)
        pattern = _name_pattern(p.name)
        if pattern is not None:
            _scrub_text(AuditLog, AuditLog.detail, pattern, p.name, placeholder_name(person_id))
        Photo.update(person=None).where(Photo.person == person_id).execute()
        p.delete_instance()  # invitations go with them (ON DELETE CASCADE)
        audit.log("delete", "person", person_id, personal_data=True,
                  detail={"by": by.strip(), "reason": reason.strip()})
    return DeleteOutcome(person_id, OUTCOME_DELETED)


# --- export on request -----------------------------------------------------------------------------------

def _meeting_brief(m: Meeting | None) -> dict:
    if m is None:
        return {"meeting_id": None, "meeting_title": ""}
    return {"meeting_id": m.id, "meeting_title": m.title, "meeting_starts_at": m.starts_at}


def export_person_data(person_id: int) -> dict:
    """Everything held about a person, for an access request: directory fields, invitations, attendance
    (times, method, channel, signature), roles, quotes, follow-ups, photos and the audit entries about them."""
    p = _get(person_id)
    satker = Satker.get_or_none(Satker.id == p.satker_id) if p.satker_id else None
    out: dict = {
        "exported_at": utcnow(),
        "person": {
            "id": p.id, "name": p.name, "nip": p.nip, "position": p.position,
            "satker": satker.name if satker else "", "institution": p.institution, "phone": p.phone,
            "email": p.email, "is_guest": p.is_guest, "active": p.active, "created_at": p.created_at,
            "updated_at": p.updated_at, "anonymised_at": p.anonymised_at, "deleted_at": p.deleted_at,
        },
    }
    out["invitations"] = [
        {**_meeting_brief(i.meeting), "channel": i.channel, "note": i.note, "sent_at": i.sent_at}
        for i in Invitation.select(Invitation, Meeting).join(Meeting).where(Invitation.person == person_id)
        .order_by(Meeting.starts_at, Invitation.id)]
    out["attendance"] = [
        {**_meeting_brief(a.meeting), "status": a.status, "channel": a.channel, "method": a.method,
         "checked_in_at": a.checked_in_at, "desk": a.desk, "minutes_late": a.minutes_late,
         "online_minutes": a.online_minutes, "online_intervals": json.loads(a.online_intervals or "null"),
         "zoom_keys": json.loads(a.zoom_keys or "null"), "note": a.note,
         "delegate_id": a.delegate_id, "signature": json.loads(a.signature) if _is_json(a.signature) else None,
         "recorded_at": a.recorded_at}
        for a in Attendance.select(Attendance, Meeting).join(Meeting).where(Attendance.person == person_id)
        .order_by(Meeting.starts_at, Attendance.id)]
    out["delegated_for"] = [
        {**_meeting_brief(a.meeting), "person_id": a.person_id, "status": a.status}
        for a in Attendance.select(Attendance, Meeting).join(Meeting).where(Attendance.delegate == person_id)
        .order_by(Meeting.starts_at, Attendance.id)]
    out["roles"] = [
        {**_meeting_brief(r.meeting), "role": r.role, "topic": r.topic,
         "agenda_item": r.agenda_item.title if r.agenda_item_id else ""}
        for r in MeetingRole.select(MeetingRole, Meeting).join(Meeting).switch(MeetingRole)
        .join(AgendaItem, peewee.JOIN.LEFT_OUTER).where(MeetingRole.person == person_id)
        .order_by(Meeting.starts_at, MeetingRole.position, MeetingRole.id)]
    out["quotes"] = [
        {**_meeting_brief(q.minutes.meeting), "text": q.text}
        for q in Quote.select(Quote, Minutes, Meeting).join(Minutes).join(Meeting)
        .where(Quote.person == person_id).order_by(Meeting.starts_at, Quote.position, Quote.id)]
    out["follow_ups"] = [
        {**_meeting_brief(f.meeting), "description": f.description, "due_date": f.due_date,
         "status": f.status, "closing_note": f.closing_note}
        for f in FollowUp.select(FollowUp, Meeting).join(Meeting).where(FollowUp.person == person_id)
        .order_by(Meeting.starts_at, FollowUp.position, FollowUp.id)]
    out["photos"] = [
        {**_meeting_brief(ph.meeting), "file_name": ph.file_name, "caption": ph.caption, "taken_at": ph.taken_at}
        for ph in Photo.select(Photo.id, Photo.meeting, Photo.file_name, Photo.caption, Photo.taken_at, Meeting)
        .join(Meeting).where(Photo.person == person_id).order_by(Meeting.starts_at, Photo.id)]
    out["audit"] = [
        {"at": e.at, "actor": e.actor, "action": e.action, "entity": e.entity, "entity_id": e.entity_id,
         "meeting_id": e.meeting_id, "detail": e.detail}
        for e in audit_log.entries(person_id=person_id)]
    return out


def _is_json(text: str | None) -> bool:
    if not text:
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _plain(value):
    if isinstance(value, datetime):
        return value.isoformat() + "Z"  # stored instants are naive UTC
    if isinstance(value, date):
        return value.isoformat()
    return value


def to_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_plain) + "\n"


def to_csv(data: dict) -> str:
    """One row per value: section, row number, field, value. Lists and dicts inside a value are JSON."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["bagian", "baris", "kolom", "nilai"])
    for section, value in data.items():
        rows = value if isinstance(value, list) else [value] if isinstance(value, dict) else [{section: value}]
        for n, row in enumerate(rows, start=1):
            for key, v in row.items():
                v = _plain(v)
                if isinstance(v, (list, dict)):
                    v = json.dumps(v, ensure_ascii=False, default=_plain)
                w.writerow([section, n, key, "" if v is None else v])
    return buf.getvalue()


EXPORT_FORMATS = ("json", "csv")


def write_person_export(person_id: int, path, fmt: str = "json") -> Path:
    """Write the person's data to `path` (JSON, or CSV with a BOM so Excel reads it as UTF-8); logged."""
    if fmt not in EXPORT_FORMATS:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Format {fmt!r} tidak dikenal; pilih json atau csv."), "format", fmt=fmt)
    text = render_person_export(person_id, fmt)
    path = write_text(path, text, bom=fmt == "csv")
    log_person_export(person_id, fmt, path.name)
    log.info("data pribadi orang %d diekspor (%s, %d karakter)", person_id, fmt, len(text))
    return path


def write_text(path, text: str, *, bom: bool = False) -> Path:
    """Write a whole export at once; every failure is one sentence saying what to do. `bom`: CSV for Excel,
    which reads UTF-8 only when the file starts with a byte-order mark."""
    path = Path(path)
    try:
        path.write_text(text, encoding="utf-8-sig" if bom else "utf-8", newline="")
    except PermissionError:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {path.name} tidak dapat ditulis (mungkin sedang dibuka di program "
                                        "lain). Tutup berkas itu atau simpan dengan nama lain."),
            path=path) from None
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Folder {path.parent} tidak ada; pilih folder lain."), path=path) from None
        path.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise UserError.of(
                QT_TRANSLATE_NOOP("domain", "Disk penuh: {path.name} tidak dapat disimpan. Kosongkan ruang disk atau "
                                            "simpan ke disk lain."),
                path=path) from None
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {path.name} tidak dapat disimpan: {reason}."),
            path=path, reason=exc.strerror or exc) from None
    return path


def render_person_export(person_id: int, fmt: str = "json") -> str:
    data = export_person_data(person_id)
    return to_csv(data) if fmt == "csv" else to_json(data)


def log_person_export(person_id: int, fmt: str, target: str) -> None:
    with write_tx():
        audit.log("export", "person", person_id, personal_data=True, detail={"format": fmt, "file": target})


# --- retention -------------------------------------------------------------------------------------------

def months_before(now: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the month's last day when it is shorter)."""
    total = now.year * 12 + (now.month - 1) - months
    year, month = divmod(total, 12)
    day = min(now.day, calendar.monthrange(year, month + 1)[1])
    return now.replace(year=year, month=month + 1, day=day)


@dataclass(frozen=True)
class RetentionCandidate:
    person_id: int
    name: str
    institution: str
    last_seen: datetime  # the start of their last meeting (UTC), or when they were recorded if none
    meetings: int


def _check_months(months: int) -> int:
    try:
        months = int(months)
    except (TypeError, ValueError):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Masa simpan harus berupa jumlah bulan."), "months") from None
    if not 1 <= months <= MAX_RETENTION_MONTHS:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Masa simpan harus 1 sampai {MAX_RETENTION_MONTHS} bulan."),
            "months", MAX_RETENTION_MONTHS=MAX_RETENTION_MONTHS)
    return months


def retention_preview(months: int, now: datetime | None = None) -> list[RetentionCandidate]:
    """Guests and walk-ins (not confirmed into the directory) whose last meeting started more than `months`
    months before `now` (UTC), not yet anonymised; oldest first."""
    months = _check_months(months)
    cutoff = months_before(now or utcnow(), months)
    guests = {p.id: p for p in Person.select(Person, Satker).join(Satker, peewee.JOIN.LEFT_OUTER)
              .where((Person.is_guest == True) & Person.anonymised_at.is_null())}  # noqa: E712
    if not guests:
        return []
    last: dict[int, datetime] = {}
    seen: dict[int, set] = {}
    for model in (Attendance, Invitation):
        q = (model.select(model.person, Meeting.id, Meeting.starts_at).join(Meeting)
             .where(model.person.in_(list(guests))).tuples())
        for pid, mid, starts in q:
            seen.setdefault(pid, set()).add(mid)
            if pid not in last or starts > last[pid]:
                last[pid] = starts
    out = []
    for pid, p in guests.items():
        when = last.get(pid) or p.created_at
        if when < cutoff:
            out.append(RetentionCandidate(pid, p.name, p.satker.name if p.satker_id else p.institution, when,
                                          len(seen.get(pid, ()))))
    return sorted(out, key=lambda c: (c.last_seen, c.person_id))


def retention_months() -> int:
    """The retention period the office chose (months), shared by every PC; the default until it chooses."""
    value = shared_settings.get(shared_settings.RETENTION_MONTHS)
    try:
        return _check_months(value) if value is not None else DEFAULT_RETENTION_MONTHS
    except ValidationError:
        return DEFAULT_RETENTION_MONTHS


def set_retention_months(months: int) -> None:
    months = _check_months(months)
    with write_tx():
        shared_settings.put(shared_settings.RETENTION_MONTHS, str(months))


def apply_retention(months: int, now: datetime | None = None, by: str = "",
                    only_ids: list[int] | None = None) -> list[int]:
    """Anonymise what `retention_preview` lists, in one transaction. `only_ids` limits it to the people the
    user saw in the preview (someone seen again since is left alone). Returns the ids anonymised."""
    months = _check_months(months)
    with write_tx():
        ids = [c.person_id for c in retention_preview(months, now)]
        if only_ids is not None:
            wanted = set(only_ids)
            ids = [i for i in ids if i in wanted]
        reason = f"masa simpan {months} bulan"
        for p in Person.select().where(Person.id.in_(ids)) if ids else []:
            _anonymise_in_tx(p, by=by, reason=reason, action="retention")
        audit.log("retention", "person", None, personal_data=True,
                  detail={"months": months, "count": len(ids), "by": by.strip()})
    return ids
