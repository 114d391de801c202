"""Who counts as present at a meeting: the one rule the notulen, the daftar hadir and the news article share.

Present is hadir or terlambat. Someone who was represented (diwakili) is not present, but their delegate is:
checking in a delegate gives them a row of their own, and older records that lack it still count the delegate
through the row they stood in for.
"""
from __future__ import annotations

from typing import Iterable

from ..models import ATT_DIWAKILI, PRESENT_STATUSES, Attendance


def is_present(status: str | None) -> bool:
    return status in PRESENT_STATUSES


def present_ids(rows: Iterable[Attendance]) -> list[int]:
    """The people present, once each, in the order of `rows` (attendance rows of one meeting)."""
    out: list[int] = []
    for a in rows:
        if is_present(a.status):
            out.append(a.person_id)
        elif a.status == ATT_DIWAKILI and a.delegate_id:
            out.append(a.delegate_id)
    return list(dict.fromkeys(out))


def present(meeting_id: int) -> list[int]:
    """The people present at a meeting, in the order they were recorded."""
    return present_ids(Attendance.select(Attendance.person, Attendance.status, Attendance.delegate)
                       .where(Attendance.meeting == meeting_id).order_by(Attendance.id))
