"""The notulen of a meeting: typed during the meeting, saved as it is typed, signed off, then locked.

Life of a notulen: `draft` (the note-taker types; every save goes straight to the database) → `ready` (the
note-taker marks it ready for the chair) → `approved` (the chair, or someone the office allows, approves it:
locked). A change to approved minutes needs a reason: the approved text is frozen as a revision that can
always be read, the revision number goes up, and the minutes go back to draft for a new approval.

The editable content is one plain dict (see `snapshot`), the same shape the editor, the documents, the news
draft and the revisions use.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import peewee

from .. import shared_settings
from ..db import write_tx
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (MINUTES_APPROVED, MINUTES_DRAFT, MINUTES_READY, AgendaItem, AgendaMinutes, Minutes,
                      MinutesRevision, Person, Quote, Signatory, utcnow)
from . import audit, meeting_status
from . import meetings as meeting_service

ORPHAN_TITLE = "(acara yang sudah dihapus dari agenda)"  # its text stays, so nothing typed is lost
TEXT_LIMIT = 100_000  # a day-long plenary fits; a pasted novel does not
EDITABLE = ("opened_at", "opened_by", "opening_text", "discussion", "items", "conclusions", "closed_at",
            "closing_text", "quotes")


@dataclass(frozen=True)
class RevisionInfo:
    revision: int
    created_at: datetime
    reason: str


def _stored(meeting_id: int) -> Minutes:
    """The meeting's minutes row as stored, or an empty unsaved one (id None) when nobody has written any: a
    read never writes."""
    stored = Minutes.get_or_none(Minutes.meeting == meeting_id)
    if stored is None:
        meeting_service.get(meeting_id)  # NotFound for a meeting that does not exist
        return Minutes(meeting=meeting_id)
    return stored


def _minutes(meeting_id: int) -> Minutes:
    """The meeting's minutes row for a write, made on the first one, with one item per agenda item (kept in
    agenda order; an agenda item added later gets its item; one removed keeps its text, unattached, so nothing
    typed is lost)."""
    meeting_service.get(meeting_id)
    m = Minutes.get_or_none(Minutes.meeting == meeting_id)
    if m is None:
        with write_tx():
            Minutes.insert(meeting=meeting_id).on_conflict_ignore().execute()
        m = Minutes.get(Minutes.meeting == meeting_id)
    agenda = meeting_service.agenda(meeting_id)
    have = {i.agenda_item_id for i in
            AgendaMinutes.select(AgendaMinutes.agenda_item).where(AgendaMinutes.minutes == m.id)}
    missing = [a for a in agenda if a.id not in have]
    orphans = AgendaMinutes.delete().where((AgendaMinutes.minutes == m.id) & AgendaMinutes.agenda_item.is_null()
                                           & (AgendaMinutes.discussion == "") & (AgendaMinutes.decisions == ""))
    if missing or None in have:
        with write_tx():
            orphans.execute()  # an agenda item removed before anything was typed for it leaves nothing behind
            for a in missing:
                AgendaMinutes.create(minutes=m.id, agenda_item=a.id, position=a.position)
    return m


def _items(m: Minutes) -> list[AgendaMinutes]:
    return list(AgendaMinutes.select(AgendaMinutes, AgendaItem)
                .join(AgendaItem, peewee.JOIN.LEFT_OUTER, on=(AgendaMinutes.agenda_item == AgendaItem.id))
                .where(AgendaMinutes.minutes == m.id)
                .order_by(AgendaItem.position.is_null(), AgendaItem.position, AgendaMinutes.position,
                          AgendaMinutes.id))


def _iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt else None


def _item_views(m: Minutes, meeting_id: int) -> list[dict]:
    """One item per agenda item in agenda order, then the text of removed items. An agenda item nothing has
    been stored for yet reads empty, with the id `-agenda item id` (a write makes its row; see `_row_for`)."""
    stored = _items(m) if m.id else []
    by_agenda = {i.agenda_item_id: i for i in stored if i.agenda_item_id}
    out = []
    for a in meeting_service.agenda(meeting_id):
        i = by_agenda.get(a.id)
        out.append({"id": i.id if i else -a.id, "agenda_item_id": a.id, "title": a.title,
                    "discussion": i.discussion if i else "", "decisions": i.decisions if i else ""})
    out += [{"id": i.id, "agenda_item_id": None, "title": ORPHAN_TITLE, "discussion": i.discussion,
             "decisions": i.decisions} for i in stored if not i.agenda_item_id and (i.discussion or i.decisions)]
    return out


def _row_for(m: Minutes, item_id) -> AgendaMinutes | None:
    """The stored item a snapshot's id names (a negative id: the item of that agenda item)."""
    if isinstance(item_id, int) and item_id < 0:
        return AgendaMinutes.get_or_none((AgendaMinutes.minutes == m.id) & (AgendaMinutes.agenda_item == -item_id))
    return AgendaMinutes.get_or_none((AgendaMinutes.minutes == m.id) & (AgendaMinutes.id == item_id))


def snapshot(meeting_id: int) -> dict:
    """Everything the notulen says, as plain data (instants as ISO UTC strings). Reads only: a meeting
    without minutes gives an empty draft."""
    m = _stored(meeting_id)
    names = {}
    quotes = list(Quote.select().where(Quote.minutes == m.id).order_by(Quote.position, Quote.id)) if m.id else []
    ids = {q.person_id for q in quotes if q.person_id} | ({m.opened_by_id} if m.opened_by_id else set())
    if ids:
        names = {p.id: p.name for p in Person.select(Person.id, Person.name).where(Person.id.in_(list(ids)))}
    return {
        "meeting_id": meeting_id,
        "status": m.status,
        "revision": m.revision,
        "approved_by": m.approved_by_id,
        "approved_at": _iso(m.approved_at),
        "opened_at": _iso(m.opened_at),
        "opened_by": m.opened_by_id,
        "opened_by_name": names.get(m.opened_by_id, ""),
        "opening_text": m.opening_text,
        "discussion": m.discussion,  # Pembahasan typed without an agenda item
        "items": _item_views(m, meeting_id),
        "conclusions": m.conclusions,
        "closed_at": _iso(m.closed_at),
        "closing_text": m.closing_text,
        "quotes": [{"person_id": q.person_id, "person_name": names.get(q.person_id, ""),
                    "agenda_item_id": q.agenda_item_id, "text": q.text} for q in quotes],
    }


def _text(value, label: str, fieldname: str) -> str:
    text = str(value or "").replace("\x00", "").replace("\r\n", "\n")
    if len(text) > TEXT_LIMIT:
        raise ValidationError(f"{label} terlalu panjang (paling banyak {TEXT_LIMIT:,} huruf).".replace(",", "."),
                              fieldname)
    return text


def _instant(value, label: str, fieldname: str) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    try:
        return datetime.fromisoformat(str(value)).replace(tzinfo=None)
    except ValueError:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "{label} bukan waktu yang sah: {value!r}."),
            fieldname, label=label, value=value) from None


def _person(value, label: str, fieldname: str) -> int | None:
    if value in (None, ""):
        return None
    if Person.get_or_none(Person.id == value) is None:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "{label}: orang nomor {value} tidak ada di direktori."),
            fieldname, label=label, value=value)
    return int(value)


def _check_editable(m: Minutes, reason: str) -> str:
    reason = " ".join((reason or "").split())
    if m.status == MINUTES_APPROVED and not reason:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Notulen ini sudah disetujui dan terkunci. Tuliskan alasan perubahan untuk "
                                        "membuat revisi baru."),
            "reason")
    return reason


def _freeze(m: Minutes, reason: str) -> None:
    """Keep the approved text as it was, then open a new revision as a draft."""
    MinutesRevision.create(minutes=m.id, revision=m.revision, content=json.dumps(snapshot(m.meeting_id),
                                                                                    ensure_ascii=False),
                           reason=reason)
    m.revision += 1
    m.status, m.approved_by, m.approved_at = MINUTES_DRAFT, None, None
    audit.log("revise", "minutes", m.id, meeting_id=m.meeting_id, detail={"reason": reason,
                                                                          "revision": m.revision})


def save(meeting_id: int, data: dict, *, reason: str = "") -> dict:
    """Save what the editor holds. Only the keys given change. Approved minutes need `reason` (a new
    revision). Returns the new snapshot."""
    unknown = set(data) - set(EDITABLE)
    if unknown:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Bagian notulen tidak dikenal: {fields}."),
            "data", fields=', '.join(sorted(unknown)))
    m = _minutes(meeting_id)
    with write_tx():
        m = Minutes.get_by_id(m.id)  # fresh inside the lock: another PC may have approved it meanwhile
        reason = _check_editable(m, reason)
        if m.status == MINUTES_APPROVED:
            _freeze(m, reason)
        if "opened_at" in data:
            m.opened_at = _instant(data["opened_at"], "Waktu pembukaan", "opened_at")
        if "opened_by" in data:
            m.opened_by = _person(data["opened_by"], "Yang membuka rapat", "opened_by")
        if "closed_at" in data:
            m.closed_at = _instant(data["closed_at"], "Waktu penutupan", "closed_at")
        for key, label in (("opening_text", "Pembukaan"), ("discussion", "Pembahasan"),
                           ("conclusions", "Kesimpulan"), ("closing_text", "Penutupan")):
            if key in data:
                setattr(m, key, _text(data[key], label, key))
        if m.opened_at and m.closed_at and m.closed_at < m.opened_at:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Waktu penutupan lebih awal dari waktu pembukaan."), "closed_at")
        m.save()
        if "items" in data:
            _save_items(m, data["items"])
        if "quotes" in data:
            _save_quotes(m, data["quotes"])
    return snapshot(meeting_id)


def _save_items(m: Minutes, items) -> None:
    known = {i.id: i for i in AgendaMinutes.select().where(AgendaMinutes.minutes == m.id)}
    known.update({-i.agenda_item_id: i for i in known.values() if i.agenda_item_id})  # see _item_views
    for n, item in enumerate(items):
        row = known.get(item.get("id"))
        if row is None:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Butir notulen tidak dikenal; muat ulang notulen."), "items")
        row.discussion = _text(item.get("discussion", row.discussion), f"Pembahasan butir {n + 1}", "items")
        row.decisions = _text(item.get("decisions", row.decisions), f"Keputusan butir {n + 1}", "items")
        row.save()


def _save_quotes(m: Minutes, quotes) -> None:
    Quote.delete().where(Quote.minutes == m.id).execute()
    for n, q in enumerate(quotes):
        text = _text(q.get("text", ""), f"Kutipan {n + 1}", "quotes").strip()
        if not text:
            continue
        Quote.create(minutes=m.id, agenda_item=q.get("agenda_item_id") or None,
                     person=_person(q.get("person_id"), f"Kutipan {n + 1}", "quotes"), text=text, position=n)


def save_item(meeting_id: int, item_id: int, *, discussion: str | None = None, decisions: str | None = None,
              reason: str = "") -> None:
    """Save one agenda item's text: what the editor's autosave calls while someone types."""
    item = {"id": item_id}
    if discussion is not None:
        item["discussion"] = discussion
    if decisions is not None:
        item["decisions"] = decisions
    m = _minutes(meeting_id)
    row = _row_for(m, item_id)
    if row is None:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Butir notulen tidak dikenal; muat ulang notulen."), "items")
    item["id"] = item_id = row.id
    current = {i["id"]: i for i in snapshot(meeting_id)["items"]}
    save(meeting_id, {"items": [{**current[item_id], **item}]}, reason=reason)


def status(meeting_id: int) -> str:
    return _stored(meeting_id).status


def mark_ready(meeting_id: int) -> None:
    """The note-taker hands the minutes to the chair."""
    m = _minutes(meeting_id)
    with write_tx():
        m = Minutes.get_by_id(m.id)
        if m.status == MINUTES_APPROVED:
            raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Notulen ini sudah disetujui."), "status")
        m.status = MINUTES_READY
        m.save()
        audit.log("ready", "minutes", m.id, meeting_id=meeting_id)


def back_to_draft(meeting_id: int) -> None:
    """The chair sends ready minutes back for more work (approved ones need `save` with a reason)."""
    m = _minutes(meeting_id)
    with write_tx():
        m = Minutes.get_by_id(m.id)
        if m.status == MINUTES_READY:
            m.status = MINUTES_DRAFT
            m.save()


def approvers(meeting_id: int) -> list[int]:
    """Who may approve: the meeting's chair, the office's signatories (ketua, sekretaris) linked to a person,
    and anyone the office listed in the setting."""
    meeting = meeting_service.get(meeting_id)
    ids = [meeting.chair_id] if meeting.chair_id else []
    ids += [s.person_id for s in Signatory.select() if s.person_id]
    value = shared_settings.get(shared_settings.MINUTES_APPROVERS)
    if value and value.strip():
        ids += [int(x) for x in value.split(",") if x.strip().isdigit()]
    return list(dict.fromkeys(ids))


def office_approvers() -> list[int]:
    """The people the office allows to approve any meeting's minutes (the Pengaturan list), in its order;
    people since removed from the directory are left out."""
    value = shared_settings.get(shared_settings.MINUTES_APPROVERS)
    ids = [int(x) for x in (value or "").split(",") if x.strip().isdigit()]
    if not ids:
        return []
    known = {p for (p,) in Person.select(Person.id).where(Person.id.in_(ids)).tuples()}
    return [i for i in dict.fromkeys(ids) if i in known]


def set_approvers(person_ids: list[int]) -> None:
    for pid in person_ids:
        _person(pid, "Penyetuju notulen", "approvers")
    with write_tx():
        shared_settings.put(shared_settings.MINUTES_APPROVERS, ",".join(str(int(p)) for p in person_ids))


def approve(meeting_id: int, person_id: int, *, at: datetime | None = None) -> None:
    """Approve and lock. Only someone in `approvers`; only minutes marked ready."""
    meeting = meeting_service.get(meeting_id)
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Orang nomor {person_id} tidak ada di direktori."),
            "person_id", person_id=person_id)
    if person_id not in approvers(meeting_id):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "{person.name} tidak berwenang menyetujui notulen rapat ini. Yang berwenang: "
                                        "pimpinan rapat, penandatangan kantor, atau orang yang ditetapkan di "
                                        "Pengaturan."),
            "person_id", person=person)
    m = _minutes(meeting.id)
    with write_tx():
        m = Minutes.get_by_id(m.id)
        if m.status == MINUTES_APPROVED:
            raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Notulen ini sudah disetujui."), "status")
        if m.status != MINUTES_READY:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Notulis belum menandai notulen ini siap disetujui."), "status")
        m.status, m.approved_by, m.approved_at = MINUTES_APPROVED, person_id, at or utcnow()
        m.save()
        meeting_status.mark_done(meeting_id)  # approved minutes: the meeting was held
        audit.log("approve", "minutes", m.id, meeting_id=meeting_id, detail={"person_id": person_id,
                                                                              "revision": m.revision})


def revisions(meeting_id: int) -> list[RevisionInfo]:
    """Earlier approved versions, newest first."""
    m = _stored(meeting_id)
    return [RevisionInfo(r.revision, r.created_at, r.reason)
            for r in MinutesRevision.select().where(MinutesRevision.minutes == m.id)
            .order_by(MinutesRevision.revision.desc())]


def revision(meeting_id: int, number: int) -> dict:
    """The snapshot of an earlier approved version, as it was approved."""
    m = _stored(meeting_id)
    r = MinutesRevision.get_or_none((MinutesRevision.minutes == m.id) & (MinutesRevision.revision == number))
    if r is None:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Revisi {number} tidak ada."), "revision", number=number)
    return json.loads(r.content)


def is_locked(meeting_id: int) -> bool:
    return status(meeting_id) == MINUTES_APPROVED
