"""Every column that points at a person, in one list: what a merge moves and what an import's undo checks.
A new ForeignKeyField(Person) belongs here too (tests/test_people_merge.py compares this list with the models)."""
from __future__ import annotations

from ..models import (Attendance, FollowUp, Invitation, InviteeGroupMember, Meeting, MeetingRole, Minutes, Photo,
                      Quote, Signatory)

# (kind, model, column): the kind is a code; domain/labels.py PERSON_REFERENCE_LABELS says it in words.
REFERENCES = (
    ("kehadiran", Attendance, Attendance.person),
    ("mewakili", Attendance, Attendance.delegate),
    ("undangan", Invitation, Invitation.person),
    ("peran", MeetingRole, MeetingRole.person),
    ("kutipan", Quote, Quote.person),
    ("tindak_lanjut", FollowUp, FollowUp.person),
    ("notulen_dibuka", Minutes, Minutes.opened_by),
    ("notulen_disetujui", Minutes, Minutes.approved_by),
    ("pimpinan_rapat", Meeting, Meeting.chair),
    ("notulis_rapat", Meeting, Meeting.note_taker),
    ("foto", Photo, Photo.person),
    ("penanda_tangan", Signatory, Signatory.person),
    ("kelompok_undangan", InviteeGroupMember, InviteeGroupMember.person),
)


def counts(person_id: int) -> dict[str, int]:
    """How many rows of each kind refer to the person; kinds with none left out."""
    out = {kind: model.select().where(column == person_id).count() for kind, model, column in REFERENCES}
    return {k: v for k, v in out.items() if v}


def referenced(person_ids: list[int]) -> set[int]:
    """Those of `person_ids` that any row refers to (read in slices: SQLite's limit on bound variables)."""
    found: set[int] = set()
    for start in range(0, len(person_ids), 500):
        part = person_ids[start:start + 500]
        for _kind, model, column in REFERENCES:
            found.update(v for (v,) in model.select(column).where(column.in_(part)).distinct().tuples())
    return found
