"""Meetings: create, change, list and read them, with agenda, roles and invitees.

Times come in as wall-clock date and time in the meeting's zone and are stored as UTC instants.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import peewee

from ..codes import new_code_id
from ..db import write_tx
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (MEETING_ROLES, MEETING_STATUSES, MODE_DARING, MODES, OUR_ROLES, AgendaItem,
                      SIGNATORY_CHAIR, SIGNATORY_SECRETARY, Invitation, Meeting, MeetingRole, MeetingSeries,
                      Person, Satker, Setting)
from ..timefmt import ZONES, combine_utc, to_local
from .. import labels, shared_settings
from . import audit

SIGNATORY_ROLES = (SIGNATORY_CHAIR, SIGNATORY_SECRETARY)

MEETING_FIELDS = (
    "title", "kind", "our_role", "mode", "date", "start_time", "end_time", "timezone", "venue", "venue_address",
    "online_platform", "zoom_meeting_id", "zoom_passcode", "online_link", "livestream_link", "organizer_id",
    "invitation_number", "invitation_date", "invitation_nature", "invitation_attachment", "basis_letters",
    "description", "chair_id", "note_taker_id", "status", "series", "late_threshold_minutes",
    "invitation_signatory",
)


def get(meeting_id: int) -> Meeting:
    m = Meeting.get_or_none(Meeting.id == meeting_id)
    if m is None:
        raise NotFound.of(
            QT_TRANSLATE_NOOP("domain", "Rapat dengan nomor {meeting_id} tidak ditemukan."), meeting_id=meeting_id)
    return m


def _check_choice(value, allowed, label, fieldname):
    if value not in allowed:
        names = labels.CHOICES.get(fieldname, {})
        options = ", ".join(f"{code} ({names[code]})" if code in names and names[code] != code else code
                            for code in allowed)
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "{label} {value!r} tidak dikenal; pilih salah satu: {options}."),
            fieldname, label=label, value=value, options=options)


def _person_or_none(pid, fieldname):
    if pid is None:
        return None
    if not Person.select().where(Person.id == pid).exists():
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Orang nomor {pid} tidak ada di direktori."), fieldname, pid=pid)
    return pid


def series_id(name: str | None) -> int | None:
    """The id of the series called `name`, made when new; None for no series."""
    name = " ".join((name or "").split())
    if not name:
        return None
    if len(name) > 200:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Nama seri rapat terlalu panjang (paling banyak 200 huruf)."), "series")
    MeetingSeries.insert(name=name).on_conflict_ignore().execute()
    return MeetingSeries.get(MeetingSeries.name == name).id


# Free-text fields and their limits. CharFields take the column's own length, so SQLite (which would
# store anything) and PostgreSQL (which refuses) agree, and an export always imports again.
TEXT_FIELDS = ("kind", "venue", "venue_address", "online_platform", "zoom_meeting_id", "zoom_passcode",
               "online_link", "livestream_link", "invitation_number", "invitation_nature",
               "invitation_attachment", "basis_letters", "description")
TEXT_LABELS = {
    "kind": "Jenis kegiatan", "venue": "Tempat", "venue_address": "Alamat tempat", "online_platform": "Platform daring",
    "zoom_meeting_id": "ID rapat Zoom", "zoom_passcode": "Kode sandi", "online_link": "Tautan rapat",
    "livestream_link": "Tautan siaran langsung", "invitation_number": "Nomor surat undangan",
    "invitation_nature": "Sifat surat", "invitation_attachment": "Lampiran surat", "basis_letters": "Dasar",
    "description": "Keterangan",
}
LONG_TEXT_LIMIT = 20000


def text_limit(fieldname: str) -> int:
    return getattr(getattr(Meeting, fieldname), "max_length", None) or LONG_TEXT_LIMIT


def clean_text(value, fieldname: str, label: str, limit: int) -> str:
    """Trimmed text within `limit` characters, without characters no database can store."""
    text = (value or "").strip()
    if len(text) > limit:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "{label} terlalu panjang ({length} huruf; paling banyak {limit})."),
            fieldname, label=label, length=len(text), limit=limit)
    if "\x00" in text or any("\ud800" <= c <= "\udfff" for c in text):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "{label} berisi karakter yang tidak sah; ketik ulang isinya."),
            fieldname, label=label)
    return text


def _values(data: dict, current: Meeting | None) -> dict:
    unknown = set(data) - set(MEETING_FIELDS)
    if unknown:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Kolom rapat tidak dikenal: {fields}."), fields=', '.join(sorted(unknown)))
    out: dict = {}
    if "title" in data:
        title = clean_text(" ".join((data["title"] or "").split()), "title", "Nama kegiatan", 300)
        if not title:
            raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Nama kegiatan/rapat wajib diisi."), "title")
        out["title"] = title
    for key, allowed, label in (("our_role", OUR_ROLES, "Peran kantor"), ("mode", MODES, "Mode rapat"),
                                ("status", MEETING_STATUSES, "Status rapat"),
                                ("invitation_signatory", ("", *SIGNATORY_ROLES), "Penanda tangan surat")):
        if key in data:
            _check_choice(data[key], allowed, label, key)
            out[key] = data[key]
    if "timezone" in data:
        _check_choice(data["timezone"], tuple(ZONES), "Zona waktu", "timezone")
        out["timezone"] = data["timezone"]
    zone = out.get("timezone") or (current.timezone if current else "WIB")
    # Date and times are given in the meeting's zone; recompute the instants whenever any of them changes.
    if current is not None:
        local_start = to_local(current.starts_at, current.timezone)
        local_end = to_local(current.ends_at, current.timezone) if current.ends_at else None
        day, start, end = local_start.date(), local_start.time(), (local_end.time() if local_end else None)
    else:
        day, start, end = None, time(9, 0), None
    day = data.get("date", day)
    start = data.get("start_time", start) or time(9, 0)
    end = data.get("end_time", end)
    if isinstance(day, str):
        day = _parse_date(day, "date")
    if day is None:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Tanggal rapat wajib diisi."), "date")
    if not 1900 <= day.year <= 2200:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Tahun rapat {day.year} tidak masuk akal; periksa tanggalnya."),
            "date", day=day)
    if end is not None and end <= start:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Jam selesai harus sesudah jam mulai (kosongkan untuk \"s.d. selesai\")."),
            "end_time")
    out["starts_at"] = combine_utc(day, start, zone)
    out["ends_at"] = combine_utc(day, end, zone) if end is not None else None
    for key in TEXT_FIELDS:
        if key in data:
            out[key] = clean_text(data[key], key, TEXT_LABELS[key], text_limit(key))
    if "invitation_date" in data:
        v = data["invitation_date"]
        out["invitation_date"] = _parse_date(v, "invitation_date") if isinstance(v, str) and v else (v or None)
    if "organizer_id" in data:
        sid = data["organizer_id"]
        if sid is not None and not Satker.select().where(Satker.id == sid).exists():
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Satker penyelenggara nomor {sid} tidak ada."), "organizer_id", sid=sid)
        out["organizer"] = sid
    if "chair_id" in data:
        out["chair"] = _person_or_none(data["chair_id"], "chair_id")
    if "note_taker_id" in data:
        out["note_taker"] = _person_or_none(data["note_taker_id"], "note_taker_id")
    if "series" in data:
        out["series"] = series_id(data["series"])
    if "late_threshold_minutes" in data:
        v = data["late_threshold_minutes"]
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= 24 * 60):
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Batas terlambat harus antara 0 dan 1440 menit."), "late_threshold_minutes")
        out["late_threshold_minutes"] = v
    mode = out.get("mode") or (current.mode if current else None)
    if mode in (MODE_DARING,) and not out.get("online_platform") and not (current and current.online_platform):
        out.setdefault("online_platform", "Zoom Meeting")
    return out


def _parse_date(text, fieldname) -> date:
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Tanggal {text!r} tidak sah; tulis sebagai TTTT-BB-HH, mis. 2021-04-07."),
            fieldname, text=text) from None


def create(**data) -> Meeting:
    if not data.get("title"):
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Nama kegiatan/rapat wajib diisi."), "title")
    from .letter_fields import remembered

    values = _values({**remembered(), **data}, None)  # the Sifat, Lampiran, signatory of the last letter
    with write_tx():
        m = Meeting.create(code_id=new_code_id(), **values)
        audit.log("create", "meeting", m.id, meeting_id=m.id, detail={"title": m.title})
    return m


def create_new(title: str) -> Meeting:
    """The meeting *Baru* makes before its window opens (the window saves each change as it is typed): today
    at 09.00 in the office's zone, at the office's usual venue, organised by the office itself."""
    from ..models import STATUS_SCHEDULED, utcnow
    from . import installation  # installation reads the directory at import; only needed here

    office = installation.profile()
    zone = installation.office_zone()
    return create(title=title, date=to_local(utcnow(), zone).date(), start_time=time(9, 0), timezone=zone,
                  venue=office.default_venue, organizer_id=office.satker_id, status=STATUS_SCHEDULED)


def update(meeting_id: int, **data) -> Meeting:
    m = get(meeting_id)
    values = _values(data, m)
    with write_tx():
        for key, value in values.items():
            setattr(m, key, value)
        m.save()
        audit.log("update", "meeting", m.id, meeting_id=m.id, detail=sorted(data))
    return m


def delete(meeting_id: int) -> None:
    m = get(meeting_id)
    with write_tx():
        audit.log("delete", "meeting", m.id, detail={"title": m.title})
        m.delete_instance(recursive=False)
        # Its article's audience and photos and its receipt amounts (per person: personal data) live in the
        # setting table, outside the cascade.
        Setting.delete().where(Setting.key.in_(shared_settings.of_meeting(m.id))).execute()


# --- lists ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MeetingRow:
    """One line of the meeting list: only what the list shows, cheap to fetch for 10,000 meetings."""

    id: int
    title: str
    kind: str
    our_role: str
    mode: str
    status: str
    starts_at: datetime
    ends_at: datetime | None
    timezone: str
    venue: str
    organizer: str


def _filtered(q, search: str = "", month: tuple[int, int] | None = None, mode: str | None = None,
              our_role: str | None = None):
    """The list's filters, in SQL and exact, so paging and counting agree."""
    if mode:
        q = q.where(Meeting.mode == mode)
    if our_role:
        q = q.where(Meeting.our_role == our_role)
    if month:
        year, mon = month
        nxt = date(year + (mon == 12), mon % 12 + 1, 1)
        # The month is the meeting's local one: one UTC window per zone.
        in_month = None
        for zone in ZONES:
            cond = ((Meeting.timezone == zone)
                    & (Meeting.starts_at >= combine_utc(date(year, mon, 1), time(0, 0), zone))
                    & (Meeting.starts_at < combine_utc(nxt, time(0, 0), zone)))
            in_month = cond if in_month is None else (in_month | cond)
        q = q.where(in_month)
    for word in (search or "").split():
        like = f"%{word}%"
        q = q.where(Meeting.title ** like | Meeting.venue ** like | Meeting.kind ** like
                    | Meeting.invitation_number ** like)
    return q


def listing(search: str = "", month: tuple[int, int] | None = None, mode: str | None = None,
            our_role: str | None = None, limit: int | None = None, offset: int = 0) -> list[MeetingRow]:
    """Meetings newest first, filtered; `month` is (year, month) in each meeting's own zone."""
    q = _filtered(_row_query(), search, month, mode, our_role)
    q = q.order_by(Meeting.starts_at.desc(), Meeting.id.desc()).offset(offset)
    if limit:
        q = q.limit(limit)
    return [_row(r) for r in q.dicts()]


def _row_query():
    return (Meeting.select(Meeting.id, Meeting.title, Meeting.kind, Meeting.our_role, Meeting.mode,
                           Meeting.status, Meeting.starts_at, Meeting.ends_at, Meeting.timezone, Meeting.venue,
                           Satker.name.alias("organizer_name"))
            .join(Satker, peewee.JOIN.LEFT_OUTER, on=(Meeting.organizer == Satker.id)))


def _row(r: dict) -> MeetingRow:
    return MeetingRow(r["id"], r["title"], r["kind"], r["our_role"], r["mode"], r["status"], r["starts_at"],
                      r["ends_at"], r["timezone"], r["venue"], r["organizer_name"] or "")


def count(search: str = "", month: tuple[int, int] | None = None, mode: str | None = None,
          our_role: str | None = None) -> int:
    """How many meetings `listing` returns with the same filters."""
    return _filtered(Meeting.select(Meeting.id), search, month, mode, our_role).count()


# --- agenda, roles, invitations ---------------------------------------------------------------------------

def set_agenda(meeting_id: int, items: list[dict]) -> list[AgendaItem]:
    """Replace the agenda with `items` (title, optional start/end wall-clock times), in that order.
    Items keep their ids when given one, so roles and minutes tied to them stay tied."""
    m = get(meeting_id)
    day = to_local(m.starts_at, m.timezone).date()
    with write_tx():
        keep = []
        for pos, item in enumerate(items):
            title = clean_text(" ".join((item.get("title") or "").split()), "agenda",
                               f"Judul acara nomor {pos + 1}", 300)
            if not title:
                raise ValidationError.of(
                    QT_TRANSLATE_NOOP("domain", "Acara nomor {position} belum diberi judul."),
                    "agenda", position=pos + 1)
            start, end = item.get("start_time"), item.get("end_time")
            if start and end and end <= start:
                raise ValidationError.of(
                    QT_TRANSLATE_NOOP("domain", "Jam selesai acara nomor {position} harus sesudah jam mulai."),
                    "agenda", position=pos + 1)
            values = dict(meeting=m, position=pos, title=title, notes=item.get("notes", ""),
                          planned_start=combine_utc(day, start, m.timezone) if start else None,
                          planned_end=combine_utc(day, end, m.timezone) if end else None)
            existing = None
            if item.get("id"):
                existing = AgendaItem.get_or_none((AgendaItem.id == item["id"]) & (AgendaItem.meeting == m))
            if existing:
                for k, v in values.items():
                    setattr(existing, k, v)
                existing.save()
                keep.append(existing)
            else:
                keep.append(AgendaItem.create(**values))
        AgendaItem.delete().where((AgendaItem.meeting == m) & AgendaItem.id.not_in([a.id for a in keep])).execute()
        audit.log("update", "agenda", m.id, meeting_id=m.id, detail={"items": len(keep)})
    return keep


def agenda(meeting_id: int) -> list[AgendaItem]:
    return list(AgendaItem.select().where(AgendaItem.meeting == meeting_id).order_by(AgendaItem.position))


def set_roles(meeting_id: int, roles: list[dict], agenda_items: list[AgendaItem] | None = None
              ) -> list[MeetingRole]:
    """Replace the roles: each dict has person_id, role, optional topic, and optionally the agenda item, as
    agenda_item_id, or as agenda_index (its position in `agenda_items`, for items saved in the same go)."""
    m = get(meeting_id)
    with write_tx():
        MeetingRole.delete().where(MeetingRole.meeting == m).execute()
        out = []
        for pos, r in enumerate(roles):
            _check_choice(r.get("role"), MEETING_ROLES, "Peran", "role")
            pid = _person_or_none(r.get("person_id"), "person_id")
            if pid is None:
                raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Setiap peran perlu orangnya."), "person_id")
            aid = r.get("agenda_item_id")
            if r.get("agenda_index") is not None:
                idx = r["agenda_index"]
                if agenda_items is None or not 0 <= idx < len(agenda_items):
                    raise ValidationError.of(
                        QT_TRANSLATE_NOOP("domain", "Acara nomor {position} untuk peran ini tidak ada."),
                        "agenda_item_id", position=idx + 1)
                aid = agenda_items[idx].id
            if aid is not None and not AgendaItem.select().where(
                    (AgendaItem.id == aid) & (AgendaItem.meeting == m)).exists():
                raise ValidationError.of(
                    QT_TRANSLATE_NOOP("domain", "Acara nomor {aid} bukan bagian dari rapat ini."),
                    "agenda_item_id", aid=aid)
            topic = clean_text(r.get("topic"), "topic", "Topik", 300)
            out.append(MeetingRole.create(meeting=m, person=pid, role=r["role"], agenda_item=aid,
                                          topic=topic, position=pos))
        # The chair and note-taker fields follow the roles, so documents see one truth.
        chair = next((r.person_id for r in out if r.role == "chair"), None)
        notes = next((r.person_id for r in out if r.role == "note_taker"), None)
        Meeting.update(chair=chair, note_taker=notes).where(Meeting.id == m.id).execute()
        audit.log("update", "roles", m.id, meeting_id=m.id, detail={"roles": len(out)})
    return out


def save_full(meeting_id: int | None, fields: dict, agenda: list[dict], roles: list[dict],
              invitee_ids: list[int]) -> Meeting:
    """Everything the meeting editor holds, in one transaction: either all of it is saved or nothing is,
    so a refused agenda item never leaves a half-saved meeting behind."""
    with write_tx():
        m = create(**fields) if meeting_id is None else update(meeting_id, **fields)
        items = set_agenda(m.id, agenda)
        set_roles(m.id, roles, items)
        set_invitees(m.id, invitee_ids)
    return get(m.id)


def roles(meeting_id: int) -> list[MeetingRole]:
    return list(MeetingRole.select(MeetingRole, Person).join(Person)
                .where(MeetingRole.meeting == meeting_id).order_by(MeetingRole.position, MeetingRole.id))


def invite(meeting_id: int, person_ids: list[int], channel: str = "") -> int:
    """Invite people; those already invited stay as they are. Returns how many were added."""
    m = get(meeting_id)
    ids = list(dict.fromkeys(person_ids))
    known = {p for (p,) in Person.select(Person.id).where(Person.id.in_(ids)).tuples()} if ids else set()
    missing = [i for i in ids if i not in known]
    if missing:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Orang nomor {missing} tidak ada di direktori."),
            "person_id", missing=missing[0])
    added = 0
    with write_tx():
        for pid in ids:
            added += Invitation.insert(meeting=m, person=pid, code_id=new_code_id(),
                                       channel=channel).on_conflict_ignore().as_rowcount().execute() or 0
        audit.log("invite", "meeting", m.id, meeting_id=m.id, detail={"added": added})
    return added


def set_invitees(meeting_id: int, person_ids: list[int]) -> None:
    """Make the invitation list exactly `person_ids` (keeping existing invitations and their codes)."""
    get(meeting_id)
    with write_tx():
        Invitation.delete().where((Invitation.meeting == meeting_id)
                                  & Invitation.person.not_in(list(person_ids) or [0])).execute()
        invite(meeting_id, person_ids)


def invitees(meeting_id: int) -> list[Person]:
    return list(Person.select(Person, Satker).join(Invitation, on=(Invitation.person == Person.id))
                .switch(Person).join(Satker, peewee.JOIN.LEFT_OUTER)
                .where(Invitation.meeting == meeting_id).order_by(Person.position_rank, Person.name_key))


def invitation(meeting_id: int, person_id: int) -> Invitation:
    inv = Invitation.get_or_none((Invitation.meeting == meeting_id) & (Invitation.person == person_id))
    if inv is None:
        raise NotFound.of(
            QT_TRANSLATE_NOOP("domain", "Orang nomor {person_id} tidak diundang ke rapat nomor {meeting_id}."),
            person_id=person_id, meeting_id=meeting_id)
    return inv


def todays(now: datetime | None = None) -> list[MeetingRow]:
    """Meetings held today, each by the calendar day of its own zone, earliest first: the check-in page
    offers these first."""
    from ..models import utcnow
    now = now or utcnow()
    today = None
    for zone in ZONES:
        day = to_local(now, zone).date()
        cond = ((Meeting.timezone == zone) & (Meeting.starts_at >= combine_utc(day, time(0, 0), zone))
                & (Meeting.starts_at < combine_utc(day + timedelta(days=1), time(0, 0), zone)))
        today = cond if today is None else (today | cond)
    q = _row_query().where(today).order_by(Meeting.starts_at, Meeting.id)
    return [_row(r) for r in q.dicts()]
