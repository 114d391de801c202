"""Who a meeting's per-person lists name, once each under their highest role: the certificates and the daftar
tanda terima share the rule (a narasumber who also signed in gets one certificate and is paid once)."""
from __future__ import annotations

from typing import Sequence

import peewee

from ..models import MeetingRole, Person, Satker
from . import presence


def ranked(meeting_id: int, roles: Sequence[str]) -> list[tuple[Person, int]]:
    """(person, rank) for the holders of `roles` (highest first) and everyone present: rank is the index of the
    person's highest role in `roles`, len(roles) for someone present without one. Ordered by rank, then as
    official lists are (position, then name). Each Person comes with its Satker."""
    order = {role: n for n, role in enumerate(roles)}
    rank: dict[int, int] = {}
    for person_id, role in (MeetingRole.select(MeetingRole.person, MeetingRole.role)
                            .where((MeetingRole.meeting == meeting_id) & MeetingRole.role.in_(list(order)))
                            .tuples()):
        rank[person_id] = min(order[role], rank.get(person_id, len(roles)))
    for person_id in presence.present(meeting_id):
        rank.setdefault(person_id, len(roles))
    if not rank:
        return []
    people = Person.select(Person, Satker).join(Satker, peewee.JOIN.LEFT_OUTER).where(Person.id.in_(list(rank)))
    return [(p, rank[p.id]) for p in sorted(people, key=lambda p: (rank[p.id], p.position_rank, p.name_key, p.id))]
