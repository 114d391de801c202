"""Saved invitee groups ("Anggota Bakohumas Jatim", "Divisi Sosdiklih se-Jatim"): people and offices invited
together, meeting after meeting. Inviting a group adds whoever is not invited yet and leaves the rest alone."""
from __future__ import annotations

from dataclasses import dataclass

import peewee

from ..db import write_tx
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import InviteeGroup, InviteeGroupMember, Person, Satker
from . import audit
from . import meetings as meeting_service
from . import office_invitations


@dataclass(frozen=True)
class GroupSummary:
    id: int
    name: str
    people: int
    offices: int


@dataclass
class GroupMembers:
    person_ids: list[int]
    offices: list[tuple[int, str]]  # (satker id, position line)


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Nama kelompok wajib diisi."), "name")
    return name[:200]


def get(group_id: int) -> InviteeGroup:
    g = InviteeGroup.get_or_none(InviteeGroup.id == group_id)
    if g is None:
        raise NotFound.of(QT_TRANSLATE_NOOP("domain", "Kelompok undangan nomor {group_id} tidak ada."),
                          group_id=group_id)
    return g


def by_name(name: str) -> InviteeGroup | None:
    return InviteeGroup.get_or_none(peewee.fn.LOWER(InviteeGroup.name) == _clean_name(name).lower())


def _unique_name(name: str, except_id: int | None = None) -> str:
    name = _clean_name(name)
    other = by_name(name)
    if other is not None and other.id != except_id:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Kelompok bernama {name} sudah ada."), "name", name=other.name)
    return name


def listing() -> list[GroupSummary]:
    people_n = peewee.fn.COUNT(InviteeGroupMember.person)
    offices_n = peewee.fn.COUNT(InviteeGroupMember.satker)
    q = (InviteeGroup.select(InviteeGroup.id, InviteeGroup.name, people_n, offices_n)
         .join(InviteeGroupMember, peewee.JOIN.LEFT_OUTER).group_by(InviteeGroup.id, InviteeGroup.name)
         .order_by(InviteeGroup.name).tuples())
    return [GroupSummary(*row) for row in q]


def members(group_id: int) -> GroupMembers:
    get(group_id)
    rows = list(InviteeGroupMember.select().where(InviteeGroupMember.group == group_id)
                .order_by(InviteeGroupMember.position, InviteeGroupMember.id))
    # A person the office has since deleted (kept anonymised for printed records) or deactivated is not
    # invited again through an old group.
    ids = [r.person_id for r in rows if r.person_id]
    current = {i for (i,) in Person.select(Person.id).where(
        Person.id.in_(ids or [0]) & Person.deleted_at.is_null() & (Person.active == True)).tuples()}  # noqa: E712
    return GroupMembers([i for i in ids if i in current],
                        [(r.satker_id, r.position_line) for r in rows if r.satker_id])


def _add(group_id: int, person_ids, offices) -> int:
    have = members(group_id)
    known_people, known_offices = set(have.person_ids), {s for s, _ in have.offices}
    person_ids = [p for p in dict.fromkeys(person_ids) if p not in known_people]
    offices = [(s, line) for s, line in dict(offices).items() if s not in known_offices]
    if person_ids:
        found = {i for (i,) in Person.select(Person.id).where(Person.id.in_(person_ids)).tuples()}
        missing = [i for i in person_ids if i not in found]
        if missing:
            raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Orang nomor {missing} tidak ada di direktori."),
                                     "person_id", missing=missing[0])
    if offices:
        found = {i for (i,) in Satker.select(Satker.id).where(Satker.id.in_([s for s, _ in offices])).tuples()}
        missing = [s for s, _ in offices if s not in found]
        if missing:
            raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Satker nomor {sid} tidak ada di direktori."),
                                     "satker_id", sid=missing[0])
    start = (InviteeGroupMember.select(peewee.fn.MAX(InviteeGroupMember.position))
             .where(InviteeGroupMember.group == group_id).scalar() or 0)
    rows = [{"group": group_id, "person": p, "satker": None, "position_line": "", "position": 0} for p in person_ids]
    rows += [{"group": group_id, "person": None, "satker": s,
              "position_line": office_invitations.clean_position_line(line), "position": 0} for s, line in offices]
    for n, row in enumerate(rows, start=start + 1):
        row["position"] = n
    if rows:
        InviteeGroupMember.insert_many(rows).execute()
    return len(rows)


def create(name: str, person_ids: list[int] = (), offices: list[tuple[int, str]] = ()) -> InviteeGroup:
    """A new group with these people and offices ((satker id, position line))."""
    name = _unique_name(name)
    with write_tx():
        g = InviteeGroup.create(name=name)
        n = _add(g.id, person_ids, offices)
        audit.log("create", "invitee_group", g.id, detail={"name": name, "members": n})
    return g


def add_members(group_id: int, person_ids: list[int] = (), offices: list[tuple[int, str]] = ()) -> int:
    """Add people and offices not in the group yet. Returns how many were added."""
    get(group_id)
    with write_tx():
        n = _add(group_id, person_ids, offices)
        audit.log("update", "invitee_group", group_id, detail={"added": n})
    return n


def replace_members(group_id: int, person_ids: list[int], offices: list[tuple[int, str]]) -> None:
    """Make the group exactly these people and offices (saving the current invitees over a group)."""
    get(group_id)
    with write_tx():
        InviteeGroupMember.delete().where(InviteeGroupMember.group == group_id).execute()
        n = _add(group_id, person_ids, offices)
        audit.log("update", "invitee_group", group_id, detail={"members": n})


def rename(group_id: int, name: str) -> None:
    g = get(group_id)
    name = _unique_name(name, except_id=group_id)
    with write_tx():
        g.name = name
        g.save()
        audit.log("rename", "invitee_group", group_id, detail={"name": name})


def delete(group_id: int) -> None:
    get(group_id)
    with write_tx():
        InviteeGroup.delete().where(InviteeGroup.id == group_id).execute()
        audit.log("delete", "invitee_group", group_id)


def invite(meeting_id: int, group_id: int) -> tuple[int, int]:
    """Invite the group to a meeting: (people added, offices added); those already invited stay as they are."""
    g = members(group_id)
    with write_tx():
        people_added = meeting_service.invite(meeting_id, g.person_ids) if g.person_ids else 0
        offices_added = 0
        for sid, line in g.offices:
            offices_added += office_invitations.invite(meeting_id, [sid], line)
    return people_added, offices_added
