"""Reading the audit log: who did what and when, filtered by person and meeting, with Indonesian labels for
the action and entity codes, and its export to CSV."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
import logging
from pathlib import Path

import peewee

from ..db import write_tx
from ..models import Attendance, AuditLog, Meeting
from ..timefmt import clock, long_date, to_local
from .. import labels
from . import audit

log = logging.getLogger(__name__)


def action_label(code: str) -> str:
    return labels.AUDIT_ACTION.get(code, code)


def entity_label(code: str) -> str:
    return labels.AUDIT_ENTITY.get(code, code)


def when_text(instant: datetime, zone: str) -> str:
    """`Rabu, 07 April 2021 10.00 WIB`: a stored UTC instant in the office's zone."""
    local = to_local(instant, zone)
    return f"{long_date(local)} {clock(local)} {zone}"


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime  # UTC
    actor: str
    action: str
    entity: str
    entity_id: int | None
    meeting_id: int | None
    meeting_title: str
    detail: str
    personal_data: bool

    @property
    def what(self) -> str:
        """`Ubah orang #12`, in the documents' table of codes (domain/labels.py)."""
        number = f" #{self.entity_id}" if self.entity_id is not None else ""
        return f"{action_label(self.action)} {entity_label(self.entity)}{number}"


def _person_condition(person_id: int):
    pid = int(person_id)
    # Details are JSON written by audit.log (", " and ": " separators): the id ends with "," or "}".
    mentions = peewee.SQL("1 = 0")
    for key in ("person_id", "guest_id"):
        for end in (",", "}"):
            mentions = mentions | AuditLog.detail.contains(f'"{key}": {pid}{end}')
    rows = Attendance.select(Attendance.id).where(Attendance.person == pid)
    return (((AuditLog.entity == "person") & (AuditLog.entity_id == pid))
            | ((AuditLog.entity == "attendance") & AuditLog.entity_id.in_(rows))
            | mentions)


def _query(person_id: int | None, meeting_id: int | None):
    q = AuditLog.select()
    if person_id is not None:
        q = q.where(_person_condition(person_id))
    if meeting_id is not None:
        q = q.where(AuditLog.meeting == meeting_id)
    return q


def count(person_id: int | None = None, meeting_id: int | None = None) -> int:
    return _query(person_id, meeting_id).count()


def entries(person_id: int | None = None, meeting_id: int | None = None, offset: int = 0,
            limit: int | None = None) -> list[Entry]:
    """Newest first."""
    q = (_query(person_id, meeting_id).select(AuditLog, Meeting.title.alias("meeting_title"))
         .join(Meeting, peewee.JOIN.LEFT_OUTER).order_by(AuditLog.at.desc(), AuditLog.id.desc()))
    if offset:
        q = q.offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return [Entry(r.id, r.at, r.actor, r.action, r.entity, r.entity_id, r.meeting_id, r.meeting_title or "",
                  r.detail, bool(r.personal_data)) for r in q.objects()]


CSV_HEADERS = ["Waktu", "Waktu (UTC)", "Oleh", "Tindakan", "Objek", "Nomor objek", "Nomor rapat", "Rapat",
               "Rincian", "Data pribadi"]


def to_csv(rows: list[Entry], zone: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_HEADERS)
    for e in rows:
        w.writerow([when_text(e.at, zone), e.at.isoformat() + "Z", e.actor, action_label(e.action),
                    entity_label(e.entity), "" if e.entity_id is None else e.entity_id,
                    "" if e.meeting_id is None else e.meeting_id, e.meeting_title, e.detail,
                    "ya" if e.personal_data else "tidak"])
    return buf.getvalue()


def write_csv(path, zone: str, person_id: int | None = None, meeting_id: int | None = None) -> Path:
    """The filtered log as CSV (UTF-8 with a BOM, so Excel shows the letters right). The export is logged."""
    from .privacy import write_text

    rows = entries(person_id=person_id, meeting_id=meeting_id)
    path = write_text(path, to_csv(rows, zone), bom=True)
    with write_tx():
        audit.log("export", "audit_log", None, meeting_id=meeting_id, personal_data=True,
                  detail={"file": path.name, "rows": len(rows), "person_id": person_id})
    log.info("log audit diekspor ke CSV: %d baris (orang %s, rapat %s)", len(rows), person_id, meeting_id)
    return path
