"""Merge two directory entries that are one person: everything that points at the one dropped (attendance,
invitations, roles, quotes, follow-ups, minutes, meetings, photos, signatories) moves to the one kept, which
takes the fields it lacks from the other; then the dropped entry is deleted. The attendance tab's guest merge
(attendance_review.merge) does this for one meeting and one guest; both fold two attendance rows of a meeting
the same way (attendance_review.fold_into)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..db import write_tx
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (ATT_DIWAKILI, ATT_TANPA_KETERANGAN, PRESENT_STATUSES, Attendance, Invitation,
                      InviteeGroupMember, MeetingRole, Person, utcnow)
from . import audit
from .attendance_review import fold_into
from .people import position_rank
from .person_references import REFERENCES, counts

FILLED = ("nip", "position", "phone", "email")  # taken from the dropped entry when the kept one has none
# Attendance columns that say how someone attended (not whose row it is, nor when the row was written).
_ATTENDED = ("status", "channel", "method", "checked_in_at", "desk", "minutes_late", "online_minutes",
             "online_intervals", "zoom_keys", "needs_review", "delegate", "note", "signature", "device")


@dataclass(frozen=True)
class MergePreview:
    keep_id: int
    keep_name: str
    drop_id: int
    drop_name: str
    moves: dict[str, int]  # kind (person_references) -> rows of the dropped entry that move to the kept one
    both_attended: int  # meetings both have an attendance row for: one row stays, the stronger
    both_invited: int  # meetings both were invited to: the kept entry's invitation stays
    fills: dict[str, str] = field(default_factory=dict)  # field -> the value the kept entry takes


def _strength(status: str) -> int:
    """Present beats represented beats excused (izin, sakit, dinas luar) beats absent without a word."""
    if status in PRESENT_STATUSES:
        return 0
    if status == ATT_DIWAKILI:
        return 1
    return 3 if status == ATT_TANPA_KETERANGAN else 2


def _people(keep_id: int, drop_id: int) -> tuple[Person, Person]:
    if keep_id == drop_id:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Pilih dua orang yang berbeda untuk digabungkan."),
                                 "person_id")
    found = {p.id: p for p in Person.select().where(Person.id.in_([keep_id, drop_id]))}
    for pid in (keep_id, drop_id):
        if pid not in found or found[pid].deleted_at is not None:
            raise NotFound.of(QT_TRANSLATE_NOOP("domain", "Orang dengan nomor {person_id} tidak ada di direktori."),
                              person_id=pid)
    return found[keep_id], found[drop_id]


def _fills(keep: Person, drop: Person) -> dict[str, str]:
    out = {f: getattr(drop, f) for f in FILLED if not getattr(keep, f) and getattr(drop, f)}
    if keep.satker_id is None and not keep.institution and (drop.satker_id or drop.institution):
        out["satker"] = drop.satker.name if drop.satker_id else drop.institution
    return out


def _shared(model, keep_id: int, drop_id: int) -> list[int]:
    """Meetings where both entries have a row of `model` (attendance or invitation)."""
    theirs = model.select(model.meeting).where(model.person == drop_id)
    return [m for (m,) in model.select(model.meeting).where((model.person == keep_id)
                                                            & (model.meeting.in_(theirs))).tuples()]


def preview(keep_id: int, drop_id: int) -> MergePreview:
    """What `merge(keep_id, drop_id)` would do, read only: for the confirmation."""
    keep, drop = _people(keep_id, drop_id)
    return MergePreview(keep.id, keep.name, drop.id, drop.name, counts(drop.id),
                        len(_shared(Attendance, keep.id, drop.id)), len(_shared(Invitation, keep.id, drop.id)),
                        _fills(keep, drop))


def keeper(first_id: int, second_id: int) -> tuple[int, int]:
    """(keep, drop) for two entries chosen together: the one more records point at is kept (its codes are the
    ones printed), the older one when they are even."""
    _people(first_id, second_id)
    weight = {pid: sum(counts(pid).values()) for pid in (first_id, second_id)}
    keep = max((first_id, second_id), key=lambda pid: (weight[pid], -pid))
    return keep, second_id if keep == first_id else first_id


def _merge_attendance(keep_id: int, drop_id: int) -> None:
    mine = {a.meeting_id: a for a in Attendance.select().where(Attendance.person == keep_id)}
    now = utcnow()
    for other in list(Attendance.select().where(Attendance.person == drop_id)):
        own = mine.get(other.meeting_id)
        if own is None:
            continue
        if _strength(other.status) < _strength(own.status):
            signature = own.signature
            for name in _ATTENDED:
                setattr(own, name, getattr(other, name))
            own.signature = own.signature or signature
        elif _strength(other.status) == _strength(own.status):
            fold_into(own, other)  # the earlier check-in, the signature either has, Zoom time joined
        own.updated_at = now
        other.delete_instance()  # before the save: (meeting, person) is unique
        own.save()
    Attendance.update(person=keep_id, updated_at=now).where(Attendance.person == drop_id).execute()


def merge(keep_id: int, drop_id: int) -> MergePreview:
    """Move everything of `drop_id` to `keep_id` in one transaction and delete `drop_id`. Where both have an
    attendance row for a meeting the stronger stays (present, represented, excused, absent; the earlier
    check-in when equal); where both were invited, the kept entry's invitation stays. Returns what was done."""
    with write_tx():
        keep, drop = _people(keep_id, drop_id)
        done = preview(keep_id, drop_id)
        _merge_attendance(keep.id, drop.id)
        shared = _shared(Invitation, keep.id, drop.id)
        Invitation.delete().where((Invitation.person == drop.id) & Invitation.meeting.in_(shared)).execute()
        # The same role in the same meeting twice would print the name twice.
        for role in list(MeetingRole.select().where(MeetingRole.person == drop.id)):
            twin = MeetingRole.select().where(
                (MeetingRole.person == keep.id) & (MeetingRole.meeting == role.meeting_id)
                & (MeetingRole.role == role.role) & (MeetingRole.agenda_item == role.agenda_item_id)).exists()
            if twin:
                role.delete_instance()
        # A saved group holding both keeps one line for the kept person.
        InviteeGroupMember.delete().where(
            (InviteeGroupMember.person == drop.id)
            & InviteeGroupMember.group.in_(InviteeGroupMember.select(InviteeGroupMember.group)
                                           .where(InviteeGroupMember.person == keep.id))).execute()
        for kind, model, column in REFERENCES:
            if kind not in ("kehadiran",):  # attendance rows were moved above, with their clashes settled
                model.update({column: keep.id}).where(column == drop.id).execute()
        # Someone cannot stand in for themselves: a row that now names the kept person twice loses the delegate.
        Attendance.update(delegate=None).where((Attendance.person == keep.id)
                                               & (Attendance.delegate == keep.id)).execute()
        changes = {f: getattr(drop, f) for f in FILLED if f in done.fills}
        if "position" in changes:
            changes["position_rank"] = position_rank(changes["position"])
        if "satker" in done.fills:
            changes.update(satker=drop.satker_id, institution=drop.institution)
        if keep.is_guest and not drop.is_guest:
            changes["is_guest"] = False  # the directory entry vouches for the guest
        if changes:
            Person.update(**changes, updated_at=utcnow()).where(Person.id == keep.id).execute()
        drop.delete_instance()
        audit.log("merge_people", "person", keep.id, personal_data=True,
                  detail={"dropped_id": drop.id, "dropped_name": drop.name, "moved": done.moves,
                          "filled": sorted(done.fills)})
    return done
