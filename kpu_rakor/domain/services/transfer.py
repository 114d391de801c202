"""A whole meeting as one JSON file, to move it between installations (format in docs/meeting-format.md)."""
from __future__ import annotations

import json
import logging
import os
import tempfile
from datetime import date, datetime
from pathlib import Path

from ..codes import new_code_id
from ..db import refuse_database_file, write_tx
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..files import read_user_file
from ..models import (AgendaItem, AgendaMinutes, Attendance, FollowUp, Invitation, Meeting, MeetingRole,
                      Minutes, Person, Quote, Satker, utcnow)
from ..names import fold, name_key
from . import audit, meetings, minutes as minutes_service, satker as satker_service
from . import transfer_news, transfer_offices
from .people import position_rank
from .transfer_check import FORMAT, MEETING_TEXTS, VERSION, check_document

log = logging.getLogger(__name__)


def _iso(instant: datetime | None) -> str | None:
    return instant.isoformat() + "Z" if instant else None


def _day(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _satker_ref(s: Satker | None) -> dict | None:
    if s is None:
        return None
    return {"region_code": s.region_code, "name": s.name, "kind": s.kind}


# --- export ------------------------------------------------------------------------------------------------

def _people_refs(m: Meeting, roles, invs, atts, minutes, quotes, fups) -> tuple[dict[int, str], list[Person]]:
    ids = {m.chair_id, m.note_taker_id}
    ids |= {r.person_id for r in roles} | {i.person_id for i in invs} | {a.person_id for a in atts}
    ids |= {a.delegate_id for a in atts} | {q.person_id for q in quotes} | {f.person_id for f in fups}
    if minutes is not None:
        ids |= {minutes.opened_by_id, minutes.approved_by_id}
    ids.discard(None)
    # Ordered by what describes a person, not by id, so an export of the imported copy lists them identically.
    people = sorted(Person.select().where(Person.id.in_(list(ids) or [0])),
                    key=lambda p: (p.name_key, p.nip or "", p.position, p.name, p.id))
    return {p.id: f"p{n}" for n, p in enumerate(people, 1)}, people


def export_meeting(meeting_id: int, target: str = "") -> dict:
    """The meeting and everything recorded about it. Logged as an export of personal data."""
    m = meetings.get(meeting_id)
    agenda = meetings.agenda(meeting_id)
    pos = {a.id: n for n, a in enumerate(agenda)}
    roles = meetings.roles(meeting_id)
    invs = list(Invitation.select().where(Invitation.meeting == m).order_by(Invitation.id))
    atts = list(Attendance.select().where(Attendance.meeting == m).order_by(Attendance.id))
    minutes = Minutes.get_or_none(Minutes.meeting == m)
    # Empty items carry nothing (the minutes service makes one per agenda item); the order is the agenda's,
    # items of removed agenda items last, so an imported copy exports identically.
    items = sorted((i for i in (minutes.items if minutes else []) if i.discussion or i.decisions),
                   key=lambda i: (pos.get(i.agenda_item_id, len(pos)), i.position, i.id))
    quotes = list(minutes.quotes.order_by(Quote.position, Quote.id)) if minutes else []
    fups = list(FollowUp.select().where(FollowUp.meeting == m).order_by(FollowUp.position, FollowUp.id))
    refs, people = _people_refs(m, roles, invs, atts, minutes, quotes, fups)
    ref = refs.get
    doc = {
        "format": FORMAT, "version": VERSION, "exported_at": _iso(utcnow()),
        "meeting": {
            "title": m.title, "our_role": m.our_role, "mode": m.mode, "status": m.status, "timezone": m.timezone,
            "starts_at": _iso(m.starts_at), "ends_at": _iso(m.ends_at),
            **{key: getattr(m, key) for key, _ in MEETING_TEXTS}, "invitation_date": _day(m.invitation_date),
            "organizer": _satker_ref(m.organizer), "series": m.series.name if m.series_id else None,
            "late_threshold_minutes": m.late_threshold_minutes, "chair": ref(m.chair_id),
            "note_taker": ref(m.note_taker_id), "invitation_signatory": m.invitation_signatory,
        },
        "people": [{"ref": refs[p.id], "name": p.name, "nip": p.nip, "position": p.position,
                    "satker": _satker_ref(p.satker), "institution": p.institution, "phone": p.phone,
                    "email": p.email, "is_guest": p.is_guest, "short_name": p.short_name} for p in people],
        "agenda": [{"title": a.title, "planned_start": _iso(a.planned_start), "planned_end": _iso(a.planned_end),
                    "notes": a.notes} for a in agenda],
        "roles": [{"person": ref(r.person_id), "role": r.role, "agenda": pos.get(r.agenda_item_id),
                   "topic": r.topic} for r in roles],
        "invitees": [{"person": ref(i.person_id), "channel": i.channel, "note": i.note, "sent_at": _iso(i.sent_at)}
                     for i in invs],
        "attendance": [{"person": ref(a.person_id), "status": a.status, "channel": a.channel, "method": a.method,
                        "checked_in_at": _iso(a.checked_in_at), "desk": a.desk, "minutes_late": a.minutes_late,
                        "online_minutes": a.online_minutes, "delegate": ref(a.delegate_id), "note": a.note,
                        "signature": a.signature, "recorded_at": _iso(a.recorded_at),
                        # Zoom intervals and report keys: a report imported on the other PC then merges
                        # instead of starting over; an unreviewed phone guest stays marked.
                        "online_intervals": a.online_intervals, "zoom_keys": a.zoom_keys,
                        "needs_review": a.needs_review, "device": a.device} for a in atts],
        "minutes": None if minutes is None else {
            "opened_at": _iso(minutes.opened_at), "opened_by": ref(minutes.opened_by_id),
            "opening_text": minutes.opening_text, "discussion": minutes.discussion,
            "closed_at": _iso(minutes.closed_at),
            "closing_text": minutes.closing_text, "conclusions": minutes.conclusions, "status": minutes.status,
            "approved_by": ref(minutes.approved_by_id), "approved_at": _iso(minutes.approved_at),
            "revision": minutes.revision,
            "items": [{"agenda": pos.get(i.agenda_item_id), "discussion": i.discussion, "decisions": i.decisions}
                      for i in items],
            "quotes": [{"agenda": pos.get(q.agenda_item_id), "person": ref(q.person_id), "text": q.text}
                       for q in quotes],
        },
        "follow_ups": [{"agenda": pos.get(f.agenda_item_id), "description": f.description,
                        "person": ref(f.person_id), "satker": _satker_ref(f.satker), "due_date": _day(f.due_date),
                        "status": f.status, "closing_note": f.closing_note} for f in fups],
        "office_invitees": transfer_offices.export_offices(m.id, _satker_ref),  # offices invited as a whole
        "office": transfer_news.export_office(_satker_ref),
        "photos": transfer_news.export_photos(m.id, ref, _iso),
        "news": transfer_news.export_news(m.id),
    }
    audit.log("export", "meeting", m.id, meeting_id=m.id, personal_data=True,
              detail={"format": FORMAT, "people": len(people), "target": target or "stdout"})
    return doc


def export_json(meeting_id: int, target: str = "") -> str:
    return json.dumps(export_meeting(meeting_id, target), ensure_ascii=False, indent=2) + "\n"


def write_export(meeting_id: int, path: str | Path) -> Path:
    """Write the export next to its final name first, so a full disk never leaves half a file behind."""
    path = Path(path)
    refuse_database_file(path)  # replacing it would swap the database away under the open connection
    # Checked before anything is exported (and logged), and named as the user wrote it: an error about the
    # temporary file would name a file the user never asked for.
    folder = path.parent
    if not folder.is_dir():
        what = "bukan folder" if folder.exists() else "tidak ada"
        raise UserError(f"Tidak dapat menyimpan ke {str(path)!r}: folder {str(folder)!r} {what}.")
    if path.is_dir():
        raise UserError(f"Tidak dapat menyimpan ke {str(path)!r}: itu folder; tulis nama berkas, "
                        f"mis. {str(path / 'rapat.json')!r}.")
    text = export_json(meeting_id, str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".rakor-", suffix=".json", dir=str(folder.resolve()))
    except OSError as exc:  # no permission, read-only disk: report the file the user named
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info("rapat %d diekspor ke berkas JSON (%d byte)", meeting_id, len(text.encode("utf-8")))
    return path


# --- import ------------------------------------------------------------------------------------------------

def read_file(path: str | Path):
    """The parsed JSON of a file, or a UserError saying in one sentence what is wrong with it."""
    path = Path(path)
    raw = read_user_file(path, "berkas ekspor rapat")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {path!r} bukan teks UTF-8, jadi bukan ekspor rapat KPU Rakor."),
            path=str(path)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {path!r} bukan JSON yang sah (rusak di baris {exc.lineno}, "
                                        "kolom {exc.colno})."),
            path=str(path), exc=exc) from None
    except RecursionError:
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {path!r} bersarang terlalu dalam untuk dibaca."),
            path=str(path)) from None
    except ValueError:  # an integer of thousands of digits: Python refuses to convert it
        raise UserError.of(
            QT_TRANSLATE_NOOP("domain", "Berkas {path!r} berisi angka yang terlalu panjang, jadi bukan ekspor rapat "
                                        "KPU Rakor yang sah."),
            path=str(path)) from None


def import_file(path: str | Path, *, set_office: bool = False) -> Meeting:
    return import_data(read_file(path), source=str(path), set_office=set_office)


def import_data(data, source: str = "", *, set_office: bool = False) -> Meeting:
    """A new meeting from an export. Validates everything first; on any error nothing is changed.
    `set_office`: a fresh installation (no office profile yet) takes the file's recording office as its own,
    so "our people" and the article read as they did where the meeting was recorded."""
    plan = check_document(data)
    if set_office:
        transfer_news.check_set_office(plan)
    with write_tx():
        satkers: dict[tuple, int | None] = {}
        if set_office:
            transfer_news.set_office(plan["office"], _satker_id(plan["office"]["satker"], satkers))
        people, created = _resolve_people(plan["people"], satkers)
        meeting = _create_meeting(plan, people, satkers)
        audit.log("import", "meeting", meeting.id, meeting_id=meeting.id, personal_data=True,
                  detail={"source": source, "people_created": created, "people_matched": len(people) - created})
    log.info("berkas rapat diimpor sebagai rapat %d: %d orang baru, %d orang cocok", meeting.id, created,
             len(people) - created)
    return meeting


def _satker_id(desc: dict | None, cache: dict) -> int | None:
    if desc is None:
        return None
    key = (desc["region_code"], desc["name"], desc["kind"])
    if key not in cache:
        found = satker_service.by_region_code(desc["region_code"]) if desc["region_code"] else None
        if found is None:
            found = satker_service.find_by_name(desc["name"])
        if found is None:
            found = satker_service.add_institution(desc["name"], kind=desc["kind"])
        cache[key] = found.id
    return cache[key]


def _resolve_people(descs: list[dict], satkers: dict) -> tuple[dict[str, int], int]:
    """Each described person matched to the directory (same NIP, else same name and satker) or created."""
    out: dict[str, int] = {}
    claimed: set[int] = set()
    created = 0
    for d in descs:
        sid = _satker_id(d["satker"], satkers)
        key = name_key(d["name"])
        found = None
        if d["nip"]:
            found = Person.select().where((Person.nip == d["nip"]) & Person.id.not_in(list(claimed) or [0])
                                          ).order_by(Person.id).first()
        if found is None:
            q = Person.select().where(Person.name_key == key)
            q = q.where(Person.satker == sid) if sid else q.where(Person.satker.is_null())
            if d["nip"]:
                q = q.where(Person.nip.is_null())  # a different NIP is a different person
            # Two different people with the same name in one file must not collapse into one row.
            found = next((p for p in q.order_by(Person.id) if p.id not in claimed
                          and (sid or fold(p.institution) == fold(d["institution"]))), None)
        if found is None:
            found = Person.create(name=d["name"], name_key=key, nip=d["nip"], position=d["position"],
                                  position_rank=position_rank(d["position"]), satker=sid,
                                  institution=d["institution"], phone=d["phone"], email=d["email"],
                                  is_guest=d["is_guest"], short_name=d["short_name"], code_id=new_code_id())
            created += 1
        claimed.add(found.id)
        out[d["ref"]] = found.id
    return out, created


def _create_meeting(plan: dict, people: dict[str, int], satkers: dict) -> Meeting:
    m = dict(plan["meeting"])
    m["organizer"] = _satker_id(m["organizer"], satkers)
    m["series"] = meetings.series_id(m["series"])
    m["chair"], m["note_taker"] = people.get(m["chair"]), people.get(m["note_taker"])
    meeting = Meeting.create(code_id=new_code_id(), **m)
    agenda = [AgendaItem.create(meeting=meeting, position=n, **a).id for n, a in enumerate(plan["agenda"])]

    def agenda_id(index):
        return None if index is None else agenda[index]

    for n, r in enumerate(plan["roles"]):
        MeetingRole.create(meeting=meeting, person=people[r["person"]], role=r["role"],
                           agenda_item=agenda_id(r["agenda"]), topic=r["topic"], position=n)
    for i in plan["invitees"]:
        Invitation.create(meeting=meeting, person=people[i["person"]], code_id=new_code_id(), channel=i["channel"],
                          note=i["note"], sent_at=i["sent_at"])
    now = utcnow()
    for a in plan["attendance"]:
        Attendance.create(meeting=meeting, **{**a, "person": people[a["person"]],
                                              "delegate": people.get(a["delegate"]),
                                              "recorded_at": a["recorded_at"] or now, "updated_at": now})
    if plan["minutes"] is not None:
        _import_minutes(meeting.id, plan["minutes"], people, agenda_id)
    for n, fu in enumerate(plan["follow_ups"]):
        FollowUp.create(meeting=meeting, agenda_item=agenda_id(fu["agenda"]), description=fu["description"],
                        person=people.get(fu["person"]), satker=_satker_id(fu["satker"], satkers),
                        due_date=fu["due_date"], status=fu["status"], closing_note=fu["closing_note"], position=n)
    transfer_offices.import_offices(meeting.id, plan["office_invitees"], lambda d: _satker_id(d, satkers))
    transfer_news.import_photos_and_news(meeting.id, plan, people)
    return meeting


def _import_minutes(meeting_id: int, mi: dict, people: dict[str, int], agenda_id) -> None:
    """Through the minutes service, as if typed: one item per agenda item, quotes validated. Items of agenda
    items removed before the export (or a second item of one agenda item) are kept as they were. The sign-off
    state is taken over as recorded."""
    snap = minutes_service.save(meeting_id, {
        "opened_at": mi["opened_at"], "opened_by": people.get(mi["opened_by"]), "opening_text": mi["opening_text"],
        "discussion": mi["discussion"],
        "closed_at": mi["closed_at"], "closing_text": mi["closing_text"], "conclusions": mi["conclusions"],
        "quotes": [{"agenda_item_id": agenda_id(q["agenda"]), "person_id": people.get(q["person"]), "text": q["text"]}
                   for q in mi["quotes"]]})
    free = {i["agenda_item_id"]: i["id"] for i in snap["items"] if i["agenda_item_id"]}
    typed, extra = [], []
    for n, it in enumerate(mi["items"]):
        item_id = free.pop(agenda_id(it["agenda"]), None) if it["agenda"] is not None else None
        if item_id is None:
            extra.append((n, it))
        else:
            typed.append({"id": item_id, "discussion": it["discussion"], "decisions": it["decisions"]})
    if typed:
        minutes_service.save(meeting_id, {"items": typed})
    row = Minutes.get(Minutes.meeting == meeting_id)
    for n, it in extra:
        AgendaMinutes.create(minutes=row, agenda_item=agenda_id(it["agenda"]), position=len(mi["items"]) + n,
                             discussion=it["discussion"], decisions=it["decisions"])
    Minutes.update(status=mi["status"], approved_by=people.get(mi["approved_by"]), approved_at=mi["approved_at"],
                   revision=mi["revision"]).where(Minutes.id == row.id).execute()
